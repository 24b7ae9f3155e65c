using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// What the reader made of a script, shared by every <see cref="LispEngine"/> in the process:
/// SHA-256 of (source name + "\n" + code) → the top-level forms and the offset base they were read at.
/// Sharing is safe because forms are immutable (lists are read-only array slices, vectors, maps and
/// sets immutable collections, symbols and keywords interned, the rest strings, numbers and chars);
/// interpreters keep their own per-form data (macro expansions) in their own tables.
/// Bounded as <see cref="CompileCache{T}"/> says (sizes estimated from the code's length).
/// </summary>
internal static class LispFormCache
{
    /// <summary>Forms take several times their text's size; this is the estimate per character of code.</summary>
    private const int BytesPerCharacter = 16;

    public sealed record Entry(IReadOnlyList<object?> Forms, int BaseOffset);

    private static readonly CompileCache<Entry> Entries = new();

    public static long Hits => Entries.Hits;

    public static long Misses => Entries.Misses;

    public static string Key(string sourceName, string code) => CompileCache<Entry>.Key(sourceName, code);

    public static Entry? TryGet(string key) => Entries.TryGet(key);

    public static void Add(string key, IReadOnlyList<object?> forms, int baseOffset, int codeLength)
        => Entries.Add(key, new Entry(forms, baseOffset), (long)codeLength * BytesPerCharacter);
}
