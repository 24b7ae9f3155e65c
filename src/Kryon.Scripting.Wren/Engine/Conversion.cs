using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Evaluation;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Engine;

/// <summary>
/// Wren ↔ <see cref="ScriptValue"/>: numbers go out as Int when integral (else Float) and come in as
/// Num; lists ↔ arrays; maps ↔ objects (keys as their text); functions ↔ references into the engine's
/// <see cref="FunctionTable"/>; elements ↔ <see cref="ElementHandle"/>; other objects go out as their text.
/// </summary>
internal sealed class Conversion(FunctionTable functions, Interpreter interpreter)
{
    private const int MaxDepth = 200;

    // The lists and maps being converted, so one that contains itself is an error instead of an endless tree.
    private readonly HashSet<object> _path = new(ReferenceEqualityComparer.Instance);

    public object? ToWren(ScriptValue value, int depth = 0)
    {
        if (depth > MaxDepth) throw interpreter.Error("value nested too deeply to convert");
        switch (value.Kind)
        {
            case ScriptValueKind.Null: return null;
            case ScriptValueKind.Bool: return value.AsBool();
            case ScriptValueKind.Int: return (double)value.AsInt();
            case ScriptValueKind.Float: return value.AsFloat();
            case ScriptValueKind.String: return value.AsString();
            case ScriptValueKind.Array: return new WrenList(value.AsArray().Select(v => ToWren(v, depth + 1)).ToList());
            case ScriptValueKind.Object:
            {
                var map = new WrenMap();
                foreach (var (k, v) in value.AsObject()) map.Set(k, ToWren(v, depth + 1));
                return map;
            }
            case ScriptValueKind.Function:
            {
                var reference = value.AsFunction();
                return reference.Language == WrenEngine.LanguageId && functions.TryGet(reference.Handle, out var fn) ? fn : new ForeignFunction(reference);
            }
            case ScriptValueKind.Element: return new ElementHandle(value.AsElement());
            default: return null;
        }
    }

    public ScriptValue ToScript(object? value, int depth = 0)
    {
        if (depth > MaxDepth) throw interpreter.Error("value nested too deeply to convert");
        switch (value)
        {
            case null: return ScriptValue.Null;
            case bool b: return ScriptValue.From(b);
            case double d:
                return d == Math.Floor(d) && d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 && !(d == 0 && double.IsNegative(d))
                    ? ScriptValue.From((long)d)
                    : ScriptValue.From(d);
            case string s: return ScriptValue.From(s);
            case WrenList or WrenMap:
                if (!_path.Add(value)) throw interpreter.Error("a list or map that contains itself cannot be handed to the host");
                try { return CollectionToScript(value, depth); }
                finally { _path.Remove(value); }
            case WrenFn fn: return ScriptValue.Function(new ScriptFunctionRef(WrenEngine.LanguageId, functions.Add(fn), fn.Name));
            case ForeignFunction f: return ScriptValue.Function(f.Reference);
            case ElementHandle e: return ScriptValue.Element(e.Handle);
            default: return ScriptValue.From(interpreter.ToStr(value));
        }
    }

    private ScriptValue CollectionToScript(object collection, int depth)
    {
        if (collection is WrenList list) return ScriptValue.Array(list.Items.Select(x => ToScript(x, depth + 1)).ToArray());
        var fields = new Dictionary<string, ScriptValue>(StringComparer.Ordinal);
        foreach (var entry in ((WrenMap)collection).Entries) fields[entry.Key as string ?? interpreter.ToStr(entry.Key)] = ToScript(entry.Value, depth + 1);
        return ScriptValue.Object(fields);
    }
}
