using System.Collections.Concurrent;

namespace Kryon.Runtime.Platform;

/// <summary>
/// The running app as a platform's event loop sees it when the app can be replaced while it runs
/// (`kryon dev`): the loop reads <see cref="Runtime"/> each frame instead of holding one runtime,
/// runs the work other threads <see cref="Post"/> between frames (so a reload snapshots and swaps
/// the runtime on the loop's own thread), and draws <see cref="OverlayLines"/> over the app
/// (the diagnostics of an edit that did not compile) through <see cref="DiagnosticsOverlay"/>.
/// </summary>
public sealed class RuntimeHost(KryonRuntime runtime)
{
    private readonly ConcurrentQueue<Action> _work = new();
    private Action? _wake;

    /// <summary>The app the loop runs now. Changes only on the loop's thread, inside posted work.</summary>
    public KryonRuntime Runtime { get; private set; } = runtime ?? throw new ArgumentNullException(nameof(runtime));

    /// <summary>Lines to show over the app (empty: none).</summary>
    public IReadOnlyList<string> OverlayLines { get; private set; } = [];

    /// <summary>Changes whenever <see cref="Runtime"/> or <see cref="OverlayLines"/> does: the loop must draw again.</summary>
    public int Version { get; private set; }

    /// <summary>True when posted work waits for the loop.</summary>
    public bool HasPendingWork => !_work.IsEmpty;

    /// <summary>
    /// How the loop is woken from its wait (an SDL user event, the terminal's wake pipe); set by the
    /// loop before it first waits. Must be safe to call from any thread. Setting it while work
    /// is already waiting (posted before the loop started) wakes the loop at once.
    /// </summary>
    public Action? Wake
    {
        get => Volatile.Read(ref _wake);
        set
        {
            Volatile.Write(ref _wake, value);
            if (value is not null && HasPendingWork) value();
        }
    }

    /// <summary>Queues <paramref name="work"/> for the loop's thread and wakes the loop. Any thread.</summary>
    public void Post(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work.Enqueue(work);
        Wake?.Invoke();
    }

    /// <summary>Runs the posted work, in order; the loop calls it between frames. True when any ran.</summary>
    public bool RunPendingWork()
    {
        bool ran = false;
        while (_work.TryDequeue(out var work))
        {
            work();
            ran = true;
        }
        return ran;
    }

    /// <summary>Makes <paramref name="next"/> (loaded and started) the app the loop runs. Loop thread only.</summary>
    public void Replace(KryonRuntime next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (ReferenceEquals(next, Runtime)) return;
        Runtime = next;
        Version++;
    }

    /// <summary>Shows <paramref name="lines"/> over the app; an empty list hides the overlay. Loop thread only.</summary>
    public void ShowOverlay(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 && OverlayLines.Count == 0) return;
        OverlayLines = [.. lines];
        Version++;
    }
}
