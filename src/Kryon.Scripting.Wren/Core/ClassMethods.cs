using System.Globalization;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>
/// Methods called on classes: every class's <c>name</c>/<c>supertype</c>, and the core classes' static
/// methods (<c>Num.fromString</c>, <c>List.new</c>, <c>Fn.new</c>, <c>System.print</c>, <c>Fiber.new</c> …);
/// <c>Kryon.name(args)</c> calls the host function <c>name</c>.
/// </summary>
internal sealed partial class Interpreter
{
    private static readonly DateTime ProcessStart = DateTime.UtcNow;

    private bool ClassMethod(WrenClass cls, string name, string signature, object?[] args, out object? result)
    {
        switch (signature)
        {
            case "name": result = cls.Name; return true;
            case "supertype": result = cls.Superclass; return true;
            case "toString": result = cls.Name; return true;
        }
        if (!cls.IsCore) return Nothing(out result);
        if (cls == Classes.Kryon) return HostCall(name, args, out result);
        result = null;
        switch (cls.Name, signature)
        {
            case ("Object", "same(_,_)"): result = ValuesEqual(args[0], args[1]); return true;
            case ("Num", "fromString(_)"): result = ParseNum(StrArg(args[0], "Argument")); return true;
            case ("Num", "pi"): result = Math.PI; return true;
            case ("Num", "tau"): result = Math.Tau; return true;
            case ("Num", "infinity"): result = double.PositiveInfinity; return true;
            case ("Num", "nan"): result = double.NaN; return true;
            case ("Num", "largest"): result = double.MaxValue; return true;
            case ("Num", "smallest"): result = double.Epsilon; return true;
            case ("Num", "maxSafeInteger"): result = 9007199254740991.0; return true;
            case ("Num", "minSafeInteger"): result = -9007199254740991.0; return true;
            case ("String", "fromCodePoint(_)"):
            {
                int cp = IntArg(args[0], "Code point");
                if (cp is < 0 or > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF) throw Error("Code point out of range.");
                result = char.ConvertFromUtf32(cp);
                return true;
            }
            case ("List", "new()"): Allocate(40); result = new WrenList(); return true;
            case ("List", "filled(_,_)"):
            {
                int size = IntArg(args[0], "Size");
                if (size < 0) throw Error("Size cannot be negative.");
                Allocate(40 + 16L * size);
                result = new WrenList(Enumerable.Repeat(args[1], size).ToList());
                return true;
            }
            case ("Map", "new()"): Allocate(40); result = new WrenMap(); return true;
            case ("Fn", "new(_)"): result = FnArg(args[0], "Argument"); return true;
            case ("Fiber", "new(_)"): result = new WrenFiber(FnArg(args[0], "Argument")); return true;
            case ("Fiber", "abort(_)"): throw new WrenError(ToStr(args[0]), _frame.Script, _line) { Value = args[0] };
            case ("Fiber", "yield()" or "yield(_)" or "suspend()" or "current"):
                throw Error($"Fiber.{name} is not supported in Kryon (fibers run to completion)");
            case ("System", "print()"): Print?.Invoke(""); return true;
            case ("System", "print(_)" or "write(_)"):
                Print?.Invoke(ToStr(args[0]));
                result = args[0];
                return true;
            case ("System", "printAll(_)" or "writeAll(_)"):
                Print?.Invoke(string.Concat(Iterate(args[0]).Select(x => ToStr(x))));
                return true;
            case ("System", "clock"): result = (DateTime.UtcNow - ProcessStart).TotalSeconds; return true;
            case ("System", "gc()"): return true;
        }
        return false;
    }

    private bool HostCall(string name, object?[] args, out object? result)
    {
        if (Host?.Invoke(name, args) is { Found: true } call)
        {
            result = call.Result;
            return true;
        }
        if (name == "log")
        {
            Print?.Invoke(string.Join(" ", args.Select(x => ToStr(x))));
            result = null;
            return true;
        }
        throw Error($"Kryon has no host function '{name}'");
    }

    private static object? ParseNum(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(s[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)) return (double)hex;
        if (s.StartsWith("-0x", StringComparison.OrdinalIgnoreCase)
            && ulong.TryParse(s[3..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var negHex)) return -(double)negHex;
        if (s.Length > 0 && (char.IsAsciiDigit(s[^1]) || s[^1] == '.')
            && double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d)) return d;
        return null;
    }
}
