using System.Runtime.CompilerServices;
using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// The core macros (LISP.md §4.2), native: each rewrites its form into core special forms, which the
/// evaluator then runs in the same (tail) position. Expansions call core builtins by value, not by
/// name, so a user binding named <c>inc</c> or <c>first</c> cannot capture them. User macros
/// (<c>defmacro</c>) expand here too.
/// </summary>
public sealed partial class Interpreter
{
    private static readonly Keyword WhenKeyword = Keyword.Of("when");
    private static readonly Keyword LetKeyword = Keyword.Of("let");

    private static Symbol S(string name) => Symbol.Of(name);

    private static LispList L(params object?[] items) => new(items);

    /// <summary>
    /// Expansions of derived forms by the form they came from: they depend on the form alone, so a
    /// form in a loop body is rewritten once, not on every iteration. Weak keys: forms of unloaded
    /// code are collected with their expansions.
    /// </summary>
    private readonly ConditionalWeakTable<LispList, StrongBox<object?>> _expansions = new();

    private static readonly HashSet<string> DerivedNames =
    [
        "defn", "defn-", "def-event", "def-atom", "when", "when-not", "cond", "case", "and", "or",
        "->", "->>", "if-let", "when-let", "dotimes", "doseq", "for", "ns",
    ];

    /// <summary>Expands a derived form or a user macro call once; false if the form is neither.</summary>
    internal bool Expand(LispList list, Env env, out object? expansion)
    {
        expansion = null;
        if (list[0] is not Symbol head) return false;
        if (ExpandDerivedCached(list, head, out expansion)) return true;
        if (env.TryLookup(head, out var value) && value is Closure { IsMacro: true } macro)
        {
            expansion = ExpandMacro(macro, list);
            return true;
        }
        return false;
    }

    /// <summary>A derived form's expansion, computed once per form.</summary>
    private bool ExpandDerivedCached(LispList list, Symbol head, out object? expansion)
    {
        expansion = null;
        if (!DerivedNames.Contains(head.Name)) return false;
        if (_expansions.TryGetValue(list, out var cached))
        {
            expansion = cached.Value;
            return true;
        }
        ExpandDerived(head.Name, list.Rest, out expansion);
        _expansions.AddOrUpdate(list, new StrongBox<object?>(expansion));
        return true;
    }

    /// <summary>A user macro's expansion: the macro's function applied to the unevaluated argument forms.</summary>
    private object? ExpandMacro(Closure macro, LispList list)
        => Apply(new Closure(macro.Name, macro.Arities, macro.Env), list.Rest.Span.ToArray());

    private bool ExpandDerived(string name, LispList args, out object? expansion)
    {
        expansion = null;
        switch (name)
        {
            case "defn": case "defn-": case "def-event": expansion = ExpandDefn(args); return true;
            case "def-atom":
                if (args.Count != 2) throw new LispError(ErrorKind.Syntax, "def-atom needs a name and an initial value");
                expansion = L(S("def"), args[0], L(Core("atom"), args[1]));
                return true;
            case "when": RequireArgs(args, 1, "when"); expansion = L(S("if"), args[0], args.Rest.Cons(S("do"))); return true;
            case "when-not": RequireArgs(args, 1, "when-not"); expansion = L(S("if"), args[0], null, args.Rest.Cons(S("do"))); return true;
            case "cond": expansion = ExpandCond(args); return true;
            case "case": expansion = ExpandCase(args); return true;
            case "and": expansion = ExpandAndOr(args, isAnd: true); return true;
            case "or": expansion = ExpandAndOr(args, isAnd: false); return true;
            case "->": expansion = ExpandThread(args, last: false); return true;
            case "->>": expansion = ExpandThread(args, last: true); return true;
            case "if-let": case "when-let": expansion = ExpandIfLet(name, args); return true;
            case "dotimes": expansion = ExpandDotimes(args); return true;
            case "doseq": expansion = ExpandDoseq(args); return true;
            case "for": expansion = ExpandFor(args); return true;
            case "ns": expansion = null; return true;
            default: return false;
        }
    }

    private static void RequireArgs(LispList args, int min, string form)
    {
        if (args.Count < min) throw new LispError(ErrorKind.Syntax, $"Wrong number of forms ({args.Count}) in {form}");
    }

    private static LispList ExpandDefn(LispList args)
    {
        if (args.First is not Symbol name) throw new LispError(ErrorKind.Syntax, "defn needs a name");
        var rest = args.Rest;
        if (rest.First is string && rest.Count > 1) rest = rest.Rest;   // docstring
        if (rest.First is LispMap && rest.Count > 1) rest = rest.Rest;  // attribute map
        if (rest.Count == 0) throw new LispError(ErrorKind.Syntax, $"defn {name.Name} needs a parameter vector");
        return L(S("def"), name, rest.Cons(name).Cons(S("fn")));
    }

    private object? ExpandCond(LispList args)
    {
        if (args.Count == 0) return null;
        if (args.Count % 2 != 0) throw new LispError(ErrorKind.Syntax, "cond requires an even number of forms");
        return L(S("if"), args[0], args[1], ExpandCond(args.Skip(2)));
    }

    private LispList ExpandCase(LispList args)
    {
        RequireArgs(args, 1, "case");
        var value = Gensym();
        var clauses = args.Rest;
        object? body = L(S("throw"), L(Core("ex-info"), L(Core("str"), "No matching clause: ", value), LispMap.Empty));
        int pairs = clauses.Count / 2;
        if (clauses.Count % 2 == 1) body = clauses[clauses.Count - 1];
        for (int i = pairs - 1; i >= 0; i--)
        {
            var constant = clauses[2 * i];
            object? test = constant is LispList alternatives
                ? new LispList(alternatives.Span.ToArray().Select(a => (object?)L(Core("="), value, L(S("quote"), a))).Prepend(S("or")).ToArray())
                : L(Core("="), value, L(S("quote"), constant));
            body = L(S("if"), test, clauses[2 * i + 1], body);
        }
        return L(S("let"), LispVector.Of([value, args[0]]), body);
    }

    private object? ExpandAndOr(LispList args, bool isAnd)
    {
        if (args.Count == 0) return isAnd ? true : null;
        if (args.Count == 1) return args[0];
        var g = Gensym();
        var more = ExpandAndOr(args.Rest, isAnd);
        return L(S("let"), LispVector.Of([g, args[0]]), isAnd ? L(S("if"), g, more, g) : L(S("if"), g, g, more));
    }

    private static object? ExpandThread(LispList args, bool last)
    {
        RequireArgs(args, 1, last ? "->>" : "->");
        var acc = args[0];
        foreach (var step in args.Rest.Span)
        {
            if (step is LispList { Count: > 0 } call)
            {
                var items = call.Span.ToArray().ToList();
                items.Insert(last ? items.Count : 1, acc);
                acc = new LispList([.. items]);
            }
            else acc = L(step, acc);
        }
        return acc;
    }

    private LispList ExpandIfLet(string form, LispList args)
    {
        if (args.First is not LispVector { Count: 2 } binding) throw new LispError(ErrorKind.Syntax, $"{form} requires a vector with one binding");
        RequireArgs(args, 2, form);
        var g = Gensym();
        object? then = form == "if-let"
            ? L(S("let"), LispVector.Of([binding[0], g]), args[1])
            : new LispList(args.Rest.Span.ToArray().Prepend(LispVector.Of([binding[0], g])).Prepend(S("let")).ToArray());
        object? otherwise = form == "if-let" && args.Count > 2 ? args[2] : null;
        return L(S("let"), LispVector.Of([g, binding[1]]), L(S("if"), g, then, otherwise));
    }

    private LispList ExpandDotimes(LispList args)
    {
        if (args.First is not LispVector { Count: 2 } binding || binding[0] is not Symbol i) throw new LispError(ErrorKind.Syntax, "dotimes requires [name count]");
        var n = Gensym();
        var body = args.Rest.Span.ToArray().Prepend(S("do")).Append(L(S("recur"), L(Core("inc"), i))).ToArray();
        return L(S("let"), LispVector.Of([n, binding[1]]), L(S("loop"), LispVector.Of([i, 0L]), L(S("if"), L(Core("<"), i, n), new LispList(body), null)));
    }

    private object? ExpandDoseq(LispList args)
    {
        if (args.First is not LispVector bindings || bindings.Count % 2 != 0) throw new LispError(ErrorKind.Syntax, "doseq requires a vector of binding pairs");
        return ExpandDoseqFrom(bindings, 0, args.Rest);
    }

    private object? ExpandDoseqFrom(LispVector bindings, int index, LispList body)
    {
        if (index >= bindings.Count) return new LispList(body.Span.ToArray().Prepend(S("do")).ToArray());
        var inner = ExpandDoseqFrom(bindings, index + 2, body);
        if (ReferenceEquals(bindings[index], WhenKeyword)) return L(S("if"), bindings[index + 1], inner, null);
        if (ReferenceEquals(bindings[index], LetKeyword)) return L(S("let"), bindings[index + 1], inner);
        var s = Gensym();
        return L(S("loop"), LispVector.Of([s, L(Core("seq"), bindings[index + 1])]),
            L(S("if"), s, L(S("do"), L(S("let"), LispVector.Of([bindings[index], L(Core("first"), s)]), inner), L(S("recur"), L(Core("next"), s))), null));
    }

    private object? ExpandFor(LispList args)
    {
        if (args.First is not LispVector bindings || bindings.Count % 2 != 0 || args.Count != 2) throw new LispError(ErrorKind.Syntax, "for requires a vector of binding pairs and one body form");
        return ExpandForFrom(bindings, 0, args[1]);
    }

    private object? ExpandForFrom(LispVector bindings, int index, object? body)
    {
        if (index >= bindings.Count) return L(Core("list"), body);
        var inner = ExpandForFrom(bindings, index + 2, body);
        if (ReferenceEquals(bindings[index], WhenKeyword)) return L(S("if"), bindings[index + 1], inner, L(S("quote"), LispList.Empty));
        if (ReferenceEquals(bindings[index], LetKeyword)) return L(S("let"), bindings[index + 1], inner);
        return L(Core("mapcat"), L(S("fn"), LispVector.Of([bindings[index]]), inner), bindings[index + 1]);
    }
}
