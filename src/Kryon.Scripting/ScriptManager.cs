using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;
using Kryon.Scripting.Lua;
using Kryon.Scripting.Process;
using Kryon.Scripting.Wren.Engine;
using Kryon.Registry;
using Kryon.Runtime.Loading;
using Kryon.Values;

namespace Kryon.Scripting;

/// <summary>How a host sets up a <see cref="ScriptManager"/>.</summary>
public sealed record ScriptManagerOptions
{
    /// <summary>Where `from "file"` scripts are resolved: the app file's directory (the current directory when null).</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The name inline scripts' errors are reported under (the .kry path); "app" when null.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Where each embedded script's code came from (the .kry path and the line its code starts on,
    /// or a `from` file and line 1), keyed by the code itself: KRB does not record it, a host that
    /// compiled the .kry knows it. Missing: <see cref="SourceName"/>, line 1.
    /// </summary>
    public IReadOnlyDictionary<string, (string SourceName, int FirstLine)>? InlineSources { get; init; }

    public ScriptBudgets Budgets { get; init; } = ScriptBudgets.Default;
}

/// <summary>
/// The script manager (issue 9, KRY.md §11): one engine per language an app's KRB uses (Lua, Kryon
/// Lisp and Wren in process; JavaScript and Python in a child process), every script loaded into its engine, and one global function
/// registry <c>name → engine</c> that event handlers, hooks and timers call through
/// (<see cref="IScriptFunctions"/>). A language whose engine is missing or cannot start is reported as 2301 and its
/// handlers find no function (2304). A function defined by two scripts is a warning; the later wins.
/// <para>
/// Two-step setup, because the runtime takes the registry in its options and the DOM bridge needs
/// the runtime: <see cref="Create"/> loads the scripts (the bridge's functions are registered but
/// refuse to run until attached), then <see cref="Attach"/> the runtime before it is started.
/// </para>
/// </summary>
public sealed class ScriptManager : IScriptFunctions, IDisposable
{
    /// <summary>The languages this build has an engine for.</summary>
    public static readonly IReadOnlyList<string> SupportedLanguages = ["lua", "lisp", "javascript", "python", "wren"];

    private readonly Dictionary<string, IScriptEngine> _engines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IScriptEngine> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Language, int Handle), int> _held = [];
    private readonly List<LoadedScript> _scripts = [];
    private readonly DomBridge _bridge = new();
    private ScriptBudgets _budgets = ScriptBudgets.Default;

    private ScriptManager() { }

    /// <summary>The engines created for the app, by language id.</summary>
    public IReadOnlyDictionary<string, IScriptEngine> Engines => _engines;

    /// <summary>Every function the loaded scripts define, with the language that defines it.</summary>
    public IReadOnlyDictionary<string, string> Functions => _functions.ToDictionary(kv => kv.Key, kv => kv.Value.Language, StringComparer.Ordinal);

    public KryonRuntime? Runtime => _bridge.Runtime;

    /// <summary>The scripts loaded (or tried), in the KRB's order, with the functions each defines now.</summary>
    public IReadOnlyList<LoadedScript> Scripts => _scripts;

    /// <summary>Function values the runtime holds (timers, listeners, watchers, animations), each counted once.</summary>
    public int HeldFunctions => _held.Count;

    public static bool Supports(string language) => SupportedLanguages.Contains(language);

    /// <summary>
    /// Creates the engines <paramref name="document"/>'s scripts need and loads every script.
    /// Load problems (unreadable files, syntax errors, unsupported languages) go to <paramref name="log"/>.
    /// </summary>
    public static ScriptManager Create(KrbDocument document, RuntimeLog log, ScriptManagerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(log);
        options ??= new ScriptManagerOptions();
        var manager = new ScriptManager { _budgets = BudgetsOf(document, options.Budgets) };
        manager._bridge.Log = log;
        try
        {
            foreach (var script in document.Scripts) manager.LoadScript(document, script, log, options);
        }
        catch
        {
            manager.Dispose();
            throw;
        }
        return manager;
    }

    /// <summary>
    /// The budgets the app asks for on its App element (`script_time_budget` in ms,
    /// `script_memory_budget` in MiB), over the host's defaults.
    /// </summary>
    private static ScriptBudgets BudgetsOf(KrbDocument document, ScriptBudgets defaults)
    {
        if (!document.HasRoot) return defaults;
        var app = document.Root;
        var budgets = defaults;
        if (Int(document, app, "script_time_budget") is { } ms) budgets = budgets with { CallTime = TimeSpan.FromMilliseconds(ms) };
        if (Int(document, app, "script_memory_budget") is { } mib) budgets = budgets with { MemoryBytes = mib * 1024L * 1024 };
        return budgets;

        static int? Int(KrbDocument document, KrbElement app, string name)
            => app.FindCustom(name) is { } raw && PropertyRegistry.TryGet(name, out var property) && KrbValueDecoder.Decode(document, property, raw) is IntValue v ? v.Value : null;
    }

    /// <summary>Connects the DOM bridge to the runtime that uses this registry; call before <see cref="KryonRuntime.Start"/>.</summary>
    public void Attach(KryonRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (_bridge.Runtime is { } attached && !ReferenceEquals(attached, runtime))
            throw new InvalidOperationException("this script manager is already attached to another runtime");
        _bridge.Runtime = runtime;
        DomBridge.WarmUp();
    }

    public bool Contains(string name) => _functions.ContainsKey(name);

    /// <summary>Every call made through this manager, counted and timed by function.</summary>
    public ScriptCallStatistics Statistics { get; } = new();

    public ScriptCallResult Call(string name, ReadOnlySpan<ScriptValue> arguments)
    {
        if (!_functions.TryGetValue(name, out var engine)) return NoScriptFunctions.Instance.Call(name, arguments);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = engine.Call(name, arguments);
        Statistics.Record(engine.Language, name, start, result.Succeeded);
        return result;
    }

    /// <summary>Calls a function value a script handed over (a callback), in the engine that owns it.</summary>
    public ScriptCallResult Call(ScriptFunctionRef function, ReadOnlySpan<ScriptValue> arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (!_engines.TryGetValue(function.Language, out var engine))
            return ScriptCallResult.Fail(Diagnostic.Create(DiagnosticCodes.FunctionNotFound, null, $"no {function.Language} engine owns function #{function.Handle}"));
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = engine.Call(function, arguments);
        Statistics.Record(engine.Language, function.Name ?? "(anonymous)", start, result.Succeeded);
        return result;
    }

    public void Retain(ScriptFunctionRef function)
    {
        var key = (function.Language, function.Handle);
        _held[key] = _held.GetValueOrDefault(key) + 1;
    }

    /// <summary>The last holder let go: the engine may free the function.</summary>
    public void Release(ScriptFunctionRef function)
    {
        var key = (function.Language, function.Handle);
        if (!_held.TryGetValue(key, out int count)) return;
        if (count > 1)
        {
            _held[key] = count - 1;
            return;
        }
        _held.Remove(key);
        if (_engines.TryGetValue(function.Language, out var engine)) engine.Release(function);
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Clear();
        _functions.Clear();
    }

    private void LoadScript(KrbDocument document, KrbScript script, RuntimeLog log, ScriptManagerOptions options)
    {
        string language = script.LanguageName;
        string describe = $"@script \"{language}\"{(script.Name is null ? "" : $" \"{script.Name}\"")}";
        if (!Supports(language))
        {
            log.Report(DiagnosticCodes.ScriptLoadFailed,
                $"{describe} was not loaded: the {language} engine is not part of this build yet (this build runs Lua, Kryon Lisp, JavaScript, Python and Wren); handlers written in {language} will report 2304 when called",
                "write the handlers in Lua (@script \"lua\") or Kryon Lisp (@script \"lisp\")");
            return;
        }
        ScriptSource source;
        string? sourcePath = null;
        if (script.Storage == KrbScriptStorage.Inline)
        {
            string code = script.Code ?? "";
            source = options.InlineSources is { } known && known.TryGetValue(code, out var origin)
                ? new ScriptSource(language, code, origin.SourceName, Math.Max(1, origin.FirstLine))
                : new ScriptSource(language, code, options.SourceName ?? "app", 1);
        }
        else
        {
            if ((uint)script.ResourceIndex >= (uint)document.Resources.Count)
            {
                log.Report(DiagnosticCodes.ScriptLoadFailed, $"{describe} was not loaded: it names resource #{script.ResourceIndex}, which the KRB does not have");
                return;
            }
            string relative = document.Resources[script.ResourceIndex].Path ?? "";
            string path = Path.IsPathRooted(relative) ? relative : Path.Combine(options.BaseDirectory ?? Directory.GetCurrentDirectory(), relative);
            string code;
            try
            {
                code = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                log.Report(DiagnosticCodes.ScriptLoadFailed, $"{describe} from \"{relative}\" was not loaded: cannot read {path}: {e.Message}",
                    "the path is relative to the app file's folder");
                return;
            }
            source = new ScriptSource(language, code, relative, 1);
            sourcePath = path;
        }

        var engine = EngineFor(language);
        var result = engine.Load(source);
        foreach (var d in result.Diagnostics) log.Report(d);
        var loaded = new LoadedScript(script.Name ?? (script.Storage == KrbScriptStorage.Inline ? $"#{_scripts.Count + 1}" : source.SourceName), source, sourcePath);
        _scripts.Add(loaded);
        if (!result.Succeeded) return;
        foreach (var function in result.Functions)
        {
            if (_functions.TryGetValue(function, out var previous))
                log.Report(Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, null,
                    $"function '{function}' is defined by more than one script ({previous.Language} and {language}); the later one ({describe}) is called",
                    "rename one of them").WithSeverity(DiagnosticSeverity.Warning));
            _functions[function] = engine;
        }
        loaded.Functions = result.Functions;
    }

    /// <summary>
    /// Hot reload of one script (issue 9): <paramref name="code"/> replaces the script's code in its
    /// engine. Functions the new code defines are (re)registered, ones it no longer defines are
    /// removed; the app's state (variables, element properties, timers by name) and the engine's
    /// other globals are kept. A new code that does not compile changes nothing. Returns the load's
    /// diagnostics (also reported to the runtime log when attached).
    /// </summary>
    /// <param name="script">The script's name (`@script "lua" "name"`), its `from` path, or "#n" for an unnamed inline script, the n-th script of the app.</param>
    public IReadOnlyList<Diagnostic> Reload(string script, string code, int? firstLine = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var loaded = _scripts.Find(s => s.Key == script)
            ?? throw new ArgumentException($"no script is known as '{script}' (known: {string.Join(", ", _scripts.Select(s => s.Key))})", nameof(script));
        var engine = _engines[loaded.Source.Language];
        var source = loaded.Source with { Code = code, FirstLine = firstLine ?? loaded.Source.FirstLine };
        var result = engine.Load(source);
        var log = Runtime?.Log ?? _bridge.Log;
        foreach (var d in result.Diagnostics) log?.Report(d);
        if (!result.Succeeded) return result.Diagnostics;
        foreach (var old in loaded.Functions)
        {
            if (result.Functions.Contains(old) || !_functions.TryGetValue(old, out var owner) || owner != engine) continue;
            engine.Undefine(old);
            _functions.Remove(old);
        }
        foreach (var function in result.Functions) _functions[function] = engine;
        loaded.Source = source;
        loaded.Functions = result.Functions;
        return result.Diagnostics;
    }

    /// <summary>Reloads the external script whose file is <paramref name="path"/> from disk (a file watcher's change).</summary>
    public IReadOnlyList<Diagnostic> ReloadFile(string path)
    {
        string full = Path.GetFullPath(path);
        var loaded = _scripts.Find(s => s.FilePath is { } p && Path.GetFullPath(p) == full)
            ?? throw new ArgumentException($"no loaded script comes from {path}", nameof(path));
        return Reload(loaded.Key, File.ReadAllText(full));
    }

    /// <summary>A child interpreter's console (console.log, print, stderr) into the runtime log.</summary>
    private void ConsoleOutput(string level, string text)
    {
        var log = Runtime?.Log ?? _bridge.Log;
        var severity = level switch { "error" => DiagnosticSeverity.Warning, "warning" => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info };
        log?.Report(Diagnostic.Create(DomBridge.ScriptLog, null, "script: " + text).WithSeverity(severity));
    }

    private IScriptEngine EngineFor(string language)
    {
        if (_engines.TryGetValue(language, out var engine)) return engine;
        engine = language switch
        {
            "lua" => new LuaEngine(),
            "lisp" => new LispEngine(),
            "javascript" => new ProcessScriptEngine(ProcessLanguage.JavaScript) { Output = ConsoleOutput },
            "python" => new ProcessScriptEngine(ProcessLanguage.Python) { Output = ConsoleOutput },
            "wren" => new WrenEngine { Output = ConsoleOutput },
            _ => throw new InvalidOperationException($"no engine for {language}"),
        };
        engine.Budgets = _budgets;
        _bridge.RegisterInto(engine);
        _engines[language] = engine;
        return engine;
    }
}

/// <summary>One `@script` as the manager loaded it: how hot reload finds it, its current code, and the functions it defines.</summary>
public sealed class LoadedScript(string key, ScriptSource source, string? filePath)
{
    /// <summary>The script's name, its `from` path, or "#n" for an unnamed inline script, the n-th script of the app.</summary>
    public string Key { get; } = key;

    public ScriptSource Source { get; internal set; } = source;

    /// <summary>The file an external script was read from; null for inline code.</summary>
    public string? FilePath { get; } = filePath;

    public IReadOnlyList<string> Functions { get; internal set; } = [];
}
