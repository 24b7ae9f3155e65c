using Kryon.Cli.Loading;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Snapshots;
using Kryon.Scripting;

namespace Kryon.Cli.Rendering;

/// <summary>What to bring an app to before its frame is drawn (see <see cref="AppRenderer.Run"/>).</summary>
public sealed record AppRenderSettings
{
    /// <summary>The text metrics layout uses: the backend's own (Pango for cairo), so text is laid out as it is drawn.</summary>
    public required ITextMeasurer Measurer { get; init; }

    /// <summary>Window width in px; null: the snapshot's viewport, else the App's window_width, else 800.</summary>
    public int? Width { get; init; }

    /// <summary>Window height in px; null: the snapshot's viewport, else the App's window_height, else 600.</summary>
    public int? Height { get; init; }

    /// <summary>A state to restore once the app has started (a `kryon run --dump-state` snapshot).</summary>
    public RuntimeSnapshot? State { get; init; }

    /// <summary>Input steps to play after the state is restored.</summary>
    public EventScript? Events { get; init; }

    /// <summary>
    /// Run the app's scripts (a <see cref="ScriptManager"/> set up with these
    /// options); null: no script runs and every @script block is reported as 2301 (<see cref="MissingScriptEngines"/>).
    /// </summary>
    public ScriptManagerOptions? Scripts { get; init; }
}

/// <summary>The app brought to the frame that is drawn: the runtime (its display list) and what happened on the way.</summary>
public sealed record AppFrame(KryonRuntime Runtime, HeadlessDriver Driver, bool StateRestored) : IDisposable
{
    public DisplayList DisplayList => Runtime.DisplayList;

    /// <summary>The script manager the app ran with (when <see cref="AppRenderSettings.Scripts"/> was given); disposed with the frame.</summary>
    public ScriptManager? Scripts { get; init; }

    public void Dispose() => Scripts?.Dispose();
}

/// <summary>
/// The part of `kryon render` between a loaded app and its pixels, shared with the golden-image
/// tests so that they draw exactly what the command draws. The runtime is created with the
/// backend's text measurer (layout with real font metrics), the app is started (onStart, onMount,
/// the first frame) on the headless clock, the snapshot (if any) is restored, the events (if any)
/// are played, and frames run until the app has settled; the display list is then the frame to draw.
/// <para>
/// The state is restored before the events are played, so the two combine: the snapshot is where
/// the app starts from, and the steps act on it. Explicit <see cref="AppRenderSettings.Width"/> and
/// <see cref="AppRenderSettings.Height"/> win over the snapshot's viewport.
/// </para>
/// <para>
/// With <see cref="AppRenderSettings.Scripts"/> (as `kryon render` and `kryon layout` do) the app's
/// scripts run through a <see cref="ScriptManager"/>; a block whose engine cannot start is reported as 2301.
/// Without it (the golden-image tests) no script runs: each `@script` block is reported as 2301
/// (<see cref="MissingScriptEngines"/>) and the app is drawn without its scripts.
/// </para>
/// </summary>
public static class AppRenderer
{
    /// <summary>
    /// Runs <paramref name="document"/> to its settled frame. Problems are reported to
    /// <paramref name="log"/>; when the snapshot does not fit the app (2502) nothing of it is
    /// applied and <see cref="AppFrame.StateRestored"/> is false.
    /// </summary>
    public static AppFrame Run(KrbDocument document, AppRenderSettings settings, RuntimeLog log)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        ScriptManager? scripts = null;
        if (settings.Scripts is { } scriptOptions) scripts = ScriptManager.Create(document, log, scriptOptions);
        else MissingScriptEngines.Report(document, log);
        var runtime = KryonRuntime.Load(document, new RuntimeOptions
        {
            Scripts = scripts ?? (Kryon.Runtime.Scripting.IScriptFunctions)Kryon.Runtime.Scripting.NoScriptFunctions.Instance,
            Measurer = settings.Measurer,
            Width = settings.Width,
            Height = settings.Height,
            RandomSeed = Commands.RunCommand.HeadlessRandomSeed, // a render is repeatable, as a headless run is
        }, log);
        scripts?.Attach(runtime);

        bool restored = true;
        HeadlessDriver driver;
        if (settings.State is { } snapshot)
        {
            runtime.Start();
            restored = runtime.RestoreSnapshot(snapshot);
            if (restored && (settings.Width is not null || settings.Height is not null))
                runtime.Resize(settings.Width ?? runtime.ViewportWidth, settings.Height ?? runtime.ViewportHeight);
            // The driver's clock starts where the snapshot's left off (restoring sets the app time).
            driver = new HeadlessDriver(runtime);
            driver.Settle();
        }
        else
        {
            driver = new HeadlessDriver(runtime);
            driver.Start();
        }
        if (settings.Events is { } events) driver.Run(events);
        driver.Settle(atLeastOneFrame: false);
        return new AppFrame(runtime, driver, restored) { Scripts = scripts };
    }

    /// <summary>Where an app's relative image paths are resolved: the directory of its .kry or .krb file.</summary>
    public static string ImageBaseDirectory(string appPath) => AppDocumentLoader.DirectoryOf(appPath);
}
