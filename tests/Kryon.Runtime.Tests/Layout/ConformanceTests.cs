using Kryon.Runtime.Layout.Conformance;
using Xunit.Abstractions;

namespace Kryon.Runtime.Tests.Layout;

/// <summary>Runs the browser-measured flexbox cases in ../shared/conformance (read in place, never copied).</summary>
public class ConformanceTests(ITestOutputHelper output)
{
    /// <summary>At least 97% of the 608 cases.</summary>
    private const int RequiredPasses = 590;

    [Fact]
    public void BorderBoxLtrCasesPass()
    {
        ConformanceReport report = ConformanceRunner.RunFiles([Path.Combine(SharedConformanceDirectory(), "flex-border-box-ltr.json")]);

        output.WriteLine(report.Summary);
        foreach (CaseResult failure in report.Failures) output.WriteLine($"{failure.Name}: {failure.Failure}");
        Assert.Equal(608, report.Results.Count);
        Assert.True(report.PassedCount >= RequiredPasses, $"{report.Summary}; need {RequiredPasses} passes");
    }

    private static string SharedConformanceDirectory() => Path.Combine(Kryon.Testing.RepositoryPaths.Shared, "conformance");
}
