using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary><c>+ - * / mod rem quot inc dec min max abs</c> (LISP.md §5).</summary>
internal static class Arithmetic
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("+", (_, a) => Fold(a, 0L, Num.Add));
        i.DefineBuiltin("*", (_, a) => Fold(a, 1L, Num.Multiply));
        i.DefineBuiltin("-", (_, a) =>
        {
            Args.Count("-", a, 1);
            return a.Length == 1 ? Num.Subtract(0L, a[0]) : a.Skip(1).Aggregate(Check(a[0]), Num.Subtract);
        });
        i.DefineBuiltin("/", (_, a) =>
        {
            Args.Count("/", a, 1);
            return a.Length == 1 ? Num.Divide(1L, a[0]) : a.Skip(1).Aggregate(Check(a[0]), Num.Divide);
        });
        i.DefineBuiltin("quot", (_, a) =>
        {
            Args.Count("quot", a, 2, 2);
            if (a[0] is long x && a[1] is long y)
            {
                if (y == 0) throw new LispError(ErrorKind.Arithmetic, "Divide by zero");
                return y == -1 ? Num.Subtract(0L, x) : x / y;
            }
            return Math.Truncate(Num.ToDouble(a[0]) / Num.ToDouble(a[1]));
        });
        i.DefineBuiltin("rem", (_, a) =>
        {
            Args.Count("rem", a, 2, 2);
            if (a[0] is long x && a[1] is long y)
            {
                if (y == 0) throw new LispError(ErrorKind.Arithmetic, "Divide by zero");
                return y == -1 ? 0L : x % y;
            }
            return Num.ToDouble(a[0]) % Num.ToDouble(a[1]);
        });
        i.DefineBuiltin("mod", (_, a) =>
        {
            Args.Count("mod", a, 2, 2);
            if (a[0] is long x && a[1] is long y)
            {
                if (y == 0) throw new LispError(ErrorKind.Arithmetic, "Divide by zero");
                if (y == -1) return 0L;
                long m = x % y;
                return m != 0 && (m < 0) != (y < 0) ? m + y : m;
            }
            double dx = Num.ToDouble(a[0]), dy = Num.ToDouble(a[1]);
            double dm = dx % dy;
            return dm != 0 && (dm < 0) != (dy < 0) ? dm + dy : dm;
        });
        i.DefineBuiltin("inc", (_, a) => { Args.Count("inc", a, 1, 1); return Num.Add(a[0], 1L); });
        i.DefineBuiltin("dec", (_, a) => { Args.Count("dec", a, 1, 1); return Num.Subtract(a[0], 1L); });
        i.DefineBuiltin("min", (_, a) => { Args.Count("min", a, 1); return a.Aggregate((x, y) => Num.Compare(y, x) < 0 ? y : Check(x)); });
        i.DefineBuiltin("max", (_, a) => { Args.Count("max", a, 1); return a.Aggregate((x, y) => Num.Compare(y, x) > 0 ? y : Check(x)); });
        i.DefineBuiltin("abs", (_, a) =>
        {
            Args.Count("abs", a, 1, 1);
            return a[0] is long l ? (l < 0 ? Num.Subtract(0L, l) : l) : Math.Abs(Num.ToDouble(a[0]));
        });
    }

    private static object? Check(object? x)
    {
        Num.ToDouble(x);
        return x;
    }

    private static object? Fold(object?[] args, object? seed, Func<object?, object?, object?> op)
    {
        object? acc = seed;
        foreach (var x in args) acc = op(acc, x);
        return acc;
    }
}
