using System.Text.Json.Serialization;

namespace NonClinicalGuide.Web.OfficialData;

// One official file as shipped in data/: where it is, which dataset it belongs to, and its SHA-256, so the
// site can show exactly which bytes its figures came from (PROVENANCE.md records how each copy was trusted).
public sealed record DataFile(string Path, string Dataset, string Release, long Bytes, string Sha256);

// Everything read from data/: every OEWS release present (oldest first), the projections, O*NET.
public sealed record OfficialDataSet(IReadOnlyList<OewsRelease> Oews, Projections Projections, OnetRelease Onet, IReadOnlyList<DataFile> Files, string Fingerprint)
{
    // How long reading took (logged with each catalogue build), and whether it was the saved import of an
    // earlier start rather than the workbooks themselves.
    [JsonIgnore]
    public TimeSpan ReadTime { get; init; }

    [JsonIgnore]
    public bool FromSavedImport { get; init; }

    [JsonIgnore]
    public OewsRelease Newest => Oews[^1];

    // The release before the newest, which `validate` compares it with; null when only one is present.
    [JsonIgnore]
    public OewsRelease? Previous => Oews.Count > 1 ? Oews[^2] : null;
}
