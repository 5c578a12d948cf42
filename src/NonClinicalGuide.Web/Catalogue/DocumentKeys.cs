using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Catalogue;

// The keys of the one-row documents in the catalogue (the guide, the FAQ, the simple pages) and of each role's
// table of contents.
public static class DocumentKeys
{
    public const string Guide = "guide";
    public const string Faq = "faq";
    public const string Comparison = "comparison";
    public const string FromClinical = "from-clinical";
    public const string Accessibility = "accessibility";
    public const string Sources = "sources";
    public const string Glossary = "glossary";

    public static string Role(string slug) => "role:" + slug;

    // The document a fixed page is written from, if any: the page at /faq is the document "faq".
    public static string? Of(string path) => path switch
    {
        SitePaths.Guide => Guide,
        SitePaths.ClinicalVsNonClinical => Comparison,
        SitePaths.Faq or SitePaths.FromClinical or SitePaths.Accessibility or SitePaths.Sources or SitePaths.Glossary => path.TrimStart('/'),
        _ => null,
    };
}
