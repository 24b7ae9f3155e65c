using Kryon.Runtime.Platform;

namespace Kryon.Cli.Tests.Dev;

/// <summary>The holder a platform loop reads: posted work runs on the loop, in order; swaps and overlays count as changes.</summary>
public sealed class RuntimeHostTests : IDisposable
{
    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private RuntimeHost NewHost()
    {
        _folder.Write("app.kry", """App { window_width: 320; window_height: 200; Text { text: "hello" } }""");
        return new RuntimeHost(_folder.Open().Runtime);
    }

    [Fact]
    public void Posted_work_wakes_the_loop_and_runs_in_order_on_the_loop()
    {
        var host = NewHost();
        int woken = 0;
        host.Wake = () => woken++;
        var order = new List<int>();
        host.Post(() => order.Add(1));
        host.Post(() => order.Add(2));
        Assert.Equal(2, woken);
        Assert.Empty(order);
        Assert.True(host.HasPendingWork);
        Assert.True(host.RunPendingWork());
        Assert.Equal([1, 2], order);
        Assert.False(host.RunPendingWork());
    }

    [Fact]
    public void Work_posted_before_the_loop_started_wakes_it_when_it_starts()
    {
        var host = NewHost();
        host.Post(() => { });
        int woken = 0;
        host.Wake = () => woken++;
        Assert.Equal(1, woken);
    }

    [Fact]
    public void A_swap_and_showing_or_hiding_the_overlay_are_changes_hiding_twice_is_not()
    {
        var host = NewHost();
        int version = host.Version;
        host.ShowOverlay(["x"]);
        Assert.Equal(["x"], host.OverlayLines);
        Assert.Equal(version + 1, host.Version);
        host.ShowOverlay([]);
        host.ShowOverlay([]);
        Assert.Equal(version + 2, host.Version);

        var other = NewHost().Runtime;
        host.Replace(other);
        Assert.Same(other, host.Runtime);
        Assert.Equal(version + 3, host.Version);
    }
}
