using Kryon.Backends.Sdl.Loop;

namespace Kryon.Backends.Sdl.Tests;

public class FramePacerTests
{
    private const double Interval = 1000.0 / 60;

    [Fact]
    public void Idle_waits_forever() => Assert.Equal(FramePacer.Forever, FramePacer.TimeoutMs(1000, null, 0, Interval, hasWork: false));

    [Fact]
    public void A_timer_is_waited_for()
    {
        Assert.Equal(500, FramePacer.TimeoutMs(1000, 1500, 900, Interval, hasWork: false));
        Assert.False(FramePacer.FrameDue(1000, 1500, 900, Interval, hasWork: false));
        Assert.True(FramePacer.FrameDue(1500, 1500, 900, Interval, hasWork: false));
    }

    [Fact]
    public void Work_runs_at_once_but_not_more_than_once_per_refresh()
    {
        Assert.Equal(0, FramePacer.TimeoutMs(1000, null, 900, Interval, hasWork: true));
        Assert.Equal(12, FramePacer.TimeoutMs(1005, null, 1000, Interval, hasWork: true));
        Assert.False(FramePacer.FrameDue(1005, null, 1000, Interval, hasWork: true));
        Assert.True(FramePacer.FrameDue(1017, null, 1000, Interval, hasWork: true));
    }

    [Fact]
    public void An_animation_is_paced_to_the_display()
    {
        // An animation asks for a frame "now" every time: the pacer spaces them a refresh apart.
        Assert.Equal(17, FramePacer.TimeoutMs(1000, 1000, 1000, Interval, hasWork: false));
    }

    [Theory]
    [InlineData(60, 1000.0 / 60)]
    [InlineData(144, 1000.0 / 144)]
    [InlineData(0, 1000.0 / 60)]
    [InlineData(5000, 1000.0 / 60)]
    public void Interval_comes_from_the_refresh_rate(int hz, double expected) => Assert.Equal(expected, FramePacer.IntervalFor(hz), 6);
}
