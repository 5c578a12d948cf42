using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// The app on a real Kestrel port, for requests that only a real socket can carry byte for byte
// (encoded NULs, overlong UTF-8, odd methods) and for anything a browser needs.
public class KestrelSite : SiteFactory
{
    public KestrelSite() : this(TestPaths.TestContent)
    {
    }

    // Settings are given here, not after: the server starts in the constructor. A factory method,
    // not a second public constructor, because an xunit fixture may only have one.
    public static KestrelSite With(IReadOnlyDictionary<string, string> settings) => new(TestPaths.TestContent, settings);

    protected KestrelSite(string contentPath, IReadOnlyDictionary<string, string>? settings = null) : base(contentPath)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            Settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    // Sends the request line and headers exactly as given, so nothing (HttpClient, Uri) normalises them
    // first. Host is the server's own address unless the headers name another.
    public async Task<RawResponse> SendRawAsync(string method, string target, CancellationToken cancellationToken, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(BaseAddress.Host, BaseAddress.Port, cancellationToken);
        await using var stream = client.GetStream();
        var host = headers.Any(header => header.StartsWith("Host:", StringComparison.OrdinalIgnoreCase)) ? "" : $"Host: {BaseAddress.Authority}\r\n";
        var extra = string.Concat(headers.Select(header => header + "\r\n"));
        var request = $"{method} {target} HTTP/1.1\r\n{host}{extra}Connection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellationToken);
        var bytes = received.ToArray();
        var headerEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.Latin1.GetString(bytes, 0, headerEnd < 0 ? bytes.Length : headerEnd);
        var statusLine = head.Split("\r\n")[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = headerEnd < 0 ? Array.Empty<byte>() : bytes[(headerEnd + 4)..];
        var chunked = head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        return new RawResponse(status, head, Encoding.UTF8.GetString(chunked ? Unchunked(body) : body));
    }

    // The body as the client reads it, so a test never finds (or misses) a word split between two chunks.
    private static byte[] Unchunked(byte[] chunked)
    {
        using var body = new MemoryStream();
        var at = 0;
        while (chunked.AsSpan(at).IndexOf("\r\n"u8) is var lineLength and > 0
            && int.Parse(Encoding.Latin1.GetString(chunked, at, lineLength).Split(';')[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) is var size and > 0)
        {
            var start = at + lineLength + 2;
            body.Write(chunked, start, Math.Min(size, chunked.Length - start));
            at = start + size + 2;
        }

        return body.ToArray();
    }
}

public sealed record RawResponse(int Status, string Head, string Body);
