using Microsoft.EntityFrameworkCore;

namespace NonClinicalGuide.Web.Catalogue;

// The catalogue's data API: controllers query it directly and project into view models.
public sealed class CatalogueDb(DbContextOptions<CatalogueDb> options) : DbContext(options)
{
    public const string ListOrderIndex = "IX_Roles_ListOrder";

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleText> RoleTexts => Set<RoleText>();
    public DbSet<Certification> Certifications => Set<Certification>();
    public DbSet<ClinicalPathway> ClinicalPathways => Set<ClinicalPathway>();
    public DbSet<RoleRelation> RoleRelations => Set<RoleRelation>();
    public DbSet<RoleAlias> RoleAliases => Set<RoleAlias>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<TocEntry> TocEntries => Set<TocEntry>();
    public DbSet<KeyPoint> KeyPoints => Set<KeyPoint>();
    public DbSet<HeadlineFigure> HeadlineFigures => Set<HeadlineFigure>();
    public DbSet<HeadlinePart> HeadlineParts => Set<HeadlinePart>();
    public DbSet<RoleOccupation> RoleOccupations => Set<RoleOccupation>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<PayHistoryPoint> PayHistory => Set<PayHistoryPoint>();
    public DbSet<OnetProfile> OnetProfiles => Set<OnetProfile>();
    public DbSet<ClinicalJob> ClinicalJobs => Set<ClinicalJob>();
    public DbSet<CareerMove> CareerMoves => Set<CareerMove>();
    public DbSet<SkillOverlap> SkillOverlaps => Set<SkillOverlap>();
    public DbSet<RouteRule> RouteRules => Set<RouteRule>();
    public DbSet<DataRelease> DataReleases => Set<DataRelease>();
    public DbSet<DataFileEntry> DataFiles => Set<DataFileEntry>();
    public DbSet<FaqEntry> FaqEntries => Set<FaqEntry>();
    public DbSet<ComparisonRow> ComparisonRows => Set<ComparisonRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Category>().HasKey(c => c.Slug);

        modelBuilder.Entity<Role>(role =>
        {
            role.HasKey(r => r.Slug);
            role.HasOne<Category>().WithMany().HasForeignKey(r => r.CategorySlug);
            // The roles list walks this index in display order and tests the filters inside it, never
            // touching a row it will not show; the second answers "how many match" from the index alone.
            role.HasIndex(r => new { r.CategoryOrder, r.Title, r.Remote, r.EntryEducation, r.PatientContact, r.CategorySlug }, ListOrderIndex);
            role.HasIndex(r => new { r.Remote, r.EntryEducation, r.PatientContact, r.CategorySlug }, "IX_Roles_Filters");
            role.HasIndex(r => new { r.CategorySlug, r.Title });
            role.HasIndex(r => r.Title);
            role.HasMany(r => r.Certifications).WithOne().HasForeignKey(c => c.RoleSlug);
            role.HasMany(r => r.ClinicalPathways).WithOne().HasForeignKey(p => p.RoleSlug);
            role.HasMany(r => r.Occupations).WithOne().HasForeignKey(o => o.RoleSlug);
            role.HasMany(r => r.RouteRules).WithOne().HasForeignKey(rule => rule.RoleSlug);
        });
        modelBuilder.Entity<RouteRule>().HasKey(rule => new { rule.RoleSlug, rule.Order });
        modelBuilder.Entity<SkillOverlap>().HasKey(o => new { o.FromOnetCode, o.ToOnetCode });
        modelBuilder.Entity<CareerMove>(move =>
        {
            // A planner page reads one job's moves in best-fit order; the other orders sort those few rows.
            move.HasKey(m => new { m.JobSlug, m.FitRank });
            move.HasIndex(m => new { m.JobSlug, m.RoleSlug }).IsUnique();
            move.HasOne<ClinicalJob>().WithMany().HasForeignKey(m => m.JobSlug);
            move.HasOne<Role>().WithMany().HasForeignKey(m => m.RoleSlug);
        });
        modelBuilder.Entity<RoleOccupation>().HasKey(o => new { o.RoleSlug, o.Order });
        modelBuilder.Entity<Occupation>().HasKey(o => o.SocCode);
        modelBuilder.Entity<PayHistoryPoint>().HasKey(p => new { p.SocCode, p.Year });
        modelBuilder.Entity<OnetProfile>().HasKey(p => p.OnetCode);
        modelBuilder.Entity<ClinicalJob>().HasKey(j => j.Slug);
        modelBuilder.Entity<DataFileEntry>().HasKey(f => f.Path);
        modelBuilder.Entity<HeadlinePart>().HasKey(p => p.Order);

        modelBuilder.Entity<RoleText>(text =>
        {
            text.HasKey(t => t.Slug);
            text.HasOne<Role>().WithOne().HasForeignKey<RoleText>(t => t.Slug);
        });
        modelBuilder.Entity<ClinicalPathway>().HasIndex(p => p.From);
        modelBuilder.Entity<RoleRelation>(relation =>
        {
            relation.HasKey(r => new { r.RoleSlug, r.RelatedSlug });
            relation.HasOne<Role>().WithMany().HasForeignKey(r => r.RoleSlug);
            relation.HasOne<Role>().WithMany().HasForeignKey(r => r.RelatedSlug);
        });
        modelBuilder.Entity<RoleAlias>().HasKey(a => a.Alias);
        modelBuilder.Entity<Document>().HasKey(d => d.Key);
        modelBuilder.Entity<TocEntry>().HasIndex(t => t.DocumentKey);
    }
}
