namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Native objects (text layouts, decoded images) kept between frames. Over capacity, the entries
/// the last frame did not use are disposed at the end of the frame, never the ones on screen, so a
/// big screen never thrashes and memory follows what is shown.
/// </summary>
internal sealed class FrameCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) : IDisposable
    where TKey : notnull
    where TValue : class?, IDisposable?
{
    private readonly Dictionary<TKey, (TValue Value, long Frame)> _entries = new(comparer);
    private readonly List<TKey> _stale = [];
    private long _frame;

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = (entry.Value, _frame);
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Add(TKey key, TValue value) => _entries[key] = (value, _frame);

    /// <summary>Ends a frame: when over capacity, drops what this frame did not use.</summary>
    public void EndFrame()
    {
        if (_entries.Count > capacity)
        {
            foreach (var (key, entry) in _entries)
                if (entry.Frame != _frame) _stale.Add(key);
            foreach (var key in _stale)
            {
                _entries[key].Value?.Dispose();
                _entries.Remove(key);
            }
            _stale.Clear();
        }
        _frame++;
    }

    /// <summary>
    /// Ends a frame that drew only part of the picture (a damage repaint): entries it did not use
    /// may still be on screen, so nothing is dropped until the cache holds twice its capacity.
    /// </summary>
    public void EndPartialFrame()
    {
        if (_entries.Count > 2 * capacity) EndFrame();
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values) entry.Value?.Dispose();
        _entries.Clear();
    }
}
