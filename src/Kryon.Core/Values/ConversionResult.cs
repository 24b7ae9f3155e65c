using Kryon.Diagnostics;

namespace Kryon.Values;

/// <summary>The outcome of checking a literal against a property: a value, or an error with a code; possibly warnings.</summary>
public readonly record struct ConversionResult(
    PropertyValue? Value,
    DiagnosticDescriptor? Error,
    string? Message,
    string[] Suggestions,
    string[] Warnings)
{
    public bool Succeeded => Value is not null;

    public static ConversionResult Ok(PropertyValue value, params string[] warnings) => new(value, null, null, [], warnings);

    public static ConversionResult Fail(DiagnosticDescriptor error, string message, params string[] suggestions) => new(null, error, message, suggestions, []);
}
