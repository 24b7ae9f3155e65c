namespace Kryon.Scripting.Lisp.Reading;

/// <summary>A reader failure (LISP.md §8 SyntaxError): message and where, as a character offset and 1-based line:column in the script.</summary>
public sealed record SyntaxError(string Message, int Offset, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}: {Message}";
}

/// <summary>What reading a script gave: its top-level forms, or the syntax error that stopped it (then <see cref="Forms"/> is empty).</summary>
public sealed record ReadResult(IReadOnlyList<object?> Forms, SyntaxError? Error)
{
    public bool Succeeded => Error is null;
}
