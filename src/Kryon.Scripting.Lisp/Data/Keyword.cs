using System.Collections.Concurrent;

namespace Kryon.Scripting.Lisp.Data;

/// <summary>A keyword `:name` (LISP.md §3): self-evaluating, interned, callable as a map lookup. <see cref="Name"/> has no colon.</summary>
public sealed class Keyword
{
    private static readonly ConcurrentDictionary<string, Keyword> Table = new();

    private Keyword(string name) => Name = name;

    public string Name { get; }

    public static Keyword Of(string name) => Table.GetOrAdd(name, n => new Keyword(n));

    public override string ToString() => ":" + Name;
}
