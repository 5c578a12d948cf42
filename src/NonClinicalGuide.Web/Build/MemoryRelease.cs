namespace NonClinicalGuide.Web.Build;

// Hands back to the system the memory that a one-off burst of work used (building the catalogue, the
// warm-up) before visitors come, rather than carry it for the life of the process.
public static class MemoryRelease
{
    public static void AfterBurst() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
