using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Range: its bounds (its Sequence methods are in SequenceMethods.cs).</summary>
internal sealed partial class Interpreter
{
    private static bool RangeMethod(WrenRange range, string signature, object?[] args, out object? result)
    {
        result = signature switch
        {
            "from" => range.From,
            "to" => range.To,
            "min" => Math.Min(range.From, range.To),
            "max" => Math.Max(range.From, range.To),
            "isInclusive" => range.IsInclusive,
            _ => null,
        };
        return result is not null;
    }
}
