using System.Text.Json;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.Snapshots;

/// <summary>Every kind of value reads back as it was written.</summary>
public class SnapshotValueTests
{
    private static RuntimeSnapshot RoundTrip(RuntimeSnapshot snapshot)
    {
        var log = new RuntimeLog();
        var read = SnapshotJson.Read(SnapshotJson.Write(snapshot), log);
        Assert.True(read is not null, string.Join("\n", log.Entries));
        return read!;
    }

    /// <summary>Sample values of every property: its default, each enum member, lengths in each unit, uneven insets, numeric weights.</summary>
    public static TheoryData<string, int> PropertySamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var p in PropertyRegistry.All.Where(p => !p.IsEvent))
            for (int i = 0; i < Samples(p).Count; i++) data.Add(p.Name, i);
        return data;
    }

    private static List<PropertyValue> Samples(PropertyInfo p)
    {
        var samples = new List<PropertyValue>();
        if (PropertyDefaults.Of(p) is { } d && d is not LayoutValue) samples.Add(d);
        foreach (var m in p.EnumMembers) samples.Add(new EnumValue(m.Name, m.Ordinal));
        switch (p.Kind)
        {
            case ValueKind.Length:
                samples.Add(new LengthValue(Length.Px(12.5)));
                if (p.AllowsPercent) samples.Add(new LengthValue(Length.Percent(50)));
                foreach (var word in p.LengthKeywords)
                    if (Length.TryParseKeyword(word, out var keyword)) samples.Add(new LengthValue(keyword));
                break;
            case ValueKind.EdgeInsets: samples.Add(new EdgeInsetsValue(new EdgeInsets(1, 2, 3.5, 4))); break;
            case ValueKind.FontWeight: samples.Add(new FontWeightValue(null, 0, 600)); break;
            case ValueKind.Color: samples.Add(new ColorValue(new Color(1, 2, 3, 4))); break;
            case ValueKind.String: samples.Add(new StringValue("with \"quotes\", $dollars, \\ and ünïcødé 🎉")); break;
            case ValueKind.Float: samples.Add(new FloatValue(2)); break;
        }
        return samples;
    }

    [Theory]
    [MemberData(nameof(PropertySamples))]
    public void PropertyValuesReadBackAsWritten(string propertyName, int sample)
    {
        var property = PropertyRegistry.Get(propertyName);
        var value = Samples(property)[sample];
        // Only values the converter itself produces are values a property can hold.
        if (KryValueTextRoundTrip(property, value) is not { } canonical) return;

        var snapshot = new RuntimeSnapshot
        {
            Elements = new Dictionary<string, ElementSnapshot>
            {
                ["e"] = new(new Dictionary<string, PropertyValue> { [property.Name] = canonical }, new Dictionary<string, PropertyValue>(), InteractionState.None, 0, 0),
            },
        };

        Assert.Equal(canonical, RoundTrip(snapshot).Elements["e"].Properties[property.Name]);
    }

    private static PropertyValue? KryValueTextRoundTrip(PropertyInfo property, PropertyValue value)
    {
        var literal = Kryon.Runtime.Loading.KryValueText.Parse(value.ToKry());
        return literal is null ? null : Kryon.Runtime.Loading.KryValueText.Convert(property, literal).Value;
    }

    [Fact]
    public void ScriptValuesReadBackAsWritten()
    {
        var values = new Dictionary<string, ScriptValue>
        {
            ["null"] = ScriptValue.Null,
            ["true"] = ScriptValue.From(true),
            ["int"] = ScriptValue.From(-42L),
            ["big"] = ScriptValue.From(long.MaxValue),
            ["float"] = ScriptValue.From(3.0),
            ["tiny"] = ScriptValue.From(1e-300),
            ["nan"] = ScriptValue.From(double.NaN),
            ["inf"] = ScriptValue.From(double.NegativeInfinity),
            ["text"] = ScriptValue.From("line\nbreak \"q\" 🎉"),
            ["list"] = ScriptValue.Array([ScriptValue.From(1L), ScriptValue.Array([])]),
            ["object"] = ScriptValue.Object(new Dictionary<string, ScriptValue> { ["a"] = ScriptValue.From(1L), ["$b"] = ScriptValue.Null }),
            ["dollar"] = ScriptValue.Object(new Dictionary<string, ScriptValue> { ["$element"] = ScriptValue.From(5L) }),
            ["empty"] = ScriptValue.Object(new Dictionary<string, ScriptValue>()),
            ["element"] = ScriptValue.Element(3),
            ["function"] = ScriptValue.Function(new ScriptFunctionRef("lua", 7, "onTick")),
        };
        var snapshot = new RuntimeSnapshot { Stores = new Dictionary<string, IReadOnlyDictionary<string, ScriptValue>> { ["s"] = values } };

        var read = RoundTrip(snapshot).Stores["s"];

        foreach (var (name, value) in values)
        {
            Assert.Equal(value.Kind, read[name].Kind);
            if (name != "nan") Assert.True(value.Equals(read[name]), $"{name}: {value} vs {read[name]}");
        }
        Assert.True(double.IsNaN(read["nan"].AsFloat()));
    }

    public static TheoryData<string, bool> Variables() => new()
    {
        { "42", false }, { "-1.5", false }, { "2.0", false }, { "10px", false }, { "true", false }, { "#01020304", false },
        { "\"text with $ and \\\"quotes\\\"\"", false },
        { "\"text\"", true }, { "7", true }, { "0.25", true }, { "10px", true }, { "#FF0000", true }, { "[1, \"two\", [3]]", true },
        { "row center", true }, { "bold", true },
    };

    [Theory]
    [MemberData(nameof(Variables))]
    public void VariablesReadBackAsWritten(string kry, bool isAny)
    {
        // KRY value text cannot start with `#` (a comment), so colours are made directly.
        Literal value = kry.StartsWith('#') && Color.TryParse(kry, out var color) ? new ColorLiteral(color.Value) : LiteralSpelling.Read(VariableType.Any, kry)!;
        var snapshot = new RuntimeSnapshot { Variables = new Dictionary<string, SnapshotVariable> { ["v"] = new(value, isAny) } };

        var read = RoundTrip(snapshot);

        Assert.Equal(SnapshotJson.Write(snapshot), SnapshotJson.Write(read));
        var back = read.Variables["v"].Value;
        if (isAny || value is StringLiteral or BoolLiteral || value is NumberLiteral { Unit: "" })
        {
            Assert.True(LiteralEquality.Equal(value, back), $"{value.Describe()} vs {back.Describe()}");
            Assert.Equal(value.GetType(), back.GetType());
        }
    }

    [Fact]
    public void FloatsKeepAFraction()
    {
        var snapshot = new RuntimeSnapshot { Variables = new Dictionary<string, SnapshotVariable> { ["f"] = new(new NumberLiteral(2, false), false) } };

        string json = SnapshotJson.Write(snapshot);

        Assert.Contains("\"f\": 2.0", json);
        Assert.False(((NumberLiteral)RoundTrip(snapshot).Variables["f"].Value).IsInteger);
    }

    [Fact]
    public void TheWrittenTextIsValidJson()
    {
        var rt = SnapshotTestKit.Start();
        using var document = JsonDocument.Parse(rt.Json());
        Assert.Equal(RuntimeSnapshot.FormatVersion, document.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public void ASnapshotBuiltWithNumbersJsonCannotHoldIsWrittenAndThenRejected()
    {
        var snapshot = new RuntimeSnapshot { ClockMs = double.NaN, ViewportWidth = float.PositiveInfinity, ViewportHeight = 10 };
        var log = new RuntimeLog();

        string json = SnapshotJson.Write(snapshot);

        Assert.Null(SnapshotJson.Read(json, log));
        Assert.Equal(Kryon.Diagnostics.DiagnosticCodes.InvalidSnapshot.Code, Assert.Single(log.Entries).Code);
    }

    [Fact]
    public void SnapshotsAreEqualWhenTheySayTheSame()
    {
        var a = new RuntimeSnapshot { Variables = new Dictionary<string, SnapshotVariable> { ["x"] = new(new NumberLiteral(1, true), false), ["y"] = new(new StringLiteral("s"), false) } };
        var b = new RuntimeSnapshot { Variables = new Dictionary<string, SnapshotVariable> { ["y"] = new(new StringLiteral("s"), false), ["x"] = new(new NumberLiteral(1, true), false) } };
        var c = a with { Focus = "somewhere" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
