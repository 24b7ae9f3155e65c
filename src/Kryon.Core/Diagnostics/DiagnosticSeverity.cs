namespace Kryon.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
