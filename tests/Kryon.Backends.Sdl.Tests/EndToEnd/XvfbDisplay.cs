using System.Diagnostics;

namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>
/// A private X server for one test class: `Xvfb :N -screen 0 1024x768x24 -nolisten tcp` on the
/// first free display number from a random start, waited for until its socket is there, killed
/// (and its lock cleaned up by Xvfb itself) when the class is done.
/// </summary>
public sealed partial class XvfbDisplay : IDisposable
{
    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);

    private static int Terminate(int pid) => Kill(pid, 15);

    public const int ScreenWidth = 1024;
    public const int ScreenHeight = 768;

    private readonly Process _xvfb;

    public XvfbDisplay()
    {
        foreach (var tool in (string[])["/usr/bin/Xvfb", "/usr/bin/xdotool", "/usr/bin/import", "/usr/bin/convert"])
            if (!File.Exists(tool)) throw new InvalidOperationException($"{tool} is missing; the desktop E2E tests need: sudo apt-get install xvfb xdotool imagemagick (setup.sh installs them)");
        for (int attempt = 0; ; attempt++)
        {
            int n = Random.Shared.Next(100, 900);
            if (File.Exists($"/tmp/.X{n}-lock") || File.Exists($"/tmp/.X11-unix/X{n}")) continue;
            var psi = new ProcessStartInfo("/usr/bin/Xvfb", $":{n} -screen 0 {ScreenWidth}x{ScreenHeight}x24 -nolisten tcp")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var xvfb = Process.Start(psi)!;
            xvfb.ErrorDataReceived += (_, _) => { };
            xvfb.OutputDataReceived += (_, _) => { };
            xvfb.BeginErrorReadLine();
            xvfb.BeginOutputReadLine();
            var deadline = Stopwatch.StartNew();
            // The socket appears before the server answers: wait until a client can really connect.
            while (deadline.Elapsed < TimeSpan.FromSeconds(10) && !xvfb.HasExited && !(File.Exists($"/tmp/.X11-unix/X{n}") && X11Close.CanConnect($":{n}"))) Thread.Sleep(20);
            if (!xvfb.HasExited && X11Close.CanConnect($":{n}"))
            {
                _xvfb = xvfb;
                Name = $":{n}";
                return;
            }
            if (!xvfb.HasExited) xvfb.Kill();
            xvfb.Dispose();
            if (attempt >= 5) throw new InvalidOperationException("Xvfb did not start (5 display numbers tried)");
        }
    }

    /// <summary>The DISPLAY value, e.g. ":123".</summary>
    public string Name { get; }

    /// <summary>Runs an X tool (xdotool, import, convert) on this display; returns stdout, fails the test on a non-zero exit.</summary>
    public byte[] Tool(string file, string arguments, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.Environment["DISPLAY"] = Name;
        using var p = Process.Start(psi)!;
        var output = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromSeconds(20)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish");
        }
        copy.Wait();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} exited {p.ExitCode}: {errors.Result}");
        return output.ToArray();
    }

    public string Xdotool(string arguments) => System.Text.Encoding.UTF8.GetString(Tool("/usr/bin/xdotool", arguments)).Trim();

    /// <summary>The whole screen as RGB.</summary>
    public RgbImage Screenshot() => new(ScreenWidth, ScreenHeight, Tool("/usr/bin/import", "-window root -depth 8 rgb:-"));

    public void Dispose()
    {
        try
        {
            // SIGTERM, not Process.Kill's SIGKILL: Xvfb then removes its lock file and socket.
            if (!_xvfb.HasExited && Terminate(_xvfb.Id) == 0 && !_xvfb.WaitForExit(5000)) _xvfb.Kill();
            _xvfb.WaitForExit(5000);
        }
        finally
        {
            _xvfb.Dispose();
        }
    }
}
