using System.CommandLine;
using System.Text;
using System.Text.Json;
using Kryon.Cli.Loading;
using Kryon.Cli.Platforms;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Platform;
using Kryon.Scripting;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>What `kryon run` was asked to do.</summary>
public sealed record RunOptions(string Path)
{
    public bool Headless { get; init; }

    /// <summary>desktop, terminal or headless; null: headless when <see cref="Headless"/>, else the first interactive platform that can run here.</summary>
    public string? Platform { get; init; }

    public string? EventsPath { get; init; }

    public bool DumpState { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public string Format { get; init; } = "human";
}

/// <summary>
/// `kryon run app.kry|app.krb [--platform desktop|terminal|headless] [--headless] [--events events.json] [--dump-state] [--width W --height H] [--format human|json]`.
/// Headless: runs the app without a display on a fixed 16 ms clock, plays the events file's steps (see
/// <see cref="EventScriptParser"/>), and prints the runtime log and a summary, or with
/// `--dump-state` the final snapshot as JSON with a "run" report. Interactive (desktop window,
/// terminal; <see cref="PlatformCatalog"/>): shows the app until the person quits, then prints the
/// same (the dump on stdout, the log on stderr). Exit code 1 when the app or the events file has
/// errors (nothing runs then) or no platform can run here (the message says why and what to use),
/// 0 when the run completed — problems the app has while running are in the log and do not change it.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to run: a .kry file (compiled in memory) or a .krb file." };
        var headless = new Option<bool>("--headless") { Description = "Run without a display, on a fixed 16 ms clock (the same as --platform headless)." };
        var platform = new Option<string?>("--platform") { HelpName = "desktop|terminal|headless", Description = "Where to show the app: a desktop window, the terminal, or no display (default: desktop when a display is available, else the terminal)." };
        platform.AcceptOnlyFromAmong([.. PlatformCatalog.Names]);
        var events = new Option<string?>("--events") { HelpName = "events.json", Description = "A JSON file of input steps to play: [{\"type\": \"click\", \"target\": \"id\"}, {\"type\": \"text\", \"target\": \"name\", \"text\": \"Ada\"}, {\"type\": \"key\", \"key\": \"Tab\"}, {\"type\": \"wait\", \"ms\": 100}, …] (README lists every step)." };
        var dump = new Option<bool>("--dump-state") { Description = "Print the app's final snapshot as JSON (variables, stores, focus, inputs, timers; restorable) with a \"run\" report: layout boxes of elements with ids, the runtime log, the summary." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the App's window_width, else 800)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the App's window_height, else 600)." };
        var format = new Option<string>("--format") { Description = "Diagnostics format: human (default) or json.", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json");
        var command = new Command("run", "Run an app in a window, in the terminal, or headless (scripted input, state dump).") { file, platform, headless, events, dump, width, height, format };
        command.SetAction(parse => Run(new RunOptions(parse.GetValue(file)!)
        {
            Headless = parse.GetValue(headless),
            Platform = parse.GetValue(platform),
            EventsPath = parse.GetValue(events),
            DumpState = parse.GetValue(dump),
            Width = parse.GetValue(width),
            Height = parse.GetValue(height),
            Format = parse.GetValue(format)!,
        }, Console.Out, Console.Error));
        return command;
    }

    /// <summary>A headless run is repeatable: the same events give the same state, random numbers included.</summary>
    public const int HeadlessRandomSeed = 0;

    public static int Run(RunOptions options, TextWriter output, TextWriter errors)
    {
        if (options.Width is <= 0 or > 65535 || options.Height is <= 0 or > 65535)
        {
            errors.WriteLine("kryon run: --width and --height must be between 1 and 65535");
            return 2;
        }
        if (options.Headless && options.Platform is not (null or "headless"))
        {
            errors.WriteLine($"kryon run: --headless and --platform {options.Platform} contradict each other; give one");
            return 2;
        }
        IInteractivePlatform? shown = null;
        if (!options.Headless && options.Platform != "headless")
        {
            if (options.EventsPath is not null)
            {
                errors.WriteLine("kryon run: --events plays scripted input in a headless run; add --headless (or --platform headless)");
                return 2;
            }
            shown = options.Platform is { } asked ? PlatformCatalog.Create(asked) : PlatformCatalog.Choose(out _);
            string? why = options.Platform is null ? (shown is null ? ChooseFailure() : null)
                : shown is null ? $"the {options.Platform} platform is not part of this build" : shown.WhyUnavailable();
            if (why is not null)
            {
                errors.WriteLine($"kryon run: cannot show the app {(options.Platform is { } p ? $"on the {p} platform" : "here")}: {why}");
                errors.WriteLine($"  help: run it without a display: kryon run {options.Path} --headless [--events events.json] [--dump-state]");
                return 1;
            }
        }
        bool json = options.Format == "json";
        bool color = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

        // Everything that can stop the run is checked before anything runs: the app, then the events file.
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(options.Path, diagnostics, out var scriptSources);
        var script = options.EventsPath is { } eventsPath ? EventScriptParser.Load(eventsPath, diagnostics) : EventScript.Empty;
        if (document is null || script is null || diagnostics.HasErrors)
        {
            if (json) output.WriteLine(DiagnosticFormatter.FormatJson(diagnostics.Items, diagnostics.ErrorCount, diagnostics.WarningCount));
            else
            {
                output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
                output.WriteLine($"{options.Path}: not run: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}");
            }
            return 1;
        }

        var log = new RuntimeLog();
        // Every script runs in its language's engine; a block whose engine cannot start (no `node`, say) is reported (2301) and skipped.
        using var scripts = ScriptManager.Create(document, log, AppScripts.Options(options.Path, scriptSources));
        Summary summary;
        KryonRuntime runtime;
        if (shown is not null)
        {
            var viewport = shown.InitialViewport;
            runtime = KryonRuntime.Load(document, new RuntimeOptions
            {
                Scripts = scripts,
                Measurer = shown.CreateMeasurer(),
                Clipboard = shown.Clipboard,
                AppDirectory = AppDocumentLoader.DirectoryOf(options.Path),
                Width = options.Width ?? viewport?.Width,
                Height = options.Height ?? viewport?.Height,
            }, log);
            scripts.Attach(runtime);
            runtime.Start();
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            int exit;
            try
            {
                exit = shown.Run(runtime, cancel.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            if (exit != 0)
            {
                // The platform said what went wrong; the app's own log may still explain more.
                errors.Write(DiagnosticFormatter.FormatHuman(log.Entries));
                return exit;
            }
            summary = Summary.Of(options.Path, runtime, $"ran on the {shown.Name} platform", 0, 0);
            Report(options, output, errors, diagnostics, runtime, summary, json, color);
            return exit;
        }

        runtime = KryonRuntime.Load(document, new RuntimeOptions { Scripts = scripts, Width = options.Width, Height = options.Height, RandomSeed = HeadlessRandomSeed }, log);
        scripts.Attach(runtime);
        var driver = new HeadlessDriver(runtime);
        driver.Start();
        driver.Run(script);
        // The app is left running (no onStop): the report shows it as the last step left it.

        summary = Summary.Of(options.Path, runtime, "ran headless", driver.StepsRun, driver.StepsSkipped);
        Report(options, output, errors, diagnostics, runtime, summary, json, color);
        return 0;
    }

    private static string ChooseFailure()
    {
        PlatformCatalog.Choose(out var why);
        return why;
    }

    private static void Report(RunOptions options, TextWriter output, TextWriter errors, DiagnosticBag diagnostics, KryonRuntime runtime, Summary summary, bool json, bool color)
    {
        var log = runtime.Log;
        if (options.DumpState)
        {
            output.WriteLine(DumpJson(options.Path, diagnostics, runtime, summary));
            if (!json)
            {
                errors.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items.Concat(log.Entries)));
                errors.WriteLine(summary.Line);
            }
        }
        else if (json) output.WriteLine(ReportJson(diagnostics, runtime, summary));
        else
        {
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
            output.Write(DiagnosticFormatter.FormatHuman(log.Entries, color));
            output.WriteLine(summary.Line);
        }
    }

    /// <summary>The numbers a run reports, for the summary line and the JSON "summary" object.</summary>
    private sealed record Summary(string Line, int Elements, long Frames, long LayoutPasses, int Steps, int StepsSkipped, double TimeMs, float Width, float Height, int LogErrors, int LogWarnings, int LogTotal)
    {
        public static Summary Of(string path, KryonRuntime runtime, string how, int stepsRun, int stepsSkipped)
        {
            int logErrors = runtime.Log.Entries.Count(d => d.IsError);
            int logWarnings = runtime.Log.Entries.Count - logErrors;
            int dropped = runtime.Log.TotalReported - runtime.Log.Entries.Count;
            var p = runtime.Profiler;
            string skipped = stepsSkipped > 0 ? $" ({stepsSkipped} skipped)" : "";
            string line = $"{path}: {how} at {runtime.ViewportWidth}x{runtime.ViewportHeight}: {Count(stepsRun, "step")}{skipped}, {Count(p.Frames, "frame")} " +
                $"({runtime.NowMs:0.#} ms of app time), {Count(runtime.Tree.Count, "element")}, {Count(p.LayoutPasses, "layout pass", "layout passes")}; " +
                $"log: {Count(logErrors, "error")}, {Count(logWarnings, "other entry", "other entries")}{(dropped > 0 ? $", {dropped} more dropped" : "")}";
            return new Summary(line, runtime.Tree.Count, p.Frames, p.LayoutPasses, stepsRun, stepsSkipped, runtime.NowMs,
                runtime.ViewportWidth, runtime.ViewportHeight, logErrors, logWarnings, runtime.Log.TotalReported);
        }

        public void Write(Utf8JsonWriter w)
        {
            w.WriteStartObject("summary");
            w.WriteNumber("width", Width);
            w.WriteNumber("height", Height);
            w.WriteNumber("steps", Steps);
            w.WriteNumber("stepsSkipped", StepsSkipped);
            w.WriteNumber("frames", Frames);
            w.WriteNumber("timeMs", TimeMs);
            w.WriteNumber("elements", Elements);
            w.WriteNumber("layoutPasses", LayoutPasses);
            w.WriteNumber("logErrors", LogErrors);
            w.WriteNumber("logOther", LogWarnings);
            w.WriteNumber("logTotal", LogTotal);
            w.WriteEndObject();
        }
    }

    private static string WriteJson(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, DiagnosticBag diagnostics)
    {
        w.WriteNumber("errors", diagnostics.ErrorCount);
        w.WriteNumber("warnings", diagnostics.WarningCount);
        w.WriteStartArray("diagnostics");
        foreach (var d in diagnostics.Items) DiagnosticFormatter.WriteJson(w, d);
        w.WriteEndArray();
    }

    /// <summary>`--format json` without a dump: check's report (the app's compile/load diagnostics) plus the runtime log and the summary.</summary>
    private static string ReportJson(DiagnosticBag diagnostics, KryonRuntime runtime, Summary summary) => WriteJson(w =>
    {
        WriteDiagnostics(w, diagnostics);
        w.WriteStartArray("log");
        foreach (var d in runtime.Log.Entries) DiagnosticFormatter.WriteJson(w, d);
        w.WriteEndArray();
        summary.Write(w);
    });

    /// <summary>`--dump-state`: the snapshot, with the file, its compile/load diagnostics and the summary in the "run" report.</summary>
    private static string DumpJson(string path, DiagnosticBag diagnostics, KryonRuntime runtime, Summary summary) => StateDump.ToJson(runtime, run =>
    {
        run.WriteString("file", path);
        WriteDiagnostics(run, diagnostics);
        summary.Write(run);
        if (runtime.Scripts is ScriptManager scripts) WriteScripts(run, scripts);
    });

    /// <summary>The "scripts" part of the run report: the engines the app used and what each function's calls cost.</summary>
    private static void WriteScripts(Utf8JsonWriter w, ScriptManager scripts)
    {
        w.WriteStartObject("scripts");
        w.WriteStartArray("engines");
        foreach (var engine in scripts.Engines.Values.OrderBy(e => e.Language, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("language", engine.Language);
            w.WriteString("version", engine.Version);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("calls");
        scripts.Statistics.WriteJson(w);
        w.WriteEndObject();
    }
}
