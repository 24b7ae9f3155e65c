using Kryon.Text;

namespace Kryon.Diagnostics;

/// <summary>A secondary location that helps explain a diagnostic ("first defined here").</summary>
public sealed record DiagnosticNote(string Message, SourceSpan? Location);

/// <summary>
/// One problem found in the user's input: a code, a severity, a message, where it is, and what
/// might fix it. Diagnostics are values; they never carry exceptions or stack traces.
/// </summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    SourceSpan? Location,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<DiagnosticNote> Notes)
{
    public int Code => Descriptor.Code;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan? location, string message, params string[] suggestions)
        => new(descriptor, descriptor.DefaultSeverity, message, location, suggestions, []);

    public Diagnostic WithNote(string message, SourceSpan? location) => this with { Notes = [.. Notes, new DiagnosticNote(message, location)] };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public override string ToString()
    {
        var where = Location is { } l ? $" ({l.File.Path}:{l.Start})" : "";
        return $"[{Code}] {Descriptor.Category}: {Message}{where}";
    }
}
