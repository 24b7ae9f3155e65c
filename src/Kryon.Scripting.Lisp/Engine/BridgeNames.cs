namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// The DOM bridge's canonical camelCase names (as hosts register them) and the Lisp names they
/// get, following LISP.md §7.3's table, with the §7.2 <c>kryon/…</c> aliases. A name not in the
/// table is exposed in kebab-case (<c>fooBar</c> → <c>foo-bar</c>).
/// </summary>
public static class BridgeNames
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["getElementById"] = ["get-element-by-id", "kryon/get-element-by-id"],
        ["getElementsByClass"] = ["get-elements-by-class"],
        ["getElementsByTag"] = ["get-elements-by-tag"],
        ["getProperty"] = ["get-property"],
        ["setProperty"] = ["set-property!", "kryon/set-property"],
        ["setStyle"] = ["set-style!"],
        ["addClass"] = ["add-class!"],
        ["removeClass"] = ["remove-class!"],
        ["createElement"] = ["create-element"],
        ["appendChild"] = ["append-child!"],
        ["removeElement"] = ["remove-element!"],
        ["addEventListener"] = ["add-event-listener!"],
        ["removeEventListener"] = ["remove-event-listener!"],
        ["emit"] = ["emit-event!", "kryon/emit-event"],
        ["setVariable"] = ["set-variable!", "kryon/set-variable"],
        ["getVariable"] = ["get-variable", "kryon/get-variable"],
        ["watchVariable"] = ["watch-variable!"],
        ["unwatchVariable"] = ["unwatch-variable!"],
        ["animate"] = ["animate!"],
        ["cancelAnimation"] = ["cancel-animation!"],
        ["setTimeout"] = ["set-timeout"],
        ["setInterval"] = ["set-interval"],
        ["clearTimer"] = ["clear-timer!"],
        ["log"] = ["log"],
        ["now"] = ["current-time-ms", "now"],
        ["random"] = ["random"],
    };

    /// <summary>LISP.md §7.1: fewer arguments than this is InvalidArguments, raised before the host is called.</summary>
    private static readonly Dictionary<string, int> MinimumArguments = new(StringComparer.Ordinal)
    {
        ["getElementById"] = 1,
        ["setProperty"] = 3,
        ["setVariable"] = 2,
        ["getVariable"] = 1,
        ["log"] = 1,
    };

    public static int MinimumArgumentsOf(string canonical) => MinimumArguments.GetValueOrDefault(canonical);

    /// <summary>The Lisp names a bridge function is known by; the first is the primary one.</summary>
    public static IReadOnlyList<string> LispNames(string canonical)
        => Table.TryGetValue(canonical, out var names) ? names : [Kebab(canonical)];

    public static string Kebab(string camel)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in camel)
        {
            if (char.IsUpper(c)) { if (sb.Length > 0) sb.Append('-'); sb.Append(char.ToLowerInvariant(c)); }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
