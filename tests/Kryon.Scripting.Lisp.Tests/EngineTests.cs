using Kryon.Diagnostics;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;

namespace Kryon.Scripting.Lisp.Tests;

public class EngineTests
{
    internal static LispEngine NewEngine() => new() { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromSeconds(60), MaxCallDepth = 1000 } };

    private static ScriptLoadResult Load(LispEngine engine, string code, int firstLine = 1, string name = "app.kry")
        => engine.Load(new ScriptSource("lisp", code, name, firstLine));

    [Fact]
    public void Identifies_itself()
    {
        using var engine = new LispEngine();
        Assert.Equal("lisp", engine.Language);
        Assert.True(engine.Capabilities.HasFlag(ScriptCapabilities.FunctionValues));
        Assert.False(string.IsNullOrEmpty(engine.Version));
    }

    [Fact]
    public void Load_returns_the_entry_points()
    {
        using var engine = NewEngine();
        var result = Load(engine, """
            (def-atom clicks 0)
            (def limit 3)
            (defn handle-click [id] (swap! clicks inc))
            (def on-reset (fn [] (reset! clicks 0)))
            (def-event on-submit [value id] value)
            (defn- helper [] 1)
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["handle-click", "on-reset", "on-submit", "helper"], result.Functions);
    }

    [Fact]
    public void Call_converts_arguments_and_results()
    {
        using var engine = NewEngine();
        Load(engine, "(defn describe [n s xs m] {:n (inc n) :s (str s \"!\") :xs (count xs) :m (:k m) :f 1.5 :nil nil :kw :done})");
        var result = engine.Call("describe", [ScriptValue.From(1L), ScriptValue.From("hi"), ScriptValue.Array([ScriptValue.From(true)]),
            ScriptValue.Object(new Dictionary<string, ScriptValue> { ["k"] = ScriptValue.From("v") })]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        var fields = result.Value.AsObject();
        Assert.Equal(2L, fields["n"].AsInt());
        Assert.Equal("hi!", fields["s"].AsString());
        Assert.Equal(1L, fields["xs"].AsInt());
        Assert.Equal("v", fields["m"].AsString());
        Assert.Equal(1.5, fields["f"].AsFloat());
        Assert.True(fields["nil"].IsNull);
        Assert.Equal("done", fields["kw"].AsString());
    }

    [Fact]
    public void Unknown_function_is_2304()
    {
        using var engine = NewEngine();
        Load(engine, "(def x 1)");
        Assert.Equal(2304, engine.Call("nope", []).Error!.Code);
        Assert.Equal(2304, engine.Call("+", []).Error!.Code);
        Assert.Equal(2302, engine.Call("x", []).Error!.Code);
    }

    [Fact]
    public void Syntax_error_is_2301_at_the_kry_line_and_defines_nothing()
    {
        using var engine = NewEngine();
        var result = Load(engine, "(defn ok [] 1)\n(defn broken [x]\n  (+ x \"unterminated))", firstLine: 40, name: "ui.kry");
        Assert.False(result.Succeeded);
        Assert.Empty(result.Functions);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2301, error.Code);
        Assert.Equal("ui.kry", error.Location!.Value.File.Path);
        Assert.Equal(42, error.Location!.Value.Start.Line);
        Assert.Equal(8, error.Location!.Value.Start.Column);
        Assert.Equal(2304, engine.Call("ok", []).Error!.Code);
    }

    [Fact]
    public void Runtime_error_during_load_is_2301()
    {
        using var engine = NewEngine();
        var result = Load(engine, "(defn a [] 1)\n(undefined-fn 1)", firstLine: 10);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2301, error.Code);
        Assert.Equal(11, error.Location!.Value.Start.Line);
        Assert.Contains("Unable to resolve symbol: undefined-fn", error.Message);
    }

    [Fact]
    public void Runtime_error_is_2302_at_the_failing_form_of_the_right_script()
    {
        using var engine = NewEngine();
        Load(engine, "(defn first-script [] 1)", firstLine: 5, name: "a.kry");
        Load(engine, "(defn handler [x]\n  (let [y 2]\n    (* y (+ x \"text\"))))", firstLine: 20, name: "b.kry");
        var result = engine.Call("handler", [ScriptValue.From(1L)]);
        Assert.False(result.Succeeded);
        var error = result.Error!;
        Assert.Equal(2302, error.Code);
        Assert.Equal("b.kry", error.Location!.Value.File.Path);
        Assert.Equal(22, error.Location!.Value.Start.Line);
        Assert.Equal(10, error.Location!.Value.Start.Column);
        Assert.Contains("handler", error.Message);
        Assert.Contains("Expected a number", error.Message);
    }

    [Fact]
    public void Runaway_code_is_2303_within_the_budget()
    {
        using var engine = new LispEngine { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromMilliseconds(50) } };
        Load(engine, "(defn spin [] (loop [i 0] (recur (inc i))))");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = engine.Call("spin", []);
        Assert.Equal(2303, result.Error!.Code);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Contains("Timeout", result.Error.Message);
        // The engine keeps working after a stopped call.
        Load(engine, "(defn ok [] :fine)");
        Assert.Equal("fine", engine.Call("ok", []).Value.AsString());
    }

    [Fact]
    public void Recursion_bomb_is_2302_not_a_crash()
    {
        // Default depth (200), generous time so that a slow first call cannot turn this into a timeout.
        using var engine = new LispEngine { Budgets = new ScriptBudgets { CallTime = TimeSpan.FromSeconds(60) } };
        Load(engine, "(defn bomb [n] (+ 1 (bomb n)))");
        var result = engine.Call("bomb", [ScriptValue.From(0L)]);
        Assert.Equal(2302, result.Error!.Code);
        Assert.Contains("StackOverflow", result.Error.Message);
    }

    [Fact]
    public void Functions_are_handed_out_as_references_and_released()
    {
        using var engine = NewEngine();
        Load(engine, "(defn make-adder [n] (fn [x] (+ x n))) (defn call-it [f v] (f v))");
        var made = engine.Call("make-adder", [ScriptValue.From(10L)]).Value;
        Assert.Equal(ScriptValueKind.Function, made.Kind);
        var reference = made.AsFunction();
        Assert.Equal("lisp", reference.Language);
        Assert.Equal(15L, engine.Call(reference, [ScriptValue.From(5L)]).Value.AsInt());
        // Handed back into Lisp, the reference is the function again.
        Assert.Equal(17L, engine.Call("call-it", [made, ScriptValue.From(7L)]).Value.AsInt());
        Assert.Equal(1, engine.HeldFunctionCount);
        engine.Release(reference);
        Assert.Equal(0, engine.HeldFunctionCount);
        Assert.Equal(2304, engine.Call(reference, []).Error!.Code);
    }

    [Fact]
    public void Globals_can_be_set_and_read()
    {
        using var engine = NewEngine();
        engine.SetGlobal("config", ScriptValue.Object(new Dictionary<string, ScriptValue> { ["size"] = ScriptValue.From(3L) }));
        Load(engine, "(def doubled (* 2 (:size config)))");
        Assert.Equal(6L, engine.GetGlobal("doubled").AsInt());
        Assert.True(engine.GetGlobal("missing").IsNull);
    }

    [Fact]
    public void Bridge_names_follow_the_spec_table()
    {
        Assert.Equal(["get-element-by-id", "kryon/get-element-by-id"], BridgeNames.LispNames("getElementById"));
        Assert.Equal("set-property!", BridgeNames.LispNames("setProperty")[0]);
        Assert.Equal("set-variable!", BridgeNames.LispNames("setVariable")[0]);
        Assert.Equal("get-variable", BridgeNames.LispNames("getVariable")[0]);
        Assert.Equal("add-event-listener!", BridgeNames.LispNames("addEventListener")[0]);
        Assert.Equal("set-timeout", BridgeNames.LispNames("setTimeout")[0]);
        Assert.Equal("current-time-ms", BridgeNames.LispNames("now")[0]);
        Assert.Equal("emit-event!", BridgeNames.LispNames("emit")[0]);
        Assert.Equal("log", BridgeNames.LispNames("log")[0]);
        Assert.Equal("something-new", BridgeNames.LispNames("somethingNew")[0]);
    }

    [Fact]
    public void Host_functions_get_converted_arguments()
    {
        using var engine = NewEngine();
        var calls = new List<string>();
        engine.RegisterHostFunction("getElementById", args => args[0].AsString() == "swatch" ? ScriptValue.Element(7) : ScriptValue.Null);
        engine.RegisterHostFunction("setProperty", args => { calls.Add($"set {args[0]} {args[1]} {args[2]}"); return ScriptValue.Null; });
        engine.RegisterHostFunction("getVariable", args => ScriptValue.From(41L));
        engine.RegisterHostFunction("log", args => { calls.Add("log " + args[0].AsString()); return ScriptValue.Null; });
        Load(engine, """
            (defn go []
              (set-property! (get-element-by-id "swatch") :background_color "#FF0000FF")
              (kryon/set-property "label" "text" (inc (get-variable "n")))
              (log "done" [1 2] nil)
              (get-element-by-id "nothing"))
            """);
        var result = engine.Call("go", []);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.True(result.Value.IsNull);
        Assert.Equal(["set element #7 background_color #FF0000FF", "set label text 42", "log done [1 2] nil"], calls);
    }

    [Fact]
    public void Host_exceptions_become_lisp_errors_at_the_calling_line()
    {
        using var engine = NewEngine();
        engine.RegisterHostFunction("setProperty", _ => throw new ScriptHostException("unknown element 'ghost'"));
        Load(engine, "(defn a []\n  1)\n(defn go []\n  (do\n    (set-property! \"ghost\" \"text\" 1)))\n(defn safe [] (try (set-property! \"g\" \"t\" 1) (catch Exception e (ex-message e))))", firstLine: 100);
        var result = engine.Call("go", []);
        Assert.Equal(2302, result.Error!.Code);
        Assert.Equal(104, result.Error.Location!.Value.Start.Line);
        Assert.Contains("unknown element 'ghost'", result.Error.Message);
        Assert.Contains("unknown element", engine.Call("safe", []).Value.AsString());
    }

    [Fact]
    public void Spec_section_10_example()
    {
        using var engine = NewEngine();
        var host = new RecordingHost(engine);
        var load = Load(engine, """
            (def-atom clicks 0)
            (defn handle-click [element-id]
              (swap! clicks inc)
              (set-variable! "click_count" @clicks)
              (set-property! "status" "text" (str "Clicked " @clicks " times"))
              (log "click from" element-id))
            """);
        Assert.Equal(["handle-click"], load.Functions);
        engine.Call("handle-click", [ScriptValue.From("btn")]);
        Assert.True(engine.Call("handle-click", [ScriptValue.From("btn")]).Succeeded);
        Assert.Equal(2L, host.Variables["click_count"].AsInt());
        Assert.Equal("Clicked 2 times", host.Properties[("status", "text")].AsString());
        Assert.Equal(["click from btn", "click from btn"], host.Logs);
    }

    [Fact]
    public void Nothing_escapes_as_a_dotnet_exception()
    {
        using var engine = NewEngine();
        Load(engine, "(defn f [x] (nth x 10)) (defn g [] (throw 42)) (defn h [] (subs \"a\" -1))");
        Assert.Equal(2302, engine.Call("f", [ScriptValue.From("abc")]).Error!.Code);
        Assert.Contains("42", engine.Call("g", []).Error!.Message);
        Assert.Equal(2302, engine.Call("h", []).Error!.Code);
    }
}

/// <summary>Stub DOM bridge: records what scripts ask the host to do.</summary>
internal sealed class RecordingHost
{
    public Dictionary<string, ScriptValue> Variables { get; } = [];
    public Dictionary<(string Element, string Property), ScriptValue> Properties { get; } = [];
    public List<string> Logs { get; } = [];

    public RecordingHost(IScriptEngine engine)
    {
        engine.RegisterHostFunction("getElementById", args => args.Length == 1 && args[0].Kind == ScriptValueKind.String
            ? ScriptValue.From("el:" + args[0].AsString())
            : throw new ScriptHostException("getElementById expects an id string"));
        engine.RegisterHostFunction("setProperty", args =>
        {
            if (args.Length < 3) throw new ScriptHostException("set-property! needs 3 arguments");
            var element = args[0].ToString();
            Properties[(element.StartsWith("el:", StringComparison.Ordinal) ? element[3..] : element, args[1].AsString())] = args[2];
            return ScriptValue.Null;
        });
        engine.RegisterHostFunction("setVariable", args => { Variables[args[0].AsString()] = args[1]; return ScriptValue.Null; });
        engine.RegisterHostFunction("getVariable", args => Variables.TryGetValue(args[0].AsString(), out var v) ? v : ScriptValue.Null);
        engine.RegisterHostFunction("log", args => { Logs.Add(args[0].AsString()); return ScriptValue.Null; });
    }
}

public class CallbackTests
{
    [Fact]
    public void Timer_callbacks_are_function_references_the_host_calls_later()
    {
        using var engine = EngineTests.NewEngine();
        var timers = new List<(ScriptFunctionRef Callback, long Ms)>();
        var host = new RecordingHost(engine);
        engine.RegisterHostFunction("setTimeout", args => { timers.Add((args[0].AsFunction(), args[1].AsInt())); return ScriptValue.From((long)timers.Count); });
        engine.Load(new ScriptSource("lisp", """
            (def-atom ticks 0)
            (defn start [id]
              (set-timeout (fn [] (swap! ticks inc) (set-variable! "ticks" @ticks)) 250))
            """, "timer.kry"));
        Assert.Equal(1L, engine.Call("start", [ScriptValue.From("b")]).Value.AsInt());
        var (callback, ms) = Assert.Single(timers);
        Assert.Equal(250L, ms);
        Assert.Equal("lisp", callback.Language);
        Assert.True(engine.Call(callback, []).Succeeded);
        Assert.True(engine.Call(callback, []).Succeeded);
        Assert.Equal(2L, host.Variables["ticks"].AsInt());
        engine.Release(callback);
        Assert.Equal(0, engine.HeldFunctionCount);
    }

    [Fact]
    public void Bind_atom_propagates_changes_to_a_runtime_variable()
    {
        using var engine = EngineTests.NewEngine();
        var host = new RecordingHost(engine);
        engine.Load(new ScriptSource("lisp", """
            (def-atom counter 5)
            (kryon/bind-atom! counter "count")
            (defn bump [id] (swap! counter inc))
            """, "bind.kry"));
        Assert.Equal(5L, host.Variables["count"].AsInt());
        engine.Call("bump", [ScriptValue.From("b")]);
        Assert.Equal(6L, host.Variables["count"].AsInt());
    }

    [Fact]
    public void Host_may_call_back_into_the_engine_during_a_call()
    {
        using var engine = EngineTests.NewEngine();
        engine.RegisterHostFunction("emit", args => engine.Call(args[0].AsString(), [args[1]]).Value);
        engine.Load(new ScriptSource("lisp", "(defn twice [x] (* 2 x)) (defn go [] (+ 1 (emit-event! \"twice\" 20)))", "reentry.kry"));
        Assert.Equal(41L, engine.Call("go", []).Value.AsInt());
    }
}

public class ErrorReportTests
{
    [Fact]
    public void Runtime_errors_name_the_lisp_call_stack()
    {
        using var engine = EngineTests.NewEngine();
        engine.Load(new ScriptSource("lisp", "(defn inner [x] (+ x \"a\"))\n(defn middle [x] (inner x))\n(defn outer [x] (inc (middle x)))", "stack.kry"));
        var error = engine.Call("outer", [ScriptValue.From(1L)]).Error!;
        // middle's call of inner is a tail call, so it replaced middle on the stack.
        Assert.Contains("(Lisp stack: outer → inner)", error.Message);
        Assert.Equal(1, error.Location!.Value.Start.Line);
    }

    [Fact]
    public void Bridge_minimum_arguments_are_checked_before_the_host_is_called()
    {
        using var engine = EngineTests.NewEngine();
        int calls = 0;
        engine.RegisterHostFunction("setProperty", _ => { calls++; return ScriptValue.Null; });
        engine.Load(new ScriptSource("lisp", "(defn go [] (set-property! \"a\" \"text\"))", "args.kry"));
        var error = engine.Call("go", []).Error!;
        Assert.Equal(2302, error.Code);
        Assert.Contains("set-property! needs at least 3 arguments", error.Message);
        Assert.Equal(0, calls);
    }
}
