using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Vocabulary;
namespace NonClinicalGuide.Web.Health;

// What /healthz reports about the catalogue: the last content problem a reload met, and the last time the
// catalogue file itself failed under the site (deleted or corrupted) and how that was handled.
public sealed class CatalogueStatus(TimeProvider clock) : IRebuildListener
{
    private readonly Lock _gate = new();

    public DateTimeOffset? LastReloadFailedAt { get; private set; }

    public IReadOnlyList<string> LastReloadErrors { get; private set; } = [];

    public DateTimeOffset? LastFaultAt { get; private set; }

    public string? LastFault { get; private set; }

    public int Recoveries { get; private set; }

    public void Rebuilt(IReadOnlyList<ContentError> errors)
    {
        var at = clock.GetUtcNow();
        lock (_gate)
        {
            if (errors.Count == 0)
            {
                LastReloadErrors = [];
                return;
            }

            LastReloadFailedAt = at;
            LastReloadErrors = errors.Select(e => e.ToString()).ToList();
        }
    }

    public void FaultHandled(string description, bool recovered, DateTimeOffset at)
    {
        lock (_gate)
        {
            LastFaultAt = at;
            LastFault = description;
            if (recovered)
            {
                Recoveries++;
            }
        }
    }
}
