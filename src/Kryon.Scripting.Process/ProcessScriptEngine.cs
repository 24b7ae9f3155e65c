using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Text;

namespace Kryon.Scripting.Process;

/// <summary>
/// An <see cref="IScriptEngine"/> whose scripts run in a child interpreter (issue 10): JavaScript on
/// Node.js, Python on CPython. Every operation is a request frame answered by a result frame; while
/// the child works, it may ask the host to run a bridge function (a "host" frame), and the bridge
/// may call back into the child — calls nest both ways on the app's thread.
/// <para>
/// The child starts with the first script; if it crashes, the call fails (2302), and the next call
/// starts a new child that loads the same scripts again (their own state starts over; the app's
/// state is untouched). A call over its time budget kills the child (2303). Disposing the engine
/// kills the child; a child whose stdin closes exits by itself.
/// </para>
/// </summary>
public sealed class ProcessScriptEngine : IScriptEngine
{
    /// <summary>How deep calls between the host and the child may nest.</summary>
    public const int MaxNesting = 32;

    private readonly ProcessLanguage _language;
    private readonly Dictionary<string, HostFunction> _host = new(StringComparer.Ordinal);
    private readonly List<ScriptSource> _loaded = [];
    private readonly Dictionary<string, SourceFile> _sources = new(StringComparer.Ordinal);
    private HostProcess? _child;
    private Version? _version;
    private int _nextId;
    private int _depth;
    private long _deadline;
    private bool _restarting;
    private bool _disposed;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _stderr = new();

    /// <summary>How long an interpreter may take to start and answer its first message.</summary>
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(10);

    public ProcessScriptEngine(ProcessLanguage language) => _language = language;

    public string Language => _language.Id;

    public string Version => _version is { } v ? $"{_language.DisplayName} {v}" : _language.DisplayName;

    public ScriptCapabilities Capabilities => ScriptCapabilities.FunctionValues | ScriptCapabilities.Reload;

    public ScriptBudgets Budgets { get; set; } = ScriptBudgets.Default;

    /// <summary>Where the child's console output (console.log, print, stderr) goes: (level, text).</summary>
    public Action<string, string>? Output { get; set; }

    /// <summary>The child's process id while it runs (tests check that none is left behind).</summary>
    public int? ProcessId => _child is { HasExited: false } c ? c.Id : null;

    /// <summary>How many times a child was started (1 normally; more after crashes or budget kills).</summary>
    public int Starts { get; private set; }

    public void RegisterHostFunction(string name, HostFunction function)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _host[name] = function;
        if (_child is not null) Send(w => { w.WriteString("op", "expose"); w.WriteString("name", name); });
    }

    public ScriptLoadResult Load(ScriptSource source)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var padded = new SourceFile(source.SourceName, new string('\n', Math.Max(0, source.FirstLine - 1)) + source.Code);
        if (EnsureStarted() is { } problem) return new ScriptLoadResult([], [problem]);
        var previous = _sources.GetValueOrDefault(source.SourceName);
        _sources[source.SourceName] = padded;
        var result = LoadInChild(source);
        if (!result.Succeeded)
        {
            if (previous is not null) _sources[source.SourceName] = previous;
            return new ScriptLoadResult([], [result.Error!]);
        }
        _loaded.RemoveAll(s => s.SourceName == source.SourceName);
        _loaded.Add(source);
        var names = result.Value.Kind == ScriptValueKind.Array ? result.Value.AsArray().Where(v => v.Kind == ScriptValueKind.String).Select(v => v.AsString()).ToArray() : [];
        return new ScriptLoadResult(names, []);
    }

    public ScriptCallResult Call(string function, ReadOnlySpan<ScriptValue> arguments)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (EnsureStarted() is { } problem) return ScriptCallResult.Fail(problem);
        var args = arguments.ToArray();
        return Request(w =>
        {
            w.WriteString("op", "call");
            w.WriteString("fn", function);
            WriteArguments(w, args);
        }, DiagnosticCodes.ScriptError);
    }

    public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (function.Language != Language)
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"the {Language} engine does not own a {function.Language} function"));
        if (EnsureStarted() is { } problem) return ScriptCallResult.Fail(problem);
        var args = arguments.ToArray();
        return Request(w =>
        {
            w.WriteString("op", "callRef");
            w.WriteNumber("ref", function.Handle);
            WriteArguments(w, args);
        }, DiagnosticCodes.ScriptError);
    }

    public void Release(ScriptFunctionRef function)
    {
        if (_disposed || _child is null || function.Language != Language) return;
        Send(w => { w.WriteString("op", "release"); w.WriteNumber("ref", function.Handle); });
    }

    public void SetGlobal(string name, ScriptValue value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (EnsureStarted() is not null) return;
        Request(w => { w.WriteString("op", "setGlobal"); w.WriteString("name", name); w.WritePropertyName("value"); WireValues.Write(w, value); }, DiagnosticCodes.ScriptError);
    }

    public ScriptValue GetGlobal(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (EnsureStarted() is not null) return ScriptValue.Null;
        return Request(w => { w.WriteString("op", "getGlobal"); w.WriteString("name", name); }, DiagnosticCodes.ScriptError).Value;
    }

    public bool Undefine(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_child is null) return false;
        var result = Request(w => { w.WriteString("op", "undefine"); w.WriteString("name", name); }, DiagnosticCodes.ScriptError);
        return result.Succeeded && result.Value.AsBool();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _child?.Dispose();
        _child = null;
    }

    // ---- the child -------------------------------------------------------------------------------------

    /// <summary>Starts the child if none runs (again after a crash: the scripts loaded so far are loaded into it). Returns the problem when it cannot start.</summary>
    private Diagnostic? EnsureStarted()
    {
        if (_child is { HasExited: false }) return null;
        if (_child is not null)
        {
            _child.Dispose();
            _child = null;
        }
        var (path, version, problem) = _language.Locate();
        if (problem is not null) return Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, null, problem, _language.InstallHint);
        _version = version;
        try
        {
            string bootstrap = _language.BootstrapPath();
            _stderr.Clear();
            // Collected on the reader's thread, handed to the log on the app's thread after each request.
            _child = HostProcess.Start(path!, _language.Arguments(bootstrap, Budgets, version), line =>
            {
                if (!string.IsNullOrWhiteSpace(line) && _stderr.Count < 200) _stderr.Enqueue(line);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, null, $"could not start {path}: {e.Message}", _language.InstallHint);
        }
        Starts++;
        // The interpreter's start-up is not the scripts' time: the child answers init when it is ready.
        int initId = ++_nextId;
        long saved = _deadline;
        _deadline = Stopwatch.GetTimestamp() + StartupTimeout.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        Send(w =>
        {
            w.WriteNumber("id", initId);
            w.WriteString("op", "init");
            w.WriteNumber("timeMs", Budgets.CallTime.TotalMilliseconds);
            w.WriteNumber("memoryBytes", Budgets.MemoryBytes);
            w.WriteNumber("maxDepth", Budgets.MaxCallDepth);
            w.WriteStartArray("host");
            foreach (var name in _host.Keys) w.WriteStringValue(name);
            w.WriteEndArray();
        });
        var ready = Await(initId, DiagnosticCodes.ScriptLoadFailed);
        _deadline = saved;
        if (!ready.Succeeded)
            return Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, null, $"the {_language.DisplayName} host did not start: {ready.Error!.Message}", _language.InstallHint);
        if (_loaded.Count > 0 && !_restarting)
        {
            // A new child after a crash: the scripts come back (their own state starts over).
            _restarting = true;
            try
            {
                foreach (var source in _loaded.ToArray())
                {
                    var result = LoadInChild(source);
                    if (!result.Succeeded) return result.Error;
                }
            }
            finally
            {
                _restarting = false;
            }
            Output?.Invoke("warning", $"the {_language.DisplayName} host was restarted; its scripts were loaded again and their own state starts over");
        }
        return null;
    }

    /// <summary>
    /// Runs a script's top level in the child. Its first run also compiles it there (and warms the
    /// interpreter), so a load may take at least <see cref="MinimumLoadTime"/> whatever the call budget.
    /// </summary>
    private ScriptCallResult LoadInChild(ScriptSource source)
    {
        var budgets = Budgets;
        if (budgets.CallTime < MinimumLoadTime) Budgets = budgets with { CallTime = MinimumLoadTime };
        try
        {
            return Request(w =>
            {
                w.WriteString("op", "load");
                w.WriteString("name", source.SourceName);
                w.WriteNumber("firstLine", Math.Max(1, source.FirstLine));
                w.WriteString("code", source.Code);
            }, DiagnosticCodes.ScriptLoadFailed);
        }
        finally
        {
            Budgets = budgets;
        }
    }

    /// <summary>The least time a script's top level gets to run in a child (its compile time included).</summary>
    public static readonly TimeSpan MinimumLoadTime = TimeSpan.FromSeconds(1);

    private void Send(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        _child?.Send(buffer.WrittenSpan);
    }

    private static void WriteArguments(Utf8JsonWriter w, ScriptValue[] args)
    {
        w.WriteStartArray("args");
        foreach (var a in args) WireValues.Write(w, a);
        w.WriteEndArray();
    }

    /// <summary>Sends a request and serves the child's host calls until its answer comes, within the call's time budget.</summary>
    private ScriptCallResult Request(Action<Utf8JsonWriter> body, DiagnosticDescriptor errorCode)
    {
        if (_depth >= MaxNesting)
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, $"stack overflow: calls between the host and {_language.DisplayName} nested more than {MaxNesting} deep"));
        bool outermost = _depth == 0;
        long saved = _deadline;
        if (outermost) _deadline = Stopwatch.GetTimestamp() + (long)(Budgets.CallTime.TotalSeconds * Stopwatch.Frequency);
        int id = ++_nextId;
        _depth++;
        try
        {
            Send(w => { w.WriteNumber("id", id); body(w); });
            return Await(id, errorCode);
        }
        finally
        {
            _depth--;
            if (outermost) _deadline = saved;
            while (_stderr.TryDequeue(out var line)) Output?.Invoke("error", line);
        }
    }

    private ScriptCallResult Await(int id, DiagnosticDescriptor errorCode)
    {
        while (true)
        {
            var child = _child;
            if (child is null) return Crashed(null);
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _deadline);
            var frame = child.Receive(remaining, out bool exited);
            if (frame is null)
            {
                if (exited) return Crashed(child);
                child.Dispose();
                _child = null;
                return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptBudgetExceeded, null,
                    $"the {_language.DisplayName} script ran longer than its time budget ({Budgets.CallTime.TotalMilliseconds} ms); its host was stopped and starts again on the next call (the scripts' own state starts over)",
                    "do less work per call, or raise the time budget (script_time_budget on App)"));
            }
            using var doc = JsonDocument.Parse(frame);
            var message = doc.RootElement;
            string op = message.GetProperty("op").GetString() ?? "";
            switch (op)
            {
                case "log":
                    Output?.Invoke(message.TryGetProperty("level", out var level) ? level.GetString() ?? "info" : "info", message.GetProperty("text").GetString() ?? "");
                    break;
                case "host":
                    ServeHostCall(message);
                    break;
                case "result" when message.GetProperty("id").GetInt32() == id:
                    return ScriptCallResult.Ok(message.TryGetProperty("value", out var value) ? WireValues.Read(value) : ScriptValue.Null);
                case "error" when message.GetProperty("id").GetInt32() == id:
                    return ScriptCallResult.Fail(ErrorOf(message, errorCode));
                default:
                    return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null, $"the {_language.DisplayName} host answered out of turn ({op}); the call is abandoned"));
            }
        }
    }

    private ScriptCallResult Crashed(HostProcess? child)
    {
        child?.WaitForExit();
        int? code = child?.ExitCode;
        child?.Dispose();
        _child = null;
        // A crashing interpreter writes pages (GC traces, native stacks): the diagnostic names the line that says why.
        var lines = new List<string>();
        while (_stderr.TryDequeue(out var line)) lines.Add(line);
        string last = lines.FirstOrDefault(l => l.Contains("FATAL", StringComparison.Ordinal) || l.Contains("Error", StringComparison.Ordinal)) ?? lines.LastOrDefault() ?? "";
        if (lines.Exists(l => l.Contains("heap limit", StringComparison.OrdinalIgnoreCase) || l.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
            || l.Contains("MemoryError", StringComparison.Ordinal) || l.Contains("Cannot allocate memory", StringComparison.OrdinalIgnoreCase)))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptBudgetExceeded, null,
                $"the {_language.DisplayName} script went over its memory budget ({Budgets.MemoryBytes} bytes); its host was stopped and starts again on the next call",
                "allocate less, or raise the memory budget (script_memory_budget on App)"));
        return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.ScriptError, null,
            $"the {_language.DisplayName} host exited{(code is { } c ? $" (code {c})" : "")} during the call{(last.Length > 0 ? $" ({last.Trim()})" : "")}; it starts again on the next call with the scripts reloaded"));
    }

    /// <summary>Runs a bridge function the child asked for. The child waits meanwhile, so the time is not charged to its budget.</summary>
    private void ServeHostCall(JsonElement message)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            ServeHostCallNow(message);
        }
        finally
        {
            _deadline += Stopwatch.GetTimestamp() - started;
        }
    }

    private void ServeHostCallNow(JsonElement message)
    {
        int id = message.GetProperty("id").GetInt32();
        string name = message.GetProperty("fn").GetString() ?? "";
        var args = message.GetProperty("args").EnumerateArray().Select(a => WireValues.Read(a)).ToArray();
        string? error = null;
        ScriptValue result = ScriptValue.Null;
        if (!_host.TryGetValue(name, out var function)) error = $"kryon.{name} is not a bridge function";
        else
        {
            try { result = function(args); }
            catch (ScriptHostException e) { error = e.Message; }
        }
        Send(w =>
        {
            w.WriteString("op", error is null ? "result" : "error");
            w.WriteNumber("id", id);
            if (error is null) { w.WritePropertyName("value"); WireValues.Write(w, result); }
            else w.WriteString("message", error);
        });
    }

    private Diagnostic ErrorOf(JsonElement message, DiagnosticDescriptor errorCode)
    {
        string text = message.TryGetProperty("message", out var m) ? m.GetString() ?? "error" : "error";
        string kind = message.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "";
        var code = kind switch
        {
            "timeout" or "memory" => DiagnosticCodes.ScriptBudgetExceeded,
            "notFound" => DiagnosticCodes.FunctionNotFound,
            _ => errorCode,
        };
        SourceSpan? where = null;
        if (message.TryGetProperty("file", out var f) && f.GetString() is { } file && _sources.TryGetValue(file, out var source)
            && message.TryGetProperty("line", out var l) && l.TryGetInt32(out int line) && line >= 1 && line <= source.LineStarts.Length)
        {
            where = new SourceSpan(source, new TextSpan(source.LineStarts[line - 1], source.GetLineText(line).Length));
            text = $"{file}:{line}: {text}";
        }
        string[] suggestions = kind switch
        {
            "timeout" => ["do less work per call, or raise the time budget (script_time_budget on App)"],
            "memory" => ["allocate less, or raise the memory budget (script_memory_budget on App)"],
            _ => [],
        };
        return Diagnostic.Create(code, where, text, suggestions);
    }
}
