using System.Collections.Immutable;
using Kryon.Compiler;

namespace Kryon.LanguageServer.Documents;

/// <summary>
/// The open documents. Updates come from the message loop in order; readers take an immutable
/// snapshot, so a request sees the documents as they were when it arrived.
/// </summary>
public sealed class DocumentStore
{
    private ImmutableDictionary<string, TextDocument> _byUri = ImmutableDictionary<string, TextDocument>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableDictionary<string, TextDocument> Snapshot() => Volatile.Read(ref _byUri);

    public TextDocument? Get(string uri) => Snapshot().GetValueOrDefault(uri);

    public void Set(TextDocument document) => ImmutableInterlocked.Update(ref _byUri, d => d.SetItem(document.Uri, document));

    public void Remove(string uri) => ImmutableInterlocked.Update(ref _byUri, d => d.Remove(uri));
}

/// <summary>Reads open documents from the editor's buffers (unsaved text wins), anything else from disk: what includes and external scripts see.</summary>
public sealed class OpenDocumentSourceProvider(IEnumerable<TextDocument> openDocuments) : ISourceProvider
{
    private readonly Dictionary<string, string> _open = openDocuments.ToDictionary(d => Path.GetFullPath(d.Path), d => d.Text, StringComparer.Ordinal);

    public bool TryRead(string path, out string text, out string error)
    {
        error = "";
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            text = "";
            error = e.Message;
            return false;
        }
        if (_open.TryGetValue(full, out text!)) return true;
        return FileSystemSourceProvider.Instance.TryRead(path, out text, out error);
    }
}
