using System.Text;

namespace NonClinicalGuide.Web.OfficialData;

// The saved import's layout: every value of an OfficialDataSet in a fixed order, through BinaryWriter (strings once
// each, ImportedDataStrings; a value that may be missing as a flag byte, then the value when there is one). Reading
// mirrors writing, so the two halves of each type sit side by side below; a file that ends early or holds
// nonsense throws, and the caller reads data/ instead. The file name carries the build (ImportedDataFile.NameFor),
// so a change here never meets a file written by another layout; the opening tag guards against a file that is
// not a saved import at all.
public static class ImportedDataFormat
{
    private const string Tag = "NonClinicalGuide official data";

    public static void Write(BinaryWriter writer, OfficialDataSet data)
    {
        writer.Write(Tag);
        writer.WriteList(data.Oews, WriteRelease);
        WriteProjections(writer, data.Projections);
        WriteOnet(writer, data.Onet);
        writer.WriteList(data.Files, (w, file) =>
        {
            w.Write(file.Path);
            w.Write(file.Dataset);
            w.Write(file.Release);
            w.Write(file.Bytes);
            w.Write(file.Sha256);
        });
        writer.Write(data.Fingerprint);
    }

    public static OfficialDataSet Read(BinaryReader reader)
    {
        if (reader.ReadString() != Tag)
        {
            throw new InvalidDataException("not a saved import");
        }

        var oews = reader.ReadList(ReadRelease);
        var projections = ReadProjections(reader);
        var onet = ReadOnet(reader);
        var files = reader.ReadList(r => new DataFile(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadString()));
        return new OfficialDataSet(oews, projections, onet, files, reader.ReadString());
    }

    // A release's rows are written as each one's code and then its bytes, and read back as SavedOewsRowDictionary, which
    // decodes a row only when something asks for it: a build uses a few dozen of the 8,000 rows of six releases,
    // and decoded up front they were most of what a start holds, which the collector then copied from generation
    // to generation while the catalogue was being built.
    private static void WriteRelease(BinaryWriter writer, OewsRelease release)
    {
        writer.Write(release.Year);
        writer.Write(release.Label);
        writer.Write(release.File);
        writer.Write(release.TopCodeHourly);
        writer.Write(release.TopCodeAnnual);
        writer.WriteList(release.Occupations.Values.ToList(), (w, o) =>
        {
            w.Write(o.Code);
            using var row = new MemoryStream();
            using (var rowWriter = new BinaryWriter(row, Encoding.UTF8, leaveOpen: true))
            {
                WriteOewsRow(rowWriter, o);
            }

            w.Write((int)row.Length);
            w.Write(row.GetBuffer(), 0, (int)row.Length);
        });
    }

    private static OewsRelease ReadRelease(BinaryReader reader) => new(
        reader.ReadInt32(), reader.ReadString(), reader.ReadString(), reader.ReadDecimal(), reader.ReadDecimal(),
        SavedOewsRowDictionary.Read(reader));

    // One row without its code, which the caller knows; strings here are written in full, as a row is read alone.
    private static void WriteOewsRow(BinaryWriter writer, OewsOccupation o)
    {
        writer.Write(o.Title);
        writer.Write(o.Group);
        writer.Write(o.Row);
        writer.WriteOptional(o.Employment, writer.Write);
        writer.WriteOptional(o.HourlyMean, writer.Write);
        writer.WriteOptional(o.AnnualMean, writer.Write);
        foreach (var wage in o.Hourly.All.Concat(o.Annual.All))
        {
            writer.WriteOptional(wage, writer.Write);
        }

        writer.Write(o.AnnualOnly);
        writer.Write(o.HourlyOnly);
    }

    public static OewsOccupation ReadOewsRow(BinaryReader r, string code) => new(
        code, r.ReadString(), r.ReadString(), r.ReadInt32(),
        r.ReadOptional(ReadInt32), r.ReadOptional(ReadWage), r.ReadOptional(ReadWage),
        r.ReadPercentiles(), r.ReadPercentiles(), r.ReadBoolean(), r.ReadBoolean());

    private static void WriteProjections(BinaryWriter writer, Projections projections)
    {
        writer.Write(projections.BaseYear);
        writer.Write(projections.TargetYear);
        writer.Write(projections.File);
        writer.WriteList(projections.Occupations.Values.ToList(), (w, p) =>
        {
            w.Write(p.Code);
            w.Write(p.Title);
            w.Write(p.IsSummary);
            w.Write(p.Row);
            w.WriteOptional(p.EmploymentBase, w.Write);
            w.WriteOptional(p.EmploymentTarget, w.Write);
            w.WriteOptional(p.Change, w.Write);
            w.WriteOptional(p.ChangePercent, w.Write);
            w.WriteOptional(p.OpeningsPerYear, w.Write);
            w.WriteOptional(p.MedianWage, w.Write);
            w.WriteOptionalString(p.Education);
            w.WriteOptionalString(p.WorkExperience);
            w.WriteOptionalString(p.Training);
        });
    }

    private static Projections ReadProjections(BinaryReader reader) => new(
        reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(),
        reader.ReadList(r => new ProjectedOccupation(
            r.ReadString(), r.ReadString(), r.ReadBoolean(), r.ReadInt32(),
            r.ReadOptional(ReadInt32), r.ReadOptional(ReadInt32), r.ReadOptional(ReadInt32), r.ReadOptional(ReadDecimal),
            r.ReadOptional(ReadInt32), r.ReadOptional(ReadWage),
            r.ReadOptionalString(), r.ReadOptionalString(), r.ReadOptionalString()))
            .ToDictionary(p => p.Code, StringComparer.Ordinal));

    private static void WriteOnet(BinaryWriter writer, OnetRelease onet)
    {
        writer.Write(onet.Version);
        writer.Write(onet.Folder);
        writer.WriteList(onet.JobZoneNames.ToList(), (w, zone) =>
        {
            w.Write(zone.Key);
            w.Write(zone.Value);
        });
        writer.WriteList(onet.Occupations.Values.ToList(), (w, o) =>
        {
            w.Write(o.Code);
            w.Write(o.Title);
            w.Write(o.Description);
            w.WriteOptional(o.JobZone, w.Write);
            w.WriteList(o.AlternateTitles, (w2, title) => w2.Write(title));
            w.WriteList(o.ReportedTitles, (w2, title) => w2.Write(title));
            w.WriteList(o.Skills, WriteRating);
            w.WriteList(o.Knowledge, WriteRating);
            w.WriteList(o.Related, (w2, related) =>
            {
                w2.Write(related.Code);
                w2.Write(related.Title);
                w2.Write(related.Tier);
                w2.Write(related.Index);
            });
        });
    }

    private static OnetRelease ReadOnet(BinaryReader reader) => new(
        reader.ReadString(), reader.ReadString(),
        JobZoneNames: reader.ReadList(r => (Zone: r.ReadInt32(), Name: r.ReadString())).ToDictionary(zone => zone.Zone, zone => zone.Name),
        Occupations: reader.ReadList(r => new OnetOccupation(
            r.ReadString(), r.ReadString(), r.ReadString(), r.ReadOptional(ReadInt32),
            r.ReadList(r2 => r2.ReadString()), r.ReadList(r2 => r2.ReadString()),
            r.ReadList(ReadRating), r.ReadList(ReadRating),
            r.ReadList(r2 => new OnetRelatedOccupation(r2.ReadString(), r2.ReadString(), r2.ReadString(), r2.ReadInt32()))))
            .ToDictionary(o => o.Code, StringComparer.Ordinal));

    private static void WriteRating(BinaryWriter writer, OnetRating rating)
    {
        writer.Write(rating.ElementId);
        writer.Write(rating.Name);
        writer.Write(rating.Importance);
        writer.Write(rating.Level);
    }

    private static OnetRating ReadRating(BinaryReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadDecimal(), reader.ReadDecimal());

    private static void Write(this BinaryWriter writer, Wage wage)
    {
        writer.Write(wage.Amount);
        writer.Write(wage.AtLeast);
    }

    private static Wage ReadWage(this BinaryReader reader) => new(reader.ReadDecimal(), reader.ReadBoolean());

    private static WagePercentiles ReadPercentiles(this BinaryReader reader) => new(
        reader.ReadOptional(ReadWage), reader.ReadOptional(ReadWage), reader.ReadOptional(ReadWage),
        reader.ReadOptional(ReadWage), reader.ReadOptional(ReadWage));

    private static void WriteList<T>(this BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static List<T> ReadList<T>(this BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"a list of {count} items");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static void WriteOptional<T>(this BinaryWriter writer, T? value, Action<T> write) where T : struct
    {
        writer.Write(value.HasValue);
        if (value is { } present)
        {
            write(present);
        }
    }

    private static void WriteOptionalString(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    // Reading takes a static method, not one bound to the reader (reader.ReadInt32), which would be a new delegate
    // for every value: over 8,000 OEWS rows, half of all the reading allocated.
    private static T? ReadOptional<T>(this BinaryReader reader, Func<BinaryReader, T> read) where T : struct => reader.ReadBoolean() ? read(reader) : null;

    private static int ReadInt32(BinaryReader reader) => reader.ReadInt32();

    private static decimal ReadDecimal(BinaryReader reader) => reader.ReadDecimal();

    private static string? ReadOptionalString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
