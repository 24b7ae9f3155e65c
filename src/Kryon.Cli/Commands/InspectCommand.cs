using System.CommandLine;
using System.Text;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Values;

namespace Kryon.Cli.Commands;

/// <summary>`kryon inspect app.krb [--json]`: validates a KRB file and prints its header, sections, element tree, styles, components, scripts and resources.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The .krb file to inspect." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = new Command("inspect", "Show what a .krb file contains.") { file, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), Console.Out));
        return command;
    }

    public static int Run(string path, bool json, TextWriter output)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(output, json, Diagnostic.Create(DiagnosticCodes.FileError, null, $"Cannot read '{path}': {e.Message}", "check the path"));
        }
        KrbDocument document;
        try
        {
            document = KrbReader.Read(bytes);
        }
        catch (KrbFormatException e)
        {
            return Fail(output, json, e.ToDiagnostic(path));
        }
        output.WriteLine(json ? KrbJsonWriter.ToJson(document, bytes.Length) : Dump(path, document, bytes.Length));
        return 0;
    }

    private static int Fail(TextWriter output, bool json, Diagnostic diagnostic)
    {
        output.Write(json ? DiagnosticFormatter.FormatJson([diagnostic], 1, 0) + "\n" : DiagnosticFormatter.FormatHuman([diagnostic]));
        return 1;
    }

    public static string Dump(string path, KrbDocument d, long size)
    {
        var h = d.Header;
        var sb = new StringBuilder();
        sb.Append($"{path}: {size} bytes, KRB v0.5 (version bytes {h.VersionMajorByte:X2} {h.VersionMinorByte:X2}), {(h.IsWide ? "wide (FLAG_WIDE: 16-bit indices and child counts, 32-bit child offsets)" : "v0.5 layout")}\n");
        var flagNames = Enum.GetValues<KrbFlags>().Where(f => f != KrbFlags.None && (h.Flags & f) != 0).Select(f => f.ToString());
        sb.Append($"flags 0x{(ushort)h.Flags:X4}: {string.Join(' ', flagNames)}\n\n");
        sb.Append("section       count   offset\n");
        foreach (var section in Enum.GetValues<KrbSection>())
            sb.Append($"{section,-12} {h.Count(section),6} {h.Offset(section),8}\n");

        if (d.Roots.Count > 0)
        {
            sb.Append("\nelements\n");
            foreach (var root in d.Roots) DumpElement(sb, d, root, 1);
        }
        if (d.Styles.Count > 0)
        {
            sb.Append("\nstyles\n");
            foreach (var s in d.Styles)
            {
                sb.Append($"  #{s.Id} \"{s.Name}\"\n");
                foreach (var p in s.Properties) sb.Append($"      {KrbValueText.PropertyName(p.Id)}: {KrbValueText.Standard(d, p)}\n");
            }
        }
        if (d.Components.Count > 0)
        {
            sb.Append("\ncomponents\n");
            foreach (var c in d.Components)
            {
                sb.Append($"  {c.Name}\n");
                foreach (var def in c.Definitions)
                    sb.Append($"      property {def.Name}: {def.Hint}{(def.Default is null ? "" : " = " + KrbValueText.Default(d, def))}\n");
                DumpElement(sb, d, c.Template, 3);
            }
        }
        if (d.Scripts.Count > 0)
        {
            sb.Append("\nscripts\n");
            foreach (var s in d.Scripts)
            {
                var where = s.Storage == KrbScriptStorage.Inline ? $"inline, {Encoding.UTF8.GetByteCount(s.Code!)} bytes" : $"external \"{d.Resources[s.ResourceIndex].Path}\"";
                sb.Append($"  {s.LanguageName}{(s.Name is null ? "" : $" \"{s.Name}\"")}: {where}; entry points: {string.Join(", ", s.EntryPoints)}\n");
            }
        }
        if (d.Resources.Count > 0)
        {
            sb.Append("\nresources\n");
            for (int i = 0; i < d.Resources.Count; i++)
            {
                var r = d.Resources[i];
                sb.Append($"  [{i}] {r.Type} \"{r.Name}\" {(r.Path is not null ? $"external \"{r.Path}\"" : $"inline {r.Data!.Length} bytes")}\n");
            }
        }
        sb.Append($"\nstrings ({d.Strings.Count})\n");
        for (int i = 0; i < d.Strings.Count; i++) sb.Append($"  [{i}] \"{d.Strings[i]}\"\n");
        return sb.ToString().TrimEnd('\n');
    }

    private static void DumpElement(StringBuilder sb, KrbDocument d, KrbElement e, int depth)
    {
        var indent = new string(' ', depth * 2);
        sb.Append(indent).Append(e.TypeName);
        if (e.Id is not null) sb.Append($" #{e.Id}");
        sb.Append($" @{e.Offset} layout=\"{new LayoutFlags(e.Layout)}\"");
        if (e.StyleId != 0) sb.Append($" style=\"{d.GetStyle(e.StyleId)!.Name}\"");
        if (e.PosX != 0 || e.PosY != 0) sb.Append($" pos={e.PosX},{e.PosY}");
        if (e.Width != 0 || e.Height != 0) sb.Append($" size={e.Width}x{e.Height}");
        sb.Append('\n');
        foreach (var p in e.Properties) sb.Append($"{indent}    {KrbValueText.PropertyName(p.Id)}: {KrbValueText.Standard(d, p)}\n");
        foreach (var c in e.CustomProperties) sb.Append($"{indent}    [{c.Key}]: {KrbValueText.Generic(d, c.Value)}\n");
        foreach (var s in e.StateSets)
            foreach (var p in s.Properties) sb.Append($"{indent}    &:{KrbValueText.States(s.Flags).Replace("+", ":")} {KrbValueText.PropertyName(p.Id)}: {KrbValueText.Standard(d, p)}\n");
        foreach (var ev in e.Events) sb.Append($"{indent}    {KrbValueText.EventName(ev.Type)} -> {ev.Callback}\n");
        foreach (var child in e.Children) DumpElement(sb, d, child, depth + 1);
    }
}
