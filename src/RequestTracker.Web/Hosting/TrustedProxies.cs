using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RequestTracker.Web.Hosting;

/// <summary>
/// Behind a reverse proxy or ingress, the client's address (which the sign-in throttle keys on) and the
/// scheme (which decides <c>Secure</c> cookies and HSTS) come from X-Forwarded-For and X-Forwarded-Proto.
/// Those headers are believed only from loopback and the addresses or networks listed in
/// <c>Security:TrustedProxies</c>; from anyone else they could be forged.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Security:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = configuration.GetSection(Section).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in entries)
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"{Section}: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8.");
                }
            }
        });
        return services;
    }
}
