using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NonClinicalGuide.Tests;

namespace NonClinicalGuide.BrowserTests;

// What a printout looks like on paper, measured from the PDF Chromium prints: its number of pages, and how far
// down its last page the ink reaches (rendered by poppler's pdftoppm, as a reader would see it).
public static partial class PrintedPdf
{
    public const string Renderer = "/usr/bin/pdftoppm";
    public const string MissingRenderer =
        "pdftoppm is not installed at " + Renderer + ": install it with `apt-get install -y poppler-utils` (.ci/run does this and fails on skipped tests)";

    // Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is the page tree).
    public static int Pages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    // The share of the last page's printable height that holds anything: 0 for a blank page, 1 for a full one.
    // The printable height is the page less its top margin twice (the margins are equal), and the top margin
    // is where the ink starts: text flows from there on every page.
    public static async Task<double> LastPageFillAsync(byte[] pdf)
    {
        if (!File.Exists(Renderer))
        {
            Assert.Skip(MissingRenderer);
        }

        var directory = TestPaths.NewTempDirectory("pdf");
        try
        {
            var file = Path.Combine(directory, "printed.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var last = Pages(pdf).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using (var render = Process.Start(new ProcessStartInfo(Renderer, ["-gray", "-r", "36", "-f", last, "-l", last, "-singlefile", file, Path.Combine(directory, "last")])
            {
                RedirectStandardError = true,
            })!)
            {
                var errors = await render.StandardError.ReadToEndAsync();
                await render.WaitForExitAsync();
                Assert.True(render.ExitCode == 0, $"pdftoppm failed: {errors}");
            }

            var image = Graymap.Read(await File.ReadAllBytesAsync(Path.Combine(directory, "last.pgm")));
            if (image.InkedRows() is not var (top, bottom))
            {
                return 0;
            }

            return (bottom + 1 - top) / (double)(image.Height - 2 * top);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}

// A binary PGM (P5) image with 8-bit samples, as pdftoppm -gray writes it.
public sealed record Graymap(int Width, int Height, byte[] Pixels, int Offset)
{
    // Lighter than this is paper: anti-aliasing leaves faint grey around the ink.
    private const byte Paper = 200;

    public static Graymap Read(byte[] file)
    {
        // Header: "P5", width, height, maximum value, each followed by whitespace, then the samples.
        var fields = new List<int>();
        var position = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            fields.Add(int.Parse(Encoding.ASCII.GetString(file, start, position - start), System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(file[0] == 'P' && file[1] == '5' && fields[2] == 255, "pdftoppm -gray writes 8-bit binary PGM");
        return new Graymap(fields[0], fields[1], file, position + 1);
    }

    // The first and last rows with any ink, or null for a blank page.
    public (int Top, int Bottom)? InkedRows()
    {
        var rows = Enumerable.Range(0, Height).Where(HasInk).ToList();
        return rows.Count == 0 ? null : (rows[0], rows[^1]);
    }

    private bool HasInk(int row) => Pixels.AsSpan(Offset + row * Width, Width).IndexOfAnyInRange((byte)0, (byte)(Paper - 1)) >= 0;
}
