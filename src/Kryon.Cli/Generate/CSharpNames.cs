using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kryon.Cli.Generate;

/// <summary>C# spelling for generated code: identifiers from KRY names, literals, XML doc text.</summary>
public static partial class CSharpNames
{
    /// <summary>
    /// A PascalCase identifier from a KRY name or id: <c>step_size</c> → <c>StepSize</c>, <c>onClick</c> →
    /// <c>OnClick</c>, <c>my-id</c> → <c>MyId</c>, <c>1st</c> → <c>_1st</c>. Never empty (<paramref name="fallback"/>).
    /// </summary>
    public static string Pascal(string name, string fallback)
    {
        var s = new StringBuilder();
        foreach (Match word in Word().Matches(name))
            s.Append(char.ToUpperInvariant(word.Value[0])).Append(word.Value.AsSpan(1));
        if (s.Length == 0) return fallback;
        if (char.IsAsciiDigit(s[0])) s.Insert(0, '_');
        return s.ToString();
    }

    /// <summary>Whether <paramref name="name"/> can name a C# type or namespace segment as written (ASCII letters, digits, _; not a keyword).</summary>
    public static bool IsIdentifier(string name) => Identifier().IsMatch(name) && !Keywords.Contains(name);

    /// <summary>Whether every dot-separated segment of <paramref name="name"/> is an identifier.</summary>
    public static bool IsNamespace(string name) => name.Split('.').All(IsIdentifier);

    /// <summary>A C# string literal with the value <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var s = new StringBuilder("\"");
        foreach (char c in text)
        {
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return s.Append('"').ToString();
    }

    /// <summary>Text for an XML doc comment: markup characters escaped, line breaks flattened.</summary>
    public static string Xml(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace('\r', ' ').Replace('\n', ' ');

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    ];
}

/// <summary>
/// Hands out member names within one C# type, each once: a name that is taken gets a number
/// (<c>Count</c>, <c>Count2</c>), and the caller is told so it can report the collision.
/// </summary>
public sealed class CSharpNameScope(IEnumerable<string> reserved)
{
    private readonly HashSet<string> _taken = new(reserved, StringComparer.Ordinal);

    public string Claim(string wanted, out bool renamed)
    {
        renamed = !_taken.Add(wanted);
        if (!renamed) return wanted;
        for (int n = 2; ; n++)
            if (_taken.Add(wanted + n.ToString(CultureInfo.InvariantCulture))) return wanted + n.ToString(CultureInfo.InvariantCulture);
    }
}
