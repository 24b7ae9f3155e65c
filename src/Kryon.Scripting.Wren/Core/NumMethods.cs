namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Num: arithmetic, comparison, bitwise operators, ranges and the math methods.</summary>
internal sealed partial class Interpreter
{
    private bool NumMethod(double n, string signature, object?[] args, out object? result)
    {
        result = signature switch
        {
            "+(_)" => n + NumArg(args[0]),
            "-(_)" => n - NumArg(args[0]),
            "*(_)" => n * NumArg(args[0]),
            "/(_)" => n / NumArg(args[0]),
            "%(_)" => n % NumArg(args[0]),
            "<(_)" => n < NumArg(args[0]),
            ">(_)" => n > NumArg(args[0]),
            "<=(_)" => n <= NumArg(args[0]),
            ">=(_)" => n >= NumArg(args[0]),
            "&(_)" => (double)(ToUInt32(n) & ToUInt32(NumArg(args[0]))),
            "|(_)" => (double)(ToUInt32(n) | ToUInt32(NumArg(args[0]))),
            "^(_)" => (double)(ToUInt32(n) ^ ToUInt32(NumArg(args[0]))),
            "<<(_)" => (double)(ToUInt32(n) << (int)ToUInt32(NumArg(args[0]))),
            ">>(_)" => (double)(ToUInt32(n) >> (int)ToUInt32(NumArg(args[0]))),
            "..(_)" => new Runtime.WrenRange(n, NumArg(args[0], "Right hand side of range"), true),
            "...(_)" => new Runtime.WrenRange(n, NumArg(args[0], "Right hand side of range"), false),
            "-" => -n,
            "~" => (double)~ToUInt32(n),
            "abs" => Math.Abs(n),
            "acos" => Math.Acos(n),
            "asin" => Math.Asin(n),
            "atan" => Math.Atan(n),
            "atan(_)" => Math.Atan2(n, NumArg(args[0])),
            "cbrt" => Math.Cbrt(n),
            "ceil" => Math.Ceiling(n),
            "cos" => Math.Cos(n),
            "exp" => Math.Exp(n),
            "floor" => Math.Floor(n),
            "fraction" => n - Math.Truncate(n),
            "isInfinity" => double.IsInfinity(n),
            "isInteger" => !double.IsNaN(n) && !double.IsInfinity(n) && n == Math.Floor(n),
            "isNan" => double.IsNaN(n),
            "log" => Math.Log(n),
            "log2" => Math.Log2(n),
            "max(_)" => Math.Max(n, NumArg(args[0], "Other value")),
            "min(_)" => Math.Min(n, NumArg(args[0], "Other value")),
            "clamp(_,_)" => Math.Min(Math.Max(n, NumArg(args[0], "Min value")), NumArg(args[1], "Max value")),
            "pow(_)" => Math.Pow(n, NumArg(args[0], "Power value")),
            "round" => Math.Round(n, MidpointRounding.AwayFromZero),
            "sign" => (double)Math.Sign(n),
            "sin" => Math.Sin(n),
            "sqrt" => Math.Sqrt(n),
            "tan" => Math.Tan(n),
            "truncate" => Math.Truncate(n),
            "toString" => NewString(FormatNum(n)),
            _ => null,
        };
        return result is not null;
    }
}
