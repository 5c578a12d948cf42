using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// BLS and O*NET terms in plain words, looked up in the glossary; null where the glossary has no entry for a
// value, so a page shows the official term rather than nothing.
public static class PlainWords
{
    public static string? Education(string? official) => Glossary.Education.Find(official)?.Plain;

    public static string? WorkExperience(string? official) => Glossary.Experience.Find(official)?.Plain;

    public static string? Training(string? official) => Glossary.Training.Find(official)?.Plain;

    public static string? JobZone(string? name) => Glossary.Preparation.Find(name)?.Plain;
}
