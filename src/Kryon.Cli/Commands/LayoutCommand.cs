using System.CommandLine;
using System.Text.Json;
using Kryon.Backends.Cairo;
using Kryon.Cli.Loading;
using Kryon.Cli.Rendering;
using Kryon.Diagnostics;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Layout;

namespace Kryon.Cli.Commands;

/// <summary>How `kryon layout` measures text.</summary>
public enum LayoutMetrics
{
    /// <summary>Pango's font metrics, as `kryon run` and `kryon render` lay text out; the estimate when cairo/Pango are missing.</summary>
    Auto,

    /// <summary>Estimated advances (0.55 em per character): the same numbers on every machine, whatever fonts it has.</summary>
    Estimated,
}

/// <summary>
/// `kryon layout app.kry|app.krb [--width N --height N] [--metrics auto|estimated] [--json]`: loads
/// the app as `kryon render` does (a `.kry` is compiled in memory and read back as KRB), starts it
/// with its scripts on the headless clock (<see cref="AppRenderer"/>: onStart, onMount, frames until
/// it settles) and prints every element's type, id and border box — for debugging layouts and for
/// tests. Boxes are relative to the parent's border box, as in the browser-measured conformance
/// data. Text is measured with Pango, so the boxes are the ones `kryon render` draws; without
/// cairo/Pango, or with `--metrics estimated`, with estimated advances (a note on stderr says so
/// when it was not asked for). What the app logs while it starts is printed on stderr and does not
/// change the exit code.
/// </summary>
public static class LayoutCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to lay out: a .kry file (compiled in memory) or a .krb file." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the App's window_width, else 800)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the App's window_height, else 600)." };
        var metrics = new Option<LayoutMetrics>("--metrics") { Description = "Text metrics: auto (Pango's, as render draws; estimated without cairo/Pango) or estimated (the same on every machine).", DefaultValueFactory = _ => LayoutMetrics.Auto };
        var json = new Option<bool>("--json") { Description = "Print the tree as JSON." };
        var command = new Command("layout", "Lay out an app and print every element's box.") { file, width, height, metrics, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(width), parse.GetValue(height), parse.GetValue(json), Console.Out, Console.Error, parse.GetValue(metrics)));
        return command;
    }

    public static int Run(string path, int? width, int? height, bool json, TextWriter output, TextWriter errors, LayoutMetrics metrics = LayoutMetrics.Auto)
        => Run(path, width, height, json, output, errors, metrics, CairoBackend.Check);

    /// <summary>As <see cref="Run(string, int?, int?, bool, TextWriter, TextWriter, LayoutMetrics)"/>, with the native-library check replaceable (tests).</summary>
    internal static int Run(string path, int? width, int? height, bool json, TextWriter output, TextWriter errors, LayoutMetrics metrics, Func<string?> checkBackend)
    {
        if (width is <= 0 or > 65535 || height is <= 0 or > 65535)
        {
            errors.WriteLine("kryon layout: --width and --height must be between 1 and 65535");
            return 2;
        }
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(path, diagnostics, out var scriptSources);
        if (document is null || diagnostics.HasErrors)
        {
            errors.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items));
            errors.WriteLine($"{path}: not laid out because of the errors above");
            return 1;
        }
        if (!document.HasRoot)
        {
            errors.Write(DiagnosticFormatter.FormatHuman(diagnostics.Items));
            errors.WriteLine($"{path}: has no root element to lay out");
            return 1;
        }

        using var measurer = MeasurerFor(path, metrics, checkBackend, errors);
        var log = new RuntimeLog();
        using var frame = AppRenderer.Run(document, new AppRenderSettings
        {
            Measurer = measurer.Measurer,
            Width = width,
            Height = height,
            Scripts = AppScripts.Options(path, scriptSources),
        }, log);
        errors.Write(DiagnosticFormatter.FormatHuman(log.Entries));
        int dropped = log.TotalReported - log.Entries.Count;
        if (dropped > 0) errors.WriteLine($"{path}: note: {dropped} more runtime log entries were dropped");

        var root = frame.Runtime.Tree.Root!;
        if (json) WriteJson(root, output);
        else WriteText(root, output, 0);
        return 0;
    }

    /// <summary>
    /// Pango when asked for and there; otherwise the estimate. A measurer is disposable either way,
    /// so the caller can hold it in one <c>using</c>.
    /// </summary>
    private static MeasurerLease MeasurerFor(string path, LayoutMetrics metrics, Func<string?> checkBackend, TextWriter errors)
    {
        if (metrics == LayoutMetrics.Auto)
        {
            if (checkBackend() is not { } missing)
            {
                try
                {
                    var pango = CairoBackend.CreateMeasurer();
                    return new MeasurerLease(pango, pango);
                }
                catch (CairoUnavailableException e)
                {
                    errors.WriteLine($"{path}: note: text measured with estimated advances (0.55 em per character): {e.Message}");
                }
            }
            else errors.WriteLine($"{path}: note: text measured with estimated advances (0.55 em per character): {missing}");
        }
        return new MeasurerLease(LayoutStage.EstimatedMeasurer(), null);
    }

    private sealed record MeasurerLease(ITextMeasurer Measurer, IDisposable? Owned) : IDisposable
    {
        public void Dispose() => Owned?.Dispose();
    }

    /// <summary>The element's border box relative to its parent's, as the runtime laid it out.</summary>
    private static (float X, float Y, float Width, float Height) BoxOf(Element e)
    {
        // The layout node's box is already relative to the parent's border box. ScreenBox (window
        // coordinates) minus the parent's gives the same numbers for painted elements (no scrolling
        // has happened in the first frame), but it is not set for hidden ones (visibility: false
        // keeps its space), so the layout box is the one to print.
        var b = e.LayoutNode.Layout;
        return (b.X, b.Y, b.Width, b.Height);
    }

    private static void WriteJson(Element root, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            WriteBox(w, root);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteBox(Utf8JsonWriter w, Element e)
    {
        var b = BoxOf(e);
        w.WriteStartObject();
        w.WriteString("type", e.TypeName);
        if (e.Id is { } id) w.WriteString("id", id); else w.WriteNull("id");
        w.WriteNumber("x", b.X);
        w.WriteNumber("y", b.Y);
        w.WriteNumber("width", b.Width);
        w.WriteNumber("height", b.Height);
        w.WriteStartArray("children");
        foreach (var c in e.Children) WriteBox(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(Element e, TextWriter output, int depth)
    {
        var b = BoxOf(e);
        var id = e.Id is { } i ? $" #{i}" : "";
        output.WriteLine($"{new string(' ', depth * 2)}{e.TypeName}{id}  x={b.X} y={b.Y} w={b.Width} h={b.Height}");
        foreach (var c in e.Children) WriteText(c, output, depth + 1);
    }
}
