namespace RequestTracker.Web.Hosting;

/// <summary>
/// The address people reach the app at, for links in emails (password links). <c>App:PublicUrl</c> when
/// set; otherwise the address of the signed-in admin's own request. A request from someone signed out
/// never chooses it: its Host header would let anyone send a real reset token to a host they own.
/// </summary>
internal sealed class AppUrl(IConfiguration configuration)
{
    public Uri? Configured { get; } = configuration["App:PublicUrl"] is { Length: > 0 } url
        ? new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute)
        : null;

    public Uri ForSignedIn(HttpRequest request) =>
        Configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute);
}
