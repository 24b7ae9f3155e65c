using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

/// <summary>
/// Evaluates a value's syntax to a constant <see cref="Literal"/> (KRY.md §7.4–7.6): variables
/// are substituted at token level, strings interpolated, and [ext] expressions computed.
/// A tree-walking evaluator in the Crafting Interpreters style; errors are reported and yield null.
/// One evaluator serves many values (it keeps no state between calls but the file being read).
/// </summary>
public sealed class ValueEvaluator(DiagnosticBag diagnostics, Func<string, SourceSpan, Literal?> resolveVariable)
{
    private SourceFile file = null!;

    /// <summary>Set when the last value evaluated referred to at least one variable (so it needs a reactive binding).</summary>
    public bool UsedVariables { get; private set; }

    /// <summary>Evaluates a value written in <paramref name="source"/> (spans in diagnostics point into it).</summary>
    public Literal? Evaluate(ValueSyntax value, SourceFile source)
    {
        file = source;
        UsedVariables = false;
        return Eval(value);
    }

    private SourceSpan At(TextSpan span) => new(file, span);

    private Literal? Eval(ValueSyntax value)
    {
        switch (value)
        {
            case StringLiteralSyntax s:
                if (!s.IsInterpolated) return new StringLiteral(s.Text);
                var text = new System.Text.StringBuilder();
                foreach (var part in s.Parts)
                {
                    if (!part.IsVariable) { text.Append(part.Text); continue; }
                    UsedVariables = true;
                    var v = resolveVariable(part.VariableName!, At(part.Span));
                    if (v is null) return null;
                    text.Append(LiteralText.Of(v));
                }
                return new StringLiteral(text.ToString());
            case NumberLiteralSyntax n:
                return new NumberLiteral(n.Value, n.IsInteger, n.Unit);
            case BoolLiteralSyntax b:
                return new BoolLiteral(b.Value);
            case ColorLiteralSyntax c:
                return new ColorLiteral(c.Value);
            case WordSyntax w:
                return new WordLiteral(w.Word);
            case CallSyntax call:
                return new CallLiteral(call.Name);
            case VariableReferenceSyntax r:
                UsedVariables = true;
                return resolveVariable(r.Name, At(r.Span));
            case SequenceSyntax seq:
                return EvalAll(seq.Items) is { } items ? new SequenceLiteral(items) : null;
            case ArraySyntax array:
                return EvalAll(array.Items) is { } elements ? new ListLiteral(elements) : null;
            case ParenthesizedSyntax p:
                return Eval(p.Inner);
            case UnaryExpressionSyntax u:
                return EvalUnary(u);
            case BinaryExpressionSyntax b:
                return EvalBinary(b);
            case ConditionalExpressionSyntax c:
                var condition = Eval(c.Condition);
                if (condition is null) return null;
                bool truthy = LiteralText.IsTruthy(condition);
                CheckReferences(truthy ? c.WhenFalse : c.WhenTrue);
                return truthy ? Eval(c.WhenTrue) : Eval(c.WhenFalse);
            default:
                return null; // MissingValueSyntax: already reported by the parser
        }
    }

    /// <summary>
    /// Looks up the variables of a branch that short-circuiting skipped, without evaluating it:
    /// a misspelt name is reported even when the current values do not reach it (reactive
    /// bindings re-evaluate the expression when variables change), while guarded computations
    /// such as `$n != 0 ? $total / $n : 0` raise no false errors.
    /// </summary>
    private void CheckReferences(ValueSyntax value)
    {
        switch (value)
        {
            case VariableReferenceSyntax r:
                UsedVariables = true;
                resolveVariable(r.Name, At(r.Span));
                break;
            case StringLiteralSyntax s:
                foreach (var part in s.Parts)
                {
                    if (!part.IsVariable) continue;
                    UsedVariables = true;
                    resolveVariable(part.VariableName!, At(part.Span));
                }
                break;
            case SequenceSyntax seq:
                foreach (var item in seq.Items) CheckReferences(item);
                break;
            case ArraySyntax array:
                foreach (var item in array.Items) CheckReferences(item);
                break;
            case ParenthesizedSyntax p:
                CheckReferences(p.Inner);
                break;
            case UnaryExpressionSyntax u:
                CheckReferences(u.Operand);
                break;
            case BinaryExpressionSyntax bin:
                CheckReferences(bin.Left);
                CheckReferences(bin.Right);
                break;
            case ConditionalExpressionSyntax c:
                CheckReferences(c.Condition);
                CheckReferences(c.WhenTrue);
                CheckReferences(c.WhenFalse);
                break;
        }
    }

    private Literal[]? EvalAll(IReadOnlyList<ValueSyntax> items)
    {
        var result = new Literal[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            var v = Eval(items[i]);
            if (v is null) return null;
            result[i] = v;
        }
        return result;
    }

    private Literal? EvalUnary(UnaryExpressionSyntax u)
    {
        var operand = Eval(u.Operand);
        if (operand is null) return null;
        if (u.Operator == UnaryOperator.Not) return new BoolLiteral(!LiteralText.IsTruthy(operand));
        if (AsNumber(operand) is { } n) return n with { Value = -n.Value };
        diagnostics.Report(DiagnosticCodes.TypeMismatch, At(u.Span), $"Cannot negate '{operand.Describe()}': it is not a number");
        return null;
    }

    private static NumberLiteral? AsNumber(Literal literal) => literal switch
    {
        NumberLiteral n => n,
        StringLiteral s when Number.TryParse(s.Value, out var v) => new NumberLiteral(v, !s.Value.Contains('.')),
        _ => null,
    };

    private Literal? EvalBinary(BinaryExpressionSyntax b)
    {
        var left = Eval(b.Left);
        if (left is null) return null;
        // && and || short-circuit like every C-family language.
        if (b.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            bool decided = LiteralText.IsTruthy(left) == (b.Operator == BinaryOperator.Or);
            if (decided)
            {
                CheckReferences(b.Right);
                return new BoolLiteral(b.Operator == BinaryOperator.Or);
            }
            return Eval(b.Right) is { } rightValue ? new BoolLiteral(LiteralText.IsTruthy(rightValue)) : null;
        }
        var right = Eval(b.Right);
        if (right is null) return null;

        switch (b.Operator)
        {
            case BinaryOperator.Equal: return new BoolLiteral(LiteralText.Of(left) == LiteralText.Of(right));
            case BinaryOperator.NotEqual: return new BoolLiteral(LiteralText.Of(left) != LiteralText.Of(right));
        }

        var l = AsNumber(left);
        var r = AsNumber(right);
        if (b.Operator == BinaryOperator.Add && (l is null || r is null) && (left is StringLiteral || right is StringLiteral))
            return new StringLiteral(LiteralText.Of(left) + LiteralText.Of(right));
        if (l is null || r is null)
        {
            var bad = l is null ? left : right;
            diagnostics.Report(DiagnosticCodes.TypeMismatch, At(l is null ? b.Left.Span : b.Right.Span),
                $"Operator '{Symbol(b.Operator)}' needs numbers, got '{bad.Describe()}'");
            return null;
        }
        if (l.Unit.Length > 0 && r.Unit.Length > 0 && l.Unit != r.Unit)
        {
            diagnostics.Report(DiagnosticCodes.TypeMismatch, At(b.Span), $"Cannot combine '{l.Describe()}' and '{r.Describe()}': the units differ");
            return null;
        }
        string unit = l.Unit.Length > 0 ? l.Unit : r.Unit;
        switch (b.Operator)
        {
            case BinaryOperator.Less: return new BoolLiteral(l.Value < r.Value);
            case BinaryOperator.Greater: return new BoolLiteral(l.Value > r.Value);
            case BinaryOperator.LessOrEqual: return new BoolLiteral(l.Value <= r.Value);
            case BinaryOperator.GreaterOrEqual: return new BoolLiteral(l.Value >= r.Value);
        }
        if (b.Operator == BinaryOperator.Divide && r.Value == 0)
        {
            diagnostics.Report(DiagnosticCodes.InvalidPropertyValue, At(b.Right.Span), "Division by zero");
            return null;
        }
        double result = b.Operator switch
        {
            BinaryOperator.Add => l.Value + r.Value,
            BinaryOperator.Subtract => l.Value - r.Value,
            BinaryOperator.Multiply => l.Value * r.Value,
            _ => l.Value / r.Value,
        };
        if (!double.IsFinite(result))
        {
            diagnostics.Report(DiagnosticCodes.InvalidPropertyValue, At(b.Span), "The result of this expression is too large");
            return null;
        }
        // Float math; the result is an integer when it is integral (KRY.md §7.5).
        return new NumberLiteral(result, result == Math.Floor(result) && Math.Abs(result) <= int.MaxValue, unit);
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        _ => op.ToString(),
    };
}
