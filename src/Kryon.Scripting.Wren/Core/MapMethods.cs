using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Map: subscripts, <c>containsKey</c>, <c>remove</c>, <c>keys</c>, <c>values</c>; iteration yields entries with <c>key</c> and <c>value</c>.</summary>
internal sealed partial class Interpreter
{
    private bool MapMethod(WrenMap map, string signature, object?[] args, out object? result)
    {
        switch (signature)
        {
            case "[_]":
                CheckKey(args[0]);
                map.TryGet(args[0], out result);
                return true;
            case "[_]=(_)":
                CheckKey(args[0]);
                if (!map.ContainsKey(args[0])) Allocate(64);
                map.Set(args[0], args[1]);
                result = args[1];
                return true;
            case "containsKey(_)":
                CheckKey(args[0]);
                result = map.ContainsKey(args[0]);
                return true;
            case "remove(_)":
                CheckKey(args[0]);
                map.Remove(args[0], out result);
                return true;
            case "clear()": map.Clear(); result = null; return true;
            case "count": result = (double)map.Count; return true;
            case "isEmpty": result = map.Count == 0; return true;
            case "keys":
                Allocate(40 + 16L * map.Count);
                result = new WrenList(map.Keys.ToList());
                return true;
            case "values":
                Allocate(40 + 16L * map.Count);
                result = new WrenList(map.Values.ToList());
                return true;
        }
        result = null;
        return false;
    }

    private void CheckKey(object? key)
    {
        if (!WrenMap.IsValidKey(key)) throw Error("Key must be a value type.");
    }
}
