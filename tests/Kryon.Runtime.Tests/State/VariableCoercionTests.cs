using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class VariableCoercionTests
{
    [Theory]
    [InlineData(VariableType.Int)]
    [InlineData(VariableType.Float)]
    [InlineData(VariableType.Bool)]
    [InlineData(VariableType.Color)]
    [InlineData(VariableType.String)]
    public void TypesAreInferredFromTheInitialValue(VariableType expected)
    {
        Literal initial = expected switch
        {
            VariableType.Int => Int(0),
            VariableType.Float => Float(1.5),
            VariableType.Bool => Bool(true),
            VariableType.Color => new ColorLiteral(new Color(1, 2, 3, 255)),
            _ => Str("hi"),
        };
        Assert.Equal(expected, VariableTypes.Infer(initial));
    }

    [Fact]
    public void ANumberWithAUnitIsAFloatAndABareWordAString()
    {
        Assert.Equal(VariableType.Float, VariableTypes.Infer(new NumberLiteral(10, true, "px")));
        Assert.Equal(VariableType.String, VariableTypes.Infer(new WordLiteral("center")));
    }

    public static TheoryData<VariableType, Literal, string> Accepted => new()
    {
        { VariableType.Int, Int(7), "7" },
        { VariableType.Int, Float(4.0), "4" },
        { VariableType.Int, Str("42"), "42" },
        { VariableType.Int, Str(" -3 "), "-3" },
        { VariableType.Float, Float(2.5), "2.5" },
        { VariableType.Float, Int(3), "3" },
        { VariableType.Float, Str("1.25"), "1.25" },
        { VariableType.Float, new NumberLiteral(10, true, "px"), "10px" },
        { VariableType.Bool, Bool(false), "false" },
        { VariableType.Bool, Str("true"), "true" },
        { VariableType.Color, new ColorLiteral(new Color(255, 0, 0, 255)), "#FF0000FF" },
        { VariableType.Color, Str("#0F0"), "#00FF00FF" },
        { VariableType.Color, new WordLiteral("blue"), "#0000FFFF" },
        { VariableType.String, Int(5), "5" },
        { VariableType.String, Bool(true), "true" },
        { VariableType.Any, new WordLiteral("center"), "center" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void SettingAFittingValueStoresItInTheVariablesType(VariableType type, Literal given, string stored)
    {
        var (state, log) = NewState();
        state.Declare(state.Globals, "v", VariableTypes.DefaultValue(type), type);

        var result = state.SetVariable("v", given);

        Assert.True(result.Succeeded);
        Assert.Equal(stored, TextOf(state.GetVariable("v")));
        Assert.Equal(type, state.Globals.FindLocal("v")!.Type);
        Assert.Empty(log.Entries);
    }

    public static TheoryData<VariableType, Literal> Rejected => new()
    {
        { VariableType.Int, Float(2.5) },
        { VariableType.Int, Str("abc") },
        { VariableType.Int, Str("4.5") },
        { VariableType.Int, new NumberLiteral(10, true, "px") },
        { VariableType.Int, Bool(true) },
        { VariableType.Float, Str("twelve") },
        { VariableType.Float, Float(double.NaN) },
        { VariableType.Float, Bool(false) },
        { VariableType.Bool, Str("yes") },
        { VariableType.Bool, Int(1) },
        { VariableType.Color, Str("not-a-colour") },
        { VariableType.Color, Int(3) },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void SettingAValueThatDoesNotFitIsReportedAndTheOldValueStays(VariableType type, Literal given)
    {
        var (state, log) = NewState();
        var initial = VariableTypes.DefaultValue(type);
        state.Declare(state.Globals, "v", initial, type);

        var result = state.SetVariable("v", given);

        Assert.Equal(SetStatus.Rejected, result.Status);
        Assert.Equal(2205, result.Error!.Code);
        Assert.Contains("'v'", result.Error.Message);
        Assert.Contains(type.ToString(), result.Error.Message);
        Assert.Contains(given.Describe(), result.Error.Message);
        Assert.True(LiteralEquality.Equal(initial, state.GetVariable("v")));
        Assert.Single(log.Entries, d => d.Code == 2205);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void SettingAnUndeclaredGlobalCreatesItWithTypeAny()
    {
        var (state, log) = NewState();

        var result = state.SetVariable("fresh", Str("hello"));

        Assert.Equal(SetStatus.Created, result.Status);
        var slot = state.Globals.FindLocal("fresh")!;
        Assert.Equal(VariableType.Any, slot.Type);
        Assert.Equal("hello", TextOf(slot.Value));
        // Any takes whatever comes next, of any kind.
        Assert.True(state.SetVariable("fresh", Int(3)).Succeeded);
        Assert.Equal("3", TextOf(state.GetVariable("fresh")));
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void SettingTheSameValueAgainChangesNothing()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(1));

        Assert.Equal(SetStatus.Unchanged, state.SetVariable("n", Int(1)).Status);
        Assert.Equal(SetStatus.Unchanged, state.SetVariable("n", Str("1")).Status);
        Assert.Equal(0, state.Globals.FindLocal("n")!.Version);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void ADeclarationWhoseInitialValueDoesNotFitStartsFromTheTypesDefault()
    {
        var (state, log) = NewState();

        var slot = state.Declare(state.Globals, "n", Str("lots"), VariableType.Int);

        Assert.Equal("0", TextOf(slot.Value));
        Assert.Contains(log.Entries, d => d.Code == 2205);
    }

    [Fact]
    public void ReadingAnUndeclaredNameGivesNull()
    {
        var (state, _) = NewState();
        Assert.Null(state.GetVariable("nope"));
        Assert.Null(state.Get(state.CreateScope(state.Globals, "C#1"), "nope"));
    }
}
