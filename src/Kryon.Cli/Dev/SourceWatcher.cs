using Kryon.Diagnostics;

namespace Kryon.Cli.Dev;

/// <summary>
/// Watches a set of files and calls <see cref="Changed"/> once a burst of changes to them has
/// been quiet for <see cref="DebounceMs"/>: editors save in several steps (truncate and write,
/// or write a temporary file and rename it over the original, or rename the original away first),
/// and the app must be compiled once, from the finished file. Uses file system notifications
/// (one watcher per folder, events for other files ignored); when they fail (the system's limit on
/// watches, a folder that goes away) or <c>poll</c> is asked for, it checks the files' size and
/// time every <see cref="PollIntervalMs"/> instead. <see cref="Changed"/> runs on a pool thread.
/// A burst that leaves a file empty or gone which had content when it was watched is taken for a
/// save still being written (truncated or renamed away, the new content not in yet: on a busy
/// machine the editor may be preempted between the two steps for longer than the debounce), and
/// is given up to <see cref="UnfinishedSaveGraceMs"/> (a second by default) to finish before it is reported anyway.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public const int DefaultDebounceMs = 40;

    public const int PollIntervalMs = 200;

    public const int DefaultUnfinishedSaveGraceMs = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Length, DateTime Written)> _stamps = new(StringComparer.Ordinal);
    private readonly Timer _debounce;
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private Timer? _poll;
    private bool _disposed;
    private readonly Dictionary<string, long> _lengthsReported = new(StringComparer.Ordinal); // each file's length when watched or last reported (−1: gone)
    private long _unfinishedSinceTick = -1; // when Fire first found a save that looked unfinished

    /// <param name="poll">Check the files on a timer instead of asking for notifications (network file systems, containers).</param>
    /// <param name="unfinishedSaveGraceMs">How long a save that left a file empty or gone may take to finish.</param>
    public SourceWatcher(Action changed, int debounceMs = DefaultDebounceMs, bool poll = false, int unfinishedSaveGraceMs = DefaultUnfinishedSaveGraceMs)
    {
        Changed = changed ?? throw new ArgumentNullException(nameof(changed));
        DebounceMs = debounceMs;
        UnfinishedSaveGraceMs = unfinishedSaveGraceMs;
        _debounce = new Timer(_ => Fire());
        if (poll) StartPolling();
    }

    public Action Changed { get; }

    public int DebounceMs { get; }

    public int UnfinishedSaveGraceMs { get; }

    /// <summary>Called (on a pool thread) when notifications failed and the watcher fell back to polling.</summary>
    public Action<Diagnostic>? Problem { get; init; }

    /// <summary>Whether the files are being polled (asked for, or notifications failed).</summary>
    public bool IsPolling => Volatile.Read(ref _poll) is not null;

    /// <summary>Watches exactly <paramref name="files"/> (full paths) from now on.</summary>
    public void Watch(IEnumerable<string> files)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _files = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            _stamps.Clear();
            _lengthsReported.Clear();
            _unfinishedSinceTick = -1;
            foreach (string file in _files) _stamps[file] = StampOf(file);
            foreach (var (file, stamp) in _stamps) _lengthsReported[file] = stamp.Length;
            if (_poll is not null) return;
            var folders = _files.Select(f => Path.GetDirectoryName(f) ?? "/").ToHashSet(StringComparer.Ordinal);
            foreach (string gone in _folders.Keys.Where(f => !folders.Contains(f)).ToList())
            {
                _folders[gone].Dispose();
                _folders.Remove(gone);
            }
            foreach (string folder in folders.Where(f => !_folders.ContainsKey(f)))
                if (!TryWatchFolder(folder)) return;
        }
    }

    private bool TryWatchFolder(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnRenamed;
            watcher.Error += (_, e) => FallBack($"file notifications stopped: {e.GetException().Message}");
            watcher.EnableRaisingEvents = true;
            _folders[folder] = watcher;
            return true;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            FallBack($"cannot watch {folder}: {e.Message}");
            return false;
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e) => Note(e.FullPath);

    /// <summary>Both names count: a temporary file renamed over the app's, or the app's file renamed away before a new one is written.</summary>
    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Note(e.OldFullPath);
        Note(e.FullPath);
    }

    private void Note(string path)
    {
        lock (_gate)
        {
            if (_disposed || !_files.Contains(path)) return;
            _debounce.Change(DebounceMs, Timeout.Infinite); // (re)starts the quiet period
        }
    }

    private void Fire()
    {
        lock (_gate)
        {
            if (_disposed) return;
            if (_files.Any(LooksHalfWritten))
            {
                long now = Environment.TickCount64;
                if (_unfinishedSinceTick < 0) _unfinishedSinceTick = now;
                if (now - _unfinishedSinceTick < UnfinishedSaveGraceMs)
                {
                    _debounce.Change(DebounceMs, Timeout.Infinite); // look again after another quiet period
                    return;
                }
            }
            _unfinishedSinceTick = -1;
            foreach (string file in _files)
            {
                // Polling must not report again what this report already covers.
                var stamp = StampOf(file);
                _stamps[file] = stamp;
                _lengthsReported[file] = stamp.Length;
            }
        }
        Changed();
    }

    /// <summary>The file had content when it was last seen and is now empty or gone.</summary>
    private bool LooksHalfWritten(string file) => _lengthsReported.TryGetValue(file, out long length) && length > 0 && StampOf(file).Length <= 0;

    private void FallBack(string why)
    {
        lock (_gate)
        {
            if (_disposed || _poll is not null) return;
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
            StartPolling();
        }
        Problem?.Invoke(Diagnostic.Create(DiagnosticCodes.WatchFailed, null, $"{why}; checking the files every {PollIntervalMs} ms instead",
            "raise the limit on watches: sysctl fs.inotify.max_user_watches"));
        // A change may have happened while notifications were failing.
        lock (_gate) _debounce.Change(DebounceMs, Timeout.Infinite);
    }

    private void StartPolling() => _poll = new Timer(_ => Poll(), null, PollIntervalMs, PollIntervalMs);

    private void Poll()
    {
        lock (_gate)
        {
            if (_disposed) return;
            foreach (string file in _files)
            {
                var stamp = StampOf(file);
                if (_stamps.TryGetValue(file, out var seen) && seen == stamp) continue;
                _stamps[file] = stamp;
                _debounce.Change(DebounceMs, Timeout.Infinite);
            }
        }
    }

    private static (long Length, DateTime Written) StampOf(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
            _poll?.Dispose();
            _debounce.Dispose();
        }
    }
}
