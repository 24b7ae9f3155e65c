using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lua;

/// <summary>
/// The Lua 5.4 engine (issue 9): a sandboxed state (<see cref="LuaSandbox"/>) with a counting
/// allocator (<see cref="LuaMemory"/>). Every load and call runs in a fresh coroutine with the
/// budget hook (<see cref="LuaBudgetHook"/>), so a script over its time budget is stopped by a
/// yield and its thread abandoned — never by a longjmp across managed frames. Host functions are
/// reached through one dispatcher that returns (ok, result); a small Lua wrapper raises the error.
/// Compiled chunks are shared between engines through <see cref="LuaChunkCache"/>; loading a source
/// again (hot reload) compiles it first, then replaces what it defines and keeps other globals.
/// Used from one thread.
/// </summary>
public sealed unsafe class LuaEngine : IScriptEngine
{
    private readonly IntPtr _L;
    private readonly LuaMemory _memory = new();
    private readonly LuaBudgetHook.State _budget = new();
    private readonly LuaFunctions _functions = new();
    private readonly LuaErrors _errors = new();
    private readonly Dictionary<string, HostFunction> _host = [];
    private GCHandle _self;
    private readonly int _exposeRef;
    private int _depth;
    private IntPtr _running;
    private bool _disposed;

    /// <summary>How deep host functions and Lua calls may nest (a host function calling back into Lua): each level holds native and managed frames.</summary>
    public const int MaxNesting = 32;

    public LuaEngine()
    {
        _self = GCHandle.Alloc(_memory);
        _memory.Budget = _budget;
        _memory.Owner = this;
        _L = LuaNative.lua_newstate(&LuaMemory.Allocate, (void*)GCHandle.ToIntPtr(_self));
        if (_L == IntPtr.Zero) throw new InvalidOperationException("could not create a Lua state");
        LuaSandbox.Open(_L);
        LuaElements.Install(_L);
        LuaValues.Install(_L);
        LuaFunctions.Install(_L);
        var prelude = Encoding.UTF8.GetBytes(LuaSandbox.Prelude);
        fixed (byte* p = prelude)
            if (LuaNative.luaL_loadbufferx(_L, p, (nuint)prelude.Length, "=kryon", "t") != LuaNative.Ok) throw new InvalidOperationException("the Lua prelude did not compile");
        LuaNative.lua_pushcclosure(_L, &LuaHostBridge.Dispatch, 0);
        if (LuaNative.lua_pcallk(_L, 1, 1, 0, IntPtr.Zero, IntPtr.Zero) != LuaNative.Ok) throw new InvalidOperationException("the Lua prelude failed");
        _exposeRef = LuaNative.luaL_ref(_L, LuaNative.RegistryIndex);
        _running = _L;
        Budgets = ScriptBudgets.Default;
    }

    internal LuaFunctions Functions => _functions;

    internal IReadOnlyDictionary<string, HostFunction> HostFunctions => _host;

    public string Language => "lua";

    public string Version => "Lua 5.4";

    public ScriptCapabilities Capabilities => ScriptCapabilities.FunctionValues | ScriptCapabilities.Reload | ScriptCapabilities.CompileCache;

    public ScriptBudgets Budgets { get; set; }

    /// <summary>Bytes the Lua heap holds now.</summary>
    public long MemoryInUse => _memory.Used;

    /// <summary>Function values the host holds (not yet released).</summary>
    public int HeldFunctions => _functions.Count;

    public void RegisterHostFunction(string name, HostFunction function)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int top = LuaNative.lua_gettop(_L); // calls may be running (anchored on the main stack)
        _host[name] = function;
        LuaNative.lua_rawgeti(_L, LuaNative.RegistryIndex, _exposeRef);
        LuaNative.PushString(_L, name);
        LuaNative.lua_pcallk(_L, 1, 0, 0, IntPtr.Zero, IntPtr.Zero);
        LuaNative.lua_settop(_L, top);
    }

    public ScriptLoadResult Load(ScriptSource source)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Blank lines in front make Lua's own line numbers the `.kry` lines.
        string padded = new string('\n', Math.Max(0, source.FirstLine - 1)) + source.Code;
        string chunkName = "@" + source.SourceName;
        string cacheKey = LuaChunkCache.Key(chunkName, padded);
        var bytecode = LuaChunkCache.TryGet(cacheKey);
        LastLoadWasCached = bytecode is not null;

        // Compile completely before anything runs (or is registered), so that a reload with a syntax error changes nothing.
        var thread = NewThread();
        int status;
        _memory.Enforce = true;
        if (bytecode is not null)
            fixed (byte* p = bytecode) status = LuaNative.luaL_loadbufferx(thread, p, (nuint)bytecode.Length, chunkName, "b");
        else
        {
            var code = Encoding.UTF8.GetBytes(padded);
            fixed (byte* p = code) status = LuaNative.luaL_loadbufferx(thread, p, (nuint)code.Length, chunkName, "t");
        }
        _memory.Enforce = false;
        if (status != LuaNative.Ok)
        {
            var message = ErrorText(thread);
            EndThread(thread);
            // Located against the new text, without replacing the registered one the old functions still use.
            var errors = new LuaErrors();
            errors.Register(source.SourceName, padded);
            var diagnostic = status == LuaNative.ErrMem
                ? errors.Create(DiagnosticCodes.ScriptBudgetExceeded, $"{source.SourceName}: loading the script went over the memory budget ({Budgets.MemoryBytes} bytes)")
                : errors.Create(DiagnosticCodes.ScriptLoadFailed, message, "check the Lua syntax at this line");
            return new ScriptLoadResult([], [diagnostic]);
        }
        if (bytecode is null && LuaChunkCache.Dump(thread) is { } dumped) LuaChunkCache.Add(cacheKey, dumped);

        _errors.Register(source.SourceName, padded);
        int snapshot = LuaDefinitions.Snapshot(_L);
        var outcome = Run(thread, 0, DiagnosticCodes.ScriptLoadFailed);
        if (!outcome.Succeeded)
        {
            LuaDefinitions.Free(_L, snapshot);
            return new ScriptLoadResult([], [outcome.Error!]);
        }
        return new ScriptLoadResult(LuaDefinitions.DefinedSince(_L, snapshot), []);
    }

    /// <summary>Whether the last <see cref="Load"/> found its bytecode in <see cref="LuaChunkCache"/>.</summary>
    internal bool LastLoadWasCached { get; private set; }

    public bool Undefine(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int top = LuaNative.lua_gettop(_L); // calls may be running (anchored on the main stack)
        PushGlobals(_L);
        LuaNative.PushString(_L, name);
        bool isFunction = LuaNative.lua_rawget(_L, -2) == LuaNative.TFunction;
        if (isFunction)
        {
            LuaNative.Pop(_L, 1);
            LuaNative.PushString(_L, name);
            LuaNative.lua_pushnil(_L);
            LuaNative.lua_rawset(_L, -3);
        }
        LuaNative.lua_settop(_L, top);
        return isFunction;
    }

    public ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var thread = NewThread();
        PushGlobals(thread);
        LuaNative.PushString(thread, function);
        if (LuaNative.lua_rawget(thread, -2) != LuaNative.TFunction)
        {
            EndThread(thread);
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"No Lua function named '{function}' is loaded", "define it as a global function in a Lua @script block"));
        }
        LuaNative.Remove(thread, -2);
        return Invoke(thread, arguments);
    }

    public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_functions.IsKnown(function))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"The Lua function value {function} is not held by this engine (released, or from another engine)"));
        var thread = NewThread();
        _functions.Push(thread, function);
        return Invoke(thread, arguments);
    }

    public void Release(ScriptFunctionRef function)
    {
        if (_disposed) return;
        int top = LuaNative.lua_gettop(_L); // calls may be running (anchored on the main stack)
        _functions.Release(_L, function);
        LuaNative.lua_settop(_L, top);
    }

    public void SetGlobal(string name, ScriptValue value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int top = LuaNative.lua_gettop(_L); // calls may be running (anchored on the main stack)
        PushGlobals(_L);
        LuaNative.PushString(_L, name);
        LuaValues.Push(_L, value, _functions);
        LuaNative.lua_rawset(_L, -3);
        LuaNative.lua_settop(_L, top);
    }

    public ScriptValue GetGlobal(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int top = LuaNative.lua_gettop(_L); // calls may be running (anchored on the main stack)
        PushGlobals(_L);
        LuaNative.PushString(_L, name);
        LuaNative.lua_rawget(_L, -2);
        var value = LuaValues.Read(_L, -1, _functions);
        LuaNative.lua_settop(_L, top);
        return value;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        LuaNative.lua_close(_L);
        NativeMemory.Free(_budget.Debug);
        _self.Free();
    }

    private ScriptCallResult Invoke(IntPtr thread, ReadOnlySpan<ScriptValue> arguments)
    {
        LuaNative.lua_checkstack(thread, arguments.Length + 4);
        foreach (var argument in arguments) LuaValues.Push(thread, argument, _functions);
        return Run(thread, arguments.Length, DiagnosticCodes.ScriptError);
    }

    /// <summary>
    /// Resumes <paramref name="thread"/> (a function and its arguments on its stack) under the
    /// budgets and ends it. Failures: <paramref name="errorCode"/> for a script error, 2303 over
    /// time or memory, 2302 nested too deep.
    /// </summary>
    private ScriptCallResult Run(IntPtr thread, int argumentCount, DiagnosticDescriptor errorCode)
    {
        if (_depth >= MaxNesting)
        {
            EndThread(thread);
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null,
                $"stack overflow: host functions and Lua calls nested more than {MaxNesting} deep", "a host function is calling back into the script that called it, without end"));
        }
        bool outermost = _depth == 0;
        var savedDeadline = _budget.Deadline;
        if (outermost)
        {
            _budget.Deadline = Stopwatch.GetTimestamp() + (long)(Budgets.CallTime.TotalSeconds * Stopwatch.Frequency);
            _budget.MaxDepth = Math.Max(1, Budgets.MaxCallDepth);
            _budget.Stop = LuaStop.None;
            _memory.Limit = Budgets.MemoryBytes;
            _memory.Starve = false;
            _memory.Refused = false;
        }
        LuaBudgetHook.Install(thread);
        int results, status;
        _depth++;
        bool enforce = _memory.Enforce;
        _memory.Enforce = true;
        // Resuming from the running thread (not the main one) carries Lua's C-call count across
        // host re-entry, so LUAI_MAXCCALLS bounds the native stack as well.
        var from = _running;
        _running = thread;
        try
        {
            status = LuaNative.lua_resume(thread, from, argumentCount, &results);
        }
        finally
        {
            _running = from;
            _memory.Enforce = enforce;
            _depth--;
        }

        ScriptCallResult result;
        if (status == LuaNative.Ok)
            result = ScriptCallResult.Ok(results > 0 ? LuaValues.Read(thread, -results, _functions) : ScriptValue.Null);
        else if (status == LuaNative.Yield)
            result = ScriptCallResult.Fail(_budget.Stop switch
            {
                LuaStop.Depth => _errors.Create(DiagnosticCodes.ScriptError, $"{Where(thread)}stack overflow: more than {Budgets.MaxCallDepth} nested calls", "make the recursion shallower, or raise the call depth budget"),
                LuaStop.Time => TimeOver(thread),
                _ => _errors.Create(errorCode, "a script yielded outside a coroutine"),
            });
        else
        {
            string message = ErrorText(thread);
            if (_budget.Stop == LuaStop.Time) result = ScriptCallResult.Fail(TimeOver(thread));
            else if (status == LuaNative.ErrMem || _memory.Refused && message.Contains("not enough memory", StringComparison.Ordinal))
                result = ScriptCallResult.Fail(_errors.Create(DiagnosticCodes.ScriptBudgetExceeded, $"{message}: the script went over its memory budget ({Budgets.MemoryBytes} bytes)", "allocate less, or raise the memory budget"));
            else if (message.Contains("stack overflow", StringComparison.Ordinal))
                result = ScriptCallResult.Fail(_errors.Create(DiagnosticCodes.ScriptError, message, "make the recursion shallower"));
            else result = ScriptCallResult.Fail(_errors.Create(errorCode, message));
        }
        EndThread(thread);
        // A nested call (a host function calling back in) stopped for depth fails alone; a time stop ends the whole outer call too.
        if (!outermost && _budget.Stop == LuaStop.Depth) _budget.Stop = LuaStop.None;
        if (outermost)
        {
            _budget.Deadline = savedDeadline;
            if (!result.Succeeded) LuaNative.lua_gc(_L, LuaNative.GcCollect, 0);
        }
        return result;
    }

    private Diagnostic TimeOver(IntPtr thread)
        => _errors.Create(DiagnosticCodes.ScriptBudgetExceeded, $"{Where(thread)}the script ran longer than its time budget ({Budgets.CallTime.TotalMilliseconds} ms) and was stopped", "do less work per call, or raise the time budget");

    /// <summary>"name:line: " of the innermost Lua function of a stopped thread.</summary>
    private string Where(IntPtr thread)
    {
        for (int level = 0; LuaNative.lua_getstack(thread, level, _budget.Debug) != 0; level++)
        {
            if (LuaNative.lua_getinfo(thread, "Sl", _budget.Debug) == 0) break;
            var info = (LuaNative.DebugInfo*)_budget.Debug;
            if (info->currentline > 0 && info->source != null)
            {
                string source = Marshal.PtrToStringUTF8((IntPtr)info->source) ?? "";
                if (source.StartsWith('@')) return $"{source[1..]}:{info->currentline}: ";
            }
        }
        return "";
    }

    private static string ErrorText(IntPtr thread)
        => LuaNative.lua_gettop(thread) == 0 ? "unknown error"
            : LuaNative.ToStringRaw(thread, -1) ?? $"(error object is a {LuaTypeName(LuaNative.lua_type(thread, -1))} value)";

    private static string LuaTypeName(int type) => type switch
    {
        LuaNative.TNil => "nil", LuaNative.TBoolean => "boolean", LuaNative.TNumber => "number", LuaNative.TTable => "table",
        LuaNative.TFunction => "function", LuaNative.TUserData or LuaNative.TLightUserData => "userdata", LuaNative.TThread => "thread", _ => "unknown",
    };

    /// <summary>A fresh coroutine, anchored on the main stack until <see cref="EndThread"/>.</summary>
    private IntPtr NewThread() => LuaNative.lua_newthread(_L);

    private void EndThread(IntPtr thread)
    {
        LuaNative.lua_closethread(thread, _L);
        // The thread is the topmost thread on the main stack (calls nest); drop it and anything above.
        for (int i = LuaNative.lua_gettop(_L); i >= 1; i--)
        {
            if (LuaNative.lua_type(_L, i) == LuaNative.TThread && LuaNative.lua_tothread(_L, i) == thread)
            {
                LuaNative.lua_settop(_L, i - 1);
                return;
            }
        }
    }

    private static void PushGlobals(IntPtr L) => LuaNative.lua_rawgeti(L, LuaNative.RegistryIndex, LuaNative.RidxGlobals);
}
