namespace Kryon.Compiler.Formatting;

/// <summary>A comment as written (`// …`, `# …` or `/* … */`) and where it starts in the source.</summary>
internal readonly record struct Comment(string Source, int Start)
{
    /// <summary>`//` and `#` comments run to the end of the line, so nothing may follow them on it.</summary>
    public bool IsLineComment => !Source.StartsWith("/*", StringComparison.Ordinal);

    public bool IsMultiLine => Source.AsSpan().ContainsAny('\n', '\r');

    /// <summary>
    /// The comment as the formatter writes it: a line comment without trailing blanks, a block
    /// comment with `\r\n` line breaks turned into `\n` (its inner lines are otherwise kept as they are).
    /// </summary>
    public string Text => IsLineComment ? Source.TrimEnd() : Source.Replace("\r\n", "\n");
}
