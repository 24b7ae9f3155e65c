using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>Collection builtins of LISP.md §5 that take no functions: constructors, access, and persistent updates.</summary>
internal static class CollectionFunctions
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("list", (_, a) => new LispList(a));
        i.DefineBuiltin("vector", (_, a) => LispVector.Of(a));
        i.DefineBuiltin("hash-map", (_, a) =>
        {
            if (a.Length % 2 != 0) throw new LispError(ErrorKind.InvalidArguments, "hash-map needs an even number of arguments");
            var m = LispMap.Empty;
            for (int k = 0; k < a.Length; k += 2) m = m.Assoc(a[k], a[k + 1]);
            return m;
        });
        i.DefineBuiltin("hash-set", (_, a) => a.Aggregate(LispSet.Empty, (s, x) => s.Add(x)));
        i.DefineBuiltin("first", (_, a) => { Args.Count("first", a, 1, 1); var s = Seq.Items(a[0]); return s.Count > 0 ? s[0] : null; });
        i.DefineBuiltin("rest", (_, a) => { Args.Count("rest", a, 1, 1); return a[0] is LispList l ? l.Rest : Seq.ToList(Seq.Items(a[0]).Skip(1)); });
        i.DefineBuiltin("next", (_, a) =>
        {
            Args.Count("next", a, 1, 1);
            var rest = a[0] is LispList l ? l.Rest : Seq.ToList(Seq.Items(a[0]).Skip(1));
            return rest.Count == 0 ? null : rest;
        });
        i.DefineBuiltin("last", (_, a) => { Args.Count("last", a, 1, 1); var s = Seq.Items(a[0]); return s.Count > 0 ? s[^1] : null; });
        i.DefineBuiltin("nth", (_, a) =>
        {
            Args.Count("nth", a, 2, 3);
            var s = Seq.Items(a[0]);
            int k = Args.Index("nth", a[1]);
            if (k >= 0 && k < s.Count) return s[k];
            if (a.Length == 3) return a[2];
            throw new LispError(ErrorKind.Index, $"Index {k} out of bounds for length {s.Count}");
        });
        i.DefineBuiltin("get", (_, a) => { Args.Count("get", a, 2, 3); return Collections.Get(a[0], a[1], a.Length > 2 ? a[2] : null); });
        i.DefineBuiltin("count", (_, a) => { Args.Count("count", a, 1, 1); return (long)Seq.Count(a[0]); });
        i.DefineBuiltin("conj", (interp, a) =>
        {
            Args.Count("conj", a, 1);
            var result = a[0];
            foreach (var x in a.Skip(1)) result = Conj(result, x);
            interp.Budget.CheckSize(Seq.Count(result));
            return result;
        });
        i.DefineBuiltin("cons", (_, a) => { Args.Count("cons", a, 2, 2); return a[1] is LispList l ? l.Cons(a[0]) : Seq.ToList(Seq.Items(a[1]).Prepend(a[0])); });
        i.DefineBuiltin("concat", (interp, a) =>
        {
            var items = a.SelectMany(Seq.Items).ToArray();
            interp.Budget.CheckSize(items.Length);
            return new LispList(items);
        });
        i.DefineBuiltin("assoc", (_, a) =>
        {
            Args.Count("assoc", a, 3);
            if (a.Length % 2 != 1) throw new LispError(ErrorKind.InvalidArguments, "assoc expects even number of arguments after map/vector");
            var result = a[0];
            for (int k = 1; k < a.Length; k += 2) result = Assoc(result, a[k], a[k + 1]);
            return result;
        });
        i.DefineBuiltin("dissoc", (_, a) =>
        {
            Args.Count("dissoc", a, 1);
            if (a[0] is null) return null;
            if (a[0] is not LispMap m) throw new LispError(ErrorKind.Type, $"dissoc expects a map, got {Printer.TypeName(a[0])}");
            foreach (var k in a.Skip(1)) m = m.Dissoc(k);
            return m;
        });
        i.DefineBuiltin("keys", (_, a) => { Args.Count("keys", a, 1, 1); return a[0] is null ? null : Seq.ToList(AsMap("keys", a[0]).Entries.Select(e => e.Key)); });
        i.DefineBuiltin("vals", (_, a) => { Args.Count("vals", a, 1, 1); return a[0] is null ? null : Seq.ToList(AsMap("vals", a[0]).Entries.Select(e => e.Value)); });
        i.DefineBuiltin("into", (interp, a) =>
        {
            Args.Count("into", a, 2, 2);
            var result = a[0] ?? LispList.Empty;
            foreach (var x in Seq.Items(a[1])) result = Conj(result, x);
            interp.Budget.CheckSize(Seq.Count(result));
            return result;
        });
        i.DefineBuiltin("seq", (_, a) =>
        {
            Args.Count("seq", a, 1, 1);
            if (a[0] is LispList l) return l.Count == 0 ? null : l;
            var items = Seq.Items(a[0]);
            return items.Count == 0 ? null : Seq.ToList(items);
        });
        i.DefineBuiltin("range", (interp, a) =>
        {
            Args.Count("range", a, 1, 3);
            object? start = a.Length > 1 ? a[0] : 0L, end = a.Length > 1 ? a[1] : a[0], step = a.Length > 2 ? a[2] : 1L;
            if (Num.ToDouble(step) == 0) throw new LispError(ErrorKind.InvalidArguments, "range step must not be zero");
            double estimate = Math.Ceiling((Num.ToDouble(end) - Num.ToDouble(start)) / Num.ToDouble(step));
            interp.Budget.CheckSize((long)Math.Max(0, Math.Min(estimate, long.MaxValue / 2)));
            var items = new List<object?>();
            bool up = Num.ToDouble(step) > 0;
            for (var x = start; up ? Num.Compare(x, end) < 0 : Num.Compare(x, end) > 0; x = Num.Add(x, step)) items.Add(x);
            return new LispList([.. items]);
        });
        i.DefineBuiltin("repeat", (interp, a) =>
        {
            Args.Count("repeat", a, 2, 2);
            long n = Num.ToLong(a[0]);
            interp.Budget.CheckSize(n);
            return new LispList(Enumerable.Repeat(a[1], (int)Math.Max(0, n)).ToArray());
        });
        i.DefineBuiltin("reverse", (_, a) => { Args.Count("reverse", a, 1, 1); return Seq.ToList(Seq.Items(a[0]).Reverse()); });
        i.DefineBuiltin("sort", (interp, a) =>
        {
            Args.Count("sort", a, 1, 2);
            var items = Seq.Items(a[^1]).ToList();
            Comparison<object?> compare = a.Length == 2 ? (x, y) => FunctionCompare(interp, a[0], x, y) : Compare;
            return Seq.ToList(StableSort(items, compare));
        });
        i.DefineBuiltin("sort-by", (interp, a) =>
        {
            Args.Count("sort-by", a, 2, 2);
            var keyed = Seq.Items(a[1]).Select(x => (Key: interp.Apply(a[0], x), Value: x)).ToList();
            return Seq.ToList(StableSort(keyed, (x, y) => Compare(x.Key, y.Key)).Select(p => p.Value));
        });
        i.DefineBuiltin("identity", (_, a) => { Args.Count("identity", a, 1, 1); return a[0]; });
    }

    /// <summary><c>conj</c>: lists grow at the front, vectors at the end, sets and maps (with [k v] entries) by key.</summary>
    public static object? Conj(object? coll, object? x) => coll switch
    {
        null => LispList.Of(x),
        LispList l => l.Cons(x),
        LispVector v => new LispVector(v.Items.Add(x)),
        LispSet s => s.Add(x),
        LispMap m when x is LispVector { Count: 2 } e => m.Assoc(e[0], e[1]),
        LispMap m when x is LispMap other => other.Entries.Aggregate(m, (acc, e) => acc.Assoc(e.Key, e.Value)),
        _ => throw new LispError(ErrorKind.Type, $"conj not supported on {Printer.TypeName(coll)} with {Printer.TypeName(x)}"),
    };

    public static object? Assoc(object? coll, object? key, object? value) => coll switch
    {
        null => LispMap.Empty.Assoc(key, value),
        LispMap m => m.Assoc(key, value),
        LispVector v when key is long k && k >= 0 && k < v.Count => new LispVector(v.Items.SetItem((int)k, value)),
        LispVector v when key is long k && k == v.Count => new LispVector(v.Items.Add(value)),
        LispVector => throw new LispError(ErrorKind.Index, $"Index {Printer.Readable(key)} out of bounds for assoc"),
        _ => throw new LispError(ErrorKind.Type, $"assoc not supported on {Printer.TypeName(coll)}"),
    };

    private static LispMap AsMap(string name, object? x) => x as LispMap ?? throw new LispError(ErrorKind.Type, $"{name} expects a map, got {Printer.TypeName(x)}");

    /// <summary>Natural order: numbers, strings, keywords and symbols by name, booleans; vectors element-wise.</summary>
    public static int Compare(object? x, object? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        if (Num.IsNumber(x) && Num.IsNumber(y)) return Num.Compare(x, y);
        return (x, y) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (Keyword a, Keyword b) => string.CompareOrdinal(a.Name, b.Name),
            (Symbol a, Symbol b) => string.CompareOrdinal(a.Name, b.Name),
            (bool a, bool b) => a.CompareTo(b),
            (char a, char b) => a.CompareTo(b),
            (LispVector a, LispVector b) => CompareVectors(a, b),
            _ => throw new LispError(ErrorKind.Type, $"Cannot compare {Printer.TypeName(x)} with {Printer.TypeName(y)}"),
        };
    }

    private static int CompareVectors(LispVector a, LispVector b)
    {
        if (a.Count != b.Count) return a.Count.CompareTo(b.Count);
        for (int k = 0; k < a.Count; k++)
        {
            int c = Compare(a[k], b[k]);
            if (c != 0) return c;
        }
        return 0;
    }

    private static int FunctionCompare(Interpreter interp, object? fn, object? x, object? y) => interp.Apply(fn, x, y) switch
    {
        long l => Math.Sign(l),
        double d => Math.Sign(d),
        true => -1,
        false or null => Interpreter.IsTruthy(interp.Apply(fn, y, x)) ? 1 : 0,
        var other => throw new LispError(ErrorKind.Type, $"sort comparator returned {Printer.TypeName(other)}"),
    };

    private static List<T> StableSort<T>(List<T> items, Comparison<T> compare)
    {
        var indexed = items.Select((x, k) => (x, k)).ToList();
        indexed.Sort((p, q) => { int c = compare(p.x, q.x); return c != 0 ? c : p.k.CompareTo(q.k); });
        return indexed.Select(p => p.x).ToList();
    }
}
