namespace Kryon.Cli.Dev;

/// <summary>
/// The newest compilation of an app's files, shared by every running instance of the app (each
/// browser tab of `kryon dev --platform web` runs its own): it compiles again only when a file the
/// last compilation read has changed since, so all tabs reloading after one save compile once.
/// It also keeps the last compilation that succeeded, which a tab opened while the newest edit is
/// broken starts from. Thread-safe: the watcher and each tab's loop call it.
/// </summary>
public sealed class DevCompilations(string appPath)
{
    private readonly Lock _lock = new();
    private readonly FileFingerprints _fingerprints = new();
    private DevCompilation? _newest;
    private DevCompilation? _lastGood;

    public string AppPath { get; } = appPath ?? throw new ArgumentNullException(nameof(appPath));

    /// <summary>How many times the files were compiled (not counting answers from the cache).</summary>
    public int CompileCount { get; private set; }

    /// <summary>The last compilation that produced a document, or null when none has yet.</summary>
    public DevCompilation? LastGood
    {
        get
        {
            lock (_lock) return _lastGood;
        }
    }

    /// <summary>Every file the newest and the one before it read (full paths): what to watch.</summary>
    public IReadOnlyList<string> Files
    {
        get
        {
            lock (_lock) return [.. _fingerprints.Files];
        }
    }

    /// <summary>The compilation of the files as they are now: the cached one when none of its files changed.</summary>
    public DevCompilation Compile()
    {
        lock (_lock)
        {
            if (_newest is null) _fingerprints.Follow([Path.GetFullPath(AppPath)]);
            // Content is taken in before compiling: a save made while compiling is a change the next call sees.
            bool changed = _fingerprints.TakeChanges().Count > 0;
            if (_newest is { } cached && !changed) return cached;
            var compiled = DevCompiler.Compile(AppPath);
            CompileCount++;
            // Keep following the previous version's files too: an include the edit removed may come back.
            _fingerprints.Follow(_newest is null ? compiled.Files : compiled.Files.Union(_newest.Files));
            _newest = compiled;
            if (compiled.Succeeded) _lastGood = compiled;
            return compiled;
        }
    }
}
