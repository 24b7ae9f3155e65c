using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime.Scripting;
using Kryon.Scripting.Wren.Engine;
using Kryon.Testing;

namespace Kryon.Scripting.Wren.Tests;

/// <summary>The Wren scripts of the examples, run against a stub bridge.</summary>
public class ExampleTests
{
    [Fact]
    public void Notes()
    {
        var path = Path.Combine(RepositoryPaths.Examples, "scripts", "notes.wren");
        using var engine = WrenTestKit.NewEngine();
        var host = new RecordingHost(engine);
        var load = engine.Load(new ScriptSource("wren", File.ReadAllText(path), "scripts/notes.wren"));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        foreach (var handler in new[] { "selectNote", "newNote", "titleChanged", "bodyChanged", "saveNote", "deleteNote" })
            Assert.Contains(handler, load.Functions);

        Ok(engine.Call("selectNote", [ScriptValue.From("note_2")]));
        Assert.Equal("Ideas for the talk", host.Properties[("title", "value")].AsString());
        Assert.Equal("Ideas for the talk", host.Variables["editor_heading"].AsString());
        Assert.Equal("3 notes", host.Variables["status"].AsString());
        Assert.Equal("note_slot_selected", host.Styles["note_2"]);
        Assert.Equal("note_slot", host.Styles["note_1"]);
        Assert.False(host.Properties[("note_4", "visibility")].AsBool());
        Assert.Equal("Books to read", host.Properties[("note_3", "text")].AsString());

        Ok(engine.Call("newNote", [ScriptValue.From("new")]));
        Assert.Equal("4 notes", host.Variables["status"].AsString());
        Assert.Equal("Untitled", host.Properties[("note_4", "text")].AsString());
        Assert.True(host.Properties[("note_4", "visibility")].AsBool());

        Ok(engine.Call("titleChanged", [ScriptValue.From("Groceries"), ScriptValue.From("title")]));
        Ok(engine.Call("bodyChanged", [ScriptValue.From("Apples"), ScriptValue.From("body")]));
        Ok(engine.Call("saveNote", [ScriptValue.From("save")]));
        Assert.Equal("Saved", host.Variables["status"].AsString());
        Assert.Equal("Groceries", host.Properties[("note_4", "text")].AsString());

        Ok(engine.Call("deleteNote", [ScriptValue.From("delete")]));
        Assert.Equal("3 notes", host.Variables["status"].AsString());
        Assert.Equal("Books to read", host.Variables["editor_heading"].AsString());

        for (int i = 0; i < 3; i++) Ok(engine.Call("newNote", [ScriptValue.From("new")]));
        Ok(engine.Call("newNote", [ScriptValue.From("new")]));
        Assert.Equal("Sidebar is full - delete a note first", host.Variables["status"].AsString());

        // Selecting an empty slot is ignored; deleting down to one note is refused.
        for (int i = 0; i < 6; i++) Ok(engine.Call("deleteNote", [ScriptValue.From("delete")]));
        Assert.Equal("Keep at least one note", host.Variables["status"].AsString());
        Assert.Equal("1 notes", host.Properties.Count(p => p.Key.Property == "visibility" && p.Value.AsBool()) + " notes");
        Ok(engine.Call("selectNote", [ScriptValue.From("note_6")]));
    }

    [Fact]
    public void Theme_demo_inline_block()
    {
        var path = Path.Combine(RepositoryPaths.Examples, "theme_demo.kry");
        var kry = File.ReadAllText(path);
        var compiled = KryCompiler.CheckText(path, kry);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(compiled.App!, bag);
        Assert.True(bytes is not null, string.Join("\n", bag.Items));
        var document = KrbReader.Read(bytes!);
        var script = Assert.Single(document.Scripts, s => s.Language == (byte)KrbScriptLanguage.Wren);
        Assert.NotNull(script.Code);
        var firstLine = kry[..kry.IndexOf("@script \"wren\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        using var engine = WrenTestKit.NewEngine();
        var host = new RecordingHost(engine);
        var load = engine.Load(new ScriptSource("wren", script.Code!, "theme_demo.kry", firstLine));
        Assert.True(load.Succeeded, string.Join("\n", load.Diagnostics));
        Assert.Equal(["showToast", "ThemeDemo.showToast"], load.Functions);

        Ok(engine.Call("showToast", [ScriptValue.From("demo_primary")]));
        Assert.Equal("Clicked the primary button", host.Variables["toast_text"].AsString());
        Assert.Equal("toast: primary", Assert.Single(host.Logs));
        Ok(engine.Call("ThemeDemo.showToast", [ScriptValue.From("demo_danger")]));
        Assert.Equal("Clicked the danger button", host.Variables["toast_text"].AsString());
    }

    private static void Ok(ScriptCallResult result) => Assert.True(result.Succeeded, result.Error?.ToString());
}
