using Kryon.Values;

namespace Kryon.Runtime.State;

/// <summary>
/// Whether two values are the same for change detection. Record equality is not enough: lists
/// compare their item collections by reference, and `3` read as an integer or a float is one number.
/// </summary>
public static class LiteralEquality
{
    public static bool Equal(Literal? a, Literal? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return (a, b) switch
        {
            (NumberLiteral x, NumberLiteral y) => x.Value.Equals(y.Value) && x.Unit == y.Unit,
            (ListLiteral x, ListLiteral y) => ItemsEqual(x.Items, y.Items),
            (SequenceLiteral x, SequenceLiteral y) => ItemsEqual(x.Items, y.Items),
            _ => a.Equals(b),
        };
    }

    private static bool ItemsEqual(IReadOnlyList<Literal> a, IReadOnlyList<Literal> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!Equal(a[i], b[i])) return false;
        return true;
    }
}
