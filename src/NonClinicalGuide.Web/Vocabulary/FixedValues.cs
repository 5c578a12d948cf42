namespace NonClinicalGuide.Web.Vocabulary;

// Front matter values that filters, the fit finder and /from-clinical rely on are fixed lists, not free text,
// so a typo is an error rather than a role that silently disappears from a filter.

public enum PatientContact { None, Occasional, Daily }

public enum RemoteWork { OnSite, HybridPossible, OftenRemote }

// Ordered from least to most formal education so that "at most" comparisons work.
public enum EducationLevel { HighSchool, SomeCollege, PostsecondaryAward, Associate, Bachelor, Master }

public enum Interest { People, Data, Technology, Organising }

public enum ClinicalBackground { Nurse, Paramedic, PharmacyTechnician, Therapist, MedicalAssistant, NursingAssistant, LabTechnologist }

// exact: the role is the occupation; part-of: the occupation counts this role among other jobs;
// closest: no occupation counts the role, and this one does the most similar work.
public enum OccupationRelation { Exact, PartOf, Closest }
