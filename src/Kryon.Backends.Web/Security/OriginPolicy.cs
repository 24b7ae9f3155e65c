using System.Net;

namespace Kryon.Backends.Web.Security;

/// <summary>
/// Which WebSocket handshakes the server accepts. A browser always sends `Origin`; it must be the
/// page's own origin (same host and port as `Host`), so another site open in the same browser cannot
/// drive the app (cross-site WebSocket hijacking). When the server listens on a loopback address,
/// `Host` must also name a loopback host: a DNS-rebinding page (evil.example resolving to 127.0.0.1)
/// has a matching Origin and Host, but not a loopback one. A client that is not a browser sends no
/// Origin and is accepted (it could forge one anyway; loopback binding is what keeps it local).
/// </summary>
internal static class OriginPolicy
{
    /// <summary>Null when the handshake is allowed, else why not (logged; the client gets 403).</summary>
    public static string? Check(string? origin, string? host, bool loopbackOnly)
    {
        if (string.IsNullOrEmpty(host)) return "the request has no Host header";
        if (loopbackOnly && !IsLoopbackHost(host)) return $"Host \"{host}\" is not a loopback address, but the server only listens on loopback";
        if (string.IsNullOrEmpty(origin)) return null;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return $"Origin \"{origin}\" is not an http(s) origin";
        string originHost = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (!string.Equals(originHost, host, StringComparison.OrdinalIgnoreCase) && !string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase))
            return $"Origin \"{origin}\" does not match Host \"{host}\"";
        return null;
    }

    private static bool IsLoopbackHost(string host)
    {
        string name = host;
        if (name.StartsWith('['))
        {
            int end = name.IndexOf(']');
            name = end > 0 ? name[1..end] : name;
        }
        else if (name.LastIndexOf(':') is var colon and > 0 && name.IndexOf(':') == colon) name = name[..colon];
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address);
    }
}
