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

    public static string Role(string slug) => "role:" + slug;
}
