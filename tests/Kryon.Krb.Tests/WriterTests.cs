using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Registry;

namespace Kryon.Krb.Tests;

/// <summary>The component table, script table, unused-item removal and the writer's limits.</summary>
public class WriterTests
{
    [Fact]
    public void Component_table_holds_typed_defaults_and_the_template_and_placeholders_name_their_component_first()
    {
        var (_, bytes) = TestFiles.Compile("""
            style "a" { background_color: "#FF0000FF" }
            style "b" { background_color: "#00FF00FF" }
            Define Tile {
                Properties {
                    label: String = "L"
                    count: Int = -7
                    ratio: Float = 0.25
                    on: Bool = true
                    tint: Color = "#01020304"
                    look: StyleID = "b"
                    kind: Enum(small, large) = large
                    icon: Resource
                }
                Container { Text { text: $label } }
            }
            App { Tile { kind: small; label: "Hi"; icon: "i.png" } }
            """);
        var d = KrbReader.Read(bytes);
        var tile = Assert.Single(d.Components);
        Assert.Equal("Tile", tile.Name);
        var defs = tile.Definitions.ToDictionary(x => x.Name);
        Assert.Equal(KrbValueType.String, defs["label"].Hint);
        Assert.Equal("L", KrbValueText.Default(d, defs["label"]));
        Assert.Equal(KrbValueType.Int, defs["count"].Hint);
        Assert.Equal(-7, defs["count"].Default!.Value.AsInt32());
        Assert.Equal(KrbValueType.Float, defs["ratio"].Hint);
        Assert.Equal(0.25f, defs["ratio"].Default!.Value.AsSingle());
        Assert.Equal(KrbValueType.Bool, defs["on"].Hint);
        Assert.Equal(1, defs["on"].Default!.Value.AsByte());
        Assert.Equal("#01020304", KrbValueText.Default(d, defs["tint"]));
        Assert.Equal(KrbValueType.StyleId, defs["look"].Hint);
        Assert.Equal("b", d.GetStyle(defs["look"].Default!.Value.AsIndex())!.Name);
        Assert.Equal(KrbValueType.Enum, defs["kind"].Hint);
        Assert.Equal("large", KrbValueText.Default(d, defs["kind"]));
        Assert.Equal(KrbValueType.Resource, defs["icon"].Hint);
        Assert.Null(defs["icon"].Default);
        Assert.Equal("small,large", d.GetString(tile.Template.FindCustom("enum:kind")!.Value));
        Assert.Equal("$label", d.GetString(tile.Template.Children[0].FindCustom("bind:text")!.Value));

        // Style "a" is used by nothing, so it is left out and "b" becomes style 1.
        Assert.Equal(["b"], d.Styles.Select(s => s.Name));

        var placeholder = d.Root.Children[0];
        Assert.Equal((byte)ElementKind.Container, placeholder.Type);
        Assert.Equal("_componentName", placeholder.CustomProperties[0].Key);
        Assert.Equal("Tile", placeholder.ComponentName());
        Assert.Equal("small", d.GetString(placeholder.FindCustom("kind")!.Value));
        Assert.Equal("i.png", d.GetResource(placeholder.FindCustom("icon")!.Value).Path);
        Assert.Null(placeholder.FindCustom("count")); // defaults are not repeated at the usage
        Assert.True((d.Header.Flags & KrbFlags.HasComponentDefs) != 0);
        Assert.Equal(2, d.Header.ElementCount); // template elements are not counted
    }

    [Fact]
    public void Unused_components_and_the_styles_only_they_use_are_left_out()
    {
        var (_, bytes) = TestFiles.Compile("""
            style "only_unused" { border_width: 2 }
            style "used" { border_width: 3 }
            Define Unused { Container { style: "only_unused" } }
            Define Inner { Text { text: "in" } }
            Define Outer { Container { Inner { } } }
            App { Outer { style: "used" } }
            """);
        var d = KrbReader.Read(bytes);
        Assert.Equal(["Inner", "Outer"], d.Components.Select(c => c.Name));
        Assert.Equal(["used"], d.Styles.Select(s => s.Name));
        Assert.Equal(1, d.Root.Children[0].StyleId);
    }

    [Fact]
    public void Scripts_are_stored_inline_or_as_script_resources_with_their_language_ids()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kryon-scripts-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "app.lua"), "function fromFile() end\n");
            var kry = Path.Combine(dir, "app.kry");
            File.WriteAllText(kry, """
                App { Button { text: "x"; onClick: "clicked" } }
                @script "lisp" name="lispy" {
                    (defn clicked [id] (log id))
                }
                @script "lua" from "app.lua"
                """);
            var (_, bytes) = TestFiles.CompileFile(kry);
            var d = KrbReader.Read(bytes);
            Assert.Equal(2, d.Scripts.Count);
            var lisp = d.Scripts[0];
            Assert.Equal(0x05, lisp.Language);
            Assert.Equal("lispy", lisp.Name);
            Assert.Equal(KrbScriptStorage.Inline, lisp.Storage);
            Assert.Equal(["clicked"], lisp.EntryPoints);
            Assert.Contains("(defn clicked", lisp.Code);
            var lua = d.Scripts[1];
            Assert.Equal(0x01, lua.Language);
            Assert.Equal(KrbScriptStorage.External, lua.Storage);
            Assert.Equal(KrbResourceType.Script, d.Resources[lua.ResourceIndex].Type);
            Assert.Equal("app.lua", d.Resources[lua.ResourceIndex].Path);
            Assert.Equal(["fromFile"], lua.EntryPoints);
            Assert.True((d.Header.Flags & (KrbFlags.HasScripts | KrbFlags.HasResources)) == (KrbFlags.HasScripts | KrbFlags.HasResources));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Identical_resources_and_strings_are_stored_once()
    {
        var (_, bytes) = TestFiles.Compile("""
            App {
                Image { src: "same.png"; alt: "same.png" }
                Image { src: "same.png"; alt: "same.png" }
            }
            """);
        var d = KrbReader.Read(bytes);
        Assert.Single(d.Resources);
        Assert.Equal(d.Strings.Count, d.Strings.Distinct().Count());
        Assert.Equal("", d.Strings[0]);
    }

    [Fact]
    public void Strings_longer_than_255_bytes_are_error_1503_and_nothing_is_written()
    {
        var result = KryCompiler.CheckText("/virtual/long.kry", "@variables { long: \"" + new string('x', 300) + "\" }\nApp { }");
        Assert.True(result.Success);
        var bag = new DiagnosticBag();
        Assert.Null(KrbWriter.Write(result.App!, bag));
        Assert.Contains(bag.Items, x => x.Code == 1503);
    }
}
