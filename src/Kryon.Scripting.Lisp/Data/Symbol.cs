using System.Collections.Concurrent;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>A symbol (LISP.md §3). Interned: two symbols with the same name are the same object, so environments compare by reference.</summary>
public sealed class Symbol
{
    private static readonly ConcurrentDictionary<string, Symbol> Table = new();

    private Symbol(string name) => Name = name;

    public string Name { get; }

    public static Symbol Of(string name) => Table.GetOrAdd(name, n => new Symbol(n));

    public override string ToString() => Name;
}
