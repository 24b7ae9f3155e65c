using Kryon.Diagnostics;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;
using Kryon.Text;

namespace Kryon.LanguageServer.Features;

/// <summary>
/// Publishes diagnostics as the user types. At most one analysis per document runs at a time;
/// changes that arrive meanwhile mark it dirty and it runs once more on the newest text, so a
/// burst of keystrokes never queues a backlog and the last keystroke's result is always published.
/// </summary>
public sealed class DiagnosticsPublisher(DocumentStore store, Analyzer analyzer, Action<NotificationMessage> send, TimeSpan delay, Action<string> log)
{
    private sealed class State
    {
        public bool Running;
        public bool Dirty;
    }

    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Schedule(string uri)
    {
        lock (_gate)
        {
            if (!_states.TryGetValue(uri, out var state)) _states[uri] = state = new State();
            if (state.Running) { state.Dirty = true; return; }
            state.Running = true;
        }
        _ = Task.Run(() => RunAsync(uri));
    }

    /// <summary>Empties the document's diagnostics (it was closed).</summary>
    public void Clear(string uri) => send(new NotificationMessage("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, [])));

    private async Task RunAsync(string uri)
    {
        while (true)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay);
            lock (_gate) _states[uri].Dirty = false;
            try
            {
                var snapshot = store.Snapshot();
                if (snapshot.GetValueOrDefault(uri) is { } document)
                {
                    var analysis = analyzer.Analyze(document, snapshot.Values);
                    // A newer version arrived while analysing (its own run publishes), or the document
                    // was closed (its diagnostics were cleared): this result is stale.
                    bool stale;
                    lock (_gate) stale = _states[uri].Dirty;
                    stale |= store.Get(uri) is null;
                    if (!stale) send(new NotificationMessage("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, document.Version, Convert(analysis))));
                }
            }
            catch (Exception e)
            {
                log($"diagnostics for {uri} failed: {e}");
            }
            lock (_gate)
            {
                var state = _states[uri];
                if (!state.Dirty)
                {
                    state.Running = false;
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The compiler's diagnostics as LSP diagnostics on the document. Problems inside an included
    /// file are shown on the `@include` that brings the file in, with the real place as related information.
    /// </summary>
    public static LspDiagnostic[] Convert(DocumentAnalysis analysis)
    {
        var main = analysis.Main;
        var result = new List<LspDiagnostic>(analysis.Compilation.Diagnostics.Count);
        foreach (var d in analysis.Compilation.Diagnostics)
        {
            var message = d.Message;
            foreach (var suggestion in d.Suggestions) message += "\nhelp: " + suggestion;
            var related = new List<DiagnosticRelatedInformation>();
            Protocol.Range range = default;
            if (d.Location is { } location)
            {
                var path = FullPath(location.File.Path);
                if (path == main.Path)
                {
                    range = main.RangeOf(location.Span);
                }
                else
                {
                    if (analysis.IncludedThrough.TryGetValue(path, out var include)) range = main.RangeOf(include);
                    message = $"{Path.GetFileName(path)}:{location.Start}: {message}";
                    related.Add(new DiagnosticRelatedInformation(new Location(DocumentUri.FromPath(path), RangeIn(location)), d.Message));
                }
            }
            foreach (var note in d.Notes)
                if (note.Location is { } at)
                    related.Add(new DiagnosticRelatedInformation(new Location(DocumentUri.FromPath(FullPath(at.File.Path)), RangeIn(at)), note.Message));
            result.Add(new LspDiagnostic(range, SeverityOf(d.Severity), d.Code, "kryon", message)
            {
                RelatedInformation = related.Count > 0 ? related.ToArray() : null,
            });
        }
        return result.ToArray();
    }

    private static string FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }

    /// <summary>A span in another file, through its own line table (1-based compiler positions to 0-based LSP ones).</summary>
    private static Protocol.Range RangeIn(SourceSpan span)
    {
        var start = span.Start;
        var end = span.End;
        return new Protocol.Range(new Position(start.Line - 1, start.Column - 1), new Position(end.Line - 1, end.Column - 1));
    }

    private static int SeverityOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => DiagnosticSeverityLsp.Error,
        DiagnosticSeverity.Warning => DiagnosticSeverityLsp.Warning,
        _ => DiagnosticSeverityLsp.Information,
    };
}
