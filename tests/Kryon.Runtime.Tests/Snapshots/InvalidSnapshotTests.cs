using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Snapshots;
using Kryon.Runtime.Tests.App;
using Kryon.Values;

namespace Kryon.Runtime.Tests.Snapshots;

public class InvalidSnapshotTests
{
    private static readonly int InvalidSnapshot = DiagnosticCodes.InvalidSnapshot.Code;

    private static KryonRuntime Used()
    {
        var rt = SnapshotTestKit.Start();
        rt.Click("inc");
        rt.Click("free");
        rt.Type("typed");
        rt.Click("agree");
        return rt;
    }

    /// <summary>Reads <paramref name="json"/>; expects it to be rejected with 2502 at read time.</summary>
    private static Diagnostic ReadFails(string json)
    {
        var log = new RuntimeLog();
        Assert.Null(SnapshotJson.Read(json, log));
        var diagnostic = Assert.Single(log.Entries);
        Assert.Equal(InvalidSnapshot, diagnostic.Code);
        Assert.DoesNotContain("   at ", diagnostic.Message); // no stack trace
        return diagnostic;
    }

    /// <summary>Restores a snapshot that reads but does not fit; expects 2502 and no change at all.</summary>
    private static void RestoreFails(Func<RuntimeSnapshot, RuntimeSnapshot> spoil, string expectedInMessage)
    {
        var rt = Used();
        string before = rt.Json();
        var commandsBefore = rt.Commands();
        var valid = SnapshotJson.Read(Used().Json(), rt.Log)!;

        Assert.False(rt.RestoreSnapshot(spoil(valid)));

        Assert.Contains(rt.Log.Entries, d => d.Code == InvalidSnapshot && d.Message.Contains(expectedInMessage, StringComparison.Ordinal));
        Assert.Equal(before, rt.Json());
        rt.RunFrame(rt.NowMs);
        Assert.True(commandsBefore.SequenceEqual(rt.Commands()));
    }

    /// <summary>Edits the JSON of a valid snapshot, then restores it; expects 2502 (at read or restore) and no change.</summary>
    private static void JsonFails(Func<string, string> spoil)
    {
        var rt = Used();
        string before = rt.Json();
        string json = spoil(SnapshotTestKit.Start().Json());
        int logged = rt.Log.Entries.Count;

        var snapshot = SnapshotJson.Read(json, rt.Log);
        if (snapshot is not null) Assert.False(rt.RestoreSnapshot(snapshot));

        Assert.Contains(rt.Log.Entries.Skip(logged), d => d.Code == InvalidSnapshot);
        Assert.Equal(before, rt.Json());
    }

    [Fact]
    public void BadJsonIsReportedWithItsLineAndColumn()
    {
        var diagnostic = ReadFails("{\n  \"version\": 1,\n  \"clock\": 12.0,,\n}");

        Assert.NotNull(diagnostic.Location);
        Assert.Equal(3, diagnostic.Location!.Value.Start.Line);
        Assert.Equal(17, diagnostic.Location!.Value.Start.Column);
        Assert.Contains("not valid JSON", diagnostic.Message);
    }

    [Fact]
    public void TruncatedJsonIsReported()
    {
        string json = Used().Json();
        for (int cut = 1; cut < json.Length; cut += Math.Max(1, json.Length / 37))
        {
            var log = new RuntimeLog();
            Assert.Null(SnapshotJson.Read(json[..cut], log));
            Assert.Equal(InvalidSnapshot, Assert.Single(log.Entries).Code);
        }
    }

    [Theory]
    [InlineData("[]", "expected an object")]
    [InlineData("{}", "$.version")]
    [InlineData("{\"version\": 2}", "not supported")]
    [InlineData("{\"version\": 1, \"colck\": 1}", "$.colck")]
    [InlineData("{\"version\": 1, \"clock\": -5}", "$.clock")]
    [InlineData("{\"version\": 1, \"viewport\": [0, 10]}", "$.viewport[0]")]
    [InlineData("{\"version\": 1, \"variables\": {\"x\": [1]}}", "$.variables.x")]
    [InlineData("{\"version\": 1, \"variables\": {\"x\": {\"$kry\": \"[1,\"}}}", "is not a KRY value")]
    [InlineData("{\"version\": 1, \"elements\": {\"agree\": {\"properties\": {\"checkd\": true}}}}", "did you mean 'checked'")]
    [InlineData("{\"version\": 1, \"elements\": {\"agree\": {\"properties\": {\"checked\": \"maybe\"}}}}", "is not a value of 'checked'")]
    [InlineData("{\"version\": 1, \"elements\": {\"agree\": {\"state\": [\"pressed\"]}}}", "$.elements.agree.state")]
    [InlineData("{\"version\": 1, \"elements\": {\"list\": {\"scroll\": [0, -1]}}}", "$.elements.list.scroll[1]")]
    [InlineData("{\"version\": 1, \"inputs\": {\"free\": {\"text\": \"ab\", \"caret\": 3}}}", "must lie within the text")]
    [InlineData("{\"version\": 1, \"timers\": [{\"id\": 1, \"function\": \"tick\", \"remainingMs\": -1}]}", "$.timers[0].remainingMs")]
    [InlineData("{\"version\": 1, \"timers\": [{\"id\": 1, \"function\": \"tick\"}, {\"id\": 1, \"function\": \"tick\"}]}", "appears twice")]
    [InlineData("{\"version\": 1, \"stores\": {\"s\": {\"f\": {\"$element\": -3}}}}", "$.stores.s.f.$element")]
    [InlineData("{\"version\": 1, \"stores\": {\"s\": {\"f\": {\"$thing\": 1}}}}", "unknown value form")]
    public void AWronglyShapedSnapshotIsReportedWithItsPath(string json, string expectedInMessage)
    {
        var diagnostic = ReadFails(json);
        Assert.Contains(expectedInMessage, diagnostic.Message);
    }

    [Fact]
    public void AnUnknownElementChangesNothing() =>
        RestoreFails(s => s with { Elements = Add(s.Elements, "nope", Empty with { ScrollY = 5 }) }, "no element 'nope'");

    [Fact]
    public void AnUnknownHandleChangesNothing() =>
        RestoreFails(s => s with { Elements = Add(s.Elements, "@9999", Empty with { ScrollY = 5 }) }, "no element '@9999'");

    [Fact]
    public void AnUnknownFocusChangesNothing() => RestoreFails(s => s with { Focus = "ghost" }, "'ghost' (focus)");

    [Fact]
    public void AnUnknownComponentInstanceChangesNothing() =>
        RestoreFails(s => s with { Components = Add(s.Components, "Card#third", new Dictionary<string, SnapshotVariable>()) }, "no component instance 'Card#third'");

    [Fact]
    public void TextForAnInputThatIsNotAnInputChangesNothing() =>
        RestoreFails(s => s with { Inputs = Add(s.Inputs, "agree", new TextEditorState("x", 0, 0)) }, "is a Checkbox, not an Input");

    [Fact]
    public void AVariableOfTheWrongTypeChangesNothing() =>
        RestoreFails(s => s with { Variables = Add(s.Variables, "count", new SnapshotVariable(new StringLiteral("many"), false)) }, "variable 'count' is Int");

    [Fact]
    public void AComponentPropertyOfTheWrongTypeChangesNothing() =>
        RestoreFails(s => s with
        {
            Components = Add(s.Components, "Card#first", new Dictionary<string, SnapshotVariable> { ["level"] = new(new BoolLiteral(true), false) }),
        }, "property 'level' of Card#first is Int");

    [Fact]
    public void APropertyValueOfTheWrongKindChangesNothing() =>
        RestoreFails(s => s with
        {
            Elements = Add(s.Elements, "inc", Empty with { ScriptValues = new Dictionary<string, PropertyValue> { ["width"] = new StringValue("wide") } }),
        }, "is not a value of 'width'");

    [Fact]
    public void StateBitsThatFollowFromPropertiesChangeNothing() =>
        RestoreFails(s => s with { Elements = Add(s.Elements, "inc", Empty with { State = InteractionState.Disabled }) }, "bits that follow from properties");

    [Fact]
    public void OneBadPartAmongGoodOnesChangesNothing() =>
        RestoreFails(s => s with
        {
            Variables = Add(s.Variables, "dark", new SnapshotVariable(new NumberLiteral(1, true), false)),
            Focus = "free",
            ClockMs = 99_999,
        }, "variable 'dark' is Bool");

    [Fact]
    public void EveryProblemIsReported()
    {
        var rt = Used();
        var snapshot = rt.TakeSnapshot() with
        {
            Focus = "ghost",
            Variables = new Dictionary<string, SnapshotVariable> { ["count"] = new(new StringLiteral("x"), false) },
        };

        Assert.False(rt.RestoreSnapshot(snapshot));

        Assert.Equal(2, rt.Log.Entries.Count(d => d.Code == InvalidSnapshot));
    }

    [Theory]
    [InlineData("\"count\": 0", "\"count\": \"lots\"")]
    [InlineData("\"count\": 0", "\"count\": 1.5")]
    [InlineData("\"dark\": false", "\"dark\": \"no\"")]
    [InlineData("\"tint\": \"#336699FF\"", "\"tint\": \"greenish\"")]
    [InlineData("\"elements\": {}", "\"elements\": {\"@0\": {\"scroll\": [1, 1]}}")]
    [InlineData("\"focus\": null", "\"focus\": \"@-1\"")]
    [InlineData("\"inputs\": {}", "\"inputs\": {\"list\": {\"text\": \"\"}}")]
    [InlineData("\"stores\": {}", "\"stores\": {\"s\": {\"who\": {\"$element\": 424242}}}")]
    public void EditedJsonThatDoesNotFitChangesNothing(string find, string replace) =>
        JsonFails(json =>
        {
            Assert.Contains(find, json);
            return json.Replace(find, replace, StringComparison.Ordinal);
        });

    private static readonly ElementSnapshot Empty = new(new Dictionary<string, PropertyValue>(), new Dictionary<string, PropertyValue>(), InteractionState.None, 0, 0);

    private static Dictionary<string, T> Add<T>(IReadOnlyDictionary<string, T> map, string key, T value) => new(map) { [key] = value };
}
