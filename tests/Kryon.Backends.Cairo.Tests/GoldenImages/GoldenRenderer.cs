using Kryon.Cli.Loading;
using Kryon.Cli.Rendering;
using Kryon.Diagnostics;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Snapshots;

namespace Kryon.Backends.Cairo.Tests.GoldenImages;

/// <summary>
/// Renders an app file to pixels exactly as `kryon render` does: the same loader
/// (<see cref="AppDocumentLoader"/>, a .kry compiled in memory), the same pipeline
/// (<see cref="AppRenderer"/>: Pango metrics, state, events, settle) and the cairo backend, at the
/// App's window size.
/// </summary>
internal static class GoldenRenderer
{
    /// <summary>What an app may log while it is rendered without script engines: its scripts not loaded (2301), handlers that found no function (2304).</summary>
    private static readonly int[] ExpectedLogCodes = [DiagnosticCodes.ScriptLoadFailed.Code, DiagnosticCodes.FunctionNotFound.Code];

    public static RgbaImage Render(string path, string? eventsPath = null, string? snapshotJson = null, float scale = 1)
    {
        var diagnostics = new DiagnosticBag();
        var document = AppDocumentLoader.Load(path, diagnostics);
        Assert.True(document is not null && !diagnostics.HasErrors, $"{path} does not load:\n{DiagnosticFormatter.FormatHuman(diagnostics.Items)}");
        EventScript? events = null;
        if (eventsPath is not null)
        {
            events = EventScriptParser.Load(eventsPath, diagnostics);
            Assert.True(events is not null && !diagnostics.HasErrors, DiagnosticFormatter.FormatHuman(diagnostics.Items));
        }
        var log = new RuntimeLog();
        RuntimeSnapshot? snapshot = null;
        if (snapshotJson is not null)
        {
            snapshot = SnapshotJson.Read(snapshotJson, log);
            Assert.True(snapshot is not null, DiagnosticFormatter.FormatHuman(log.Entries));
        }

        using var measurer = CairoBackend.CreateMeasurer();
        var frame = AppRenderer.Run(document!, new AppRenderSettings { Measurer = measurer, State = snapshot, Events = events }, log);
        Assert.True(frame.StateRestored, DiagnosticFormatter.FormatHuman(log.Entries));
        var unexpected = log.Entries.Where(d => d.IsError && !ExpectedLogCodes.Contains(d.Code)).ToList();
        Assert.True(unexpected.Count == 0, $"{path} logged:\n{DiagnosticFormatter.FormatHuman(unexpected)}");

        var image = CairoBackend.RenderToPixels(frame.DisplayList, scale, AppRenderer.ImageBaseDirectory(path));
        // Only images may be reported while drawing (the examples' photos are placeholders that are not shipped).
        Assert.All(image.Diagnostics, d => Assert.Equal(DiagnosticCodes.ImageLoadFailed.Code, d.Code));
        return RgbaImage.Of(image);
    }
}
