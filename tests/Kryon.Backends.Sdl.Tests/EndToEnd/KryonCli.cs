using System.Diagnostics;
using System.Text.Json;
using Kryon.Testing;

namespace Kryon.Backends.Sdl.Tests.EndToEnd;

/// <summary>The real `kryon` (kryon.dll next to the tests, as in Kryon.Cli.Tests), run to completion: renders and headless dumps to compare with.</summary>
internal static class KryonCli
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "kryon.dll");

    public static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name);

    public static ProcessStartInfo StartInfo(string arguments, string? display)
    {
        Assert.True(File.Exists(Dll), "kryon.dll not next to the tests: " + Dll);
        var psi = new ProcessStartInfo("dotnet", $"\"{Dll}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        psi.Environment.Remove("WAYLAND_DISPLAY");
        if (display is null) psi.Environment.Remove("DISPLAY");
        else psi.Environment["DISPLAY"] = display;
        psi.Environment["NO_COLOR"] = "1";
        return psi;
    }

    public static (int Exit, string Out, string Err) Run(string arguments, string? display = null)
    {
        using var p = Process.Start(StartInfo(arguments, display))!;
        var output = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"kryon {arguments} did not finish");
        }
        return (p.ExitCode, output.Result, errors.Result);
    }

    /// <summary>`kryon render` of the app (optionally with an events file) at a size, as RGB.</summary>
    public static RgbImage Render(XvfbDisplay x, string app, int width, int height, string? eventsJson = null)
    {
        string png = Path.Combine(Path.GetTempPath(), $"kryon-sdl-e2e-{Guid.NewGuid():N}.png");
        string? events = null;
        try
        {
            string args = $"render \"{app}\" -o \"{png}\" --width {width} --height {height}";
            if (eventsJson is not null)
            {
                events = Path.ChangeExtension(png, ".events.json");
                File.WriteAllText(events, eventsJson);
                args += $" --events \"{events}\"";
            }
            var (exit, _, err) = Run(args);
            Assert.True(exit == 0, "kryon render failed: " + err);
            return new RgbImage(width, height, x.Tool("/usr/bin/convert", $"\"{png}\" -depth 8 rgb:-"));
        }
        finally
        {
            File.Delete(png);
            if (events is not null) File.Delete(events);
        }
    }

    /// <summary>The layout boxes (x, y, w, h) of the app's elements with ids, from a headless `--dump-state`.</summary>
    public static Dictionary<string, (float X, float Y, float W, float H)> Layout(string app)
    {
        var (exit, output, err) = Run($"run \"{app}\" --headless --dump-state");
        Assert.True(exit == 0, "kryon run --headless failed: " + err);
        return BoxesOf(JsonDocument.Parse(output).RootElement);
    }

    public static Dictionary<string, (float X, float Y, float W, float H)> BoxesOf(JsonElement dump)
    {
        var boxes = new Dictionary<string, (float, float, float, float)>();
        foreach (var e in dump.GetProperty("run").GetProperty("layout").EnumerateArray())
        {
            var b = e.GetProperty("box");
            boxes[e.GetProperty("id").GetString()!] = (b[0].GetSingle(), b[1].GetSingle(), b[2].GetSingle(), b[3].GetSingle());
        }
        return boxes;
    }
}
