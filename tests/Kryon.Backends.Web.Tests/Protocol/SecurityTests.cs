using Kryon.Backends.Web.Security;

namespace Kryon.Backends.Web.Tests.Protocol;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", "127.0.0.1:8080", true, null)]
    [InlineData("http://localhost:8080", "localhost:8080", true, null)]
    [InlineData(null, "127.0.0.1:8080", true, null)]
    [InlineData("http://[::1]:8080", "[::1]:8080", true, null)]
    [InlineData("http://evil.example", "127.0.0.1:8080", true, "does not match")]
    [InlineData("http://127.0.0.1:9999", "127.0.0.1:8080", true, "does not match")]
    [InlineData("http://evil.example:8080", "evil.example:8080", true, "not a loopback")]
    [InlineData("http://evil.example:8080", "evil.example:8080", false, null)]
    [InlineData("file://x", "127.0.0.1:8080", true, "not an http(s) origin")]
    [InlineData("null", "127.0.0.1:8080", true, "not an http(s) origin")]
    [InlineData("http://127.0.0.1:8080", "", true, "no Host")]
    public void Origin_must_be_the_page_s_own_and_Host_loopback_when_serving_loopback(string? origin, string host, bool loopbackOnly, string? refusal)
    {
        string? why = OriginPolicy.Check(origin, host, loopbackOnly);
        if (refusal is null) Assert.Null(why);
        else Assert.Contains(refusal, why);
    }

    [Fact]
    public void The_token_bucket_allows_a_burst_then_the_rate()
    {
        double now = 0;
        var bucket = new TokenBucket(ratePerSecond: 10, capacity: 5, () => now);

        Assert.Equal(5, Enumerable.Range(0, 20).Count(_ => bucket.TryTake()));
        now += 0.5; // five more tokens
        Assert.Equal(5, Enumerable.Range(0, 20).Count(_ => bucket.TryTake()));
        now += 100; // refills to the capacity, not beyond
        Assert.Equal(5, Enumerable.Range(0, 20).Count(_ => bucket.TryTake()));
    }
}
