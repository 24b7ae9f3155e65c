namespace Kryon.Krb;

/// <summary>
/// Where one element starts in the file, found while the reader validated it. Elements
/// are views that decode their fields from the file bytes on demand (the way JsonDocument indexes
/// JSON): loading a 10,000-element file allocates a few arrays instead of an object per element.
/// </summary>
/// Only the header offset and the first child slot are kept (8 bytes per element, so a
/// 10,000-element index stays off the large object heap); everything else is found from the header.
internal struct ElementRecord
{
    public int Offset;
    public int ChildStart;
}

/// <summary>An array that grows by doubling; ranges are reserved up front and filled in place.</summary>
internal struct GrowableArray<T>(int capacity)
{
    public T[] Items = new T[Math.Max(capacity, 1)];
    public int Count;

    /// <summary>Reserves <paramref name="n"/> slots and returns the index of the first.</summary>
    public int Reserve(int n)
    {
        int start = Count;
        if (Count + n > Items.Length) Array.Resize(ref Items, Math.Max(Items.Length * 2, Count + n));
        Count += n;
        return start;
    }
}
