namespace NonClinicalGuide.Web.Vocabulary;

// Which build of the site is running: the compiler gives the assembly a new identity whenever its code (or a
// library it was compiled against) changes, and the same one for the same code. What a build derives and keeps
// on disk (the saved import, a catalogue to start from) and what it tells caches (ETags) is named after it, so
// a new version never trusts an older one's output.
public static class RunningBuild
{
    public static readonly string Id = typeof(RunningBuild).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
