using System.Net;
using System.Net.Sockets;
using Kryon.Cli.Commands;
using Kryon.Testing;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>`kryon serve` as a person runs it: a bad app is reported before anything listens; a good one prints its URL and serves until stopped.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task An_app_with_errors_is_reported_like_kryon_run_and_not_served()
    {
        string dir = Directory.CreateTempSubdirectory("kryon-serve-").FullName;
        try
        {
            string app = Path.Combine(dir, "broken.kry");
            await File.WriteAllTextAsync(app, "App {\n    bogus: 1\n}\n");
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = await ServeCommand.RunAsync(new ServeOptions(app) { Port = 0 }, output, errors, CancellationToken.None);

            Assert.Equal(1, exit);
            Assert.Contains("1107", output.ToString());
            Assert.Contains("broken.kry:2:5", output.ToString());
            Assert.Contains("not served: 1 error", output.ToString());
            Assert.DoesNotContain("http://", output.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_port_in_use_is_a_diagnostic_not_a_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = new StringWriter();
        var errors = new StringWriter();

        int exit = await ServeCommand.RunAsync(new ServeOptions(Path.Combine(RepositoryPaths.Examples, "hello.kry")) { Port = port }, output, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("2606", errors.ToString());
        Assert.Contains($"127.0.0.1:{port}", errors.ToString());
        Assert.Contains("--port", errors.ToString());
        Assert.DoesNotContain("   at ", errors.ToString());
    }

    [Fact]
    public async Task A_bad_port_or_host_is_refused()
    {
        var errors = new StringWriter();
        Assert.Equal(2, await ServeCommand.RunAsync(new ServeOptions("app.kry") { Port = 70000 }, new StringWriter(), errors, CancellationToken.None));
        Assert.Contains("--port", errors.ToString());

        errors = new StringWriter();
        Assert.Equal(1, await ServeCommand.RunAsync(new ServeOptions(Path.Combine(RepositoryPaths.Examples, "hello.kry")) { Port = 0, Host = "not-an-address" }, new StringWriter(), errors, CancellationToken.None));
        Assert.Contains("2606", errors.ToString());
        Assert.Contains("not an IP address", errors.ToString());
    }

    [Fact]
    public async Task A_good_app_is_served_at_the_printed_url_until_cancelled()
    {
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var serving = ServeCommand.RunAsync(new ServeOptions(Path.Combine(RepositoryPaths.Examples, "hello.kry")) { Port = 0 }, output, new StringWriter(), stop.Token);
        string? url = null;
        for (int i = 0; i < 300 && url is null; i++)
        {
            await Task.Delay(50);
            url = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"http://127\.0\.0\.1:\d+/").Value is { Length: > 0 } found ? found : null;
        }
        Assert.NotNull(url);
        using var http = new HttpClient();
        string page = await http.GetStringAsync(url);
        Assert.Contains("/kryon/client.js", page);
        Assert.Contains("<title>hello</title>", page);

        stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(15)));
    }
}
