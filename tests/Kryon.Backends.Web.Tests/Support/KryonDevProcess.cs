using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kryon.Backends.Web.Tests.Support;

/// <summary>
/// The real `kryon dev … --platform web` (kryon.dll next to the tests) as a person runs it: its
/// console lines as they come, the URL it serves at once it prints one, and a stop by SIGTERM.
/// Killed when disposed if it is still running.
/// </summary>
internal sealed partial class KryonDevProcess : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<string> _errors;

    private KryonDevProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            _lines.Enqueue(e.Data);
            if (UrlPattern().Match(e.Data) is { Success: true } url) _url.TrySetResult(url.Value);
        };
        _errors = _process.StandardError.ReadToEndAsync();
        _process.BeginOutputReadLine();
    }

    public static KryonDevProcess Start(params string[] arguments)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kryon.dll"));
        foreach (string a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        return new KryonDevProcess(Process.Start(psi)!);
    }

    /// <summary>Standard output so far, a line each.</summary>
    public IReadOnlyCollection<string> Lines => [.. _lines];

    public bool IsServing => _url.Task.IsCompleted;

    /// <summary>The page's address, once the command prints it.</summary>
    public Task<string> UrlAsync() => _url.Task.WaitAsync(Patience);

    /// <summary>Waits for a line of standard output that <paramref name="matches"/>.</summary>
    public async Task WaitForLineAsync(Func<string, bool> matches)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!_lines.Any(matches))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited) throw new TimeoutException("no such line; output:\n" + string.Join("\n", _lines));
            await Task.Delay(20);
        }
    }

    /// <summary>Stops the command as a service manager does (SIGTERM); its exit code and standard error.</summary>
    public async Task<(int Exit, string Errors)> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(Patience);
        return (_process.ExitCode, await _errors);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex UrlPattern();
}
