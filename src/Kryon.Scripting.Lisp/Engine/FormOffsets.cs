namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// Hands out the offset ranges scripts are read at, process-wide: forms remember
/// <c>base + offset</c>, and cached forms are shared between engines, so two scripts must never be
/// read into the same range (an engine's <see cref="ScriptRegistry"/> tells scripts apart by range).
/// Offsets are <c>int</c>; after 2 GB of read source the ranges start again at 0.
/// </summary>
internal static class FormOffsets
{
    private static readonly object Gate = new();
    private static int _next;

    /// <summary>The base of a fresh range of <paramref name="length"/> offsets.</summary>
    public static int Reserve(int length)
    {
        lock (Gate)
        {
            if (_next > int.MaxValue - length) _next = 0;
            int start = _next;
            _next += length;
            return start;
        }
    }
}
