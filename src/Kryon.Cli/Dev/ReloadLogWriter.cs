namespace Kryon.Cli.Dev;

/// <summary>Where `kryon dev` writes its JSON reload log: a file (`--log`, created anew, flushed per line), standard error, or nowhere.</summary>
public sealed class ReloadLogWriter : IDisposable
{
    private readonly TextWriter? _writer;
    private readonly bool _owned;
    private readonly Lock _lock = new();

    private ReloadLogWriter(TextWriter? writer, bool owned)
    {
        _writer = writer;
        _owned = owned;
    }

    /// <summary>
    /// The log at <paramref name="path"/>, else <paramref name="fallback"/> (null: no log, as when
    /// standard error is the terminal the app is drawn on). A file that cannot be created is a problem.
    /// </summary>
    public static ReloadLogWriter Open(string? path, TextWriter? fallback, out string? problem)
    {
        problem = null;
        if (path is null) return new ReloadLogWriter(fallback, owned: false);
        try
        {
            return new ReloadLogWriter(new StreamWriter(path, append: false) { AutoFlush = true }, owned: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = $"cannot write the reload log {path}: {e.Message}";
            return new ReloadLogWriter(null, owned: false);
        }
    }

    /// <summary>Writes one line; any thread (the tabs of a web session reload on their own).</summary>
    public void Write(ReloadResult result, int? tab = null)
    {
        if (_writer is null) return;
        string line = ReloadReport.Json(result, tab);
        lock (_lock)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        if (_owned) _writer?.Dispose();
    }
}
