using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// Lisp ↔ <see cref="ScriptValue"/> (LISP.md §7.4). Arrays come in as vectors, objects as maps with
/// keyword keys; keywords and symbols go out as their names, lists/vectors/sets as arrays, map keys
/// as names (other keys: their printed form), atoms as a snapshot of their value, functions as
/// references into the engine's function table.
/// </summary>
internal sealed class Conversion(FunctionTable functions)
{
    private const int MaxDepth = 200;

    public object? ToLisp(ScriptValue value, int depth = 0)
    {
        if (depth > MaxDepth) throw new LispError(ErrorKind.InvalidArguments, "value nested too deeply to convert");
        return value.Kind switch
        {
            ScriptValueKind.Null => null,
            ScriptValueKind.Bool => value.AsBool(),
            ScriptValueKind.Int => value.AsInt(),
            ScriptValueKind.Float => value.AsFloat(),
            ScriptValueKind.String => value.AsString(),
            ScriptValueKind.Array => LispVector.Of(value.AsArray().Select(v => ToLisp(v, depth + 1))),
            ScriptValueKind.Object => value.AsObject().Aggregate(LispMap.Empty, (m, kv) => m.Assoc(Keyword.Of(kv.Key), ToLisp(kv.Value, depth + 1))),
            ScriptValueKind.Function => FromReference(value.AsFunction()),
            ScriptValueKind.Element => new ElementHandle(value.AsElement()),
            _ => null,
        };
    }

    private LispFunction FromReference(ScriptFunctionRef reference)
        => reference.Language == LispEngine.LanguageId && functions.TryGet(reference.Handle, out var fn) ? fn! : new ForeignFunction(reference);

    public ScriptValue ToScript(object? value, int depth = 0)
    {
        if (depth > MaxDepth) throw new LispError(ErrorKind.InvalidArguments, "value nested too deeply to convert");
        return value switch
        {
            null => ScriptValue.Null,
            bool b => ScriptValue.From(b),
            long l => ScriptValue.From(l),
            double d => ScriptValue.From(d),
            string s => ScriptValue.From(s),
            char c => ScriptValue.From(c.ToString()),
            Keyword k => ScriptValue.From(k.Name),
            Symbol s => ScriptValue.From(s.Name),
            LispList l => ScriptValue.Array(l.Span.ToArray().Select(x => ToScript(x, depth + 1)).ToArray()),
            LispVector v => ScriptValue.Array(v.Items.Select(x => ToScript(x, depth + 1)).ToArray()),
            LispSet s => ScriptValue.Array(s.Items.Select(x => ToScript(x, depth + 1)).ToArray()),
            LispMap m => ScriptValue.Object(ToObject(m, depth)),
            Atom a => ToScript(a.Value, depth + 1),
            ElementHandle e => ScriptValue.Element(e.Handle),
            ForeignFunction f => ScriptValue.Function(f.Reference),
            LispFunction f => ScriptValue.Function(new ScriptFunctionRef(LispEngine.LanguageId, functions.Add(f), f.Name)),
            ExInfo e => ScriptValue.Object(new Dictionary<string, ScriptValue> { ["message"] = ScriptValue.From(e.Message), ["data"] = ToScript(e.Data, depth + 1) }),
            _ => ScriptValue.From(Printer.Display(value)),
        };
    }

    private Dictionary<string, ScriptValue> ToObject(LispMap map, int depth)
    {
        var fields = new Dictionary<string, ScriptValue>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Entries)
        {
            var key = k switch { Keyword kw => kw.Name, string s => s, Symbol sym => sym.Name, _ => Printer.Readable(k) };
            fields[key] = ToScript(v, depth + 1);
        }
        return fields;
    }
}
