using System.Globalization;
using System.Text;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Values as text (<c>toString</c>, interpolation, <c>System.print</c>), numbers as Wren prints them (<c>%.14g</c>).</summary>
internal sealed partial class Interpreter
{
    public static string FormatNum(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "infinity";
        if (double.IsNegativeInfinity(d)) return "-infinity";
        if (d == Math.Floor(d) && Math.Abs(d) < 1e15) return ((long)d).ToString(CultureInfo.InvariantCulture);
        return d.ToString("G14", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }

    /// <summary>The text of a value, calling a script class's own <c>toString</c>.</summary>
    public string ToStr(object? value) => ToStr(value, 0);

    // The collections being printed, so a list that contains itself prints as [...] (as in Wren).
    private readonly HashSet<object> _printing = new(ReferenceEqualityComparer.Instance);

    private string ToStr(object? value, int depth)
    {
        if (depth > 64) return "...";
        if (value is WrenList or WrenMap)
        {
            if (!_printing.Add(value)) return value is WrenList ? "[...]" : "{...}";
            try { return CollectionToStr(value, depth); }
            finally { _printing.Remove(value); }
        }
        switch (value)
        {
            case null: return "null";
            case bool b: return b ? "true" : "false";
            case double d: return FormatNum(d);
            case string s: return s;
            case WrenRange r: return FormatNum(r.From) + (r.IsInclusive ? ".." : "...") + FormatNum(r.To);
            case MapEntry e: return ToStr(e.Key, depth + 1) + ":" + ToStr(e.Value, depth + 1);
            case WrenClass c: return c.Name;
            case WrenInstance i:
                if (i.Class.FindMethod("toString") is { } toString) return ToStr(Invoke(toString, i, []), depth + 1);
                return "instance of " + i.Class.Name;
            case ElementHandle e: return e.ToString();
            default: return "instance of " + ClassOf(value).Name;
        }
    }

    private string CollectionToStr(object collection, int depth)
    {
        var text = new StringBuilder();
        if (collection is WrenList list)
        {
            text.Append('[');
            for (int i = 0; i < list.Items.Count; i++)
            {
                Step();
                if (i > 0) text.Append(", ");
                text.Append(ToStr(list.Items[i], depth + 1));
            }
            return text.Append(']').ToString();
        }
        text.Append('{');
        bool first = true;
        foreach (var e in ((WrenMap)collection).Entries)
        {
            Step();
            if (!first) text.Append(", ");
            text.Append(ToStr(e.Key, depth + 1)).Append(": ").Append(ToStr(e.Value, depth + 1));
            first = false;
        }
        return text.Append('}').ToString();
    }
}
