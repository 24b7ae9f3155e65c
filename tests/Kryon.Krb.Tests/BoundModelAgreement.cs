using System.Globalization;
using System.Text.Json;
using Kryon.Compiler.Binding;
using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Krb.Tests;

/// <summary>
/// Checks that `inspect --json` of a written file says what the bound model says: the same tree,
/// element types, ids, styles and layout bytes; every property where KRB.md puts it (header field,
/// standard entry, or custom property) with the same value; bindings, events, component
/// placeholders, variables, used styles, used components and scripts. The expectations are
/// derived here from KRB.md, independently of the writer's code.
/// </summary>
internal static class BoundModelAgreement
{
    public static void Check(BoundApp app, JsonElement json)
    {
        var elements = json.GetProperty("elements");
        if (app.Root is null)
        {
            Assert.Equal(0, elements.GetArrayLength());
            return;
        }
        Assert.Equal(1, elements.GetArrayLength());
        var root = elements[0];
        CheckElement(root, app.Root, "App");
        foreach (var v in app.Variables)
            Assert.Equal(VariableText(v.Value), root.GetProperty("custom").GetProperty("var:" + v.Name).GetString());

        var styles = json.GetProperty("styles").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        foreach (var (name, style) in styles)
        {
            var bound = app.FindStyle(name);
            Assert.NotNull(bound);
            var props = style.GetProperty("properties");
            foreach (var p in bound!.Properties)
            {
                var key = p.Name;
                if (Expected(p.Property, p.Value, inStyle: true) is { } expected)
                    Assert.True(props.TryGetProperty(key, out var actual) && actual.GetString() == expected, $"style {name}: {key} should be {expected}");
                else Assert.False(props.TryGetProperty(key, out _), $"style {name}: {key} cannot be stored in a style block");
            }
        }

        var components = json.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        foreach (var (name, component) in components)
        {
            var bound = app.FindComponent(name);
            Assert.NotNull(bound);
            var defs = component.GetProperty("properties").EnumerateArray().ToArray();
            Assert.Equal(bound!.Definitions.Select(d => d.Name), defs.Select(d => d.GetProperty("name").GetString()));
            CheckElement(component.GetProperty("template"), bound.Template!, name);
        }
        // Every component used in the main tree is in the table, and nothing else from it is required.
        foreach (var e in app.Root.DescendantsAndSelf())
            if (e.Component is { } c) Assert.True(components.ContainsKey(c.Name), $"component {c.Name} is used but missing");

        var scripts = json.GetProperty("scripts").EnumerateArray().ToArray();
        Assert.Equal(app.Scripts.Count, scripts.Length);
        for (int i = 0; i < scripts.Length; i++)
        {
            Assert.Equal(app.Scripts[i].EntryPoints, scripts[i].GetProperty("entryPoints").EnumerateArray().Select(e => e.GetString()));
            if (scripts[i].GetProperty("storage").GetString() == "inline")
                Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(app.Scripts[i].Code!), scripts[i].GetProperty("codeBytes").GetInt32());
            else Assert.Equal(app.Scripts[i].ExternalPath, scripts[i].GetProperty("path").GetString());
        }
    }

    private static void CheckElement(JsonElement json, BoundElement e, string where)
    {
        where = $"{where}/{e.Type.Name}{(e.Id is null ? "" : "#" + e.Id)}";
        Assert.Equal(e.Type.Name, json.GetProperty("type").GetString());
        Assert.Equal(e.Id, json.TryGetProperty("id", out var id) ? id.GetString() : null);
        Assert.Equal(e.Style?.Name, json.TryGetProperty("style", out var style) ? style.GetString() : null);
        Assert.Equal(e.Layout.ToString(), json.GetProperty("layout").GetString());

        var props = json.GetProperty("properties");
        var custom = json.GetProperty("custom");
        string? Custom(string key) => custom.TryGetProperty(key, out var v) ? v.GetString() : null;
        int Header(string name) => json.TryGetProperty(name, out var v) ? v.GetInt32() : 0;

        if (e.Component is { } component)
        {
            Assert.Equal("_componentName", custom.EnumerateObject().First().Name);
            Assert.Equal(component.Name, Custom("_componentName"));
            foreach (var a in e.ComponentArguments)
            {
                Assert.Equal(CustomText(a.Value), Custom(a.Definition.Name));
                if (a.Binding is not null) Assert.Equal(a.Binding, Custom("bind:" + a.Definition.Name));
            }
        }

        foreach (var p in e.Properties)
        {
            string what = $"{where}: {p.Name} = {p.Value.ToKry()}";
            switch (p.Name, p.Value)
            {
                case ("pos_x", IntValue x): Assert.True(x.Value == Header("x"), what); break;
                case ("pos_y", IntValue y): Assert.True(y.Value == Header("y"), what); break;
                case ("width", LengthValue { Value.Unit: LengthUnit.Px } w) when w.Value.Value >= 0.5:
                    Assert.True((int)Math.Round(w.Value.Value) == Header("width"), what); break;
                case ("height", LengthValue { Value.Unit: LengthUnit.Px } h) when h.Value.Value >= 0.5:
                    Assert.True((int)Math.Round(h.Value.Value) == Header("height"), what); break;
                default:
                    var key = p.Name;
                    if (Expected(p.Property, p.Value, inStyle: false) is { } expected)
                        Assert.True(props.TryGetProperty(key, out var actual) && actual.GetString() == expected, $"{what}: expected standard {key} = {expected}, got {props}");
                    else Assert.True(Custom(p.Name) == CustomText(p.Value), $"{what}: expected custom {CustomText(p.Value)}, got {Custom(p.Name)}");
                    break;
            }
            if (p.Binding is not null) Assert.True(p.Binding == Custom("bind:" + p.Name), $"{what}: binding");
        }

        // Style properties a style block cannot hold are carried by the element (unless it sets them itself).
        if (e.Style is { } s)
            foreach (var sp in s.Properties)
                if (Expected(sp.Property, sp.Value, inStyle: true) is null && e.Find(sp.Name) is null)
                    Assert.True(Custom(sp.Name) == CustomText(sp.Value), $"{where}: flattened style property {sp.Name}");

        var events = json.GetProperty("events");
        foreach (var ev in e.Events)
        {
            if (ev.Event.KrbEventType is not null) Assert.True(events.TryGetProperty(ev.Event.Name, out var f) && f.GetString() == ev.FunctionName, $"{where}: {ev.Event.Name}");
            else Assert.Equal(ev.FunctionName, Custom(ev.Event.Name));
        }

        var states = json.GetProperty("states").EnumerateArray().ToArray();
        foreach (var set in e.StateSets)
        {
            var name = string.Join('+', new[] { "hover", "active", "focus", "disabled", "checked" }.Where((_, i) => ((int)set.States & (1 << i)) != 0));
            foreach (var p in set.Properties)
            {
                var key = p.Name;
                if (Expected(p.Property, p.Value, inStyle: true) is { } expected)
                    Assert.Contains(states, st => st.GetProperty("states").GetString() == name && st.GetProperty("properties").TryGetProperty(key, out var v) && v.GetString() == expected);
                else Assert.Equal(CustomText(p.Value), Custom($"state:{name}:{p.Name}"));
            }
        }

        var children = json.GetProperty("children").EnumerateArray().ToArray();
        Assert.True(e.Children.Count == children.Length, $"{where}: child count");
        for (int i = 0; i < children.Length; i++) CheckElement(children[i], e.Children[i], where);
    }

    /// <summary>
    /// The text inspect shows for a standard entry, or null when KRB.md gives the value no standard slot.
    /// Width/height that are not header fields take MaxWidth 0x13 / MaxHeight 0x14 (inspect labels them
    /// width/height); max_width/max_height never do — they are custom properties (docs/KRB-extensions.md §3).
    /// </summary>
    private static string? Expected(PropertyInfo property, PropertyValue value, bool inStyle)
    {
        if (property.Name is "max_width" or "max_height") return null;
        if (property.Name is "width" or "height")
        {
            return value switch
            {
                LengthValue { Value.Unit: LengthUnit.Percent } l => Fixed(l.Value.Value / 100) is { } f ? Format(f * 100) + "%" : null,
                LengthValue { Value.Unit: LengthUnit.Px } l when inStyle => Math.Round(l.Value.Value).ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
        }
        if (property.KrbId is null) return null;
        if (property.Name == "layout") return inStyle && value is LayoutValue l ? l.Flags.ToString() : null;
        return value switch
        {
            ColorValue c => c.Value.ToString(),
            IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
            BoolValue b => b.Value ? "true" : "false",
            StringValue s => s.Value,
            EnumValue en => en.Member,
            FontWeightValue w => w.Named ?? w.Numeric.ToString(CultureInfo.InvariantCulture),
            FloatValue f => Fixed(f.Value) is { } x ? Format(x) : null,
            LengthValue { Value.Unit: LengthUnit.Px } l => Math.Round(l.Value.Value).ToString(CultureInfo.InvariantCulture),
            LengthValue { Value.Unit: LengthUnit.Percent } l => Fixed(l.Value.Value / 100) is { } f ? Format(f * 100) + "%" : null,
            EdgeInsetsValue ei => ei.Value.ToString(),
            ResourceValue r => r.Path,
            _ => null,
        };
    }

    /// <summary>8.8 fixed point as the reader sees it, or null when out of range.</summary>
    private static double? Fixed(double x)
    {
        double raw = Math.Round(x * 256);
        return raw is >= 0 and <= 65535 ? raw / 256 : null;
    }

    private static string Format(double v) => Number.Format(Math.Round(v, 6));

    /// <summary>Custom-property text per KRB.md §7.2.</summary>
    private static string CustomText(PropertyValue value) => value switch
    {
        StringValue s => s.Value,
        EnumValue e => e.Member,
        CallbackValue c => c.FunctionName,
        IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatValue f => Format((float)f.Value),
        BoolValue b => b.Value ? "1" : "0",
        ColorValue c => c.Value.ToString(),
        ResourceValue r => r.Path,
        StyleRefValue st => st.StyleName,
        LengthValue l => l.Value.ToString(),
        EdgeInsetsValue e => e.Value.ToString(),
        FontWeightValue w => w.ToKry(),
        LayoutValue l => l.Flags.ToString(),
        _ => value.ToKry(),
    };

    private static string VariableText(Literal literal) => literal switch
    {
        NumberLiteral { IsInteger: true } n => ((int)n.Value).ToString(CultureInfo.InvariantCulture),
        NumberLiteral n => Format((float)n.Value),
        BoolLiteral b => b.Value ? "1" : "0",
        ColorLiteral c => c.Value.ToString(),
        StringLiteral s => s.Value,
        WordLiteral w => w.Word,
        _ => literal.Describe(),
    };
}
