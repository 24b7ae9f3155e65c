using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>The type and value predicates of LISP.md §5.</summary>
internal static class Predicates
{
    public static void Install(Interpreter i)
    {
        One(i, "nil?", x => x is null);
        One(i, "some?", x => x is not null);
        One(i, "true?", x => x is true);
        One(i, "false?", x => x is false);
        One(i, "number?", Num.IsNumber);
        One(i, "integer?", x => x is long);
        One(i, "float?", x => x is double);
        One(i, "string?", x => x is string);
        One(i, "keyword?", x => x is Keyword);
        One(i, "symbol?", x => x is Symbol);
        One(i, "fn?", x => x is LispFunction);
        One(i, "map?", x => x is LispMap);
        One(i, "vector?", x => x is LispVector);
        One(i, "list?", x => x is LispList);
        One(i, "set?", x => x is LispSet);
        One(i, "coll?", Seq.IsCollection);
        One(i, "empty?", x => Seq.Count(x) == 0);
        One(i, "even?", x => Num.ToLong(x) % 2 == 0);
        One(i, "odd?", x => Num.ToLong(x) % 2 != 0);
        One(i, "zero?", x => Num.ToDouble(x) == 0);
        One(i, "pos?", x => Num.ToDouble(x) > 0);
        One(i, "neg?", x => Num.ToDouble(x) < 0);
        i.DefineBuiltin("contains?", (_, a) =>
        {
            Args.Count("contains?", a, 2, 2);
            return a[0] switch
            {
                LispMap m => m.ContainsKey(a[1]),
                LispSet s => s.Contains(a[1]),
                LispVector v => a[1] is long k && k >= 0 && k < v.Count,
                string s => a[1] is long k && k >= 0 && k < s.Length,
                null => false,
                _ => throw new LispError(ErrorKind.Type, $"contains? not supported on {Printer.TypeName(a[0])}"),
            };
        });
    }

    private static void One(Interpreter i, string name, Func<object?, bool> test)
        => i.DefineBuiltin(name, (_, a) => { Args.Count(name, a, 1, 1); return test(a[0]); });
}
