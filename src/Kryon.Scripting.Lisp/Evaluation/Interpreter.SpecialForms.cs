using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

internal enum SpecialResult { NotSpecial, Return, Continue }

/// <summary>The core special forms (LISP.md §4.1): quote, if, do, def, fn, let, loop, recur, quasiquote, defmacro, throw, try.</summary>
public sealed partial class Interpreter
{
    private static readonly Symbol Ampersand = Symbol.Of("&");

    private SpecialResult EvalSpecial(string name, LispList list, ref Env env, ref RecurTarget? target, out object? value)
    {
        value = null;
        switch (name)
        {
            case "quote":
                Expect(list, 2, 2);
                value = list[1];
                return SpecialResult.Return;
            case "if":
                Expect(list, 3, 4);
                value = IsTruthy(Eval(list[1], env, null)) ? list[2] : list.Count > 3 ? list[3] : null;
                return SpecialResult.Continue;
            case "do":
                value = TailBody(list.Rest, env);
                return SpecialResult.Continue;
            case "def":
                value = Define(list, env);
                return SpecialResult.Return;
            case "fn":
                value = MakeFunction(list, env, isMacro: false);
                return SpecialResult.Return;
            case "let":
            {
                var bindings = BindingVector(list, "let");
                var scope = env.Child();
                for (int i = 0; i < bindings.Count; i += 2) Destructure.Bind(bindings[i], Eval(bindings[i + 1], scope, null), scope);
                env = scope;
                value = TailBody(list.Skip(2), env);
                return SpecialResult.Continue;
            }
            case "loop":
            {
                var bindings = BindingVector(list, "loop");
                var scope = env.Child();
                var patterns = new object?[bindings.Count / 2];
                for (int i = 0; i < bindings.Count; i += 2)
                {
                    patterns[i / 2] = bindings[i];
                    Destructure.Bind(bindings[i], Eval(bindings[i + 1], scope, null), scope);
                }
                var body = list.Skip(2);
                target = RecurTarget.Loop(patterns, body, env);
                env = scope;
                value = TailBody(body, env);
                return SpecialResult.Continue;
            }
            case "recur":
            {
                if (target is null) throw new LispError(ErrorKind.Syntax, "Can only recur from tail position of a loop or fn");
                var args = EvalArguments(list, env);
                env = target.Rebind(args);
                value = TailBody(target.Body, env);
                return SpecialResult.Continue;
            }
            case "quasiquote":
                Expect(list, 2, 2);
                value = Quasiquote(list[1], env);
                return SpecialResult.Return;
            case "unquote":
            case "unquote-splicing":
                throw new LispError(ErrorKind.Syntax, $"{name} used outside of quasiquote");
            case "defmacro":
            {
                if (list.Count < 3 || list[1] is not Symbol macroName) throw new LispError(ErrorKind.Syntax, "defmacro needs a name and parameters");
                var rest = list.Skip(2);
                if (rest.First is string && rest.Count > 2) rest = rest.Rest;
                var macro = MakeFunction(rest.Cons(macroName).Cons(Symbol.Of("fn")), env, isMacro: true);
                Globals.Define(macroName, macro);
                value = macroName;
                return SpecialResult.Return;
            }
            case "throw":
            {
                Expect(list, 2, 2);
                var thrown = Eval(list[1], env, null);
                throw new LispError(ErrorKind.Thrown, thrown is ExInfo info ? info.Message : Printer.Display(thrown), thrown);
            }
            case "try":
                value = EvalTry(list, env);
                return SpecialResult.Return;
            default:
                return SpecialResult.NotSpecial;
        }
    }

    public static bool IsTruthy(object? value) => value is not (null or false);

    private static void Expect(LispList list, int min, int max)
    {
        if (list.Count < min || list.Count > max)
            throw new LispError(ErrorKind.Syntax, $"Wrong number of forms ({list.Count - 1}) in {Printer.Display(list[0])}");
    }

    private static LispVector BindingVector(LispList list, string form)
    {
        if (list.Count < 2 || list[1] is not LispVector bindings) throw new LispError(ErrorKind.Syntax, $"{form} requires a vector for its bindings");
        if (bindings.Count % 2 != 0) throw new LispError(ErrorKind.Syntax, $"{form} requires an even number of forms in binding vector");
        return bindings;
    }

    private Symbol Define(LispList list, Env env)
    {
        Expect(list, 2, 3);
        if (list[1] is not Symbol name) throw new LispError(ErrorKind.Syntax, "First argument to def must be a symbol");
        var value = list.Count > 2 ? Eval(list[2], env, null) : null;
        if (value is Closure { DeclaredName: null } closure) closure.DeclaredName = name.Name;
        Globals.Define(name, value);
        return name;
    }

    /// <summary><c>(fn name? [params] body…)</c> or <c>(fn name? ([p] body…) …)</c>.</summary>
    private Closure MakeFunction(LispList list, Env env, bool isMacro)
    {
        var rest = list.Rest;
        string? name = null;
        if (rest.First is Symbol s) { name = s.Name; rest = rest.Rest; }
        var arities = new List<Arity>();
        if (rest.First is LispVector) arities.Add(ParseArity(rest));
        else
        {
            foreach (var clause in rest.Span)
            {
                if (clause is not LispList { Count: > 0 } c || c.First is not LispVector) throw new LispError(ErrorKind.Syntax, "fn requires a parameter vector");
                arities.Add(ParseArity(c));
            }
            if (arities.Count == 0) throw new LispError(ErrorKind.Syntax, "fn requires a parameter vector");
        }
        var scope = env;
        if (name is not null) scope = env.Child();
        var closure = new Closure(name, [.. arities], scope, isMacro);
        if (name is not null) scope.Define(Symbol.Of(name), closure);
        return closure;
    }

    private static Arity ParseArity(LispList clause)
    {
        var parameters = (LispVector)clause.First!;
        var fixedParams = new List<object?>();
        object? restParam = null;
        for (int i = 0; i < parameters.Count; i++)
        {
            if (ReferenceEquals(parameters[i], Ampersand))
            {
                if (i != parameters.Count - 2) throw new LispError(ErrorKind.Syntax, "Exactly one binding form must follow & in a parameter list");
                restParam = parameters[i + 1];
                break;
            }
            fixedParams.Add(parameters[i]);
        }
        return new Arity([.. fixedParams], restParam, clause.Rest);
    }

    /// <summary><c>(try body… (catch Type e handler…)… (finally cleanup…))</c>: catches Lisp errors (not budgets), any Type matches.</summary>
    private object? EvalTry(LispList list, Env env)
    {
        var body = new List<object?>();
        var catches = new List<LispList>();
        LispList? cleanup = null;
        foreach (var form in list.Rest.Span)
        {
            if (form is LispList { First: Symbol { Name: "catch" } } c) catches.Add(c);
            else if (form is LispList { First: Symbol { Name: "finally" } } f) cleanup = f;
            else body.Add(form);
        }
        try
        {
            object? result = null;
            foreach (var form in body) result = Eval(form, env, null);
            return result;
        }
        catch (LispError e) when (catches.Count > 0)
        {
            var clause = catches[0];
            if (clause.Count < 3 || clause[2] is not Symbol binding) throw new LispError(ErrorKind.Syntax, "catch needs a type and a binding symbol");
            var scope = env.Child();
            scope.Define(binding, ErrorValue(e));
            object? result = null;
            foreach (var form in clause.Skip(3).Span) result = Eval(form, scope, null);
            return result;
        }
        finally
        {
            if (cleanup is not null)
                foreach (var form in cleanup.Rest.Span) Eval(form, env, null);
        }
    }

    /// <summary>What a <c>catch</c> binds: the thrown value, or an ex-info describing an internal error.</summary>
    private static object? ErrorValue(LispError e)
    {
        if (e.Kind == ErrorKind.Thrown) return e.Thrown;
        var kind = Keyword.Of(string.Concat(e.Kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));
        return new ExInfo(e.Message, LispMap.Empty.Assoc(Keyword.Of("kind"), kind));
    }

    private object? Quasiquote(object? form, Env env)
    {
        switch (form)
        {
            case LispList { First: Symbol { Name: "unquote" } } unquote:
                return Eval(unquote[1], env, null);
            case LispList list:
                return new LispList(QuasiquoteItems(list.Span.ToArray(), env));
            case LispVector vector:
                return LispVector.Of(QuasiquoteItems(vector.Items, env));
            case LispMap map:
                var result = LispMap.Empty;
                foreach (var (k, v) in map.Entries) result = result.Assoc(Quasiquote(k, env), Quasiquote(v, env));
                return result;
            default:
                return form;
        }
    }

    private object?[] QuasiquoteItems(IReadOnlyList<object?> items, Env env)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (item is LispList { First: Symbol { Name: "unquote-splicing" } } splice) result.AddRange(Seq.Items(Eval(splice[1], env, null)));
            else result.Add(Quasiquote(item, env));
        }
        return [.. result];
    }
}
