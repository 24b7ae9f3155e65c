using System.Net;
using System.Reflection;

namespace Kryon.Backends.Web.Hosting;

/// <summary>The browser client (Client/index.html and Client/client.js), embedded in the assembly: no files to deploy, no build step.</summary>
internal static class ClientAssets
{
    private const string Prefix = "Kryon.Web.Client.";

    /// <summary>The page, with the app's title in it (HTML-escaped).</summary>
    public static string IndexHtml(string title) => Read("index.html").Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal);

    public static string ClientJs { get; } = Read("client.js");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"the web client's {name} is missing from the assembly (a build problem)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
