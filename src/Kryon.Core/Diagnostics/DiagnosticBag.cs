using Kryon.Text;

namespace Kryon.Diagnostics;

/// <summary>
/// Collects diagnostics during one compilation. The number kept is bounded so that garbage
/// input (say, a 10 MB binary file) yields a readable report instead of millions of lines.
/// </summary>
public sealed class DiagnosticBag
{
    public const int DefaultLimit = 500;

    private readonly List<Diagnostic> _items = [];
    private readonly int _limit;
    private bool _truncated;

    public DiagnosticBag(int limit = DefaultLimit) => _limit = limit;

    public int ErrorCount { get; private set; }

    public int WarningCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error) ErrorCount++;
        else if (diagnostic.Severity == DiagnosticSeverity.Warning) WarningCount++;

        if (_items.Count < _limit)
        {
            _items.Add(diagnostic);
        }
        else if (!_truncated)
        {
            _truncated = true;
            _items.Add(Diagnostic.Create(DiagnosticCodes.TooManyDiagnostics, diagnostic.Location,
                $"too many diagnostics; stopped listing after {_limit}", "fix the problems above and check again"));
            ErrorCount++;
        }
    }

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceSpan? location, string message, params string[] suggestions)
    {
        var d = Diagnostic.Create(descriptor, location, message, suggestions);
        Add(d);
        return d;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>
    /// Diagnostics in source order: files in <paramref name="fileOrder"/> (the order the compilation
    /// read them: the main file, then its includes), then by position; reports at the same place keep
    /// the order they were made in. Diagnostics without a location come first.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlyList<SourceFile>? fileOrder = null) => _items
        .Select((d, i) => (d, i))
        .OrderBy(p => p.d.Location is { } l ? (fileOrder is null ? 0 : IndexOf(fileOrder, l.File)) : -1)
        .ThenBy(p => p.d.Location?.File.Path ?? "", StringComparer.Ordinal)
        .ThenBy(p => p.d.Location?.Span.Start ?? -1)
        .ThenBy(p => p.i)
        .Select(p => p.d)
        .ToArray();

    private static int IndexOf(IReadOnlyList<SourceFile> files, SourceFile file)
    {
        for (int i = 0; i < files.Count; i++)
            if (ReferenceEquals(files[i], file)) return i;
        return files.Count;
    }
}
