using Kryon.Runtime.State;
using Kryon.Values;
using static Kryon.Runtime.Tests.State.StateTestKit;

namespace Kryon.Runtime.Tests.State;

public class ScopeTests
{
    [Fact]
    public void AComponentPropertyShadowsAGlobalOfTheSameName()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "title", Str("global"));
        var button = state.CreateScope(state.Globals, "CalcButton#clear");
        state.Declare(button, "title", Str("C"));
        var inTemplate = new Recorder();
        var outside = new Recorder();

        state.Bind(button, "$title", inTemplate.Apply, "CalcButton#clear/Text.text");
        state.Bind(state.Globals, "$title", outside.Apply, "Text#heading.text");

        Assert.Equal("C", inTemplate.Last);
        Assert.Equal("global", outside.Last);
        Assert.Equal("C", TextOf(state.Get(button, "title")));
    }

    [Fact]
    public void LookupWalksUpNestedScopes()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "theme", Str("dark"));
        var outer = state.CreateScope(state.Globals, "Panel#1");
        state.Declare(outer, "size", Int(3));
        var inner = state.CreateScope(outer, "Button#1");
        var label = new Recorder();

        state.Bind(inner, "\"$theme/$size\"", label.Apply, "Button#1/Text.text");
        Assert.Equal("dark/3", label.Last);

        state.SetVariable("theme", Str("light"));
        state.Set(outer, "size", Int(4));
        Assert.Equal(1, state.Flush());
        Assert.Equal("light/4", label.Last);
    }

    [Fact]
    public void SettingFromAComponentScopeWritesTheNearestDeclaration()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "count", Int(0));
        var scope = state.CreateScope(state.Globals, "Counter#1");

        Assert.Equal(SetStatus.Changed, state.Set(scope, "count", Int(1)).Status);
        Assert.Equal("1", TextOf(state.GetVariable("count")));
        Assert.Empty(scope.Variables);

        Assert.Equal(SetStatus.Created, state.Set(scope, "local", Int(1)).Status);
        Assert.NotNull(scope.FindLocal("local"));
        Assert.Null(state.GetVariable("local"));
    }

    [Fact]
    public void APlaceholderArgumentPropagatesFromTheGlobalThroughTheInstanceToTheTemplateInOneFlush()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "key_light", Str("#EEE"));
        state.Declare(state.Globals, "border", Int(1));
        // The instance: `tint` declared with the component's default, then bound to the placeholder's `bind:tint`.
        var key = state.CreateScope(state.Globals, "CalcButton#seven");
        state.Declare(key, "tint", new ColorLiteral(new Color(0, 0, 0, 255)), VariableType.Color);
        state.BindArgument(key, "tint", "$key_light", "CalcButton#seven.tint");
        var background = new Recorder();
        state.Bind(key, "\"$tint/$border\"", background.Apply, "CalcButton#seven/Button.background_color");
        Assert.Equal("#EEEEEEFF/1", background.Last);

        state.SetVariable("key_light", Str("#F00"));
        state.SetVariable("border", Int(2));
        int applied = state.Flush();

        Assert.Equal(2, applied); // the argument once, the template binding once
        Assert.Equal(["#EEEEEEFF/1", "#FF0000FF/2"], background.Applied);
        Assert.False(state.HasPendingChanges);
    }

    [Fact]
    public void TheArgumentOrderIsLearnedEvenWhenTheTemplateBindingWasCreatedFirst()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "accent", Str("red"));
        state.Declare(state.Globals, "suffix", Str("!"));
        var instance = state.CreateScope(state.Globals, "Badge#1");
        state.Declare(instance, "label", Str("default"));
        var text = new Recorder();
        state.Bind(instance, "\"$label$suffix\"", text.Apply, "Badge#1/Text.text");
        state.BindArgument(instance, "label", "$accent", "Badge#1.label");
        state.Flush();
        Assert.Equal("red!", text.Last);

        state.SetVariable("suffix", Str("?"));
        state.SetVariable("accent", Str("blue"));
        state.Flush();

        Assert.Equal(["default!", "red!", "blue?"], text.Applied);
    }

    [Fact]
    public void NestedComponentArgumentsChainInOneFlush()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "brand", Str("teal"));
        var card = state.CreateScope(state.Globals, "Card#1");
        state.Declare(card, "color", Str(""));
        state.BindArgument(card, "color", "$brand", "Card#1.color");
        var button = state.CreateScope(card, "Button#1");
        state.Declare(button, "tint", Str(""));
        state.BindArgument(button, "tint", "$color", "Button#1.tint");
        var text = new Recorder();
        state.Bind(button, "\"$tint $brand\"", text.Apply, "Button#1/Text.text");

        state.SetVariable("brand", Str("navy"));
        state.Flush();

        Assert.Equal(["teal teal", "navy navy"], text.Applied);
    }

    [Fact]
    public void RemovingAScopeDisposesItsBindingsAndThoseOfNestedScopes()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "n", Int(1));
        var outer = state.CreateScope(state.Globals, "Outer#1");
        var inner = state.CreateScope(outer, "Inner#1");
        var a = state.Bind(outer, "$n", _ => { }, "A");
        var b = state.Bind(inner, "$n", _ => { }, "B");
        var argument = state.BindArgument(inner, "p", "$n", "Inner#1.p");

        state.RemoveScope(outer);

        Assert.True(a.IsDisposed && b.IsDisposed && argument.IsDisposed);
        Assert.True(inner.IsRemoved);
        Assert.Equal(0, state.Globals.FindLocal("n")!.DependentCount);
        Assert.Equal(SetStatus.ScopeRemoved, state.Set(inner, "p", Int(3)).Status);
        state.SetVariable("n", Int(2));
        Assert.Equal(0, state.Flush());
    }

    [Fact]
    public void DeclaringAShadowingPropertyLaterRebindsTheTemplate()
    {
        var (state, _) = NewState();
        state.Declare(state.Globals, "title", Str("global"));
        var scope = state.CreateScope(state.Globals, "Card#1");
        var text = new Recorder();
        state.Bind(scope, "$title", text.Apply, "Card#1/Text.text");

        state.Declare(scope, "title", Str("own"));
        state.Flush();

        Assert.Equal(["global", "own"], text.Applied);
        Assert.Same(scope.FindLocal("title"), Assert.Single(state.Bind(scope, "$title", _ => { }, "x").Dependencies));
    }
}
