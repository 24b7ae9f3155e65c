using Kryon.Testing;
using Xunit.Abstractions;

namespace Kryon.Backends.Cairo.Tests.GoldenImages;

/// <summary>
/// Every example app and every focused case (goldens/cases/*.kry: borders, radii, opacity, rounded
/// clips, text alignment, wrapping, ellipsis) rendered through the `kryon render` pipeline at its
/// window size and compared with its golden image (see <see cref="GoldenImage"/> for the tolerance
/// and for KRYON_UPDATE_GOLDENS=1).
/// </summary>
public sealed class GoldenImageTests(ITestOutputHelper output)
{
    private static string CasesDirectory => Path.Combine(GoldenImage.OutputDirectory, "cases");

    private static IEnumerable<string> ExampleNames() => Directory.GetFiles(RepositoryPaths.Examples, "*.kry").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static IEnumerable<string> CaseNames() => Directory.GetFiles(CasesDirectory, "*.kry").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> Examples() => new(ExampleNames());

    public static TheoryData<string> Cases() => new(CaseNames());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_matches_its_golden_image(string example)
        => GoldenImage.AssertMatches($"examples/{example}", GoldenRenderer.Render(Path.Combine(RepositoryPaths.Examples, example + ".kry")), output);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Focused_case_matches_its_golden_image(string name)
        => GoldenImage.AssertMatches($"cases/{name}", GoldenRenderer.Render(Path.Combine(CasesDirectory, name + ".kry")), output);

    [Fact]
    public void Greeter_after_its_events_file_matches_its_golden_image()
    {
        // Both names typed and the checkbox clicked (checked, focused) — the steps `--events` plays.
        var image = GoldenRenderer.Render(Path.Combine(RepositoryPaths.Examples, "greeter.kry"), eventsPath: Path.Combine(RepositoryPaths.Examples, "greeter.events.json"));
        GoldenImage.AssertMatches("states/greeter_after_events", image, output);
    }

    [Fact]
    public void Counter_restored_from_a_snapshot_matches_its_golden_image()
    {
        // The state a `kryon run --dump-state` would hand to `kryon render --state`: the count and the status line.
        const string snapshot = """{"version": 1, "variables": {"count": 42, "status": "Restored from a snapshot"}}""";
        var image = GoldenRenderer.Render(Path.Combine(RepositoryPaths.Examples, "counter.kry"), snapshotJson: snapshot);
        GoldenImage.AssertMatches("states/counter_restored", image, output);
    }

    [Fact]
    public void Counter_at_scale_2_matches_its_golden_image()
    {
        // HiDPI: twice the pixels, the same layout (text measured device-independently).
        var image = GoldenRenderer.Render(Path.Combine(RepositoryPaths.Examples, "counter.kry"), scale: 2);
        Assert.Equal((720, 840), (image.Width, image.Height));
        GoldenImage.AssertMatches("states/counter_scale2", image, output);
    }

    [Fact]
    public void Every_golden_image_belongs_to_a_test()
    {
        // A golden whose example or case was removed or renamed would otherwise linger unnoticed.
        var examples = ExampleNames().ToHashSet();
        var cases = CaseNames().ToHashSet();
        string[] states = ["greeter_after_events", "counter_restored", "counter_scale2"];
        foreach (var png in Directory.GetFiles(GoldenImage.SourceDirectory, "*.png", SearchOption.AllDirectories))
        {
            string folder = Path.GetFileName(Path.GetDirectoryName(png))!;
            string name = Path.GetFileNameWithoutExtension(png);
            bool known = folder switch
            {
                "examples" => examples.Contains(name),
                "cases" => cases.Contains(name),
                "states" => states.Contains(name),
                _ => false,
            };
            Assert.True(known, $"{png} is not the golden of any test");
        }
    }
}
