using Kryon.Cli.Dev;
using Kryon.Testing;

namespace Kryon.Cli.Tests.Dev;

/// <summary>`kryon dev` on an app that does not compile yet: it shows the errors and waits for the save that fixes them.</summary>
public sealed class FixWaiterTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly DevAppFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Waits_through_saves_that_still_fail_and_returns_once_one_compiles()
    {
        string app = _folder.Write("app.kry", DevTestApps.Counter().Replace("App {", "App { {"));
        var compilations = new DevCompilations(app);
        var printed = new List<string>();
        void Print(string text)
        {
            lock (printed) printed.Add(text);
        }
        int Waiting()
        {
            lock (printed) return printed.Count(t => t.Contains("waiting for a save that fixes", StringComparison.Ordinal));
        }

        var waiting = Task.Run(() => FixWaiter.Wait(compilations, poll: false, Print, color: false));
        await Until(() => Waiting() == 1);
        Assert.Contains(printed, t => t.Contains("error[", StringComparison.Ordinal) && t.Contains("app.kry:", StringComparison.Ordinal));

        File.WriteAllText(app, DevTestApps.Counter().Replace("Button {", "Button { {"));
        await Until(() => Waiting() == 2);
        Assert.False(waiting.IsCompleted);

        File.WriteAllText(app, DevTestApps.Counter());
        Assert.True(await waiting.WaitAsync(Patience));
        Assert.True(compilations.Compile().Succeeded);
        Assert.Equal(2, Waiting());
    }

    [Fact]
    public async Task Stopping_while_waiting_returns_false()
    {
        string app = _folder.Write("app.kry", "App { width: }");
        using var stop = new CancellationTokenSource();
        var printed = new List<string>();
        var waiting = Task.Run(() => FixWaiter.Wait(new DevCompilations(app), poll: true, t => { lock (printed) printed.Add(t); }, color: false, stop.Token));
        await Until(() => { lock (printed) return printed.Count > 0; });

        stop.Cancel();
        Assert.False(await waiting.WaitAsync(Patience));
    }

    [Fact]
    public void An_app_that_compiles_does_not_wait()
    {
        string app = _folder.Write("app.kry", DevTestApps.Counter());
        var printed = new List<string>();
        Assert.True(FixWaiter.Wait(new DevCompilations(app), poll: false, printed.Add, color: false));
        Assert.Empty(printed);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not come true");
            await Task.Delay(20);
        }
    }
}
