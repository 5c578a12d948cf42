using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NonClinicalGuide.Web.Catalogue;

// JSON the build writes itself with Utf8JsonWriter rather than through JsonSerializer, whose set-up for a first
// write of each type costs a fresh process more than the writing: CatalogueRows' list columns, each role's facts
// (OccupationFactsJson), a catalogue's manifest (Build/CatalogueManifestWriter). The writer escapes as the
// serializer does by default, so what reads it back through the serializer sees the same text.
public static class HandWrittenJson
{
    public static byte[] Utf8(Action<Utf8JsonWriter> write) => Written(write).WrittenSpan.ToArray();

    public static string Text(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(Written(write).WrittenSpan);

    private static ArrayBufferWriter<byte> Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return buffer;
    }
}
