using System.CommandLine;
using System.Text.Json;
using Kryon.Cli.Layout;
using Kryon.Compiler;
using Kryon.Compiler.Binding;
using Kryon.Diagnostics;

namespace Kryon.Cli.Commands;

/// <summary>
/// `kryon layout app.kry [--width N --height N] [--json]`: compiles the app in memory, lays it out
/// and prints every element's type, id and border box — for debugging layouts and for tests.
/// Boxes are relative to the parent's border box, as in the browser-measured conformance data.
/// </summary>
public static class LayoutCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The .kry file to lay out." };
        var width = new Option<int?>("--width") { Description = "Window width in px (default: the App's window_width)." };
        var height = new Option<int?>("--height") { Description = "Window height in px (default: the App's window_height)." };
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
        var result = KryCompiler.Check(path);
        var bag = new DiagnosticBag();
        var root = result.Success && result.App is not null ? ComponentExpander.Expand(result.App, bag) : null;
        if (!result.Success || root is null || bag.HasErrors)
        {
            errors.Write(DiagnosticFormatter.FormatHuman(result.Diagnostics.Concat(bag.Items)));
            errors.WriteLine(root is null && result.Success ? $"{path}: has no root element to lay out" : $"{path}: not laid out because of the errors above");
            return 1;
        }
        var layout = AppLayout.Build(root);
        var (w, h) = layout.WindowSize;
        layout.Compute(width ?? w, height ?? h);
        if (json) WriteJson(layout.Root, output);
        else WriteText(layout.Root, output, 0);
        return 0;
    }

    private static void WriteJson(AppLayout.ElementBox root, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            WriteBox(w, root);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteBox(Utf8JsonWriter w, AppLayout.ElementBox box)
    {
        var b = box.Node.Layout;
        w.WriteStartObject();
        w.WriteString("type", box.Element.Type.Name);
        if (box.Element.Id is { } id) w.WriteString("id", id); else w.WriteNull("id");
        if (box.Element.IsImplicit) w.WriteBoolean("implicit", true);
        w.WriteNumber("x", b.X);
        w.WriteNumber("y", b.Y);
        w.WriteNumber("width", b.Width);
        w.WriteNumber("height", b.Height);
        w.WriteStartArray("children");
        foreach (var c in box.Children) WriteBox(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteText(AppLayout.ElementBox box, TextWriter output, int depth)
    {
        var b = box.Node.Layout;
        var id = box.Element.Id is { } i ? $" #{i}" : "";
        output.WriteLine($"{new string(' ', depth * 2)}{box.Element.Type.Name}{id}  x={b.X} y={b.Y} w={b.Width} h={b.Height}");
        foreach (var c in box.Children) WriteText(c, output, depth + 1);
    }
}
