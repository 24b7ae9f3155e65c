namespace Kryon.Backends.Web.Security;

/// <summary>
/// A rate limit: up to a burst of <c>capacity</c> messages at once, refilled at <c>ratePerSecond</c>.
/// People move the mouse and type far below the defaults; a client above them is flooding.
/// Not thread-safe (one per connection, used by its receive loop).
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _ratePerSecond;
    private readonly double _capacity;
    private readonly Func<double> _clock;
    private double _tokens;
    private double _last = double.NaN;

    /// <param name="clockSeconds">The clock (tests pass their own); by default seconds since boot.</param>
    public TokenBucket(double ratePerSecond, double capacity, Func<double>? clockSeconds = null)
    {
        _ratePerSecond = ratePerSecond;
        _capacity = _tokens = capacity;
        _clock = clockSeconds ?? (() => Environment.TickCount64 / 1000.0);
    }

    /// <summary>Takes one token; false when the bucket is empty (the message is over the rate).</summary>
    public bool TryTake()
    {
        double now = _clock();
        if (!double.IsNaN(_last)) _tokens = Math.Min(_capacity, _tokens + (now - _last) * _ratePerSecond);
        _last = now;
        if (_tokens < 1) return false;
        _tokens -= 1;
        return true;
    }
}
