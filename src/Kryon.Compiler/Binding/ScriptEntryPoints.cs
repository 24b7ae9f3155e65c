using System.Text.RegularExpressions;
using Kryon.Compiler.Syntax;

namespace Kryon.Compiler.Binding;

/// <summary>
/// Finds the functions a script offers to events (KRY.md §12.4): top-level functions only,
/// recognised by each language's definition syntax at the start of a (dedented) line.
/// </summary>
public static partial class ScriptEntryPoints
{
    public static IReadOnlyList<string> Find(ScriptLanguage language, string code)
    {
        var names = new List<string>();
        void AddAll(Regex regex)
        {
            foreach (Match m in regex.Matches(code))
            {
                var name = m.Groups["name"].Value;
                if (!names.Contains(name)) names.Add(name);
            }
        }
        switch (language)
        {
            case ScriptLanguage.Lua:
                AddAll(LuaFunction());
                AddAll(LuaAssignedFunction());
                break;
            case ScriptLanguage.JavaScript:
                AddAll(JsFunction());
                AddAll(JsAssignedFunction());
                break;
            case ScriptLanguage.Python:
                AddAll(PythonDef());
                break;
            case ScriptLanguage.Wren:
                foreach (Match cls in WrenClass().Matches(code))
                {
                    var className = cls.Groups["class"].Value;
                    int bodyStart = cls.Index + cls.Length;
                    int bodyEnd = code.IndexOf("\nclass ", bodyStart, StringComparison.Ordinal);
                    var body = code[bodyStart..(bodyEnd < 0 ? code.Length : bodyEnd)];
                    foreach (Match m in WrenStatic().Matches(body))
                    {
                        var name = m.Groups["name"].Value;
                        if (!names.Contains(name)) names.Add(name);
                        var qualified = className + "." + name;
                        if (!names.Contains(qualified)) names.Add(qualified);
                    }
                }
                AddAll(WrenFn());
                break;
            case ScriptLanguage.Lisp:
                AddAll(LispDefn());
                AddAll(LispDefFn());
                break;
        }
        return names;
    }

    [GeneratedRegex(@"^(?:local\s+)?function\s+(?<name>[A-Za-z_][\w.:]*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex LuaFunction();

    [GeneratedRegex(@"^(?:local\s+)?(?<name>[A-Za-z_]\w*)\s*=\s*function\b", RegexOptions.Multiline)]
    private static partial Regex LuaAssignedFunction();

    [GeneratedRegex(@"^(?:export\s+)?(?:async\s+)?function\s*\*?\s*(?<name>[A-Za-z_$][\w$]*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex JsFunction();

    [GeneratedRegex(@"^(?:export\s+)?(?:const|let|var)?\s*(?<name>[A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?(?:function\b|\([^)\n]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)", RegexOptions.Multiline)]
    private static partial Regex JsAssignedFunction();

    [GeneratedRegex(@"^(?:async\s+)?def\s+(?<name>[A-Za-z_]\w*)\s*\(", RegexOptions.Multiline)]
    private static partial Regex PythonDef();

    [GeneratedRegex(@"^(?:foreign\s+)?class\s+(?<class>[A-Za-z_]\w*)[^{\n]*\{", RegexOptions.Multiline)]
    private static partial Regex WrenClass();

    [GeneratedRegex(@"^\s*static\s+(?<name>[A-Za-z_]\w*)\s*(?:\(|\{)", RegexOptions.Multiline)]
    private static partial Regex WrenStatic();

    [GeneratedRegex(@"^var\s+(?<name>[A-Za-z_]\w*)\s*=\s*Fn\.new", RegexOptions.Multiline)]
    private static partial Regex WrenFn();

    [GeneratedRegex(@"\(defn\s+(?<name>[^\s()\[\]{}""]+)")]
    private static partial Regex LispDefn();

    [GeneratedRegex(@"\(def\s+(?<name>[^\s()\[\]{}""]+)\s+\(fn\b")]
    private static partial Regex LispDefFn();
}
