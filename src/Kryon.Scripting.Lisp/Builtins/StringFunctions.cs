using System.Globalization;
using System.Text;
using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>String builtins (LISP.md §5): <c>str subs format parse-long parse-double</c> and <c>string/…</c> (also <c>clojure.string/…</c>).</summary>
internal static class StringFunctions
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("str", (interp, a) =>
        {
            var sb = new StringBuilder();
            foreach (var x in a) sb.Append(x is null ? "" : Printer.Display(x));
            interp.Budget.CheckSize(sb.Length);
            return sb.ToString();
        });
        i.DefineBuiltin("subs", (_, a) =>
        {
            Args.Count("subs", a, 2, 3);
            var s = Args.String("subs", a[0]);
            int start = Args.Index("subs", a[1]), end = a.Length > 2 ? Args.Index("subs", a[2]) : s.Length;
            if (start < 0 || end > s.Length || start > end) throw new LispError(ErrorKind.Index, $"String index out of range: {start}..{end} of length {s.Length}");
            return s[start..end];
        });
        // Clojure 1.11's parsers: nil for text that is not a number, so a script can test the result.
        i.DefineBuiltin("parse-long", (_, a) =>
        {
            Args.Count("parse-long", a, 1, 1);
            return long.TryParse(Args.String("parse-long", a[0]).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
        });
        i.DefineBuiltin("parse-double", (_, a) =>
        {
            Args.Count("parse-double", a, 1, 1);
            return double.TryParse(Args.String("parse-double", a[0]).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        });
        i.DefineBuiltin("format", (_, a) => { Args.Count("format", a, 1); return Format(Args.String("format", a[0]), a[1..]); });
        String(i, "upper-case", a => { Args.Count("upper-case", a, 1, 1); return Args.String("upper-case", a[0]).ToUpperInvariant(); });
        String(i, "lower-case", a => { Args.Count("lower-case", a, 1, 1); return Args.String("lower-case", a[0]).ToLowerInvariant(); });
        String(i, "trim", a => { Args.Count("trim", a, 1, 1); return Args.String("trim", a[0]).Trim(); });
        String(i, "split", a =>
        {
            Args.Count("split", a, 2, 2);
            var separator = Args.String("split", a[1]);
            var s = Args.String("split", a[0]);
            var parts = separator.Length == 0 ? s.Select(c => c.ToString()) : s.Split(separator);
            return LispVector.Of(parts);
        });
        String(i, "join", a =>
        {
            Args.Count("join", a, 1, 2);
            var separator = a.Length == 2 ? Args.String("join", a[0]) : "";
            return string.Join(separator, Seq.Items(a[^1]).Select(x => x is null ? "" : Printer.Display(x)));
        });
        String(i, "includes?", a => { Args.Count("includes?", a, 2, 2); return Args.String("includes?", a[0]).Contains(Args.String("includes?", a[1]), StringComparison.Ordinal); });
        String(i, "starts-with?", a => { Args.Count("starts-with?", a, 2, 2); return Args.String("starts-with?", a[0]).StartsWith(Args.String("starts-with?", a[1]), StringComparison.Ordinal); });
        String(i, "ends-with?", a => { Args.Count("ends-with?", a, 2, 2); return Args.String("ends-with?", a[0]).EndsWith(Args.String("ends-with?", a[1]), StringComparison.Ordinal); });
        String(i, "replace", a =>
        {
            Args.Count("replace", a, 3, 3);
            var match = Args.String("replace", a[1]);
            if (match.Length == 0) throw new LispError(ErrorKind.InvalidArguments, "replace: match must not be empty");
            return Args.String("replace", a[0]).Replace(match, Args.String("replace", a[2]), StringComparison.Ordinal);
        });
    }

    private static void String(Interpreter i, string name, Func<object?[], object?> body)
    {
        i.DefineBuiltin("string/" + name, (_, a) => body(a));
        i.DefineBuiltin("clojure.string/" + name, (_, a) => body(a));
    }

    /// <summary>The printf subset of LISP.md §5: <c>%s %d %f %%</c>, and C's <c>%g</c>, with an optional precision on <c>%f</c> and <c>%g</c> (<c>%.2f</c>, <c>%.8g</c>).</summary>
    /// <summary>C's %g: <paramref name="precision"/> significant digits, trailing zeros dropped, scientific for very large or small magnitudes (1e+20).</summary>
    private static string GeneralFormat(double value, int precision)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        // .NET's G switches to scientific at the same exponents as C (below -4, from the precision up); C writes a lower-case e.
        return value.ToString("G" + Math.Max(1, precision), CultureInfo.InvariantCulture).Replace('E', 'e');
    }

    public static string Format(string pattern, object?[] args)
    {
        var sb = new StringBuilder();
        int next = 0;
        object? Next()
        {
            if (next >= args.Length) throw new LispError(ErrorKind.InvalidArguments, $"format: not enough arguments for \"{pattern}\"");
            return args[next++];
        }
        for (int k = 0; k < pattern.Length; k++)
        {
            char c = pattern[k];
            if (c != '%') { sb.Append(c); continue; }
            if (++k >= pattern.Length) throw new LispError(ErrorKind.InvalidArguments, "format: pattern ends with %");
            int precision = 6;
            if (pattern[k] == '.')
            {
                int start = ++k;
                while (k < pattern.Length && char.IsAsciiDigit(pattern[k])) k++;
                if (k == start || k >= pattern.Length || pattern[k] is not ('f' or 'g')) throw new LispError(ErrorKind.InvalidArguments, "format: precision is only supported on %f and %g");
                precision = int.Parse(pattern.AsSpan(start, k - start), CultureInfo.InvariantCulture);
            }
            switch (pattern[k])
            {
                case '%': sb.Append('%'); break;
                case 's': { var x = Next(); sb.Append(x is null ? "nil" : Printer.Display(x)); break; }
                case 'd': sb.Append(Args.Index("format %d", Next()).ToString(CultureInfo.InvariantCulture)); break;
                case 'f': sb.Append(Num.ToDouble(Next()).ToString("F" + precision, CultureInfo.InvariantCulture)); break;
                case 'g': sb.Append(GeneralFormat(Num.ToDouble(Next()), precision)); break;
                default: throw new LispError(ErrorKind.InvalidArguments, $"format: unsupported conversion %{pattern[k]}");
            }
        }
        return sb.ToString();
    }
}
