using System.Net;

namespace NonClinicalGuide.Web.Infrastructure;

// The machine itself and the networks named in Proxy:KnownNetworks (the proxy's, and with it the operators'
// monitoring). Their requests may say who the client is (X-Forwarded-For) and may see what the public may
// not: /healthz in full, Server-Timing and the render cache's Age. The address asked about is the client's
// after the proxy headers were applied, so a visitor coming through the proxy is never taken for the proxy.
public sealed class TrustedNetworks
{
    public const string Setting = "Proxy:KnownNetworks";

    public TrustedNetworks(IConfiguration configuration)
    {
        Networks = (configuration.GetSection(Setting).Get<string[]>() ?? []).Select(IPNetwork.Parse).ToList();
    }

    public IReadOnlyList<IPNetwork> Networks { get; }

    public bool Contains(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(plain) || Networks.Any(network => network.Contains(plain));
    }

    public bool IsTrusted(HttpContext context) => Contains(context.Connection.RemoteIpAddress);
}
