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

    // Sends the request line exactly as given, so nothing (HttpClient, Uri) normalises it first.
    public async Task<RawResponse> SendRawAsync(string method, string target, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(BaseAddress.Host, BaseAddress.Port, cancellationToken);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {BaseAddress.Authority}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? text : text[..headerEnd];
        var statusLine = head.Split("\r\n")[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return new RawResponse(status, head, headerEnd < 0 ? "" : text[(headerEnd + 4)..]);
    }
}

public sealed record RawResponse(int Status, string Head, string Body);
