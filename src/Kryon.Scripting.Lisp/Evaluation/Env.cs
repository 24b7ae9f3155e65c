using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Evaluation;

/// <summary>
/// A lexical environment (LISP.md §4): a small frame of symbol → value pairs (searched linearly,
/// symbols are interned) with a parent. The root frame is the global namespace, a dictionary.
/// </summary>
public sealed class Env
{
    private readonly Dictionary<Symbol, object?>? _globals;
    private Symbol[] _names = [];
    private object?[] _values = [];
    private int _count;

    private Env(Env? parent, Dictionary<Symbol, object?>? globals)
    {
        Parent = parent;
        _globals = globals;
    }

    public Env? Parent { get; }

    public bool IsGlobal => _globals is not null;

    public static Env CreateGlobal(Env? builtins) => new(builtins, []);

    public Env Child() => new(this, null);

    public void Define(Symbol name, object? value)
    {
        if (_globals is not null) { _globals[name] = value; return; }
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(_names[i], name)) { _values[i] = value; return; }
        if (_count == _names.Length)
        {
            int size = Math.Max(4, _count * 2);
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
        }
        _names[_count] = name;
        _values[_count++] = value;
    }

    public bool TryLookup(Symbol name, out object? value)
    {
        for (var env = this; env is not null; env = env.Parent)
        {
            if (env._globals is not null)
            {
                if (env._globals.TryGetValue(name, out value)) return true;
                continue;
            }
            for (int i = 0; i < env._count; i++)
                if (ReferenceEquals(env._names[i], name)) { value = env._values[i]; return true; }
        }
        value = null;
        return false;
    }

    /// <summary>A name defined in this frame itself (not its parents); for a global frame, a user global.</summary>
    public bool TryGetOwn(Symbol name, out object? value)
    {
        if (_globals is not null) return _globals.TryGetValue(name, out value);
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(_names[i], name)) { value = _values[i]; return true; }
        value = null;
        return false;
    }

    /// <summary>The names defined in this global frame.</summary>
    public IEnumerable<Symbol> GlobalNames => _globals?.Keys ?? Enumerable.Empty<Symbol>();

    public void Remove(Symbol name) => _globals?.Remove(name);
}
