using Kryon.Diagnostics;

namespace Kryon.Runtime.Diagnostics;

/// <summary>
/// Where the running app's problems go: bad values from scripts, missing handlers, failing hooks.
/// The runtime never throws for these; it reports them here and keeps going. Bounded, so a
/// handler that fails every frame cannot exhaust memory.
/// </summary>
public sealed class RuntimeLog
{
    public const int Capacity = 1000;

    private readonly Queue<Diagnostic> _entries = new();

    /// <summary>How many diagnostics were reported in total (including ones dropped from the bounded list).</summary>
    public int TotalReported { get; private set; }

    public IReadOnlyCollection<Diagnostic> Entries => _entries;

    /// <summary>Called for every report (the CLI prints them; dev mode shows an overlay).</summary>
    public event Action<Diagnostic>? Reported;

    public void Report(Diagnostic diagnostic)
    {
        TotalReported++;
        if (_entries.Count == Capacity) _entries.Dequeue();
        _entries.Enqueue(diagnostic);
        Reported?.Invoke(diagnostic);
    }

    public void Report(DiagnosticDescriptor descriptor, string message, params string[] suggestions)
        => Report(Diagnostic.Create(descriptor, null, message, suggestions));

    public bool Contains(int code) => _entries.Any(d => d.Code == code);

    public void Clear() => _entries.Clear();
}
