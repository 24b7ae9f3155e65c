namespace Kryon.Scripting.Lisp.Data;

/// <summary>Sequence views of values (LISP.md §5 collections): nil, lists, vectors, sets, maps (as [k v] entries) and strings (as characters).</summary>
public static class Seq
{
    public static bool IsSequential(object? x) => x is LispList or LispVector;

    public static bool IsCollection(object? x) => x is LispList or LispVector or LispMap or LispSet;

    public static IReadOnlyList<object?> Items(object? x) => x switch
    {
        null => [],
        LispList l => l.Span.ToArray(),
        LispVector v => v.Items,
        LispSet s => s.Items,
        LispMap m => m.Entries.Select(e => (object?)LispVector.Of([e.Key, e.Value])).ToArray(),
        string s => s.Select(c => (object?)c).ToArray(),
        _ => throw new LispError(ErrorKind.Type, $"Don't know how to create a sequence from {Printer.TypeName(x)}"),
    };

    public static int Count(object? x) => x switch
    {
        null => 0,
        LispList l => l.Count,
        LispVector v => v.Count,
        LispSet s => s.Count,
        LispMap m => m.Count,
        string s => s.Length,
        _ => throw new LispError(ErrorKind.Type, $"count not supported on {Printer.TypeName(x)}"),
    };

    public static LispList ToList(IEnumerable<object?> items) => new(items.ToArray());
}
