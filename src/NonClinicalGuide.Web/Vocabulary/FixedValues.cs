namespace NonClinicalGuide.Web.Vocabulary;

// Front matter values that filters, the fit finder and /from-clinical rely on are fixed lists, not free text,
// so a typo is an error rather than a role that silently disappears from a filter.

public enum PatientContact { None, Occasional, Daily }

public enum RemoteWork { OnSite, HybridPossible, OftenRemote }

// Ordered from least to most formal education so that "at most" comparisons work.
public enum EducationLevel { HighSchool, SomeCollege, PostsecondaryAward, Associate, Bachelor, Master }

public enum Interest { People, Data, Technology, Organising }

public enum ClinicalBackground
{
    Nurse, Paramedic, PharmacyTechnician, Therapist, MedicalAssistant, NursingAssistant, LabTechnologist,
    ImagingTechnologist, PhysicianAssistant, DentalHygienist,
}

// What a role makes of the licence or registration a clinical background holds: the job requires it,
// employers value it (prefer it, pay for it, or it opens the senior posts), or it plays no part.
public enum LicenceUse { Required, Valued, NotNeeded }

// How a move from a clinical job to a role looks, in words: strong (the role's profile describes the route),
// possible (O*NET relates the two occupations, or you already bring nearly all the skill it needs) or unlikely.
public enum MoveFit { Strong, Possible, Unlikely }

// The orders a planner page can be read in: best fit first, highest pay, best skills match, quickest in.
public enum MoveOrder { Fit, Pay, Skills, Time }

// exact: the role is the occupation; part-of: the occupation counts this role among other jobs;
// closest: no occupation counts the role, and this one does the most similar work.
public enum OccupationRelation { Exact, PartOf, Closest }
