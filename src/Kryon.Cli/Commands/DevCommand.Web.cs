using System.Globalization;
using Kryon.Cli.Dev;
using Kryon.Cli.Serving;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

public static partial class DevCommand
{
    private const string WebPlatform = "web";

    /// <summary>
    /// `kryon dev app.kry --platform web [--port N] [--host ADDRESS]`: serves the app as `kryon serve`
    /// does (each browser tab runs its own instance) and, on every save, compiles the app once and
    /// reloads every open tab keeping its state (<see cref="WebDevTabs"/>); a broken edit keeps each
    /// tab's app running with the errors drawn over it, and a tab opened then gets the last good
    /// version with the same errors. Each tab's reload is one line on the console and one JSON
    /// line (with "tab") in the reload log. When the first version has errors it waits for a save
    /// that compiles before it serves (<see cref="FixWaiter"/>). Runs until Ctrl+C or SIGTERM.
    /// </summary>
    private static int RunWeb(DevOptions options, TextWriter output, TextWriter errors)
    {
        if (WebServing.WhyUnavailable() is { } why)
        {
            errors.WriteLine($"kryon dev: cannot show the app on the web platform: {why}");
            errors.WriteLine($"  help: develop it without a display: kryon dev {options.Path} --headless");
            return 1;
        }
        bool color = OutputColor(output);
        var compilations = new DevCompilations(options.Path);
        var consoleLock = new Lock();
        void Print(string text)
        {
            lock (consoleLock) output.Write(text);
        }
        // Nothing to serve yet: wait for a save that compiles.
        if (!FixWaiter.Wait(compilations, options.Poll, Print, color))
        {
            output.WriteLine($"{options.Path}: not run: stopped before a version compiled");
            return 1;
        }
        output.Write(DiagnosticFormatter.FormatHuman(compilations.Compile().Diagnostics, color));

        using var log = ReloadLogWriter.Open(options.LogPath, errors, out string? logProblem);
        if (logProblem is not null)
        {
            errors.WriteLine($"kryon dev: {logProblem}");
            return 2;
        }
        int reloads = 0, failed = 0;
        var tabs = new WebDevTabs(compilations, (tab, result) =>
        {
            Interlocked.Increment(ref reloads);
            if (!result.Ok) Interlocked.Increment(ref failed);
            log.Write(result, tab);
            Print(ReloadReport.Human(result, color, tab));
        });

        SourceWatcher? watcher = null;
        void Saved()
        {
            int compiledBefore = compilations.CompileCount;
            var compiled = compilations.Compile(); // here, once: the tabs' reloads take it from the cache
            if (compilations.CompileCount != compiledBefore && tabs.OpenCount == 0) Print(NoTabLine(compiled, color));
            tabs.ReloadAll();
            watcher?.Watch(tabs.WatchedFiles);
        }
        int exit;
        using (watcher = new SourceWatcher(Saved, poll: options.Poll) { Problem = d => Print(DiagnosticFormatter.FormatHuman([d], color)) })
        {
            watcher.Watch(tabs.WatchedFiles);
            Saved(); // a save made between the first compile and the start of the watch has no event of its own
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            try
            {
                exit = WebServing.ServeAsync("kryon dev", options.Path, options.Host ?? WebServing.DefaultHost, options.Port ?? WebServing.DefaultPort, tabs.Start,
                    WebServing.Reporter(errors), output, errors, stop.Token,
                    started: _ => Print(WatchingLine(options.Path, tabs.WatchedFiles, "save to reload every open tab", "press Ctrl+C"))).GetAwaiter().GetResult();
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
        if (exit != 0) return exit;
        errors.WriteLine($"kryon dev: {options.Path}: {Count(reloads, "reload")} ({failed} failed)");
        return 0;
    }

    /// <summary>What a save did when no tab is open: the new version is what the next tab gets.</summary>
    private static string NoTabLine(DevCompilation compiled, bool color)
    {
        string time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (compiled.Succeeded)
        {
            double ms = (compiled.Parse + compiled.Bind + compiled.Emit).TotalMilliseconds;
            return $"{time} compiled in {ms.ToString("0", CultureInfo.InvariantCulture)} ms; no tab is open: the next one opened gets this version\n";
        }
        int errorCount = compiled.Diagnostics.Count(d => d.IsError);
        return DiagnosticFormatter.FormatHuman(compiled.Diagnostics, color) +
            $"{time} the edit does not compile ({Count(errorCount, "error")}); no tab is open: the next one opened gets the last good version with these errors over it\n";
    }
}
