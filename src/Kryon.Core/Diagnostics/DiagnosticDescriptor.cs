namespace Kryon.Diagnostics;

/// <summary>What kind of problem a diagnostic reports: its stable code, name and category (KRY.md §14).</summary>
public sealed record DiagnosticDescriptor(int Code, string Name, string Category, DiagnosticSeverity DefaultSeverity)
{
    public override string ToString() => $"{Code} {Name}";
}
