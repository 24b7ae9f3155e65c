using System.Globalization;
using System.Text;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>
/// Printing (LISP.md §3): the readable form (<c>pr</c>, <c>prn</c>: strings quoted) and the display
/// form (<c>print</c>, <c>str</c>, <c>log</c>: strings raw).
/// </summary>
public static class Printer
{
    public static string Readable(object? value) => Print(value, readable: true);

    public static string Display(object? value) => Print(value, readable: false);

    public static string Print(object? value, bool readable)
    {
        var sb = new StringBuilder();
        Write(sb, value, readable, 0);
        return sb.ToString();
    }

    public static string FormatDouble(double d)
    {
        if (double.IsPositiveInfinity(d)) return "##Inf";
        if (double.IsNegativeInfinity(d)) return "##-Inf";
        if (double.IsNaN(d)) return "##NaN";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }

    private static void Write(StringBuilder sb, object? value, bool readable, int depth)
    {
        if (depth > 200) { sb.Append("..."); return; }
        switch (value)
        {
            case null: sb.Append("nil"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(FormatDouble(d)); break;
            case string s when readable: WriteString(sb, s); break;
            case string s: sb.Append(s); break;
            case char c when readable: sb.Append(c switch { '\n' => "\\newline", ' ' => "\\space", '\t' => "\\tab", _ => "\\" + c }); break;
            case char c: sb.Append(c); break;
            case LispList list: WriteAll(sb, "(", list.Span.ToArray(), ")", readable, depth); break;
            case LispVector v: WriteAll(sb, "[", v.Items, "]", readable, depth); break;
            case LispSet set: WriteAll(sb, "#{", set.Items, "}", readable, depth); break;
            case LispMap map:
                sb.Append('{');
                for (int i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, map.Entries[i].Key, readable, depth + 1);
                    sb.Append(' ');
                    Write(sb, map.Entries[i].Value, readable, depth + 1);
                }
                sb.Append('}');
                break;
            case Atom a: sb.Append("#atom["); Write(sb, a.Value, readable, depth + 1); sb.Append(']'); break;
            case ExInfo e: sb.Append("#error[").Append(e.Message).Append(']'); break;
            default: sb.Append(value.ToString()); break;
        }
    }

    private static void WriteAll(StringBuilder sb, string open, IReadOnlyList<object?> items, string close, bool readable, int depth)
    {
        sb.Append(open);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            Write(sb, items[i], readable, depth + 1);
        }
        sb.Append(close);
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
            sb.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\t' => "\\t", '\r' => "\\r", _ => c.ToString() });
        sb.Append('"');
    }

    /// <summary>A value's type name as errors and <c>type</c> show it.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "nil",
        bool => "boolean",
        long => "integer",
        double => "float",
        string => "string",
        char => "character",
        Keyword => "keyword",
        Symbol => "symbol",
        LispList => "list",
        LispVector => "vector",
        LispMap => "map",
        LispSet => "set",
        LispFunction => "function",
        Atom => "atom",
        ElementHandle => "element",
        ExInfo => "error",
        _ => value.GetType().Name,
    };
}
