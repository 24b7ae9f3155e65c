using Kryon.Diagnostics;

namespace Kryon.Krb;

/// <summary>
/// A KRB file violates the format. Carries the diagnostic (2001–2107), the byte offset where
/// the problem was found and what was expected there, so tools report it like any other diagnostic.
/// </summary>
public sealed class KrbFormatException : Exception
{
    public KrbFormatException(DiagnosticDescriptor descriptor, long offset, string message, string expected)
        : base($"{message} at byte {offset} (expected {expected})")
    {
        Descriptor = descriptor;
        Offset = offset;
        Expected = expected;
        Problem = message;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public int Code => Descriptor.Code;

    public long Offset { get; }

    public string Expected { get; }

    /// <summary>The message without the offset and expectation.</summary>
    public string Problem { get; }

    public Diagnostic ToDiagnostic(string? path = null)
    {
        var where = path is null ? "" : $"{path}: ";
        return Diagnostic.Create(Descriptor, null, $"{where}{Problem} at byte {Offset}", $"expected {Expected}");
    }
}
