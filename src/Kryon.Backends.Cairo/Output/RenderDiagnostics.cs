using Kryon.Diagnostics;

namespace Kryon.Backends.Cairo.Output;

/// <summary>The diagnostics the backend reports: the same values the compiler and runtime use, so a command prints them alike.</summary>
internal static class RenderDiagnostics
{
    /// <summary>2503: the image shows nothing; the frame is still drawn.</summary>
    public static Diagnostic ImageFailed(string source, string reason)
        => Diagnostic.Create(DiagnosticCodes.ImageLoadFailed, null, $"cannot show image '{source}': {reason}");

    /// <summary>1505 (OUTPUT_FILE_ERROR): the rendered file could not be written.</summary>
    public static Diagnostic OutputFailed(string path, string reason)
        => Diagnostic.Create(DiagnosticCodes.FileError, null, $"cannot write '{path}': {reason}");
}
