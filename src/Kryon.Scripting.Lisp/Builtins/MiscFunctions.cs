using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>LISP.md §5 misc: <c>random-uuid rand current-time-ms eval macroexpand ex-info ex-message ex-data type</c>, plus <c>keyword symbol name</c>.</summary>
internal static class MiscFunctions
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("random-uuid", (_, a) => { Args.Count("random-uuid", a, 0, 0); return Guid.NewGuid().ToString(); });
        i.DefineBuiltin("rand", (_, a) => { Args.Count("rand", a, 0, 1); return Random.Shared.NextDouble() * (a.Length == 1 ? Num.ToDouble(a[0]) : 1.0); });
        i.DefineBuiltin("current-time-ms", (_, a) => { Args.Count("current-time-ms", a, 0, 0); return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); });
        i.DefineBuiltin("eval", (interp, a) => { Args.Count("eval", a, 1, 1); return interp.Eval(a[0], interp.Globals); });
        i.DefineBuiltin("macroexpand", (interp, a) =>
        {
            Args.Count("macroexpand", a, 1, 1);
            var form = a[0];
            while (form is LispList { Count: > 0 } list && interp.Expand(list, interp.Globals, out var expansion)) form = expansion;
            return form;
        });
        i.DefineBuiltin("ex-info", (_, a) =>
        {
            Args.Count("ex-info", a, 1, 2);
            var data = a.Length > 1 ? a[1] as LispMap ?? (a[1] is null ? LispMap.Empty : throw new LispError(ErrorKind.Type, "ex-info data must be a map")) : LispMap.Empty;
            return new ExInfo(Printer.Display(a[0]), data);
        });
        i.DefineBuiltin("ex-message", (_, a) => { Args.Count("ex-message", a, 1, 1); return (a[0] as ExInfo)?.Message; });
        i.DefineBuiltin("ex-data", (_, a) => { Args.Count("ex-data", a, 1, 1); return (a[0] as ExInfo)?.Data; });
        i.DefineBuiltin("type", (_, a) => { Args.Count("type", a, 1, 1); return Keyword.Of(Printer.TypeName(a[0])); });
        i.DefineBuiltin("keyword", (_, a) => { Args.Count("keyword", a, 1, 1); return a[0] is Keyword k ? k : Keyword.Of(Args.Name("keyword", a[0])); });
        i.DefineBuiltin("symbol", (_, a) => { Args.Count("symbol", a, 1, 1); return Symbol.Of(Args.Name("symbol", a[0])); });
        i.DefineBuiltin("name", (_, a) => { Args.Count("name", a, 1, 1); return Args.Name("name", a[0]); });
    }
}
