using System.Text;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>String: concatenation, repetition, subscripts (index or range, negative from the end), searching, splitting, trimming.</summary>
internal sealed partial class Interpreter
{
    private bool StringMethod(string s, string signature, object?[] args, out object? result)
    {
        switch (signature)
        {
            case "+(_)":
                result = NewString(s + StrArg(args[0], "Right operand"));
                return true;
            case "*(_)":
            {
                int times = IntArg(args[0], "Count");
                if (times < 0) throw Error("Count must be a non-negative integer.");
                Allocate(2L * s.Length * times);
                result = NewString(new StringBuilder(s.Length * times).Insert(0, s, times).ToString());
                return true;
            }
            case "[_]":
                if (args[0] is WrenRange range)
                {
                    var (start, count, step) = RangeIndices(range, s.Length);
                    var text = new StringBuilder(count);
                    for (int i = 0, k = start; i < count; i++, k += step) text.Append(s[k]);
                    result = NewString(text.ToString());
                }
                else result = s[Index(args[0], s.Length)].ToString();
                return true;
            case "count": result = (double)s.Length; return true;
            case "isEmpty": result = s.Length == 0; return true;
            case "contains(_)": result = s.Contains(StrArg(args[0]), StringComparison.Ordinal); return true;
            case "startsWith(_)": result = s.StartsWith(StrArg(args[0]), StringComparison.Ordinal); return true;
            case "endsWith(_)": result = s.EndsWith(StrArg(args[0]), StringComparison.Ordinal); return true;
            case "indexOf(_)": result = (double)s.IndexOf(StrArg(args[0]), StringComparison.Ordinal); return true;
            case "indexOf(_,_)":
            {
                int from = Index(args[1], s.Length + 1, "Start");
                result = (double)s.IndexOf(StrArg(args[0]), from, StringComparison.Ordinal);
                return true;
            }
            case "split(_)":
            {
                var separator = StrArg(args[0], "Delimiter");
                if (separator.Length == 0) throw Error("Delimiter cannot be empty.");
                var parts = s.Split(separator).Select(p => (object?)p).ToList();
                Allocate(2L * s.Length + 40L * parts.Count);
                result = new WrenList(parts);
                return true;
            }
            case "replace(_,_)":
            {
                var from = StrArg(args[0], "From");
                if (from.Length == 0) throw Error("From must be a non-empty string.");
                var to = StrArg(args[1], "To");
                Allocate(2L * (s.Length + (long)s.Length / from.Length * to.Length));
                result = s.Replace(from, to, StringComparison.Ordinal);
                return true;
            }
            case "trim()": result = s.Trim(); return true;
            case "trimStart()": result = s.TrimStart(); return true;
            case "trimEnd()": result = s.TrimEnd(); return true;
            case "trim(_)": result = s.Trim(StrArg(args[0], "Characters").ToCharArray()); return true;
            case "trimStart(_)": result = s.TrimStart(StrArg(args[0], "Characters").ToCharArray()); return true;
            case "trimEnd(_)": result = s.TrimEnd(StrArg(args[0], "Characters").ToCharArray()); return true;
            case "codePoints":
                result = new WrenList(s.EnumerateRunes().Select(r => (object?)(double)r.Value).ToList());
                return true;
            case "toString": result = s; return true;
        }
        result = null;
        return false;
    }
}
