using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Syntax;

/// <summary>A property or variable value as written (KRY.md §2 Value, plus [ext] expressions).</summary>
public abstract class ValueSyntax(TextSpan span) : SyntaxNode(span);

public sealed class StringLiteralSyntax(TextSpan span, IReadOnlyList<StringPart> parts) : ValueSyntax(span)
{
    public IReadOnlyList<StringPart> Parts { get; } = parts;

    public bool IsInterpolated { get; } = HasVariable(parts);

    private static bool HasVariable(IReadOnlyList<StringPart> parts)
    {
        for (int i = 0; i < parts.Count; i++)
            if (parts[i].IsVariable) return true;
        return false;
    }

    /// <summary>The text with any `$name` references written back as `$name` (only meaningful when not interpolated).</summary>
    public string Text => Parts.Count switch
    {
        0 => "",
        1 when !Parts[0].IsVariable => Parts[0].Text!,
        _ => string.Concat(Parts.Select(p => p.IsVariable ? "$" + p.VariableName : p.Text)),
    };
}

public sealed class NumberLiteralSyntax(TextSpan span, double value, bool isInteger, string unit) : ValueSyntax(span)
{
    public double Value { get; } = value;

    public bool IsInteger { get; } = isInteger;

    /// <summary>"" for a plain number, else px, %, em, …</summary>
    public string Unit { get; } = unit;
}

public sealed class BoolLiteralSyntax(TextSpan span, bool value) : ValueSyntax(span)
{
    public bool Value { get; } = value;
}

public sealed class ColorLiteralSyntax(TextSpan span, Color value, string text) : ValueSyntax(span)
{
    public Color Value { get; } = value;

    /// <summary>As written (`#333`), so the printer keeps the user's spelling.</summary>
    public string Text { get; } = text;
}

/// <summary>`$name`.</summary>
public sealed class VariableReferenceSyntax(TextSpan span, string name) : ValueSyntax(span)
{
    public string Name { get; } = name;
}

/// <summary>A bare word: `center`, `bold`, `handleClick`.</summary>
public sealed class WordSyntax(TextSpan span, string word) : ValueSyntax(span)
{
    public string Word { get; } = word;
}

/// <summary>Values side by side on one line: `row center`, `10px 20px`.</summary>
public sealed class SequenceSyntax(TextSpan span, IReadOnlyList<ValueSyntax> items) : ValueSyntax(span)
{
    public IReadOnlyList<ValueSyntax> Items { get; } = items;
}

/// <summary>`[a, b, c]`.</summary>
public sealed class ArraySyntax(TextSpan span, IReadOnlyList<ValueSyntax> items) : ValueSyntax(span)
{
    public IReadOnlyList<ValueSyntax> Items { get; } = items;
}

/// <summary>`handleClick()`: the call form of an event handler name.</summary>
public sealed class CallSyntax(TextSpan span, string name) : ValueSyntax(span)
{
    public string Name { get; } = name;
}

public enum UnaryOperator { Not, Negate }

public enum BinaryOperator { Add, Subtract, Multiply, Divide, Equal, NotEqual, Less, Greater, LessOrEqual, GreaterOrEqual, And, Or }

public sealed class UnaryExpressionSyntax(TextSpan span, UnaryOperator op, ValueSyntax operand) : ValueSyntax(span)
{
    public UnaryOperator Operator { get; } = op;

    public ValueSyntax Operand { get; } = operand;
}

public sealed class BinaryExpressionSyntax(TextSpan span, ValueSyntax left, BinaryOperator op, ValueSyntax right) : ValueSyntax(span)
{
    public ValueSyntax Left { get; } = left;

    public BinaryOperator Operator { get; } = op;

    public ValueSyntax Right { get; } = right;
}

/// <summary>`condition ? whenTrue : whenFalse`.</summary>
public sealed class ConditionalExpressionSyntax(TextSpan span, ValueSyntax condition, ValueSyntax whenTrue, ValueSyntax whenFalse) : ValueSyntax(span)
{
    public ValueSyntax Condition { get; } = condition;

    public ValueSyntax WhenTrue { get; } = whenTrue;

    public ValueSyntax WhenFalse { get; } = whenFalse;
}

public sealed class ParenthesizedSyntax(TextSpan span, ValueSyntax inner) : ValueSyntax(span)
{
    public ValueSyntax Inner { get; } = inner;
}

/// <summary>Stands where a value was expected but none could be parsed (an error was reported).</summary>
public sealed class MissingValueSyntax(TextSpan span) : ValueSyntax(span);
