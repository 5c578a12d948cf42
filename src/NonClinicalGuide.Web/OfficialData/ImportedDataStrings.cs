using System.Text;

namespace NonClinicalGuide.Web.OfficialData;

// The saved import writes each distinct string once and a repeat as the number of its first appearance. Most of its
// strings repeat: each OEWS code stands in the index of six releases, the projections repeat a few education and
// training phrases over 1,100 rows, O*NET names the same skills for every occupation. Read back as separate copies,
// they were over a quarter of what a start kept from the import (7.0 MB, 5.1 with this), all of it promoted through
// every generation of the collector while the catalogue was built. The strings inside an OEWS row are written in
// full, as a row is decoded alone (SavedOewsRowDictionary). Each string is a 7-bit number, then (when the number
// is 0) the string as BinaryWriter writes it.
public sealed class ImportedDataStringWriter(Stream output) : BinaryWriter(output, Encoding.UTF8)
{
    private readonly Dictionary<string, int> _written = new(StringComparer.Ordinal);

    public override void Write(string value)
    {
        if (_written.TryGetValue(value, out var number))
        {
            Write7BitEncodedInt(number);
            return;
        }

        _written.Add(value, _written.Count + 1);
        Write7BitEncodedInt(0);
        base.Write(value);
    }
}

public sealed class ImportedDataStringReader(Stream input) : BinaryReader(input, Encoding.UTF8)
{
    private readonly List<string> _read = [];

    public override string ReadString()
    {
        var number = Read7BitEncodedInt();
        if (number == 0)
        {
            var value = base.ReadString();
            _read.Add(value);
            return value;
        }

        return number <= _read.Count ? _read[number - 1] : throw new InvalidDataException($"string {number} of {_read.Count}");
    }
}
