using Kryon.Diagnostics;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// What a render to a file or stream produced: success, and the diagnostics it reported (1505 when
/// the output could not be written, 2503 warnings for images that could not be shown). Rendering
/// never throws for these; it throws only for programming errors.
/// </summary>
public sealed record RenderResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The first error's message, for a one-line report.</summary>
    public string? Error => Diagnostics.FirstOrDefault(d => d.IsError)?.Message;
}
