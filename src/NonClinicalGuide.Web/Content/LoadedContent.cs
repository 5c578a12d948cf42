using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// Content after parsing and rendering, before it is written to the catalogue.

public sealed record LoadedCategory(SourceFile Source, CategoryFrontMatter Meta, string DescriptionHtml);

public sealed record LoadedRole(SourceFile Source, RoleFrontMatter Meta, string BodyHtml, IReadOnlyList<Heading> Sections, RoleBody Parts);

public sealed record LoadedClinicalJob(SourceFile Source, ClinicalJobFrontMatter Meta, string DescriptionHtml)
{
    // A clinical job is its occupation: the link checked against data/ and whose figures pages show.
    public OccupationLinkFrontMatter Occupation => new() { Soc = Meta.Soc, Onet = Meta.Onet, Relation = OccupationRelation.Exact };
}

public sealed record LoadedGuide(SourceFile Source, GuideFrontMatter Meta, RenderedMarkdown Body);

public sealed record LoadedFaqEntry(string Anchor, string Question, string AnswerHtml);

public sealed record LoadedFaq(SourceFile Source, PageFrontMatter Meta, IReadOnlyList<LoadedFaqEntry> Entries);

public sealed record LoadedComparison(SourceFile Source, ComparisonFrontMatter Meta, string IntroHtml);

public sealed record LoadedPage(SourceFile Source, PageFrontMatter Meta, string BodyHtml);

public sealed record ContentSet(
    LoadedGuide Guide,
    LoadedFaq Faq,
    LoadedComparison Comparison,
    IReadOnlyList<LoadedPage> Pages,
    IReadOnlyList<LoadedCategory> Categories,
    IReadOnlyList<LoadedRole> Roles,
    IReadOnlyList<LoadedClinicalJob> ClinicalJobs);
