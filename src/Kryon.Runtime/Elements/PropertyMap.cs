using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

/// <summary>
/// One layer of an element's properties (its own, a style's, a state set's, a script's): a small
/// insertion-ordered map. Elements set a handful of properties, so a linear scan over an array
/// beats hashing and keeps the layer compact.
/// </summary>
public sealed class PropertyMap
{
    private PropertyInfo[] _keys = [];
    private PropertyValue[] _values = [];

    public int Count { get; private set; }

    public PropertyValue? Get(PropertyInfo property)
    {
        for (int i = 0; i < Count; i++)
            if (ReferenceEquals(_keys[i], property)) return _values[i];
        return null;
    }

    public bool Contains(PropertyInfo property) => Get(property) is not null;

    /// <summary>Sets a value; returns false when it was already equal (nothing changed).</summary>
    public bool Set(PropertyInfo property, PropertyValue value)
    {
        for (int i = 0; i < Count; i++)
        {
            if (!ReferenceEquals(_keys[i], property)) continue;
            if (_values[i].Equals(value)) return false;
            _values[i] = value;
            return true;
        }
        if (Count == _keys.Length)
        {
            int size = Math.Max(4, Count * 2);
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }
        _keys[Count] = property;
        _values[Count] = value;
        Count++;
        return true;
    }

    public bool Remove(PropertyInfo property)
    {
        for (int i = 0; i < Count; i++)
        {
            if (!ReferenceEquals(_keys[i], property)) continue;
            Array.Copy(_keys, i + 1, _keys, i, Count - i - 1);
            Array.Copy(_values, i + 1, _values, i, Count - i - 1);
            Count--;
            _keys[Count] = null!;
            _values[Count] = null!;
            return true;
        }
        return false;
    }

    public void Clear()
    {
        Array.Clear(_keys, 0, Count);
        Array.Clear(_values, 0, Count);
        Count = 0;
    }

    public PropertyInfo KeyAt(int i) => _keys[i];

    public PropertyValue ValueAt(int i) => _values[i];

    public PropertyMap Clone()
    {
        var copy = new PropertyMap { _keys = (PropertyInfo[])_keys.Clone(), _values = (PropertyValue[])_values.Clone(), Count = Count };
        return copy;
    }

    public IEnumerable<(PropertyInfo Property, PropertyValue Value)> Entries()
    {
        for (int i = 0; i < Count; i++) yield return (_keys[i], _values[i]);
    }
}
