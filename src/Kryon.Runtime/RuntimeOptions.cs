using Kryon.Runtime.Frames;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;
using Kryon.Runtime.Scripting;

namespace Kryon.Runtime;

/// <summary>How a runtime is set up by its host (a platform, the CLI, a test).</summary>
public sealed record RuntimeOptions
{
    /// <summary>The function registry handlers call (the script manager; a stand-in in tests).</summary>
    public IScriptFunctions Scripts { get; init; } = NoScriptFunctions.Instance;

    /// <summary>Text metrics for layout; estimated glyph advances when null.</summary>
    public ITextMeasurer? Measurer { get; init; }

    /// <summary>Viewport size; the App's window_width × window_height when null.</summary>
    public float? Width { get; init; }

    public float? Height { get; init; }

    public FrameBudgets Budgets { get; init; } = new();

    /// <summary>A lifecycle hook that runs longer than this is reported (2402).</summary>
    public double HookBudgetMs { get; init; } = 50;

    public IClipboard Clipboard { get; init; } = new InMemoryClipboard();

    /// <summary>The folder of the app file: platforms resolve relative image and icon paths against it (null: the current directory).</summary>
    public string? AppDirectory { get; init; }

    /// <summary>Seeds the scripts' `random`: a headless run with a seed gives the same numbers every time. Null: seeded by the system.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>
    /// The app will be snapshotted and restored (`kryon dev` reloads): keep what the snapshot
    /// compares against (the app as loaded) while loading, instead of loading the document a second
    /// time on the first snapshot or restore.
    /// </summary>
    public bool PrepareSnapshots { get; init; }
}
