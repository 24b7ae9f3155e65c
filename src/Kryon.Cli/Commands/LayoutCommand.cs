using System.CommandLine;
using System.Text.Json;
using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Elements;

namespace Kryon.Cli.Commands;

/// <summary>
/// `kryon layout app.kry|app.krb [--width N --height N] [--json]`: loads the app as `kryon run`
/// does (a `.kry` is compiled in memory and read back as KRB), starts it in the runtime without
/// scripts, runs its first frame and prints every element's type, id and border box — for
/// debugging layouts and for tests. Boxes are relative to the parent's border box, as in the
/// browser-measured conformance data. Text is measured with the runtime's default measurer
/// (estimated glyph advances) until the raster backend brings real font metrics.
/// <para>
/// No script engine is part of this build, so the layout is the app before any script has run.
/// Unlike `kryon run`, the command does not report each unloaded @script block as an error (2301):
/// it says once, on stderr, that the scripts were not loaded, and leaves out the script calls that
/// were skipped because of it (2304). Anything else the runtime logs while loading and starting the
/// app is printed on stderr; it does not change the exit code.
/// </para>
/// </summary>
public static class LayoutCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The app to lay out: a .kry file (compiled in memory) or a .krb file." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the App's window_width, else 800)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the App's window_height, else 600)." };
        var json = new Option<bool>("--json") { Description = "Print the tree as JSON." };
        var command = new Command("layout", "Lay out an app and print every element's box.") { file, width, height, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(width), parse.GetValue(height), parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string path, int? width, int? height, bool json, TextWriter output, TextWriter errors)
    {
        if (width is <= 0 or > 65535 || height is <= 0 or > 65535)
        {
            errors.WriteLine("kryon layout: --width and --height must be between 1 and 65535");
            return 2;
        }
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(path, diagnostics);
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

        // The runtime's defaults: no script functions, the estimated text measurer (Measurer null).
        var runtime = KryonRuntime.Load(document, new RuntimeOptions { Width = width, Height = height });
        runtime.Start(); // onStart, onMount, then the first frame, which lays the app out
        ReportLog(path, document.Scripts.Count, runtime, errors);

        var root = runtime.Tree.Root!;
        if (json) WriteJson(root, output);
        else WriteText(root, output, 0);
        return 0;
    }

    /// <summary>What the runtime logged while loading and starting, minus the consequences of running without script engines.</summary>
    private static void ReportLog(string path, int scripts, KryonRuntime runtime, TextWriter errors)
    {
        var skipped = runtime.Log.Entries.Count(d => d.Code == DiagnosticCodes.FunctionNotFound.Code);
        var others = runtime.Log.Entries.Where(d => d.Code != DiagnosticCodes.FunctionNotFound.Code).ToList();
        if (scripts > 0 || skipped > 0)
        {
            string blocks = scripts == 1 ? "its @script block was" : $"its {scripts} @script blocks were";
            string calls = skipped == 0 ? "" : skipped == 1 ? "; 1 call to a script function was skipped" : $"; {skipped} calls to script functions were skipped";
            errors.WriteLine(scripts > 0
                ? $"{path}: note: laid out without scripts: {blocks} not loaded (no script engine is part of this build yet){calls}"
                : $"{path}: note: laid out without scripts{calls}");
        }
        if (others.Count > 0) errors.Write(DiagnosticFormatter.FormatHuman(others));
        int dropped = runtime.Log.TotalReported - runtime.Log.Entries.Count;
        if (dropped > 0) errors.WriteLine($"{path}: note: {dropped} more runtime log entries were dropped");
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
