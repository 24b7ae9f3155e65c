using Kryon.Runtime.Events;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// An idle frame (no input, no due timer, no state change) does nothing: it allocates nothing,
/// lays nothing out, leaves the display list as it is, and is counted as idle (issue 5).
/// </summary>
public class IdleFrameTests
{
    private const string App = """
        @variables { count: Int = 0; name: String = "" }
        App {
            layout: column
            Text { id: "label"; text: "Count: $count" }
            Container { layout: row; gap: 4
                Text { text: "Name" }
                Input { id: "name"; value: $name; placeholder: "your name"; width: 120; height: 24 }
            }
            Button { id: "inc"; text: "+"; width: 50; height: 30 }
        }
        """;

    private const int Frames = 2000;

    [Fact]
    public void Idle_frames_allocate_nothing_and_keep_the_display_list()
    {
        var rt = AppTestKit.Start(App);
        AssertIdleFramesAreFree(rt);
    }

    [Fact]
    public void Idle_frames_stay_free_after_typing_into_a_focused_bound_input()
    {
        var rt = AppTestKit.Start(App);
        rt.SetFocus(rt.ById("name"));
        rt.Type("Ada");
        Assert.Equal("Ada", (rt.State.GetVariable("name") as StringLiteral)?.Value);
        AssertIdleFramesAreFree(rt);
    }

    [Fact]
    public void Idle_frames_stay_free_after_a_variable_change_and_with_a_timer_not_yet_due()
    {
        var rt = AppTestKit.Start(App);
        rt.State.SetVariable("count", new NumberLiteral(5, true));
        rt.Settle();
        Assert.Equal("Count: 5", rt.Text("label"));
        rt.Timers.Schedule("later", rt.NowMs, 1e9, repeat: false);
        AssertIdleFramesAreFree(rt);
    }

    [Fact]
    public void A_frame_with_work_is_not_idle_and_rebuilds_the_display_list()
    {
        var rt = AppTestKit.Start(App);
        WarmUp(rt);
        int version = rt.DisplayList.Version;
        long idle = rt.Profiler.IdleFrames;
        rt.State.SetVariable("count", new NumberLiteral(1, true));
        Assert.True(rt.RunFrame(rt.NowMs + 16));
        Assert.Equal(version + 1, rt.DisplayList.Version);
        Assert.Equal(idle, rt.Profiler.IdleFrames);
    }

    private static void WarmUp(KryonRuntime rt)
    {
        // Settle whatever the start left, then run idle frames until every path is jitted.
        rt.Settle();
        for (int i = 0; i < 200; i++) rt.RunFrame(rt.NowMs + 16);
    }

    private static void AssertIdleFramesAreFree(KryonRuntime rt)
    {
        WarmUp(rt);
        Assert.Equal(0, rt.PendingEvents);
        Assert.False(rt.State.HasPendingChanges);
        int version = rt.DisplayList.Version;
        long idle = rt.Profiler.IdleFrames, frames = rt.Profiler.Frames;
        long layouts = rt.Profiler.LayoutPasses, builds = rt.Profiler.DisplayListBuilds;
        double now = rt.NowMs;
        int presented = 0;

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Frames; i++)
            if (rt.RunFrame(now += 16)) presented++;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(0, presented);
        Assert.Equal(version, rt.DisplayList.Version);
        Assert.Equal(frames + Frames, rt.Profiler.Frames);
        Assert.Equal(idle + Frames, rt.Profiler.IdleFrames);
        Assert.Equal(layouts, rt.Profiler.LayoutPasses);
        Assert.Equal(builds, rt.Profiler.DisplayListBuilds);
    }
}
