using Kryon.Cli.Dev;

namespace Kryon.Cli.Tests.Dev;

/// <summary>The watcher sees the ways editors save, once per burst, and only for the files it watches.</summary>
public sealed class SourceWatcherTests : IDisposable
{
    /// <summary>Long enough that a burst of writes in a loop stays inside it on a busy machine.</summary>
    private const int DebounceMs = 300;

    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    private readonly DevAppFolder _folder = new();
    private readonly SemaphoreSlim _changes = new(0);
    private int _count;

    public void Dispose()
    {
        _folder.Dispose();
        _changes.Dispose();
    }

    private SourceWatcher Watch(string file, bool poll = false, int graceMs = SourceWatcher.DefaultUnfinishedSaveGraceMs)
    {
        var watcher = new SourceWatcher(() =>
        {
            Interlocked.Increment(ref _count);
            _changes.Release();
        }, DebounceMs, poll, graceMs);
        watcher.Watch([file]);
        return watcher;
    }

    [Fact]
    public void A_burst_of_writes_is_one_change()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app);
        for (int i = 0; i < 5; i++) File.WriteAllText(app, $"App {{ window_width: {100 + i} }}");
        Assert.True(_changes.Wait(EventTimeout), "no change was reported");
        Thread.Sleep(DebounceMs * 3);
        Assert.Equal(1, Volatile.Read(ref _count));
    }

    [Fact]
    public void A_temporary_file_renamed_over_the_watched_one_is_a_change()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app);
        string temporary = _folder.Write(".app.kry.swp", "App { window_width: 10 }");
        File.Move(temporary, app, overwrite: true);
        Assert.True(_changes.Wait(EventTimeout), "the rename was not seen");
    }

    [Fact]
    public void Renaming_the_file_away_and_writing_a_new_one_is_a_change()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app);
        File.Move(app, _folder.PathOf("app.kry~"));
        File.WriteAllText(app, "App { window_width: 10 }");
        Assert.True(_changes.Wait(EventTimeout), "the new file was not seen");
    }

    [Fact]
    public void Other_files_in_the_folder_are_ignored()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app);
        _folder.Write("notes.txt", "not part of the app");
        Assert.False(_changes.Wait(DebounceMs * 4), "a file the app does not use caused a change");
    }

    [Fact]
    public void Polling_sees_a_change()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app, poll: true);
        Assert.True(watcher.IsPolling);
        File.WriteAllText(app, "App { window_width: 10 }");
        Assert.True(_changes.Wait(EventTimeout), "polling did not see the change");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_save_that_left_the_file_empty_waits_for_its_content(bool poll)
    {
        string app = _folder.Write("app.kry", "App {}");
        // A grace far longer than the test's own pauses: a test thread starved for a second on a busy
        // machine (CI runs the browser tests beside this) must not turn the unfinished save into a report.
        using var watcher = Watch(app, poll, graceMs: 10_000);
        using (new FileStream(app, FileMode.Truncate)) { } // an editor's first step, then preempted
        Assert.False(_changes.Wait(DebounceMs * 2 + SourceWatcher.PollIntervalMs), "the half-written save was reported");
        File.WriteAllText(app, "App { window_width: 10 }");
        Assert.True(_changes.Wait(EventTimeout), "the finished save was not reported");
        Thread.Sleep(DebounceMs * 3);
        Assert.Equal(1, Volatile.Read(ref _count));
    }

    [Fact]
    public void A_file_that_stays_empty_is_reported_after_the_grace_time()
    {
        string app = _folder.Write("app.kry", "App {}");
        using var watcher = Watch(app);
        var start = DateTime.UtcNow;
        File.WriteAllText(app, "");
        Assert.True(_changes.Wait(EventTimeout), "emptying the file was never reported");
        Assert.True(DateTime.UtcNow - start >= TimeSpan.FromMilliseconds(watcher.UnfinishedSaveGraceMs), "reported before the grace time");
    }
}
