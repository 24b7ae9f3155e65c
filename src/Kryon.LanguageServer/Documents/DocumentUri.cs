namespace Kryon.LanguageServer.Documents;

/// <summary>`file:` URIs and paths. Documents that are not files (`untitled:`) get a stable pseudo-path so the compiler can still name them.</summary>
public static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile) return parsed.LocalPath;
        // Not a file: keep it recognisable in messages and unique per document.
        return System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kryon-lsp", Sanitize(uri));
    }

    public static string FromPath(string path) => new System.Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    private static string Sanitize(string uri)
    {
        var chars = uri.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        return new string(chars);
    }
}
