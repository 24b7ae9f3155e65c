using System.Net;
using System.Net.WebSockets;
using Kryon.Backends.Web.Tests.Support;
using Kryon.Diagnostics;
using Xunit.Abstractions;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>The server's guards (README.md "Security"), and many sessions at once, with protocol clients instead of a browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServerLimitsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Fifty_concurrent_counter_sessions_each_run_their_own_app_without_errors()
    {
        const int Sessions = 50;
        await using var app = await ServedApp.StartAsync("counter.kry");
        var clients = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(_ => RawClient.ConnectAsync(app.Url)));
        try
        {
            await Task.WhenAll(clients.Select(c => c.HelloAsync(360, 420)));
            var ids = await Task.WhenAll(clients.Select(async c => (await c.ReceiveAsync("session"))!.Value.GetProperty("id").GetString()!));
            await Task.WhenAll(clients.Select(c => c.ReceiveAsync("frame")));
            var button = await app.Session(ids[0]).InspectAsync(rt => rt.GetElementById("increment")!.ScreenBox);
            float x = button.X + button.Width / 2, y = button.Y + button.Height / 2;

            // Session i clicks i % 3 + 1 times; each gets frames back and ends at its own count.
            await Task.WhenAll(clients.Select(async (c, i) =>
            {
                for (int click = 0; click <= i % 3; click++)
                {
                    await c.SendAsync($"{{\"t\":\"down\",\"x\":{x},\"y\":{y}}}");
                    await c.SendAsync($"{{\"t\":\"up\",\"x\":{x},\"y\":{y}}}");
                    Assert.NotNull(await c.ReceiveAsync("frame"));
                }
            }));
            var counts = await Task.WhenAll(ids.Select(async (id, i) =>
            {
                var session = app.Session(id);
                // The last click's frames may still be running: wait for the count to settle.
                string? count = null;
                for (int attempt = 0; attempt < 200 && count != $"{i % 3 + 1}"; attempt++)
                {
                    count = await session.InspectAsync(rt => rt.State.GetVariable("count")?.Describe());
                    if (count != $"{i % 3 + 1}") await Task.Delay(10);
                }
                return count;
            }));

            Assert.Equal(Sessions, app.Sessions.Count);
            Assert.Equal(Enumerable.Range(0, Sessions).Select(i => $"{i % 3 + 1}"), counts);
            Assert.DoesNotContain(app.Reported, d => d.IsError);
            output.WriteLine($"{Sessions} sessions, {counts.Sum(c => int.Parse(c!))} clicks, {app.Reported.Count} diagnostics");
        }
        finally
        {
            foreach (var c in clients) await c.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_WebSocket_from_another_origin_is_refused()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => RawClient.ConnectAsync(app.Url, origin: "http://evil.example"));
        output.WriteLine(refused.Message);
        Assert.Contains(app.Reported, d => d.Code == DiagnosticCodes.WebOriginRejected.Code);
        Assert.Equal(0, app.Sessions.Count);
        // The page's own origin is accepted.
        await using var own = await RawClient.ConnectAsync(app.Url, origin: app.Url.TrimEnd('/'));
        await own.HelloAsync(300, 200);
        Assert.NotNull(await own.ReceiveAsync("frame"));
    }

    [Fact]
    public async Task The_server_listens_on_loopback_by_default()
    {
        await using var app = await ServedApp.StartAsync("hello.kry");
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(app.Url).Host)), app.Url);
        Assert.Equal("127.0.0.1", new WebServerOptions().Host);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_session()
    {
        await using var app = await ServedApp.StartAsync("counter.kry", o => o with { MaxMessageBytes = 1024 });
        await using var client = await RawClient.ConnectAsync(app.Url);
        await client.HelloAsync(360, 420);
        await client.ReceiveAsync("frame");

        await client.SendAsync($"{{\"t\":\"text\",\"text\":\"{new string('a', 2000)}\"}}");

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.WaitForCloseAsync());
        Assert.Contains(app.Reported, d => d.Code == DiagnosticCodes.WebMessageTooLarge.Code);
        await InteractionTests.WaitUntilAsync(() => Task.FromResult(app.Sessions.Count == 0));
    }

    [Fact]
    public async Task Messages_over_the_rate_limit_close_the_session()
    {
        await using var app = await ServedApp.StartAsync("counter.kry", o => o with { MaxMessagesPerSecond = 20, MessageBurst = 20 });
        await using var client = await RawClient.ConnectAsync(app.Url);
        await client.HelloAsync(360, 420);
        await client.ReceiveAsync("frame");

        for (int i = 0; i < 100 && client.State == WebSocketState.Open; i++) await client.SendAsync("{\"t\":\"move\",\"x\":1,\"y\":1}");

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await client.WaitForCloseAsync());
        Assert.Contains(app.Reported, d => d.Code == DiagnosticCodes.WebRateLimitExceeded.Code);
    }

    [Fact]
    public async Task A_client_that_does_not_draw_gets_a_few_frames_ahead_then_the_newest_once_it_catches_up()
    {
        await using var app = await ServedApp.StartAsync("stopwatch.kry");
        await using var client = await RawClient.ConnectAsync(app.Url);
        await client.HelloAsync(400, 600);
        string id = (await client.ReceiveAsync("session"))!.Value.GetProperty("id").GetString()!;
        Assert.NotNull(await client.ReceiveAsync("frame"));
        var start = await app.Session(id).InspectAsync(rt => rt.GetElementById("start_stop")!.ScreenBox);
        float x = start.X + start.Width / 2, y = start.Y + start.Height / 2;
        await client.SendAsync($"{{\"t\":\"down\",\"x\":{x},\"y\":{y}}}");
        await client.SendAsync($"{{\"t\":\"up\",\"x\":{x},\"y\":{y}}}");

        // The stopwatch runs (a new readout every tick), but this client acknowledges nothing.
        var frames = new System.Collections.Concurrent.ConcurrentQueue<int>();
        _ = Task.Run(async () =>
        {
            try
            {
                while (await client.ReceiveAsync(TimeSpan.FromMinutes(1)) is { } m)
                    if (m.GetProperty("t").GetString() == "frame") frames.Enqueue(m.GetProperty("v").GetInt32());
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client was closed at the end of the test.
            }
        });
        // Frame 8 is the last one sent ahead (README: 8 at most); the stopwatch ticks several times a second meanwhile.
        await InteractionTests.WaitUntilAsync(() => Task.FromResult(frames.Contains(8)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var held = frames.ToList();
        Assert.True(held.Max() == 8, $"frames sent ahead of the client: {string.Join(", ", held)}");

        // Catching up brings the newest state, and frames flow again.
        await client.SendAsync($"{{\"t\":\"drawn\",\"v\":{held.Max()}}}");
        await InteractionTests.WaitUntilAsync(() => Task.FromResult(frames.Count > held.Count));
        var after = frames.Skip(held.Count).ToList();
        Assert.Equal(held.Max() + 1, after[0]);
        Assert.True(after.Max() <= held.Max() + 8, $"after catching up: {string.Join(", ", after)}");
    }

    [Fact]
    public async Task A_first_message_that_is_not_a_hello_closes_the_connection()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var client = await RawClient.ConnectAsync(app.Url);

        await client.SendAsync("{\"t\":\"move\",\"x\":1,\"y\":1}");

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await client.WaitForCloseAsync());
        Assert.Equal(0, app.Sessions.Count);
    }

    [Fact]
    public async Task A_detached_session_is_closed_after_the_reconnect_timeout_and_its_app_stopped()
    {
        await using var app = await ServedApp.StartAsync("counter.kry", o => o with { ReconnectTimeout = TimeSpan.FromMilliseconds(200) });
        string id;
        await using (var client = await RawClient.ConnectAsync(app.Url))
        {
            await client.HelloAsync(360, 420);
            id = (await client.ReceiveAsync("session"))!.Value.GetProperty("id").GetString()!;
            await client.ReceiveAsync("frame");
        }
        var session = app.Session(id);

        await InteractionTests.WaitUntilAsync(() => Task.FromResult(app.Sessions.Find(id) is null));
        Assert.True(session.WaitForEnd(AppPage.Timeout));
        Assert.True(session.HasEnded);

        // Coming back later starts a new session.
        await using var late = await RawClient.ConnectAsync(app.Url);
        await late.HelloAsync(360, 420, session: id);
        Assert.NotEqual(id, (await late.ReceiveAsync("session"))!.Value.GetProperty("id").GetString());
    }
}
