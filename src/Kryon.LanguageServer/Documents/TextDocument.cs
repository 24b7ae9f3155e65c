using System.Text;
using Kryon.LanguageServer.Protocol;

namespace Kryon.LanguageServer.Documents;

/// <summary>
/// One open document at one version: an immutable snapshot (text + line index). Edits produce a
/// new snapshot, so a request that started on an older version keeps a consistent view.
/// </summary>
public sealed class TextDocument
{
    private LineIndex? _lines;

    public TextDocument(string uri, string path, int version, string text)
    {
        Uri = uri;
        Path = path;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    /// <summary>The file system path the compiler sees (includes resolve relative to it).</summary>
    public string Path { get; }

    public int Version { get; }

    public string Text { get; }

    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>Applies didChange events in order: ranged ones splice, range-less ones replace the whole text.</summary>
    public TextDocument WithChanges(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lines = Lines;
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text;
            }
            else
            {
                int start = lines.OffsetOf(range.Start);
                int end = Math.Max(start, lines.OffsetOf(range.End));
                text = Splice(text, start, end, change.Text);
            }
            // The next change's positions refer to the text after this one.
            lines = new LineIndex(text);
        }
        return new TextDocument(Uri, Path, version, text) { _lines = lines };
    }

    private static string Splice(string text, int start, int end, string replacement)
    {
        var sb = new StringBuilder(text.Length - (end - start) + replacement.Length);
        sb.Append(text, 0, start).Append(replacement).Append(text, end, text.Length - end);
        return sb.ToString();
    }
}
