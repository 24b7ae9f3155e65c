namespace Kryon.Scripting.Lisp.Data;

/// <summary>
/// Lisp `=` (LISP.md §3): numbers by value (<c>(= 1 1.0)</c> is true), strings by content, keywords
/// and symbols by name (interned, so by reference), sequential collections element-wise (a list
/// equals a vector with the same elements), maps and sets by content regardless of order.
/// </summary>
public static class ValueEquality
{
    public static bool AreEqual(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (Num.IsNumber(a) && Num.IsNumber(b)) return Num.ToDouble(a) == Num.ToDouble(b) && (a is double || b is double || (long)a == (long)b);
        if (Seq.IsSequential(a) && Seq.IsSequential(b))
        {
            var x = Seq.Items(a);
            var y = Seq.Items(b);
            if (x.Count != y.Count) return false;
            for (int i = 0; i < x.Count; i++)
                if (!AreEqual(x[i], y[i])) return false;
            return true;
        }
        return (a, b) switch
        {
            (LispMap m, LispMap n) => m.Count == n.Count && m.Entries.All(e => n.TryGet(e.Key, out var v) && AreEqual(e.Value, v)),
            (LispSet s, LispSet t) => s.Count == t.Count && s.Items.All(t.Contains),
            _ => a.Equals(b),
        };
    }
}
