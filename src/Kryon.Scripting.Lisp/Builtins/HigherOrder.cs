using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>Builtins that take functions (LISP.md §5): <c>apply map mapcat filter remove reduce take drop take-while drop-while some every? partial comp update memoize</c>. Eager: they return lists.</summary>
internal static class HigherOrder
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("apply", (interp, a) =>
        {
            Args.Count("apply", a, 2);
            var args = a.Skip(1).Take(a.Length - 2).Concat(Seq.Items(a[^1])).ToArray();
            return interp.Apply(a[0], args);
        });
        i.DefineBuiltin("map", (interp, a) =>
        {
            Args.Count("map", a, 2);
            var seqs = a.Skip(1).Select(Seq.Items).ToArray();
            int n = seqs.Min(s => s.Count);
            var result = new object?[n];
            for (int k = 0; k < n; k++) result[k] = interp.Apply(a[0], seqs.Select(s => s[k]).ToArray());
            return new LispList(result);
        });
        i.DefineBuiltin("mapcat", (interp, a) =>
        {
            Args.Count("mapcat", a, 2, 2);
            var items = Seq.Items(a[1]).SelectMany(x => Seq.Items(interp.Apply(a[0], x))).ToArray();
            interp.Budget.CheckSize(items.Length);
            return new LispList(items);
        });
        i.DefineBuiltin("filter", (interp, a) => { Args.Count("filter", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).Where(x => Interpreter.IsTruthy(interp.Apply(a[0], x)))); });
        i.DefineBuiltin("remove", (interp, a) => { Args.Count("remove", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).Where(x => !Interpreter.IsTruthy(interp.Apply(a[0], x)))); });
        i.DefineBuiltin("reduce", (interp, a) =>
        {
            Args.Count("reduce", a, 2, 3);
            var items = Seq.Items(a[^1]);
            if (a.Length == 2 && items.Count == 0) return interp.Apply(a[0]);
            object? acc = a.Length == 3 ? a[1] : items[0];
            foreach (var x in items.Skip(a.Length == 3 ? 0 : 1)) acc = interp.Apply(a[0], acc, x);
            return acc;
        });
        i.DefineBuiltin("take", (_, a) => { Args.Count("take", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).Take((int)Math.Clamp(Num.ToLong(a[0]), 0, int.MaxValue))); });
        i.DefineBuiltin("drop", (_, a) => { Args.Count("drop", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).Skip((int)Math.Clamp(Num.ToLong(a[0]), 0, int.MaxValue))); });
        i.DefineBuiltin("take-while", (interp, a) => { Args.Count("take-while", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).TakeWhile(x => Interpreter.IsTruthy(interp.Apply(a[0], x)))); });
        i.DefineBuiltin("drop-while", (interp, a) => { Args.Count("drop-while", a, 2, 2); return Seq.ToList(Seq.Items(a[1]).SkipWhile(x => Interpreter.IsTruthy(interp.Apply(a[0], x)))); });
        i.DefineBuiltin("some", (interp, a) =>
        {
            Args.Count("some", a, 2, 2);
            foreach (var x in Seq.Items(a[1]))
            {
                var r = interp.Apply(a[0], x);
                if (Interpreter.IsTruthy(r)) return r;
            }
            return null;
        });
        i.DefineBuiltin("every?", (interp, a) => { Args.Count("every?", a, 2, 2); return Seq.Items(a[1]).All(x => Interpreter.IsTruthy(interp.Apply(a[0], x))); });
        i.DefineBuiltin("partial", (_, a) =>
        {
            Args.Count("partial", a, 1);
            var fn = a[0];
            var bound = a[1..];
            return new Builtin("partial", (interp, more) => interp.Apply(fn, [.. bound, .. more]));
        });
        i.DefineBuiltin("comp", (_, a) =>
        {
            var fns = a.Reverse().ToArray();
            return new Builtin("comp", (interp, args) =>
            {
                if (fns.Length == 0) return args.Length > 0 ? args[0] : null;
                var result = interp.Apply(fns[0], args);
                foreach (var f in fns.Skip(1)) result = interp.Apply(f, result);
                return result;
            });
        });
        i.DefineBuiltin("update", (interp, a) =>
        {
            Args.Count("update", a, 3);
            var old = Collections.Get(a[0], a[1]);
            return CollectionFunctions.Assoc(a[0], a[1], interp.Apply(a[2], [old, .. a[3..]]));
        });
        i.DefineBuiltin("memoize", (_, a) =>
        {
            Args.Count("memoize", a, 1, 1);
            var fn = a[0];
            var cache = new List<(LispVector Args, object? Result)>();
            return new Builtin("memoized", (interp, args) =>
            {
                var key = LispVector.Of(args);
                foreach (var (k, r) in cache)
                    if (ValueEquality.AreEqual(k, key)) return r;
                var result = interp.Apply(fn, args);
                cache.Add((key, result));
                return result;
            });
        });
    }
}
