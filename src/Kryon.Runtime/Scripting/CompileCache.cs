using System.Security.Cryptography;
using System.Text;

namespace Kryon.Runtime.Scripting;

/// <summary>
/// An engine's compile cache (issue 9): SHA-256 of (source name + "\n" + code) → what compiling
/// that code produced (Lua bytecode, Lisp forms), shared by every engine of the language in the
/// process, so a second engine, a render after a run, or a reload of unchanged code skips the
/// compiler. The source name is part of the key because compiled code carries it (error locations).
/// Bounded by <see cref="MaxEntries"/> and <see cref="MaxBytes"/> (each entry's size as the engine
/// estimates it); the oldest entries go first. Thread-safe.
/// </summary>
public sealed class CompileCache<T> where T : class
{
    public const int MaxEntries = 256;
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly object _gate = new();
    private readonly Dictionary<string, (T Value, long Size)> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private long _bytes, _hits, _misses;

    /// <summary>Loads that found their compiled code here.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Loads that had to compile.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    public static string Key(string sourceName, string code)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sourceName + "\n" + code)));

    /// <summary>The cached value for <paramref name="key"/>, counting a hit or a miss.</summary>
    public T? TryGet(string key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                _hits++;
                return entry.Value;
            }
            _misses++;
            return null;
        }
    }

    public void Add(string key, T value, long size)
    {
        if (size > MaxBytes) return;
        lock (_gate)
        {
            if (!_entries.TryAdd(key, (value, size))) return;
            _order.Enqueue(key);
            _bytes += size;
            while (_entries.Count > MaxEntries || _bytes > MaxBytes)
            {
                var oldest = _order.Dequeue();
                if (_entries.Remove(oldest, out var evicted)) _bytes -= evicted.Size;
            }
        }
    }
}
