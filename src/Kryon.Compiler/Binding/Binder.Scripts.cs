using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>Largest inline script KRB can hold (u16 size, KRB.md §13).</summary>
    public const int MaxInlineScriptBytes = 65535;

    private readonly HashSet<string> _scriptFunctions = new(StringComparer.Ordinal);
    private static readonly string[] ScriptAttributes = ["from", "name", "mode", "threshold", "path", "minify"];

    /// <summary>KRY.md §12: languages, attributes, inline code (dedented), external files, entry points.</summary>
    private List<BoundScript> BindScripts()
    {
        var scripts = new List<BoundScript>();
        foreach (var (declaration, file) in _scriptSyntax)
        {
            var script = declaration switch
            {
                ScriptSyntax s => BindScript(s, file),
                FunctionSyntax f => BindFunction(f, file),
                _ => null,
            };
            if (script is null) continue;
            scripts.Add(script);
            foreach (var name in script.EntryPoints) _scriptFunctions.Add(name);
        }
        return scripts;
    }

    private ScriptLanguage BindLanguage(StringLiteralSyntax language, SourceFile file)
    {
        var result = ScriptLanguages.FromName(language.Text);
        if (result == ScriptLanguage.Unknown)
        {
            var close = SpellingSuggestions.Closest(language.Text, ScriptLanguages.Names);
            Report(DiagnosticCodes.InvalidScriptLanguage, file, language.Span, $"Unknown script language \"{language.Text}\"",
                close is null ? "languages are lua, javascript, python, wren and lisp" : $"did you mean \"{close}\"?");
        }
        return result;
    }

    private BoundScript? BindScript(ScriptSyntax syntax, SourceFile file)
    {
        var language = BindLanguage(syntax.Language, file);
        string? from = null, name = null;
        var mode = syntax.Code is null ? ScriptMode.External : ScriptMode.Embed;
        TextSpan fromSpan = default;
        var seen = new HashSet<string>();
        foreach (var attr in syntax.Attributes)
        {
            if (!seen.Add(attr.Name.Text))
                Warn(DiagnosticCodes.DuplicateDefinition, file, attr.Name.Span, $"Script attribute '{attr.Name.Text}' is given twice; the last one wins");
            switch (attr.Name.Text)
            {
                case "from": from = attr.Value.Text; fromSpan = attr.Value.Span; break;
                case "name": name = attr.Value.Text; break;
                case "mode":
                    switch (attr.Value.Text)
                    {
                        case "embed": mode = ScriptMode.Embed; break;
                        case "external": mode = ScriptMode.External; break;
                        case "auto": mode = ScriptMode.Auto; break;
                        default:
                            Report(DiagnosticCodes.InvalidScriptMode, file, attr.Value.Span, $"Invalid script mode \"{attr.Value.Text}\"", "modes are \"embed\", \"external\" and \"auto\"");
                            break;
                    }
                    break;
                case "threshold":
                    if (!int.TryParse(attr.Value.Text, out var threshold) || threshold < 0)
                        Report(DiagnosticCodes.InvalidPropertyValue, file, attr.Value.Span, $"Script threshold \"{attr.Value.Text}\" is not a byte count", "write threshold=\"2048\"");
                    break;
                case "minify":
                    if (attr.Value.Text is not ("true" or "false"))
                        Report(DiagnosticCodes.InvalidPropertyValue, file, attr.Value.Span, $"minify must be \"true\" or \"false\", not \"{attr.Value.Text}\"");
                    break;
                case "path":
                    break;
                default:
                    var close = SpellingSuggestions.Closest(attr.Name.Text, ScriptAttributes);
                    Report(DiagnosticCodes.UnexpectedToken, file, attr.Name.Span, $"Unknown script attribute '{attr.Name.Text}'",
                        close is null ? "attributes are from, name, mode, threshold, path and minify" : $"did you mean `{close}`?");
                    break;
            }
        }

        string? code;
        int firstLine;
        if (syntax.Code is { } inline)
        {
            if (from is not null)
                Report(DiagnosticCodes.UnexpectedToken, file, fromSpan, "A script cannot have both 'from' and inline code", "remove the 'from' attribute or the { … } block");
            code = ScriptText.Dedent(inline.RawText, out int skipped);
            firstLine = file.GetLocation(inline.Span.Start).Line + skipped;
            if (Encoding.UTF8.GetByteCount(code) > MaxInlineScriptBytes)
                Report(DiagnosticCodes.PropertySizeOverflow, file, new TextSpan(syntax.Span.Start, syntax.Language.Span.End - syntax.Span.Start),
                    $"Inline script is larger than {MaxInlineScriptBytes} bytes", "move the code to a file and use from \"file\"");
        }
        else if (from is not null)
        {
            var path = Path.IsPathRooted(from) ? from : Path.Join(Path.GetDirectoryName(file.Path), from);
            if (!_sources.TryRead(path, out var text, out var error))
            {
                Report(DiagnosticCodes.ScriptFileNotFound, file, fromSpan, $"Cannot read script file '{from}': {error}", $"the path is relative to {Path.GetFileName(file.Path)}'s folder");
                code = null;
            }
            else code = text;
            firstLine = 1;
        }
        else
        {
            Report(DiagnosticCodes.UnexpectedToken, file, syntax.Language.Span, "Script has no code", "add { code } or from \"file\"");
            return null;
        }
        var entryPoints = code is null ? [] : ScriptEntryPoints.Find(language, code);
        return new BoundScript(language, name, mode, code, from, entryPoints, At(file, syntax.Span), firstLine);
    }

    /// <summary>`@function "lua" name(a, b) { body }` becomes a script with that one function (KRY.md §12.5).</summary>
    private BoundScript? BindFunction(FunctionSyntax syntax, SourceFile file)
    {
        var language = BindLanguage(syntax.Language, file);
        var body = ScriptText.Dedent(syntax.Body?.RawText ?? "", out int skipped);
        var parameters = string.Join(", ", syntax.Parameters.Select(p => p.Text));
        var name = syntax.Name.Text;
        string Indent(string code) => string.Join('\n', code.Split('\n').Select(l => l.Length == 0 ? l : "    " + l));
        string? code = language switch
        {
            ScriptLanguage.Lua => $"function {name}({parameters})\n{Indent(body)}\nend",
            ScriptLanguage.JavaScript => $"function {name}({parameters}) {{\n{Indent(body)}\n}}",
            ScriptLanguage.Python => $"def {name}({parameters}):\n{Indent(body.Length == 0 ? "pass" : body)}",
            ScriptLanguage.Lisp => $"(defn {name} [{string.Join(' ', syntax.Parameters.Select(p => p.Text))}]\n{Indent(body)})",
            ScriptLanguage.Wren => $"var {name} = Fn.new {{|{parameters}|\n{Indent(body)}\n}}",
            _ => null,
        };
        if (code is null) return null;
        int firstLine = syntax.Body is null ? file.GetLocation(syntax.Span.Start).Line : file.GetLocation(syntax.Body.Span.Start).Line + skipped;
        return new BoundScript(language, name, ScriptMode.Embed, code, null, [name], At(file, syntax.Span), firstLine);
    }
}
