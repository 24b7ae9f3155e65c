namespace Kryon.Scripting.Lisp.Data;

/// <summary>Numbers (LISP.md §3): 64-bit integers and doubles; mixed arithmetic promotes to double; integer overflow is an error.</summary>
public static class Num
{
    public static bool IsNumber(object? x) => x is long or double;

    public static double ToDouble(object? x) => x switch
    {
        long l => l,
        double d => d,
        _ => throw new LispError(ErrorKind.Type, $"Expected a number, got {Printer.TypeName(x)}"),
    };

    public static long ToLong(object? x) => x switch
    {
        long l => l,
        double d when d is >= long.MinValue and <= long.MaxValue && !double.IsNaN(d) => (long)d,
        _ => throw new LispError(ErrorKind.Type, $"Expected an integer, got {Printer.TypeName(x)}"),
    };

    public static object? Add(object? a, object? b)
    {
        if (a is long x && b is long y) return Checked(() => checked(x + y));
        return ToDouble(a) + ToDouble(b);
    }

    public static object? Subtract(object? a, object? b)
    {
        if (a is long x && b is long y) return Checked(() => checked(x - y));
        return ToDouble(a) - ToDouble(b);
    }

    public static object? Multiply(object? a, object? b)
    {
        if (a is long x && b is long y) return Checked(() => checked(x * y));
        return ToDouble(a) * ToDouble(b);
    }

    /// <summary>Integer division that is not exact gives a double (Core profile has no ratios); integer division by zero is an ArithmeticException.</summary>
    public static object? Divide(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            if (y == 0) throw new LispError(ErrorKind.Arithmetic, "Divide by zero");
            if (y == -1 && x == long.MinValue) throw new LispError(ErrorKind.Arithmetic, "integer overflow");
            return x % y == 0 ? (object)(x / y) : (double)x / y;
        }
        return ToDouble(a) / ToDouble(b);
    }

    public static int Compare(object? a, object? b)
    {
        if (a is long x && b is long y) return x.CompareTo(y);
        return ToDouble(a).CompareTo(ToDouble(b));
    }

    private static long Checked(Func<long> op)
    {
        try { return op(); }
        catch (OverflowException) { throw new LispError(ErrorKind.Arithmetic, "integer overflow"); }
    }
}
