namespace NonClinicalGuide.Web.Vocabulary;

// How each clinical background reads as a heading: the sections of /from-clinical are titled with it, and site
// search indexes each section under the same words.
public static class BackgroundLabels
{
    public static string Of(ClinicalBackground value) => value switch
    {
        ClinicalBackground.Nurse => "Nurses",
        ClinicalBackground.Paramedic => "Paramedics and EMTs",
        ClinicalBackground.PharmacyTechnician => "Pharmacy technicians",
        ClinicalBackground.Therapist => "Therapists (physical, occupational, respiratory and others)",
        ClinicalBackground.MedicalAssistant => "Medical assistants",
        ClinicalBackground.NursingAssistant => "Nursing assistants and care aides",
        ClinicalBackground.LabTechnologist => "Laboratory technologists and technicians",
        ClinicalBackground.ImagingTechnologist => "Radiologic and imaging technologists",
        ClinicalBackground.PhysicianAssistant => "Physician assistants",
        ClinicalBackground.DentalHygienist => "Dental hygienists",
        _ => value.ToString(),
    };
}
