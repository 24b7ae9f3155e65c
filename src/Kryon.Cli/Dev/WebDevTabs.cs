using Kryon.Backends.Web.Hosting;
using Kryon.Diagnostics;

namespace Kryon.Cli.Dev;

/// <summary>
/// The browser tabs of `kryon dev --platform web`. Each tab runs its own instance of the app, so
/// each gets its own <see cref="DevSession"/>, started by the web server on the tab's loop thread
/// (<see cref="Start"/> is the server's session factory) with the tab's size, the server's Pango
/// measurer and the tab's clipboard. All of them share one <see cref="DevCompilations"/>, so a
/// save is compiled once; <see cref="ReloadAll"/> then posts a reload to every tab's loop, where
/// it snapshots, swaps and restores that tab's app, or puts the errors of a broken edit over it.
/// A tab opened while the newest edit is broken starts from the last version that compiled, with
/// the errors shown.
/// </summary>
public sealed class WebDevTabs(DevCompilations compilations, Action<int, ReloadResult> reloaded)
{
    private readonly Lock _lock = new();
    private readonly List<Tab> _open = [];
    private int _opened;

    private sealed record Tab(int Number, DevSession Session);

    /// <summary>The tabs with a running app now.</summary>
    public int OpenCount
    {
        get
        {
            lock (_lock) return _open.Count;
        }
    }

    /// <summary>Every file any tab's app or the newest edit reads (full paths): what to watch.</summary>
    public IReadOnlyList<string> WatchedFiles
    {
        get
        {
            var files = new HashSet<string>(compilations.Files, StringComparer.Ordinal);
            lock (_lock)
                foreach (var tab in _open) files.UnionWith(tab.Session.WatchedFiles);
            return [.. files];
        }
    }

    /// <summary>The server's <see cref="SessionFactory"/>: starts a new tab's app (on the tab's own thread).</summary>
    public HostedApp Start(SessionStart start)
    {
        var diagnostics = new DiagnosticBag();
        var session = DevSession.Open(new DevSessionOptions(compilations.AppPath)
        {
            Measurer = start.Measurer,
            Clipboard = start.Clipboard,
            Width = start.Width,
            Height = start.Height,
            Compilations = compilations,
        }, diagnostics);
        // Only when no version has compiled since `kryon dev` started, which it checks before serving.
        if (session is null) throw new InvalidOperationException($"{compilations.AppPath} has no version that compiles");

        var tab = new Tab(Interlocked.Increment(ref _opened), session);
        lock (_lock) _open.Add(tab);
        // A save made between this tab's compile and joining the list has no reload of its own.
        session.Host.Post(() => Reload(tab));
        return new HostedApp(session.Host, new TabClosing(this, tab));
    }

    /// <summary>After a save: every open tab reloads on its own loop (the compile is shared).</summary>
    public void ReloadAll()
    {
        List<Tab> open;
        lock (_lock) open = [.. _open];
        foreach (var tab in open) tab.Session.Host.Post(() => Reload(tab));
    }

    private void Reload(Tab tab)
    {
        if (tab.Session.Reload() is { } result) reloaded(tab.Number, result);
    }

    /// <summary>Disposed with the tab's app (after its onStop): the tab leaves the list and its scripts are released.</summary>
    private sealed class TabClosing(WebDevTabs tabs, Tab tab) : IDisposable
    {
        public void Dispose()
        {
            lock (tabs._lock) tabs._open.Remove(tab);
            tab.Session.Dispose();
        }
    }
}
