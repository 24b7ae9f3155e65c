using System.Globalization;
using System.Text.RegularExpressions;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Scripting.Lua;

/// <summary>
/// Turns Lua's error messages into diagnostics. Chunks are loaded with the name
/// <c>@SourceName</c> and with <c>FirstLine - 1</c> blank lines in front, so Lua's own
/// "SourceName:line:" prefix already names the `.kry` line; the diagnostic's location points there.
/// </summary>
internal sealed partial class LuaErrors
{
    private readonly Dictionary<string, SourceFile> _sources = [];

    /// <summary>Remembers a loaded chunk's text (with its padding) so that locations resolve to its lines.</summary>
    public void Register(string sourceName, string paddedCode) => _sources[sourceName] = new SourceFile(sourceName, paddedCode);

    public Diagnostic Create(DiagnosticDescriptor code, string message, params string[] suggestions)
        => Diagnostic.Create(code, Locate(message), message, suggestions);

    /// <summary>The first "name:line:" in the message that names a loaded chunk.</summary>
    public SourceSpan? Locate(string message)
    {
        foreach (Match match in Position().Matches(message))
        {
            if (!_sources.TryGetValue(match.Groups[1].Value, out var file)) continue;
            int line = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var starts = file.LineStarts;
            if (line < 1 || line > starts.Length) continue;
            return new SourceSpan(file, new TextSpan(starts[line - 1], file.GetLineText(line).Length));
        }
        return null;
    }

    [GeneratedRegex(@"([^\s:][^:\n]*):(\d+):")]
    private static partial Regex Position();
}
