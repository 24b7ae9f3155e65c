using System.Diagnostics;

namespace Kryon.Runtime.Frames;

public enum FrameStage { Events, Timers, State, Layout, DisplayList, Hooks }

/// <summary>The budgets a frame is measured against (seed 000's PerformanceBudgets).</summary>
public sealed record FrameBudgets(double FrameMs = 16.67, double ScriptMs = 8, double LayoutMs = 4);

/// <summary>
/// Per-stage times and counts for the frames run so far, against the budgets. Stopwatch ticks
/// only: recording allocates nothing.
/// </summary>
public sealed class FrameProfiler
{
    private readonly long[] _stageTicks = new long[Enum.GetValues<FrameStage>().Length];
    private readonly long[] _lastStageTicks = new long[Enum.GetValues<FrameStage>().Length];

    public FrameBudgets Budgets { get; init; } = new();

    public long Frames { get; private set; }

    /// <summary>Frames that did nothing at all (no event, no change).</summary>
    public long IdleFrames { get; private set; }

    public long LayoutPasses { get; private set; }

    public long DisplayListBuilds { get; private set; }

    public long BindingsApplied { get; private set; }

    public long HandlersCalled { get; internal set; }

    public long FramesOverBudget { get; private set; }

    public double LastFrameMs { get; private set; }

    public double MaxFrameMs { get; private set; }

    public double TotalMs(FrameStage stage) => _stageTicks[(int)stage] * 1000.0 / Stopwatch.Frequency;

    public double LastMs(FrameStage stage) => _lastStageTicks[(int)stage] * 1000.0 / Stopwatch.Frequency;

    internal void BeginFrame() => Array.Clear(_lastStageTicks);

    internal void Record(FrameStage stage, long ticks)
    {
        _stageTicks[(int)stage] += ticks;
        _lastStageTicks[(int)stage] += ticks;
    }

    internal void EndFrame(long frameTicks, bool idle, bool laidOut, bool built, int bindings)
    {
        Frames++;
        if (idle) IdleFrames++;
        if (laidOut) LayoutPasses++;
        if (built) DisplayListBuilds++;
        BindingsApplied += bindings;
        LastFrameMs = frameTicks * 1000.0 / Stopwatch.Frequency;
        if (LastFrameMs > MaxFrameMs) MaxFrameMs = LastFrameMs;
        if (LastFrameMs > Budgets.FrameMs) FramesOverBudget++;
    }

    /// <summary>A one-line summary for logs: frames, idle share, per-stage totals.</summary>
    public override string ToString() =>
        $"{Frames} frames ({IdleFrames} idle, {FramesOverBudget} over {Budgets.FrameMs} ms); layout passes {LayoutPasses}, display lists {DisplayListBuilds}, bindings {BindingsApplied}, handlers {HandlersCalled}; " +
        string.Join(", ", Enum.GetValues<FrameStage>().Select(s => $"{s} {TotalMs(s):0.###} ms"));
}
