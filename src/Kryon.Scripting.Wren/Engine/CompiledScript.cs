using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Parsing;
using Kryon.Scripting.Wren.Resolving;
using Kryon.Scripting.Wren.Syntax;

namespace Kryon.Scripting.Wren.Engine;

/// <summary>
/// A parsed and resolved script, shared by every <see cref="WrenEngine"/> in the process through
/// <see cref="CompileCache{T}"/> (keyed by source name and code): the syntax tree is immutable once
/// resolved, and everything a run creates lives in the engine's interpreter.
/// </summary>
internal sealed class CompiledScript(IReadOnlyList<Stmt> statements)
{
    /// <summary>The tree takes several times its text's size; this is the estimate per character of code.</summary>
    private const int BytesPerCharacter = 24;

    private static readonly CompileCache<CompiledScript> Cache = new();

    public IReadOnlyList<Stmt> Statements { get; } = statements;

    /// <summary>Entry points: static methods of top-level classes (class name, method name), in order.</summary>
    public IReadOnlyList<(string Class, string Method)> StaticMethods { get; } = statements.OfType<ClassStmt>()
        .SelectMany(c => c.Methods.Where(m => m.IsStatic && m.Kind == MethodKind.Method).Select(m => (c.Name, m.Name)))
        .ToArray();

    /// <summary>Top-level variables (entry points when they hold functions after the script ran).</summary>
    public IReadOnlyList<string> Variables { get; } = statements.OfType<VarStmt>().Select(v => v.Name).ToArray();

    public static long Hits => Cache.Hits;

    public static long Misses => Cache.Misses;

    /// <summary>The compiled script from the cache, or compiled now (throws <see cref="Scanning.WrenSyntaxError"/>); <paramref name="cached"/> says which.</summary>
    public static CompiledScript Get(string sourceName, string code, out bool cached)
    {
        var key = CompileCache<CompiledScript>.Key(sourceName, code);
        var hit = Cache.TryGet(key);
        cached = hit is not null;
        if (hit is not null) return hit;
        var statements = Parser.Parse(code);
        var lineStarts = LineStarts(code);
        Resolver.Resolve(statements, line => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Count - 1)]);
        var compiled = new CompiledScript(statements);
        Cache.Add(key, compiled, (long)code.Length * BytesPerCharacter);
        return compiled;
    }

    private static List<int> LineStarts(string code)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < code.Length; i++)
            if (code[i] == '\n') starts.Add(i + 1);
        return starts;
    }
}
