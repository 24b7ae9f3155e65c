using Kryon.Backends.Cairo.Drawing;

namespace Kryon.Backends.Cairo.Tests;

public class FrameCacheTests
{
    private sealed class Resource : IDisposable
    {
        public bool Disposed { get; private set; }
        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void Over_capacity_only_what_the_frame_did_not_use_is_disposed()
    {
        using var cache = new FrameCache<int, Resource>(capacity: 2);
        var old = new Resource();
        cache.Add(0, old);
        cache.EndFrame();
        var shown = Enumerable.Range(1, 3).Select(i => { var r = new Resource(); cache.Add(i, r); return r; }).ToList();
        cache.EndFrame();
        Assert.True(old.Disposed);
        Assert.All(shown, r => Assert.False(r.Disposed)); // all on screen: kept even over capacity
        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet(0, out _));
        Assert.True(cache.TryGet(2, out var again));
        Assert.Same(shown[1], again);
    }

    [Fact]
    public void Under_capacity_nothing_is_dropped_and_dispose_frees_everything()
    {
        var a = new Resource();
        var cache = new FrameCache<string, Resource?>(capacity: 8);
        cache.Add("a", a);
        cache.Add("failed", null);
        cache.EndFrame();
        cache.EndFrame();
        Assert.Equal(2, cache.Count);
        cache.Dispose();
        Assert.True(a.Disposed);
    }
}
