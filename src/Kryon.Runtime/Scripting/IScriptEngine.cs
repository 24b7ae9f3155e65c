using Kryon.Diagnostics;

namespace Kryon.Runtime.Scripting;

/// <summary>
/// One `@script` block's code as an engine receives it. <see cref="FirstLine"/> is the line of the
/// `.kry` file the code starts on (inline code), or 1 for an external file, so that an engine can
/// report errors at the line the author wrote (<see cref="SourceName"/>:<c>FirstLine + line - 1</c>).
/// </summary>
public sealed record ScriptSource(string Language, string Code, string SourceName, int FirstLine = 1);

/// <summary>
/// Limits one call into an engine may use before it is stopped (seed 004; LISP.md §8): the time
/// of one handler call, the memory the engine's heap may hold, and the nesting depth of calls.
/// </summary>
public sealed record ScriptBudgets
{
    public static readonly ScriptBudgets Default = new();

    public TimeSpan CallTime { get; init; } = TimeSpan.FromMilliseconds(100);

    public long MemoryBytes { get; init; } = 16 * 1024 * 1024;

    public int MaxCallDepth { get; init; } = 200;
}

/// <summary>What an engine can do beyond the contract's minimum.</summary>
[Flags]
public enum ScriptCapabilities
{
    None = 0,
    /// <summary>Functions can be passed to the host as values (callbacks for timers, listeners, watchers).</summary>
    FunctionValues = 1,
    /// <summary>
    /// A script can be loaded again in place (hot reload): loading the same <see cref="ScriptSource.SourceName"/>
    /// again replaces its definitions and its error-line mapping, keeps global non-function state the new code
    /// does not overwrite, and changes nothing when the new code does not compile. Functions the new code no
    /// longer defines are dropped by the host with <see cref="IScriptEngine.Undefine"/>.
    /// </summary>
    Reload = 2,
    /// <summary>Compiled code (Lua bytecode, Lisp forms) is cached process-wide by a hash of the source name and code, so a second engine loading the same script skips compiling it.</summary>
    CompileCache = 4,
}

/// <summary>The outcome of loading a script: the entry points it defines (global functions, top-level `defn`s), or why it failed.</summary>
public sealed record ScriptLoadResult(IReadOnlyList<string> Functions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// A host function a script can call (the DOM bridge: `getElementById`, `setProperty`, …).
/// Returns the call's result; a failure (wrong arguments, unknown element) is a
/// <see cref="ScriptHostException"/>, which the engine turns into a script error at the caller's line.
/// </summary>
public delegate ScriptValue HostFunction(ReadOnlySpan<ScriptValue> arguments);

/// <summary>A host function refusing its arguments: becomes a script error (2302) at the script's calling line.</summary>
public sealed class ScriptHostException(string message) : Exception(message);

/// <summary>
/// A language engine (seed 004 `ScriptEngine`): loads code, calls its functions with
/// <see cref="ScriptValue"/> arguments, and lets the host expose functions to it. Every call is
/// bounded by <see cref="Budgets"/>; nothing a script does escapes as a .NET exception — errors
/// come back as diagnostics (2301 load, 2302 run time, 2303 budget) with the script's file and line.
/// An engine is used from one thread.
/// </summary>
public interface IScriptEngine : IDisposable
{
    /// <summary>The KRY language id: "lua", "javascript", "python", "wren", "lisp".</summary>
    string Language { get; }

    string Version { get; }

    ScriptCapabilities Capabilities { get; }

    ScriptBudgets Budgets { get; set; }

    /// <summary>
    /// Exposes a host function under its canonical camelCase name (`getElementById`). Each engine
    /// presents it in its language's idiom: Lua as <c>kryon.getElementById</c>, Lisp as
    /// <c>get-element-by-id</c> (LISP.md §7.3). Register before loading scripts that use it.
    /// </summary>
    void RegisterHostFunction(string name, HostFunction function);

    /// <summary>
    /// Runs a script's top level and returns the functions it defines — every one, including names
    /// that were defined before (a reload). The code is compiled (read) completely before any of it
    /// runs, so a syntax error changes nothing.
    /// </summary>
    ScriptLoadResult Load(ScriptSource source);

    /// <summary>
    /// Removes the global function binding <paramref name="name"/> and returns whether there was one
    /// (false for an unknown name or a global that is not a function, which is left alone). Hot reload
    /// uses it to drop functions a reloaded script no longer defines; afterwards
    /// <see cref="Call(string, ReadOnlySpan{ScriptValue})"/> fails with FunctionNotFound (2304).
    /// Function values the host still holds stay callable until released.
    /// </summary>
    bool Undefine(string name);

    /// <summary>Calls a global function by name.</summary>
    ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments);

    /// <summary>Calls a function value the script handed to the host (a timer callback, a listener).</summary>
    ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments);

    /// <summary>Forgets a function value the host no longer holds, so the engine can collect it.</summary>
    void Release(ScriptFunctionRef function);

    void SetGlobal(string name, ScriptValue value);

    ScriptValue GetGlobal(string name);
}
