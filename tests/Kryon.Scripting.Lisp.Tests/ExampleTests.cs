using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Lisp.Engine;
using Kryon.Testing;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>The Lisp blocks of the examples, compiled as `kryon` does (KRY → KRB → script table), run against a stub bridge.</summary>
public class ExampleTests
{
    private static (LispEngine Engine, RecordingHost Host, ScriptLoadResult Load) LoadExample(string file)
    {
        var path = Path.Combine(RepositoryPaths.Examples, file);
        var kry = File.ReadAllText(path);
        var compiled = KryCompiler.CheckText(path, kry);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(compiled.App!, bag);
        Assert.True(bytes is not null, string.Join("\n", bag.Items));
        var document = KrbReader.Read(bytes!);
        var script = Assert.Single(document.Scripts, s => s.Language == (byte)KrbScriptLanguage.Lisp);
        Assert.NotNull(script.Code);
        var firstLine = kry[..kry.IndexOf("@script \"lisp\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var engine = EngineTests.NewEngine();
        var host = new RecordingHost(engine);
        var load = engine.Load(new ScriptSource("lisp", script.Code!, file, firstLine));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        return (engine, host, load);
    }

    [Fact]
    public void Color_picker()
    {
        var (engine, host, load) = LoadExample("color_picker.kry");
        using var _ = engine;
        Assert.Contains("set-red", load.Functions);
        Assert.Contains("pick-preset", load.Functions);

        var result = engine.Call("set-red", [ScriptValue.From(300L), ScriptValue.From("red")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("#FF82F6", host.Variables["hex_value"].AsString());
        Assert.Equal("rgb(255, 130, 246)", host.Variables["rgb_value"].AsString());
        Assert.Equal("255", host.Variables["red_label"].AsString());
        Assert.Equal("#FF82F6", host.Properties[("swatch", "background_color")].AsString());
        Assert.Equal("#007D09", host.Properties[("complement", "background_color")].AsString());

        Assert.True(engine.Call("set-green", [ScriptValue.From(17L), ScriptValue.From("green")]).Succeeded);
        Assert.Equal("17", host.Variables["green_label"].AsString());
        // A slider may deliver a float: clamp-byte's quot keeps it a float, and everything still works.
        result = engine.Call("set-blue", [ScriptValue.From(17.9), ScriptValue.From("blue")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("rgb(255, 17, 17)", host.Variables["rgb_value"].AsString());
        Assert.Equal("#FF1111", host.Variables["hex_value"].AsString());

        result = engine.Call("pick-preset", [ScriptValue.From("preset_ocean")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("#4D96FF", host.Variables["hex_value"].AsString());
        Assert.Equal(77L, host.Properties[("red", "value")].AsInt());
        Assert.Equal(150L, host.Properties[("green", "value")].AsInt());
        Assert.Equal(255L, host.Properties[("blue", "value")].AsInt());

        Assert.True(engine.Call("pick-preset", [ScriptValue.From("not_a_preset")]).Succeeded);
        Assert.True(engine.Call("copy-hex", [ScriptValue.From("copy")]).Succeeded);
        Assert.Equal("copied #4D96FF", host.Logs[^1]);
    }

    [Fact]
    public void Absolute_layout()
    {
        var (engine, host, load) = LoadExample("absolute_layout.kry");
        using var _ = engine;
        Assert.Equal(["move-note!", "raise-note", "shuffle-notes", "tidy-notes"], load.Functions);

        Assert.True(engine.Call("raise-note", [ScriptValue.From("note_2")]).Succeeded);
        Assert.Equal(11L, host.Properties[("note_2", "z_index")].AsInt());
        Assert.Equal(11L, host.Variables["top_z"].AsInt());
        Assert.Equal("raised note_2 to 11", host.Logs[^1]);

        var result = engine.Call("shuffle-notes", [ScriptValue.From("shuffle")]);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(300L, host.Properties[("note_1", "pos_x")].AsInt());
        Assert.Equal(200L, host.Properties[("note_1", "pos_y")].AsInt());
        Assert.Equal(520L, host.Properties[("note_3", "pos_x")].AsInt());
        Assert.True(engine.Call("shuffle-notes", [ScriptValue.From("shuffle")]).Succeeded);
        Assert.Equal(500L, host.Properties[("note_1", "pos_x")].AsInt());

        Assert.True(engine.Call("tidy-notes", [ScriptValue.From("tidy")]).Succeeded);
        Assert.Equal([24L, 194L, 364L], new[] { "note_1", "note_2", "note_3" }.Select(id => host.Properties[(id, "pos_x")].AsInt()));
        Assert.All(new[] { "note_1", "note_2", "note_3" }, id => Assert.Equal(24L, host.Properties[(id, "pos_y")].AsInt()));
    }
}
