using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary><c>= not= &lt; &gt; &lt;= &gt;=</c> and <c>not</c> (LISP.md §5): variadic; ordering is for numbers only.</summary>
internal static class Comparison
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("=", (_, a) => { Args.Count("=", a, 1); return Pairwise(a, ValueEquality.AreEqual); });
        i.DefineBuiltin("not=", (_, a) => { Args.Count("not=", a, 1); return !Pairwise(a, ValueEquality.AreEqual); });
        i.DefineBuiltin("<", (_, a) => Ordered("<", a, c => c < 0));
        i.DefineBuiltin(">", (_, a) => Ordered(">", a, c => c > 0));
        i.DefineBuiltin("<=", (_, a) => Ordered("<=", a, c => c <= 0));
        i.DefineBuiltin(">=", (_, a) => Ordered(">=", a, c => c >= 0));
        i.DefineBuiltin("not", (_, a) => { Args.Count("not", a, 1, 1); return !Interpreter.IsTruthy(a[0]); });
    }

    private static bool Pairwise(object?[] a, Func<object?, object?, bool> test)
    {
        for (int k = 0; k + 1 < a.Length; k++)
            if (!test(a[k], a[k + 1])) return false;
        return true;
    }

    private static bool Ordered(string name, object?[] a, Func<int, bool> test)
    {
        Args.Count(name, a, 1);
        foreach (var x in a) Num.ToDouble(x);
        return Pairwise(a, (x, y) => test(Num.Compare(x, y)));
    }
}
