using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kryon.Backends.Cairo;
using Kryon.Backends.Cairo.Output;
using Kryon.Cli.Loading;
using Kryon.Cli.Rendering;
using Kryon.Diagnostics;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Snapshots;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Commands;

/// <summary>What `kryon render` was asked to do.</summary>
public sealed record RenderOptions(string Path, string Output)
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Device pixels per layout pixel (2 for a HiDPI image); for PDF, points per layout pixel.</summary>
    public float Scale { get; init; } = 1;

    /// <summary>A snapshot to restore before drawing (`kryon run --dump-state` output).</summary>
    public string? StatePath { get; init; }

    /// <summary>An events file to play before drawing (as `kryon run --events`).</summary>
    public string? EventsPath { get; init; }

    public string Format { get; init; } = "human";
}

/// <summary>
/// `kryon render app.kry|app.krb -o out.png|out.svg|out.pdf [--width N --height N] [--scale S]
/// [--state snapshot.json] [--events events.json] [--format human|json]`: loads the app as
/// `kryon run` does, lays it out with Pango's font metrics, brings it to the requested state
/// (<see cref="AppRenderer"/>: snapshot restored, then the events played, then settled) and draws
/// the frame with the cairo backend into a PNG, SVG or PDF (chosen by the output's extension).
/// Image paths in the app are relative to the app file's directory. Prints
/// "wrote out.png (W×H px, N bytes)".
/// <para>
/// Exit code 0 when the file was written (problems the app has while running, such as its
/// unloaded scripts, are printed but do not change it), 1 when the app, the events file or the
/// snapshot has errors, the snapshot does not fit the app, the output cannot be written or the
/// native libraries are missing, 2 for bad options (including the parser's own errors; see Program).
/// </para>
/// </summary>
public static class RenderCommand
{
    public const string Name = "render";

    /// <summary>The exit code for options that make no sense (as `run` and `layout` use it for bad sizes).</summary>
    public const int BadOptions = 2;

    /// <summary>The largest --scale: 16 device pixels per layout pixel (HiDPI screens use 1 to 4).</summary>
    public const float MaxScale = 16;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to render: a .kry file (compiled in memory) or a .krb file." };
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "out.png|out.svg|out.pdf", Description = "The file to write; its extension picks the format: .png, .svg or .pdf." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the snapshot's, else the App's window_width, else 800)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the snapshot's, else the App's window_height, else 600)." };
        var scale = new Option<float>("--scale") { Description = "Device pixels per layout pixel, e.g. 2 for a HiDPI image (PDF: points per px).", DefaultValueFactory = _ => 1f };
        var state = new Option<string?>("--state") { HelpName = "snapshot.json", Description = "Restore this snapshot (as `kryon run --dump-state` prints it) before drawing." };
        var events = new Option<string?>("--events") { HelpName = "events.json", Description = "Play these input steps (as `kryon run --events`) before drawing; after --state when both are given." };
        var format = new Option<string>("--format") { Description = "Diagnostics format: human (default) or json.", DefaultValueFactory = _ => "human" };
        format.AcceptOnlyFromAmong("human", "json");
        var command = new Command(Name, "Render an app's frame to a PNG, SVG or PDF file (no display needed).") { file, output, width, height, scale, state, events, format };
        command.SetAction(parse => Run(new RenderOptions(parse.GetValue(file)!, parse.GetValue(output)!)
        {
            Width = parse.GetValue(width),
            Height = parse.GetValue(height),
            Scale = parse.GetValue(scale),
            StatePath = parse.GetValue(state),
            EventsPath = parse.GetValue(events),
            Format = parse.GetValue(format)!,
        }, Console.Out, Console.Error));
        return command;
    }

    public static int Run(RenderOptions options, TextWriter output, TextWriter errors) => Run(options, output, errors, CairoBackend.Check);

    /// <summary>As <see cref="Run(RenderOptions, TextWriter, TextWriter)"/>, with the native-library check replaceable (tests).</summary>
    internal static int Run(RenderOptions options, TextWriter output, TextWriter errors, Func<string?> checkBackend)
    {
        // ---- options (exit 2): nothing is loaded when they make no sense ----
        if (options.Width is <= 0 or > 65535 || options.Height is <= 0 or > 65535)
        {
            errors.WriteLine("kryon render: --width and --height must be between 1 and 65535");
            return BadOptions;
        }
        if (!float.IsFinite(options.Scale) || options.Scale <= 0 || options.Scale > MaxScale)
        {
            errors.WriteLine($"kryon render: --scale must be a number above 0 and at most {MaxScale} (1 is the window's size, 2 a HiDPI image); got {options.Scale.ToString(CultureInfo.InvariantCulture)}");
            return BadOptions;
        }
        if (string.IsNullOrWhiteSpace(options.Output))
        {
            errors.WriteLine("kryon render: -o needs a file name ending in .png, .svg or .pdf");
            return BadOptions;
        }
        if (RasterFormats.FromPath(options.Output) is not { } rasterFormat)
        {
            string extension = System.IO.Path.GetExtension(options.Output);
            string what = extension.Length == 0 ? "has no extension" : $"ends in '{extension}'";
            errors.WriteLine($"kryon render: cannot tell the output format of '{options.Output}': it {what}; the formats are .png, .svg and .pdf");
            errors.WriteLine($"  help: for example: kryon render {options.Path} -o {System.IO.Path.ChangeExtension(options.Output, ".png")}");
            return BadOptions;
        }

        // ---- the backend: without cairo and Pango there is nothing to measure or draw with ----
        if (checkBackend() is { } missing)
        {
            errors.WriteLine($"kryon render: {missing}");
            return 1;
        }

        try
        {
            return Render(options, rasterFormat, output, errors);
        }
        catch (CairoUnavailableException e)
        {
            errors.WriteLine($"kryon render: {e.Message}");
            return 1;
        }
    }

    private static int Render(RenderOptions options, RasterFormat rasterFormat, TextWriter output, TextWriter errors)
    {
        bool json = options.Format == "json";
        bool color = output == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

        // ---- inputs: everything that can stop the render is read before anything runs ----
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(options.Path, diagnostics, out var scriptSources);
        var script = options.EventsPath is { } eventsPath ? EventScriptParser.Load(eventsPath, diagnostics) : EventScript.Empty;
        var snapshot = options.StatePath is { } statePath ? ReadSnapshot(statePath, diagnostics) : null;
        if (document is { HasRoot: false } && !diagnostics.HasErrors)
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingAppElement, null, $"'{options.Path}' has no root element, so there is nothing to render",
                "an app to render has an `App { … }` at the top level (a file of declarations only is meant to be included)").WithSeverity(DiagnosticSeverity.Error));
        if (document is null || script is null || (options.StatePath is not null && snapshot is null) || diagnostics.HasErrors)
            return NotRendered(options, diagnostics, [], json, color, output);

        // ---- the frame ----
        var log = new RuntimeLog();
        using var measurer = CairoBackend.CreateMeasurer();
        using var frame = AppRenderer.Run(document, new AppRenderSettings
        {
            Measurer = measurer,
            Width = options.Width,
            Height = options.Height,
            State = snapshot,
            Events = options.EventsPath is null ? null : script,
            Scripts = AppScripts.Options(options.Path, scriptSources),
        }, log);
        if (!frame.StateRestored)
        {
            // The 2502 reports (why the snapshot does not fit) are in the log; drawing another state than the one asked for would mislead.
            diagnostics.AddRange(log.Entries.Where(d => d.Code == DiagnosticCodes.InvalidSnapshot.Code));
            return NotRendered(options, diagnostics, log.Entries.Where(d => d.Code != DiagnosticCodes.InvalidSnapshot.Code), json, color, output);
        }

        // ---- the file ----
        var result = CairoBackend.RenderToFile(frame.DisplayList, options.Output, rasterFormat, options.Scale, AppRenderer.ImageBaseDirectory(options.Path));
        int loaded = diagnostics.Items.Count;
        diagnostics.AddRange(result.Diagnostics);
        var (width, height) = CairoSurfaces.PixelSize(frame.DisplayList, options.Scale);
        long bytes = result.Success ? SizeOf(options.Output) : 0;
        string unit = rasterFormat == RasterFormat.Pdf ? "pt" : "px";

        if (json)
        {
            output.WriteLine(ReportJson(diagnostics, log, result.Success ? new Written(options.Output, rasterFormat, width, height, unit, bytes) : null));
        }
        else
        {
            // In the order they happened: loading the app, running it, drawing it.
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items.Take(loaded), color));
            output.Write(DiagnosticFormatter.FormatHuman(log.Entries, color));
            int dropped = log.TotalReported - log.Entries.Count;
            if (dropped > 0) output.WriteLine($"{options.Path}: note: {dropped} more runtime log entries were dropped");
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items.Skip(loaded), color));
            output.WriteLine(result.Success
                ? $"wrote {options.Output} ({width}×{height} {unit}, {Count(bytes, "byte")})"
                : $"{options.Path}: rendered, but {options.Output} was not written: {result.Error}");
        }
        return result.Success ? 0 : 1;
    }

    /// <summary>Reads a snapshot file; null (with 1505 or 2502 diagnostics) when it cannot be read or is not a snapshot.</summary>
    private static RuntimeSnapshot? ReadSnapshot(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            diagnostics.Report(DiagnosticCodes.FileError, null, $"Cannot read the snapshot '{path}': {why}", "write one with: kryon run app.kry --headless --dump-state > snapshot.json");
            return null;
        }
        var log = new RuntimeLog();
        var snapshot = SnapshotJson.Read(text, log, path);
        diagnostics.AddRange(log.Entries);
        return snapshot;
    }

    private static int NotRendered(RenderOptions options, DiagnosticBag diagnostics, IEnumerable<Diagnostic> log, bool json, bool color, TextWriter output)
    {
        var logged = log.ToList();
        if (json) output.WriteLine(ReportJson(diagnostics, logged, written: null));
        else
        {
            output.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items, color));
            output.Write(DiagnosticFormatter.FormatHuman(logged, color));
            output.WriteLine($"{options.Path}: not rendered: {Count(diagnostics.ErrorCount, "error")}, {Count(diagnostics.WarningCount, "warning")}");
        }
        return 1;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private sealed record Written(string Path, RasterFormat Format, int Width, int Height, string Unit, long Bytes);

    private static string ReportJson(DiagnosticBag diagnostics, RuntimeLog log, Written? written) => ReportJson(diagnostics, log.Entries, written);

    /// <summary>check's report (compile/load and output diagnostics), the runtime log, and what was written (null when nothing was).</summary>
    private static string ReportJson(DiagnosticBag diagnostics, IEnumerable<Diagnostic> log, Written? written)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("errors", diagnostics.ErrorCount);
            w.WriteNumber("warnings", diagnostics.WarningCount);
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics.Items) DiagnosticFormatter.WriteJson(w, d);
            w.WriteEndArray();
            w.WriteStartArray("log");
            foreach (var d in log) DiagnosticFormatter.WriteJson(w, d);
            w.WriteEndArray();
            if (written is null) w.WriteNull("output");
            else
            {
                w.WriteStartObject("output");
                w.WriteString("file", written.Path);
                w.WriteString("format", written.Format.ToString().ToLowerInvariant());
                w.WriteNumber("width", written.Width);
                w.WriteNumber("height", written.Height);
                w.WriteString("unit", written.Unit);
                w.WriteNumber("bytes", written.Bytes);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
