using Kryon.Values;

namespace Kryon.Compiler.Binding;

/// <summary>The text a value contributes when interpolated into a string (KRY.md §7.6): strings without quotes, numbers in shortest form.</summary>
public static class LiteralText
{
    public static string Of(Literal literal) => literal switch
    {
        StringLiteral s => s.Value,
        WordLiteral w => w.Word,
        NumberLiteral n => Number.Format(n.Value) + n.Unit,
        BoolLiteral b => b.Value ? "true" : "false",
        ColorLiteral c => c.Value.ToString(),
        CallLiteral c => c.Name,
        SequenceLiteral seq => string.Join(' ', seq.Items.Select(Of)),
        ListLiteral list => string.Join(", ", list.Items.Select(Of)),
        _ => literal.Describe(),
    };

    /// <summary>Truthiness for `!`, `&amp;&amp;`, `||` and `?:`: false, 0, "" and "false" are false.</summary>
    public static bool IsTruthy(Literal literal) => literal switch
    {
        BoolLiteral b => b.Value,
        NumberLiteral n => n.Value != 0,
        StringLiteral s => s.Value.Length > 0 && s.Value != "false",
        _ => true,
    };
}
