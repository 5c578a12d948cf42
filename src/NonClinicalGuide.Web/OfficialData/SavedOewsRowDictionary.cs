using System.Collections;
using System.Text;

namespace NonClinicalGuide.Web.OfficialData;

// The rows of one OEWS release in a saved import, decoded one by one as they are asked for (ImportedDataFormat
// writes each as its code, its length and its bytes). What stays in memory is the file's bytes, one large array
// the collector never has to look inside, an index of codes, and the rows decoded so far. Safe to read from
// several threads: two that decode the same row at once make equal rows, and the first one kept is the one used.
public sealed class SavedOewsRowDictionary : IReadOnlyDictionary<string, OewsOccupation>
{
    private readonly byte[] _bytes;
    private readonly Dictionary<string, int> _numbers;
    private readonly string[] _codes;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly OewsOccupation?[] _decoded;

    private SavedOewsRowDictionary(byte[] bytes, string[] codes, int[] starts, int[] lengths)
    {
        _bytes = bytes;
        _codes = codes;
        _starts = starts;
        _lengths = lengths;
        _decoded = new OewsOccupation?[codes.Length];
        _numbers = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!_numbers.TryAdd(codes[i], i))
            {
                throw new InvalidDataException($"OEWS code {codes[i]} twice in one release");
            }
        }
    }

    // Reads the index and steps over the rows; the reader must be over a MemoryStream whose buffer it may keep.
    public static SavedOewsRowDictionary Read(BinaryReader reader)
    {
        if (reader.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var buffer) || buffer.Array is not { } bytes)
        {
            throw new InvalidDataException("a saved import is read from memory");
        }

        var count = reader.ReadInt32();
        if (count < 0 || count > stream.Length - stream.Position)
        {
            throw new InvalidDataException($"a release of {count} rows");
        }

        var (codes, starts, lengths) = (new string[count], new int[count], new int[count]);
        for (var i = 0; i < count; i++)
        {
            codes[i] = reader.ReadString();
            lengths[i] = reader.ReadInt32();
            starts[i] = buffer.Offset + (int)stream.Position;
            if (lengths[i] < 0 || lengths[i] > stream.Length - stream.Position)
            {
                throw new InvalidDataException($"a row of {lengths[i]} bytes");
            }

            stream.Position += lengths[i];
        }

        return new SavedOewsRowDictionary(bytes, codes, starts, lengths);
    }

    public OewsOccupation this[string key] => TryGetValue(key, out var row) ? row : throw new KeyNotFoundException($"OEWS code {key}");

    public bool TryGetValue(string key, out OewsOccupation value)
    {
        if (!_numbers.TryGetValue(key, out var number))
        {
            value = null!;
            return false;
        }

        value = Row(number);
        return true;
    }

    public bool ContainsKey(string key) => _numbers.ContainsKey(key);

    public int Count => _codes.Length;

    public IEnumerable<string> Keys => _codes;

    public IEnumerable<OewsOccupation> Values => Enumerable.Range(0, _codes.Length).Select(Row);

    public IEnumerator<KeyValuePair<string, OewsOccupation>> GetEnumerator() =>
        Enumerable.Range(0, _codes.Length).Select(i => KeyValuePair.Create(_codes[i], Row(i))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private OewsOccupation Row(int number)
    {
        if (Volatile.Read(ref _decoded[number]) is { } decoded)
        {
            return decoded;
        }

        using var reader = new BinaryReader(new MemoryStream(_bytes, _starts[number], _lengths[number], writable: false), Encoding.UTF8);
        var row = ImportedDataFormat.ReadOewsRow(reader, _codes[number]);
        return Interlocked.CompareExchange(ref _decoded[number], row, null) ?? row;
    }
}
