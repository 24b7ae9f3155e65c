using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>Atoms (LISP.md §6): <c>atom deref reset! swap! add-watch remove-watch</c>. Watches run synchronously after a change with old ≠ new.</summary>
internal static class AtomFunctions
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("atom", (_, a) => { Args.Count("atom", a, 1, 1); return new Atom(a[0]); });
        i.DefineBuiltin("deref", (_, a) => { Args.Count("deref", a, 1, 1); return AsAtom("deref", a[0]).Value; });
        i.DefineBuiltin("reset!", (interp, a) => { Args.Count("reset!", a, 2, 2); return Set(interp, AsAtom("reset!", a[0]), a[1]); });
        i.DefineBuiltin("swap!", (interp, a) =>
        {
            Args.Count("swap!", a, 2);
            var atom = AsAtom("swap!", a[0]);
            return Set(interp, atom, interp.Apply(a[1], [atom.Value, .. a[2..]]));
        });
        i.DefineBuiltin("add-watch", (_, a) =>
        {
            Args.Count("add-watch", a, 3, 3);
            var atom = AsAtom("add-watch", a[0]);
            if (a[2] is not LispFunction fn) throw new LispError(ErrorKind.Type, "add-watch expects a function");
            atom.Watches.RemoveAll(w => ValueEquality.AreEqual(w.Key, a[1]));
            atom.Watches.Add(new(a[1], fn));
            return atom;
        });
        i.DefineBuiltin("remove-watch", (_, a) =>
        {
            Args.Count("remove-watch", a, 2, 2);
            var atom = AsAtom("remove-watch", a[0]);
            atom.Watches.RemoveAll(w => ValueEquality.AreEqual(w.Key, a[1]));
            return atom;
        });
    }

    private static Atom AsAtom(string name, object? x) => x as Atom ?? throw new LispError(ErrorKind.Type, $"{name} expects an atom, got {Printer.TypeName(x)}");

    private static object? Set(Interpreter interp, Atom atom, object? value)
    {
        var old = atom.Value;
        atom.Value = value;
        if (!ValueEquality.AreEqual(old, value))
            foreach (var (key, fn) in atom.Watches.ToArray()) interp.Apply(fn, key, atom, old, value);
        return value;
    }
}
