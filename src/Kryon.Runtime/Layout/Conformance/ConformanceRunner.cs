using System.Globalization;

namespace Kryon.Runtime.Layout.Conformance;

/// <summary>The outcome of one case: null <see cref="Failure"/> means it passed.</summary>
public sealed record CaseResult(string Name, string? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>The outcome of a run over one or more case files.</summary>
public sealed record ConformanceReport(IReadOnlyList<CaseResult> Results)
{
    public int PassedCount => Results.Count(r => r.Passed);
    public int FailedCount => Results.Count - PassedCount;
    public IEnumerable<CaseResult> Failures => Results.Where(r => !r.Passed);

    public string Summary => $"{PassedCount} passed, {FailedCount} failed";
}

/// <summary>Builds the engine's tree from a case, lays it out with the 10x10 test font and compares every
/// box with the browser's (0.01 px tolerance, after rounding when the case asks for it).</summary>
public static class ConformanceRunner
{
    public const float Tolerance = 0.01f;

    public static ConformanceReport RunFiles(IEnumerable<string> paths)
    {
        var results = new List<CaseResult>();
        foreach (string path in paths)
            foreach (ConformanceCase c in ConformanceFile.Load(path)) results.Add(Run(c));
        return new ConformanceReport(results);
    }

    public static CaseResult Run(ConformanceCase c)
    {
        LayoutNode root;
        try
        {
            root = Build(c.Root);
        }
        catch (FormatException e)
        {
            return new CaseResult(c.Name, "style: " + e.Message);
        }
        var engine = new LayoutEngine(new TestFontMeasurer());
        engine.Compute(root, c.ViewportWidth, c.ViewportHeight, c.Rounding);
        return new CaseResult(c.Name, Compare(root, c.Expected, "root"));
    }

    /// <summary>Builds the layout tree for a case's input node.</summary>
    public static LayoutNode Build(CaseNode node)
    {
        var style = new LayoutStyle();
        foreach ((string property, string value) in node.Style) CssStyleParser.Apply(style, property, value);
        var result = new LayoutNode(style, node.Text);
        foreach (CaseNode child in node.Children) result.AddChild(Build(child));
        return result;
    }

    private static string? Compare(LayoutNode actual, ExpectedBox expected, string path)
    {
        LayoutBox box = actual.Layout;
        if (!Close(box.X, expected.X) || !Close(box.Y, expected.Y) || !Close(box.Width, expected.Width) || !Close(box.Height, expected.Height))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{path}: expected ({expected.X}, {expected.Y}, {expected.Width} x {expected.Height}), got ({box.X}, {box.Y}, {box.Width} x {box.Height})");
        }
        if (actual.Children.Count != expected.Children.Count)
            return $"{path}: expected {expected.Children.Count} children, got {actual.Children.Count}";
        for (int i = 0; i < expected.Children.Count; i++)
        {
            string? failure = Compare(actual.Children[i], expected.Children[i], $"{path}/{i}");
            if (failure is not null) return failure;
        }
        return null;
    }

    private static bool Close(float a, float b) => MathF.Abs(a - b) <= Tolerance;
}
