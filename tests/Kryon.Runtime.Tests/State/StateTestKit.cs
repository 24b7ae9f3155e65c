using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Runtime.Tests.State;

/// <summary>Shorthands shared by the state tests.</summary>
internal static class StateTestKit
{
    public static (StateManager State, RuntimeLog Log) NewState()
    {
        var log = new RuntimeLog();
        return (new StateManager(log), log);
    }

    public static NumberLiteral Int(long value) => new(value, true);

    public static NumberLiteral Float(double value) => new(value, false);

    public static StringLiteral Str(string value) => new(value);

    public static BoolLiteral Bool(bool value) => new(value);

    /// <summary>The text a value shows as (what a Text element would display).</summary>
    public static string TextOf(Literal? value) => value is null ? "<null>" : Kryon.Compiler.Binding.LiteralText.Of(value);

    /// <summary>Records every value a binding applies.</summary>
    public sealed class Recorder
    {
        public List<string> Applied { get; } = [];

        public string? Last => Applied.Count == 0 ? null : Applied[^1];

        public Action<Literal> Apply => value => Applied.Add(TextOf(value));
    }
}
