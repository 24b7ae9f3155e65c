namespace Kryon.Runtime.Layout.Conformance;

/// <summary>A node of a case's input tree: CSS style properties, optional text, children.</summary>
public sealed record CaseNode(IReadOnlyDictionary<string, string> Style, string? Text, IReadOnlyList<CaseNode> Children);

/// <summary>An expected border box (relative to the parent's border box) and the expected child boxes.</summary>
public sealed record ExpectedBox(float X, float Y, float Width, float Height, IReadOnlyList<ExpectedBox> Children);

/// <summary>One browser-measured layout case (format: shared/conformance/README.md).</summary>
public sealed record ConformanceCase(
    string Name, bool Rounding, AvailableSpace ViewportWidth, AvailableSpace ViewportHeight, CaseNode Root, ExpectedBox Expected);
