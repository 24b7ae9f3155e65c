namespace Kryon.Values;

/// <summary>
/// A value as written, before it is checked against a property: what the compiler gets from the
/// syntax tree after variable substitution, and what the runtime gets from a script's setProperty.
/// </summary>
public abstract record Literal
{
    /// <summary>How the value reads in KRY, for messages ("got '12px'").</summary>
    public abstract string Describe();
}

/// <summary>A quoted string (after escapes and interpolation).</summary>
public sealed record StringLiteral(string Value) : Literal
{
    public override string Describe() => "\"" + Value + "\"";
}

/// <summary>A bare identifier (`center`, `bold`, `handleClick`).</summary>
public sealed record WordLiteral(string Word) : Literal
{
    public override string Describe() => Word;
}

/// <summary>A number, with its unit if one was written (`12`, `1.5`, `50%`, `10px`).</summary>
public sealed record NumberLiteral(double Value, bool IsInteger, string Unit = "") : Literal
{
    public override string Describe() => Number.Format(Value) + Unit;
}

public sealed record BoolLiteral(bool Value) : Literal
{
    public override string Describe() => Value ? "true" : "false";
}

/// <summary>A bare colour token (`#333`).</summary>
public sealed record ColorLiteral(Color Value) : Literal
{
    public override string Describe() => Value.ToString();
}

/// <summary>`[a, b, c]`.</summary>
public sealed record ListLiteral(IReadOnlyList<Literal> Items) : Literal
{
    public override string Describe() => "[" + string.Join(", ", Items.Select(i => i.Describe())) + "]";
}

/// <summary>Several values separated by spaces on one line (`row center`, `10px 20px`).</summary>
public sealed record SequenceLiteral(IReadOnlyList<Literal> Items) : Literal
{
    public override string Describe() => string.Join(' ', Items.Select(i => i.Describe()));
}

/// <summary>`name()` — the call form some documents use for event handlers.</summary>
public sealed record CallLiteral(string Name) : Literal
{
    public override string Describe() => Name + "()";
}
