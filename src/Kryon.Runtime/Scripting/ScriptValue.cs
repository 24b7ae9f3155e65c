using System.Globalization;
using Kryon.Values;

namespace Kryon.Runtime.Scripting;

public enum ScriptValueKind : byte { Null, Bool, Int, Float, String, Array, Object, Function, Element }

/// <summary>A function value handed across the script bridge: which engine owns it and its handle there.</summary>
public sealed record ScriptFunctionRef(string Language, int Handle, string? Name = null);

/// <summary>
/// A value crossing between the runtime and a script engine (issue 9's contract): null, bool, int,
/// float, string, array, object, function reference or element handle. Immutable; arrays and
/// objects are read-only views.
/// </summary>
public readonly struct ScriptValue : IEquatable<ScriptValue>
{
    private readonly long _bits;
    private readonly object? _ref;

    private ScriptValue(ScriptValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public ScriptValueKind Kind { get; }

    public static ScriptValue Null => default;

    public bool IsNull => Kind == ScriptValueKind.Null;

    public static ScriptValue From(bool value) => new(ScriptValueKind.Bool, value ? 1 : 0, null);

    public static ScriptValue From(long value) => new(ScriptValueKind.Int, value, null);

    public static ScriptValue From(double value) => new(ScriptValueKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    public static ScriptValue From(string? value) => value is null ? Null : new(ScriptValueKind.String, 0, value);

    public static ScriptValue Array(IReadOnlyList<ScriptValue> items) => new(ScriptValueKind.Array, 0, items);

    public static ScriptValue Object(IReadOnlyDictionary<string, ScriptValue> fields) => new(ScriptValueKind.Object, 0, fields);

    public static ScriptValue Function(ScriptFunctionRef function) => new(ScriptValueKind.Function, 0, function);

    /// <summary>A runtime element by its handle (<see cref="Elements.Element.Handle"/>).</summary>
    public static ScriptValue Element(int handle) => new(ScriptValueKind.Element, handle, null);

    public bool AsBool() => Kind == ScriptValueKind.Bool ? _bits != 0 : IsTruthy;

    public long AsInt() => Kind switch
    {
        ScriptValueKind.Int => _bits,
        ScriptValueKind.Float => (long)BitConverter.Int64BitsToDouble(_bits),
        _ => throw new InvalidOperationException($"a {Kind} is not a number"),
    };

    public double AsFloat() => Kind switch
    {
        ScriptValueKind.Float => BitConverter.Int64BitsToDouble(_bits),
        ScriptValueKind.Int => _bits,
        _ => throw new InvalidOperationException($"a {Kind} is not a number"),
    };

    public string AsString() => Kind == ScriptValueKind.String ? (string)_ref! : throw new InvalidOperationException($"a {Kind} is not a string");

    public IReadOnlyList<ScriptValue> AsArray() => Kind == ScriptValueKind.Array ? (IReadOnlyList<ScriptValue>)_ref! : throw new InvalidOperationException($"a {Kind} is not an array");

    public IReadOnlyDictionary<string, ScriptValue> AsObject() => Kind == ScriptValueKind.Object ? (IReadOnlyDictionary<string, ScriptValue>)_ref! : throw new InvalidOperationException($"a {Kind} is not an object");

    public ScriptFunctionRef AsFunction() => Kind == ScriptValueKind.Function ? (ScriptFunctionRef)_ref! : throw new InvalidOperationException($"a {Kind} is not a function");

    public int AsElement() => Kind == ScriptValueKind.Element ? (int)_bits : throw new InvalidOperationException($"a {Kind} is not an element");

    public bool IsNumber => Kind is ScriptValueKind.Int or ScriptValueKind.Float;

    /// <summary>Truthiness as KRY conditions read it: null, false, 0, "" and "false" are false.</summary>
    public bool IsTruthy => Kind switch
    {
        ScriptValueKind.Null => false,
        ScriptValueKind.Bool => _bits != 0,
        ScriptValueKind.Int => _bits != 0,
        ScriptValueKind.Float => BitConverter.Int64BitsToDouble(_bits) != 0,
        ScriptValueKind.String => ((string)_ref!).Length > 0 && (string)_ref! != "false",
        _ => true,
    };

    /// <summary>The value as text: what string interpolation and `text` properties show.</summary>
    public override string ToString() => Kind switch
    {
        ScriptValueKind.Null => "",
        ScriptValueKind.Bool => _bits != 0 ? "true" : "false",
        ScriptValueKind.Int => _bits.ToString(CultureInfo.InvariantCulture),
        ScriptValueKind.Float => Number.Format(BitConverter.Int64BitsToDouble(_bits)),
        ScriptValueKind.String => (string)_ref!,
        ScriptValueKind.Array => "[" + string.Join(", ", AsArray()) + "]",
        ScriptValueKind.Object => "{" + string.Join(", ", AsObject().Select(kv => kv.Key + ": " + kv.Value)) + "}",
        ScriptValueKind.Function => "function " + (AsFunction().Name ?? "#" + AsFunction().Handle),
        ScriptValueKind.Element => "element #" + _bits,
        _ => "",
    };

    /// <summary>A KRY literal for a scalar value (variables and properties hold literals); null for arrays, objects, functions, elements.</summary>
    public Literal? ToLiteral() => Kind switch
    {
        ScriptValueKind.Null => new StringLiteral(""),
        ScriptValueKind.Bool => new BoolLiteral(_bits != 0),
        ScriptValueKind.Int => new NumberLiteral(_bits, true),
        ScriptValueKind.Float => FloatLiteral(BitConverter.Int64BitsToDouble(_bits)),
        ScriptValueKind.String => new StringLiteral((string)_ref!),
        _ => null,
    };

    private static NumberLiteral FloatLiteral(double d) => new(d, false);

    /// <summary>The script-side value of a KRY literal.</summary>
    public static ScriptValue FromLiteral(Literal literal) => literal switch
    {
        StringLiteral s => From(s.Value),
        WordLiteral w => From(w.Word),
        NumberLiteral { IsInteger: true, Unit: "" } n when n.Value is >= long.MinValue and <= long.MaxValue => From((long)n.Value),
        NumberLiteral { Unit: "" } n => From(n.Value),
        NumberLiteral n => From(n.Describe()),
        BoolLiteral b => From(b.Value),
        ColorLiteral c => From(c.Value.ToString()),
        ListLiteral l => Array(l.Items.Select(FromLiteral).ToArray()),
        _ => From(literal.Describe()),
    };

    public bool Equals(ScriptValue other)
    {
        if (Kind != other.Kind) return false;
        return Kind switch
        {
            ScriptValueKind.String => (string)_ref! == (string)other._ref!,
            ScriptValueKind.Array => AsArray().SequenceEqual(other.AsArray()),
            ScriptValueKind.Object => AsObject().Count == other.AsObject().Count
                && AsObject().All(kv => other.AsObject().TryGetValue(kv.Key, out var v) && v.Equals(kv.Value)),
            ScriptValueKind.Function => Equals(_ref, other._ref),
            _ => _bits == other._bits,
        };
    }

    public override bool Equals(object? obj) => obj is ScriptValue v && Equals(v);

    public override int GetHashCode() => Kind switch
    {
        ScriptValueKind.String => HashCode.Combine(Kind, (string)_ref!),
        ScriptValueKind.Array or ScriptValueKind.Object => HashCode.Combine(Kind, ((System.Collections.ICollection)_ref!).Count),
        ScriptValueKind.Function => HashCode.Combine(Kind, _ref),
        _ => HashCode.Combine(Kind, _bits),
    };

    public static bool operator ==(ScriptValue a, ScriptValue b) => a.Equals(b);

    public static bool operator !=(ScriptValue a, ScriptValue b) => !a.Equals(b);
}
