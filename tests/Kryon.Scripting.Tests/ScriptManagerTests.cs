using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Tests;

public sealed class ScriptManagerTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kryon-manager-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record Loaded(ScriptManager Manager, KryonRuntime Runtime, RuntimeLog Log) : IDisposable
    {
        public void Dispose() => Manager.Dispose();
    }

    private static Loaded Load(string appPath)
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(appPath, diagnostics, out var sources);
        Assert.True(document is not null, string.Join("\n", diagnostics.Items.Select(d => d.Message)));
        var log = new RuntimeLog();
        var manager = ScriptManager.Create(document, log, AppScripts.Options(appPath, sources));
        var runtime = KryonRuntime.Load(document, new RuntimeOptions { Scripts = manager }, log);
        manager.Attach(runtime);
        runtime.Start();
        return new Loaded(manager, runtime, log);
    }

    [Fact]
    public void Both_engines_share_one_registry_and_a_duplicate_name_warns_and_the_later_wins()
    {
        var app = Write("app.kry", """
            App { Text { id: "t"; text: "x" } }
            @script "lua" {
                function who() return "lua" end
                function onlyLua() return 1 end
            }
            @script "lisp" {
                (defn who [] "lisp")
            }
            """);
        using var loaded = Load(app);
        Assert.Equal(["lisp", "lua"], loaded.Manager.Engines.Keys.Order());
        Assert.True(loaded.Manager.Contains("onlyLua"));
        Assert.False(loaded.Manager.Contains("nobody"));
        Assert.Equal("lisp", loaded.Manager.Call("who", []).Value.AsString());
        var warning = Assert.Single(loaded.Log.Entries, d => d.Message.Contains("'who' is defined by more than one script"));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(2304, loaded.Manager.Call("nobody", []).Error!.Code);
    }

    [Fact]
    public void External_scripts_resolve_against_the_app_folder_and_a_missing_file_is_2301()
    {
        var code = "function fromFile() return 42 end\n" + new string('-', 5000) + "\n";
        Write("scripts/logic.lua", code);
        var gone = Write("scripts/gone.py", "def gone():\n    pass\n");
        var app = Write("app.kry", """
            App { Text { id: "t"; text: "x" } }
            @script "lua" mode="external" from "scripts/logic.lua"
            @script "python" mode="external" from "scripts/gone.py"
            """);
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(app, diagnostics, out var sources)!;
        File.Delete(gone); // compiled while it was there, gone when the app starts
        var log = new RuntimeLog();
        using var manager = ScriptManager.Create(document, log, AppScripts.Options(app, sources));
        Assert.Equal(42, manager.Call("fromFile", []).Value.AsInt());
        var notice = Assert.Single(log.Entries, d => d.Code == 2301);
        Assert.Contains("from \"scripts/gone.py\" was not loaded: cannot read", notice.Message);
    }

    [Fact]
    public void Bridge_reads_properties_and_refuses_bad_variables()
    {
        var app = Write("app.kry", """
            @variables {
                n: Int = 1
            }
            App {
                Container { id: "box"; width: 120; background_color: "#FF0000" }
            }
            @script "lua" {
                function width() return kryon.getProperty("box", "width") end
                function colour() return kryon.getProperty(kryon.getElementById("box"), "background_color") end
                function missing() return kryon.getElementById("nope") end
                function badVar() kryon.setVariable("n", "many") end
                function setWidth() kryon.setProperty("box", "width", "50%") end
            }
            """);
        using var loaded = Load(app);
        Assert.Equal(120, loaded.Manager.Call("width", []).Value.AsFloat());
        Assert.Equal("#FF0000FF", loaded.Manager.Call("colour", []).Value.AsString());
        Assert.True(loaded.Manager.Call("missing", []).Value.IsNull);
        var bad = loaded.Manager.Call("badVar", []);
        Assert.Equal(2302, bad.Error!.Code);
        Assert.Equal("1", loaded.Runtime.State.GetVariable("n")!.Describe());
        Assert.True(loaded.Manager.Call("setWidth", []).Succeeded);
        Assert.Equal("50%", loaded.Manager.Call("width", []).Value.AsString());
    }

    [Fact]
    public void Bridge_refuses_to_touch_the_tree_before_attach()
    {
        var app = Write("app.kry", """
            App { Text { id: "t"; text: "x" } }
            @script "lua" {
                function find() return kryon.getElementById("t") end
            }
            """);
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(app, diagnostics)!;
        using var manager = ScriptManager.Create(document, new RuntimeLog());
        var result = manager.Call("find", []);
        Assert.Equal(2302, result.Error!.Code);
        Assert.Contains("not running yet", result.Error.Message);
    }
}
