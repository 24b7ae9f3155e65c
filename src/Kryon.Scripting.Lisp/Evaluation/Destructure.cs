using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// Binding forms (LISP.md §4.3) for <c>let</c>, <c>loop</c> and <c>fn</c> parameters: a symbol;
/// a vector <c>[a b &amp; more :as all]</c> (missing elements bind nil), nested; a map
/// <c>{:keys [a b] :strs [c] :or {a 1} :as m}</c> or <c>{x :x}</c>.
/// </summary>
public static class Destructure
{
    private static readonly Symbol Ampersand = Symbol.Of("&");
    private static readonly Keyword As = Keyword.Of("as");
    private static readonly Keyword Keys = Keyword.Of("keys");
    private static readonly Keyword Strs = Keyword.Of("strs");
    private static readonly Keyword Or = Keyword.Of("or");

    public static void Bind(object? pattern, object? value, Env env)
    {
        switch (pattern)
        {
            case Symbol s:
                env.Define(s, value);
                break;
            case LispVector v:
                BindSequential(v, value, env);
                break;
            case LispMap m:
                BindAssociative(m, value, env);
                break;
            default:
                throw new LispError(ErrorKind.Syntax, $"Invalid binding form: {Printer.Readable(pattern)}");
        }
    }

    private static void BindSequential(LispVector pattern, object? value, Env env)
    {
        var items = value is null ? [] : Seq.Items(value);
        int index = 0;
        for (int i = 0; i < pattern.Count; i++)
        {
            var p = pattern[i];
            if (ReferenceEquals(p, Ampersand))
            {
                if (i + 1 >= pattern.Count) throw new LispError(ErrorKind.Syntax, "Missing binding form after &");
                Bind(pattern[++i], index < items.Count ? Seq.ToList(items.Skip(index)) : null, env);
                index = items.Count;
            }
            else if (ReferenceEquals(p, As))
            {
                if (i + 1 >= pattern.Count) throw new LispError(ErrorKind.Syntax, "Missing symbol after :as");
                Bind(pattern[++i], value, env);
            }
            else
            {
                Bind(p, index < items.Count ? items[index] : null, env);
                index++;
            }
        }
    }

    private static void BindAssociative(LispMap pattern, object? value, Env env)
    {
        pattern.TryGet(Or, out var defaultsValue);
        var defaults = defaultsValue as LispMap;
        object? Lookup(object? key, Symbol? name)
        {
            if (Collections.TryGet(value, key, out var found)) return found;
            return name is not null && defaults is not null && defaults.TryGet(name, out var d) ? d : null;
        }
        foreach (var (key, target) in pattern.Entries)
        {
            if (ReferenceEquals(key, Keys) || ReferenceEquals(key, Strs))
            {
                if (target is not LispVector names) throw new LispError(ErrorKind.Syntax, "Expected a vector of symbols after :keys / :strs");
                foreach (var n in names.Items)
                {
                    if (n is not Symbol sym) throw new LispError(ErrorKind.Syntax, $"Invalid binding form: {Printer.Readable(n)}");
                    object? k = ReferenceEquals(key, Keys) ? Keyword.Of(sym.Name) : sym.Name;
                    env.Define(sym, Lookup(k, sym));
                }
            }
            else if (ReferenceEquals(key, As)) Bind(target, value, env);
            else if (ReferenceEquals(key, Or)) { }
            else Bind(key, Lookup(target, key as Symbol), env);
        }
    }
}
