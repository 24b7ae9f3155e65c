using System.CommandLine;
using System.Runtime.InteropServices;
using Kryon.Cli.Dev;
using Kryon.Cli.Loading;
using Kryon.Cli.Platforms;
using Kryon.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Platform;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>What `kryon dev` was asked to do.</summary>
public sealed record DevOptions(string Path)
{
    public bool Headless { get; init; }

    /// <summary>desktop, terminal, web or headless; null: headless when <see cref="Headless"/>, else the first interactive platform that can run here.</summary>
    public string? Platform { get; init; }

    /// <summary>Headless only: input steps played once after the app starts (the same file as `kryon run --events`).</summary>
    public string? EventsPath { get; init; }

    /// <summary>Print the app's snapshot as JSON on stdout when the session ends.</summary>
    public bool DumpState { get; init; }

    /// <summary>Where the JSON reload log goes (one line per reload); null: standard error.</summary>
    public string? LogPath { get; init; }

    public bool Poll { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Web only: the port to serve on (null: 8080; 0: any free port).</summary>
    public int? Port { get; init; }

    /// <summary>Web only: the address to listen on (null: 127.0.0.1).</summary>
    public string? Host { get; init; }
}

/// <summary>
/// `kryon dev app.kry [--platform desktop|terminal|web|headless] [--headless] [--events events.json] [--dump-state] [--log reloads.jsonl] [--poll] [--port N] [--host ADDRESS]`.
/// Runs the app like `kryon run` and watches its files (the `.kry`, its includes, its `from`
/// scripts, <see cref="SourceWatcher"/>); every save recompiles and swaps the running app keeping
/// its state (<see cref="DevSession"/>). A broken edit keeps the last good app running and shows
/// the diagnostics: over the window, in the terminal's last row, and on the console. Each reload
/// writes one JSON line (<see cref="ReloadReport.Json"/>) to standard error or `--log`.
/// Headless (for scripts and tests): plays `--events`, then reloads on saves until standard input
/// closes or the process is interrupted, and prints the final state with `--dump-state`.
/// Web (DevCommand.Web.cs): serves the app as `kryon serve` does and reloads every open tab.
/// When the first version has errors there is nothing to show yet: on a display (desktop, terminal,
/// web) it prints them and waits for a save that compiles (<see cref="FixWaiter"/>); headless, it
/// exits 1. Exit code 1 also when stopped while waiting or no platform can run here, 2 for bad
/// options, else 0.
/// </summary>
public static partial class DevCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to develop: a .kry file." };
        var headless = new Option<bool>("--headless") { Description = "Run without a display (the same as --platform headless): reloads until standard input closes." };
        var platform = new Option<string?>("--platform") { HelpName = "desktop|terminal|web|headless", Description = "Where to show the app (default: desktop when a display is available, else the terminal; web: serve it to browser tabs)." };
        platform.AcceptOnlyFromAmong([.. PlatformCatalog.Names, WebPlatform]);
        var events = new Option<string?>("--events") { HelpName = "events.json", Description = "Headless: input steps to play once the app has started (as `kryon run --events`)." };
        var dump = new Option<bool>("--dump-state") { Description = "When the session ends, print the app's snapshot as JSON (variables, focus, inputs, …)." };
        var log = new Option<string?>("--log") { HelpName = "reloads.jsonl", Description = "Write the JSON reload log (one line per reload, with stage timings) to this file instead of standard error." };
        var poll = new Option<bool>("--poll") { Description = "Check the files for changes every 200 ms instead of using file system notifications (network drives, some containers)." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the App's window_width, else 800)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the App's window_height, else 600)." };
        var port = new Option<int?>("--port") { Description = "Web: the TCP port to serve on (default 8080; 0: any free port)." };
        var host = new Option<string?>("--host") { Description = "Web: the address to listen on (default 127.0.0.1: this machine only)." };
        var command = new Command("dev", "Run an app and reload it on every save, keeping its state; broken edits show their diagnostics and keep the last good version running.")
        {
            file, platform, headless, events, dump, log, poll, width, height, port, host,
        };
        command.SetAction(parse => Run(new DevOptions(parse.GetValue(file)!)
        {
            Headless = parse.GetValue(headless),
            Platform = parse.GetValue(platform),
            EventsPath = parse.GetValue(events),
            DumpState = parse.GetValue(dump),
            LogPath = parse.GetValue(log),
            Poll = parse.GetValue(poll),
            Width = parse.GetValue(width),
            Height = parse.GetValue(height),
            Port = parse.GetValue(port),
            Host = parse.GetValue(host),
        }, Console.Out, Console.Error));
        return command;
    }

    public static int Run(DevOptions options, TextWriter output, TextWriter errors)
    {
        if (BadOptions(options) is { } bad)
        {
            errors.WriteLine($"kryon dev: {bad}");
            return 2;
        }
        if (options.Platform == WebPlatform) return RunWeb(options, output, errors);
        bool headless = options.Headless || options.Platform == "headless";
        IReloadablePlatform? shown = null;
        if (!headless)
        {
            var chosen = options.Platform is { } asked ? PlatformCatalog.Create(asked) : PlatformCatalog.Choose(out _);
            string? why = chosen is null ? (options.Platform is null ? ChooseFailure() : $"the {options.Platform} platform is not part of this build")
                : chosen is not IReloadablePlatform ? $"the {chosen.Name} platform cannot swap a running app" : chosen.WhyUnavailable();
            if (why is not null)
            {
                errors.WriteLine($"kryon dev: cannot show the app {(options.Platform is { } p ? $"on the {p} platform" : "here")}: {why}");
                errors.WriteLine($"  help: develop it without a display: kryon dev {options.Path} --headless");
                return 1;
            }
            shown = (IReloadablePlatform)chosen!;
        }

        // The terminal platform draws on the terminal: lines printed there would tear its picture.
        bool consoleIsScreen = shown?.Name == "terminal";
        TextWriter? console = consoleIsScreen && !Console.IsOutputRedirected && output == Console.Out ? null : output;
        bool color = console == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

        var diagnostics = new DiagnosticBag();
        var script = options.EventsPath is { } eventsPath ? EventScriptParser.Load(eventsPath, diagnostics) : EventScript.Empty;
        object consoleLock = new();
        void Print(string text)
        {
            if (console is null) return;
            lock (consoleLock) console.Write(text);
        }
        var compilations = new DevCompilations(options.Path);
        // Nothing to show yet: a session someone watches waits for a save that compiles; a headless one (scripts) reports and exits.
        if (!headless && script is not null && !FixWaiter.Wait(compilations, options.Poll, text => { lock (consoleLock) output.Write(text); }, OutputColor(output)))
        {
            output.WriteLine($"{options.Path}: not run: stopped before a version compiled");
            return 1;
        }
        using var session = script is null ? null : DevSession.Open(new DevSessionOptions(options.Path)
        {
            Compilations = compilations,
            Measurer = shown?.CreateMeasurer(),
            Clipboard = shown?.Clipboard,
            Width = options.Width ?? shown?.InitialViewport?.Width,
            Height = options.Height ?? shown?.InitialViewport?.Height,
            RandomSeed = headless ? RunCommand.HeadlessRandomSeed : null,
            RuntimeReported = d => Print(DiagnosticFormatter.FormatHuman([d], color)),
        }, diagnostics);
        if (session is null)
        {
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
            output.WriteLine($"{options.Path}: not run: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}");
            return 1;
        }
        Print(DiagnosticFormatter.FormatHuman(diagnostics.Items.Concat(session.Runtime.Log.Entries), color));

        using var log = ReloadLogWriter.Open(options.LogPath, consoleIsScreen && !Console.IsErrorRedirected ? null : errors, out string? logProblem);
        if (logProblem is not null)
        {
            errors.WriteLine($"kryon dev: {logProblem}");
            return 2;
        }
        int reloads = 0, failed = 0;
        SourceWatcher? watcher = null;
        void ReloadAndReport()
        {
            if (session.Reload() is not { } result) return;
            reloads++;
            if (!result.Ok) failed++;
            log.Write(result);
            Print(ReloadReport.Human(result, color));
            watcher?.Watch(session.WatchedFiles);
        }
        using (watcher = new SourceWatcher(() => session.Host.Post(ReloadAndReport), poll: options.Poll)
        {
            Problem = d => session.Host.Post(() => Print(DiagnosticFormatter.FormatHuman([d], color))),
        })
        {
            watcher.Watch(session.WatchedFiles);
            // A save made between the first compile and the start of the watch has no event of its own.
            session.Host.Post(ReloadAndReport);
            Print(WatchingLine(options.Path, session.WatchedFiles, "save to reload", headless ? "close standard input" : "close the window or press Ctrl+C"));

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            try
            {
                if (shown is null)
                {
                    new HeadlessDriver(session.Runtime).Run(script!);
                    using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
                    StopWhenInputCloses(stop);
                    HeadlessDevLoop.Run(session.Host, stop.Token);
                }
                else
                {
                    int exit = shown.Run(session.Host, stop.Token);
                    if (exit != 0) return exit;
                }
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }

        if (options.DumpState)
            output.WriteLine(StateDump.ToJson(session.Runtime, run =>
            {
                run.WriteString("file", options.Path);
                run.WriteNumber("reloads", reloads);
                run.WriteNumber("failedReloads", failed);
            }));
        errors.WriteLine($"kryon dev: {options.Path}: {Count(reloads, "reload")} ({failed} failed)");
        return 0;
    }

    private static string? BadOptions(DevOptions options)
    {
        if (options.Width is <= 0 or > 65535 || options.Height is <= 0 or > 65535) return "--width and --height must be between 1 and 65535";
        if (options.Headless && options.Platform is not (null or "headless")) return $"--headless and --platform {options.Platform} contradict each other; give one";
        if (options.EventsPath is not null && !options.Headless && options.Platform != "headless")
            return "--events plays scripted input in a headless session; add --headless (or --platform headless)";
        if ((options.Port is not null || options.Host is not null) && options.Platform != WebPlatform)
            return "--port and --host are for serving the app to browsers; add --platform web";
        if (options.Port is < 0 or > 65535) return "--port must be between 0 and 65535";
        if (options.Platform == WebPlatform && options.DumpState)
            return "--dump-state prints one app's state; with --platform web every tab runs its own app, so use it with --headless";
        if (options.Platform == WebPlatform && (options.Width is not null || options.Height is not null))
            return "--width and --height size a window; in the browser the app takes the tab's size";
        if (string.Equals(Path.GetExtension(options.Path), ".krb", StringComparison.OrdinalIgnoreCase))
            return $"{options.Path} is compiled KRB; kryon dev recompiles the app on every save, so give it the .kry file";
        return null;
    }

    /// <summary>A headless session ends when whoever started it closes its standard input (end of file).</summary>
    private static void StopWhenInputCloses(CancellationTokenSource stop)
    {
        var reader = new Thread(() =>
        {
            try
            {
                while (Console.In.ReadLine() is not null) { }
            }
            catch (IOException) { /* the same as closed */ }
            try { stop.Cancel(); } catch (ObjectDisposedException) { /* the session already ended */ }
        }) { IsBackground = true, Name = "kryon dev stdin" };
        reader.Start();
    }

    /// <summary>"kryon dev: watching 2 files (app.kry, app.lua); save to reload, … to stop".</summary>
    private static string WatchingLine(string appPath, IReadOnlyCollection<string> files, string onSave, string toStop)
    {
        string directory = AppDocumentLoader.DirectoryOf(appPath);
        return $"kryon dev: watching {Count(files.Count, "file")} ({string.Join(", ", files.Select(f => Path.GetRelativePath(directory, f)))}); {onSave}, {toStop} to stop\n";
    }

    /// <summary>Diagnostics to <paramref name="output"/> are coloured when it is the console, not redirected, and NO_COLOR is unset.</summary>
    private static bool OutputColor(TextWriter output) => output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    private static string ChooseFailure()
    {
        PlatformCatalog.Choose(out var why);
        return why;
    }
}
