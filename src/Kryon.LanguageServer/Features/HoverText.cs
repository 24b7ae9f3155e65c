using System.Text;
using Kryon.LanguageServer.Analysis;
using Kryon.Registry;

namespace Kryon.LanguageServer.Features;

/// <summary>The Markdown that hover and completion show for registry entries and the document's symbols.</summary>
public static class HoverText
{
    /// <summary>Longest declaration excerpt shown in a hover.</summary>
    private const int MaxSnippetLines = 12;

    public static string Element(ElementInfo element)
    {
        var sb = new StringBuilder();
        sb.Append($"**{element.Name}** (element)");
        if (element.Reserved) sb.Append(" — reserved");
        sb.Append("\n\n").Append(element.Description);
        sb.Append(element.AcceptsChildren ? "\n\nAccepts child elements." : "\n\nHas no child elements.");
        return sb.ToString();
    }

    /// <summary>`background_color: Color = transparent`.</summary>
    public static string PropertySignature(PropertyInfo p) => p.Default is null ? $"{p.Name}: {p.Kind}" : $"{p.Name}: {p.Kind} = {p.Default}";

    public static string Property(PropertyInfo p)
    {
        var sb = new StringBuilder();
        sb.Append("```kry\n").Append(PropertySignature(p)).Append("\n```\n");
        if (p.Description.Length > 0) sb.Append('\n').Append(p.Description).Append('\n');
        if (p.EnumMembers.Length > 0) sb.Append("\nValues: ").Append(string.Join(", ", p.EnumMembers.Select(m => $"`{m.Name}`"))).Append('\n');
        if (p.LengthKeywords.Length > 0) sb.Append("\nKeywords: ").Append(string.Join(", ", p.LengthKeywords.Select(k => $"`{k}`"))).Append('\n');
        if (p.Minimum is { } min || p.Maximum is not null) sb.Append($"\nRange: {p.Minimum?.ToString() ?? "…"} to {p.Maximum?.ToString() ?? "…"}\n");
        if (p.Aliases.Length > 0) sb.Append("\nAliases: ").Append(string.Join(", ", p.Aliases.Select(a => $"`{a}`"))).Append('\n');
        var appliesTo = ElementRegistry.All.Where(e => p.AppliesToElement(e.Bit)).Select(e => e.Name).ToList();
        if (appliesTo.Count < ElementRegistry.All.Count) sb.Append("\nApplies to: ").Append(string.Join(", ", appliesTo)).Append('\n');
        var traits = new List<string>();
        if (p.Inherited) traits.Add("inherited from the parent");
        if (p.AffectsLayout) traits.Add("affects layout");
        if (p.InStyle == StyleUse.Forbidden) traits.Add("not allowed in styles");
        if (traits.Count > 0) sb.Append('\n').Append(char.ToUpperInvariant(traits[0][0])).Append(string.Join(", ", traits)[1..]).Append(".\n");
        return sb.ToString().TrimEnd();
    }

    public static string EnumWord(PropertyInfo p, string word)
    {
        var member = p.FindMember(word);
        var head = member is null ? $"`{word}`" : $"`{member.Name}` — a value of `{p.Name}`";
        return head + "\n\n" + Property(p);
    }

    public static string Component(ComponentDeclaration component)
    {
        var sb = new StringBuilder();
        sb.Append($"**{component.Name}** (component");
        if (component.RootType is { } root) sb.Append($", a {root.Name}");
        sb.Append(")\n");
        if (component.Properties.Count > 0)
        {
            sb.Append("\n```kry\nProperties {\n");
            foreach (var p in component.Properties) sb.Append("    ").Append(SourceOf(component, p.Span)).Append('\n');
            sb.Append("}\n```");
        }
        return sb.ToString().TrimEnd();
    }

    public static string ComponentProperty(DocumentAnalysis analysis, SymbolKey key)
    {
        int dot = key.Name.IndexOf('.');
        var componentName = key.Name[..dot];
        if (!analysis.Components.TryGetValue(componentName, out var component) || component.FindProperty(key.Name[(dot + 1)..]) is not { } p)
            return $"`{key.DisplayName}` (property of {componentName})";
        var required = p.Default is null ? "\n\nRequired: usages should give it a value." : "";
        return $"```kry\n{SourceOf(component, p.Span)}\n```\nProperty of component **{component.Name}**.{required}";
    }

    /// <summary>`$count: Int = 0`: the variable's declaration line.</summary>
    public static string VariableSignature(DocumentAnalysis analysis, string name)
    {
        var definition = analysis.DefinitionsOf(new SymbolKey(SymbolCategory.Variable, name)).FirstOrDefault();
        if (definition.File is null) return "$" + name;
        return "$" + LineAt(definition.File, definition.Occurrence.Span.Start).Trim().TrimEnd(';');
    }

    public static string Variable(DocumentAnalysis analysis, string name)
    {
        var definition = analysis.DefinitionsOf(new SymbolKey(SymbolCategory.Variable, name)).FirstOrDefault();
        if (definition.File is null) return $"`${name}` — not defined in `@variables`";
        var where = definition.File == analysis.Main ? "" : $"\n\nDefined in {Path.GetFileName(definition.File.Path)}.";
        return $"```kry\n{VariableSignature(analysis, name)}\n```\nVariable (reactive: elements that use it update when a script sets it).{where}";
    }

    public static string Style(DocumentAnalysis analysis, string name)
    {
        var definition = analysis.DefinitionsOf(new SymbolKey(SymbolCategory.Style, name)).FirstOrDefault();
        if (definition.File is null) return $"style \"{name}\" — not defined";
        return $"```kry\n{Snippet(definition.File, definition.Occurrence.Span.Start)}\n```";
    }

    public static string Function(DocumentAnalysis analysis, string name)
    {
        var definition = analysis.DefinitionsOf(new SymbolKey(SymbolCategory.ScriptFunction, name)).FirstOrDefault();
        if (definition.File is null) return $"`{name}` — no script defines this function";
        var line = definition.File.Lines.PositionOf(definition.Occurrence.Span.Start).Line + 1;
        return $"```\n{LineAt(definition.File, definition.Occurrence.Span.Start).Trim()}\n```\nScript function, defined in {Path.GetFileName(definition.File.Path)} line {line}.";
    }

    /// <summary>Source text of a span in the component's own file.</summary>
    private static string SourceOf(ComponentDeclaration component, Text.TextSpan span)
        => span.End <= component.FileText.Length ? component.FileText.Substring(span.Start, span.Length) : "";

    private static string LineAt(FileIndex file, int offset)
    {
        int line = file.Lines.PositionOf(offset).Line;
        int start = file.Lines.LineStart(line);
        return file.Text[start..file.Lines.LineEnd(line)];
    }

    /// <summary>A declaration from its first line to its closing brace (or <see cref="MaxSnippetLines"/> lines).</summary>
    private static string Snippet(FileIndex file, int offset)
    {
        int first = file.Lines.PositionOf(offset).Line;
        var lines = new List<string>();
        int depth = 0;
        for (int line = first; line < file.Lines.LineCount && lines.Count < MaxSnippetLines; line++)
        {
            var text = file.Text[file.Lines.LineStart(line)..file.Lines.LineEnd(line)];
            lines.Add(text);
            depth += text.Count(c => c == '{') - text.Count(c => c == '}');
            if (depth <= 0 && line > first || depth <= 0 && text.Contains('}')) return Dedent(lines);
        }
        lines.Add("    …");
        return Dedent(lines);
    }

    private static string Dedent(List<string> lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
