using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Tests;

/// <summary>
/// A small app with one script, compiled from .kry text and running with the real script manager
/// (the way `kryon run` wires it), driven frame by frame on the runtime clock.
/// </summary>
internal sealed class ScriptedApp : IDisposable
{
    public const string DefaultMarkup = """
        @variables {
            count: Int = 0
            note: String = ""
        }
        App {
            window_width: 400
            window_height: 300
            Container {
                id: "box"
                width: 200
                height: 100
                background_color: "#FF0000"
                Text { id: "label"; text: "hello" }
            }
            Button { id: "go"; text: "Go"; width: 80; height: 30 }
        }
        """;

    private readonly string _directory;

    /// <summary>Every script language, for suites that run the same behaviour in each.</summary>
    public static TheoryData<string> Languages => new() { "lua", "lisp", "javascript", "python", "wren" };

    /// <summary>The code written for <paramref name="language"/> among one snippet per language.</summary>
    public static string Pick(string language, string lua, string lisp, string javascript, string python, string wren) => language switch
    {
        "lua" => lua,
        "lisp" => lisp,
        "javascript" => javascript,
        "python" => python,
        _ => wren,
    };

    private ScriptedApp(string directory, ScriptManager manager, KryonRuntime runtime, RuntimeLog log)
    {
        _directory = directory;
        Manager = manager;
        Runtime = runtime;
        Log = log;
    }

    public ScriptManager Manager { get; }

    public KryonRuntime Runtime { get; }

    public RuntimeLog Log { get; }

    public static ScriptedApp Start(string language, string script, string markup = DefaultMarkup, int? seed = 7, string? scriptName = null)
    {
        string header = scriptName is null ? $"@script \"{language}\"" : $"@script \"{language}\" name=\"{scriptName}\"";
        return StartSource(markup + "\n" + header + " {\n" + script + "\n}\n", seed);
    }

    /// <summary>An app from its whole .kry text (several scripts, other markup).</summary>
    public static ScriptedApp StartSource(string kry, int? seed = 7, string? directory = null)
    {
        // In a directory of its own (removed with the app), or beside files a test wrote.
        directory ??= Directory.CreateTempSubdirectory("kryon-scripted-app-").FullName;
        string path = Path.Combine(directory, "app.kry");
        File.WriteAllText(path, kry);
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(path, diagnostics, out var sources);
        Assert.True(document is not null, string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        var log = new RuntimeLog();
        var manager = ScriptManager.Create(document, log, AppScripts.Options(path, sources));
        var runtime = KryonRuntime.Load(document, new RuntimeOptions { Scripts = manager, RandomSeed = seed }, log);
        manager.Attach(runtime);
        runtime.Start();
        var app = new ScriptedApp(directory, manager, runtime, log);
        app.AssertNoErrors();
        return app;
    }

    public void Dispose()
    {
        Manager.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Runs frames every 16 ms of runtime time up to <paramref name="ms"/> later (the last one exactly there).</summary>
    public void Advance(double ms)
    {
        double target = Runtime.NowMs + ms;
        while (Runtime.NowMs + 16 < target) Runtime.RunFrame(Runtime.NowMs + 16);
        Runtime.RunFrame(target);
    }

    /// <summary>Calls a script function by name the way a handler is called, then runs a frame.</summary>
    public ScriptValue Call(string function, params ScriptValue[] arguments)
    {
        var result = Runtime.CallFunction(function, arguments, "test");
        Assert.True(result.Succeeded, result.Error?.ToString());
        Runtime.RunFrame(Runtime.NowMs);
        return result.Value;
    }

    /// <summary>Calls a function that must fail; returns the error.</summary>
    public Diagnostic CallFailing(string function, params ScriptValue[] arguments)
    {
        var result = Runtime.CallFunction(function, arguments, "test");
        Assert.False(result.Succeeded, $"{function} was expected to fail");
        return result.Error!;
    }

    /// <summary>Presses and releases the primary button at the centre of the element.</summary>
    public void Click(string id)
    {
        var element = Element(id);
        var box = element.ScreenBox;
        float x = box.X + box.Width / 2, y = box.Y + box.Height / 2;
        Runtime.Enqueue(new PointerMoveEvent(x, y));
        Runtime.Enqueue(new PointerDownEvent(x, y));
        Runtime.Enqueue(new PointerUpEvent(x, y));
        Runtime.RunFrame(Runtime.NowMs);
    }

    public Element Element(string id) => Runtime.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"no element '{id}'");

    public string? Variable(string name) => Runtime.State.GetVariable(name) is { } v ? Kryon.Compiler.Binding.LiteralText.Of(v) : null;

    public IEnumerable<Diagnostic> Errors => Log.Entries.Where(d => d.IsError);

    public void AssertNoErrors() => Assert.True(!Errors.Any(), string.Join("\n", Errors.Select(d => d.ToString())));
}
