using Kryon.Diagnostics;

namespace Kryon.Compiler.Formatting;

/// <summary>The outcome of formatting one source: the canonical text, or null with the errors that prevented it.</summary>
public sealed record FormatResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether formatting succeeded and produced text different from <paramref name="original"/>.</summary>
    public bool Changed(string original) => Text is not null && Text != original;
}
