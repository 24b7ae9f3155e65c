namespace Kryon.Krb;

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
