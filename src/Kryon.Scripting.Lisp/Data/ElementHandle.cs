namespace Kryon.Scripting.Lisp.Data;

/// <summary>An opaque runtime element as the DOM bridge hands it out (LISP.md §3, §7.1).</summary>
public sealed record ElementHandle(int Handle)
{
    public override string ToString() => "#element[" + Handle + "]";
}
