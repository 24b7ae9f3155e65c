namespace Kryon.Text;

/// <summary>A span inside a particular file: what a diagnostic points at.</summary>
public readonly record struct SourceSpan(SourceFile File, TextSpan Span)
{
    public SourceLocation Start => File.GetLocation(Span.Start);

    public SourceLocation End => File.GetLocation(Span.End);

    public override string ToString() => $"{File.Path}:{Start}";
}
