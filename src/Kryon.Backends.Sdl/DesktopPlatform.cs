using System.Diagnostics;
using System.Runtime.InteropServices;
using Kryon.Backends.Cairo;
using Kryon.Backends.Sdl.Loop;
using Kryon.Backends.Sdl.Window;
using Kryon.Runtime;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Sdl;

/// <summary>
/// `kryon run --platform desktop`: the app in an SDL2 window, drawn by the cairo backend and
/// laid out with Pango metrics (so it looks like `kryon render`), driven by the mouse and keyboard.
/// See README.md for the pieces, the event loop and HiDPI.
/// </summary>
public sealed class DesktopPlatform : IReloadablePlatform
{
    /// <summary>Set to 1 to have the run print, on stderr, how long after process start the first frame was on screen.</summary>
    public const string ReportFirstFrameVariable = "KRYON_REPORT_FIRST_FRAME";

    public string Name => "desktop";

    public string? WhyUnavailable() => DesktopAvailability.WhyUnavailable();

    public ITextMeasurer CreateMeasurer() => CairoBackend.CreateMeasurer();

    /// <summary>The App's window size (or --width/--height).</summary>
    public (float Width, float Height)? InitialViewport => null;

    public IClipboard Clipboard { get; } = new SdlClipboard();

    public int Run(KryonRuntime runtime, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        return Run(new RuntimeHost(runtime), cancel);
    }

    /// <summary>Shows the app <paramref name="host"/> holds, following it when it is swapped (`kryon dev`).</summary>
    public int Run(RuntimeHost host, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(host);
        var runtime = host.Runtime;
        double runEnteredMs = SinceProcessStartMs();
        try
        {
            // SIGTERM (logout, `kill`) and SIGHUP close the window in order, as the close button
            // does: onStop runs and `--dump-state` is printed, instead of the process just ending.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, CloseOn(stop));
            using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, CloseOn(stop));
            using var video = new SdlVideo();
            double videoReadyMs = SinceProcessStartMs();
            var settings = WindowSettings.Of(runtime);
            string? appDirectory = runtime.Options.AppDirectory;
            using var window = new SdlWindow(settings, imageBaseDirectory: appDirectory);
            double windowReadyMs = SinceProcessStartMs();
            if (settings.IconPath is { } icon && WindowIcon.TrySet(window.Handle, Path.IsPathRooted(icon) || appDirectory is null ? icon : Path.Combine(appDirectory, icon)) is { } iconProblem)
                runtime.Log.Report(Kryon.Diagnostics.DiagnosticCodes.ImageLoadFailed, iconProblem, "give the App's icon as a PNG file path relative to the app file");
            bool report = Environment.GetEnvironmentVariable(ReportFirstFrameVariable) == "1";
            var loop = new DesktopEventLoop(host, window, stop.Token)
            {
                FirstFramePresented = report ? w => ReportFirstFrame(w, runEnteredMs, videoReadyMs, windowReadyMs) : null,
            };
            loop.Run();
            host.Runtime.Stop(); // onStop, onUnmount: before the window goes, as the app may still ask SDL for the clipboard
            return 0;
        }
        catch (Exception e) when (e is SdlException or CairoUnavailableException or DllNotFoundException or EntryPointNotFoundException)
        {
            host.Runtime.Stop();
            Console.Error.WriteLine($"kryon run: the desktop window failed: {e.Message}");
            Console.Error.WriteLine("  help: run it without a window: kryon run <app> --headless, or in the terminal: --platform terminal");
            return 1;
        }
    }

    private static Action<PosixSignalContext> CloseOn(CancellationTokenSource stop) => context =>
    {
        context.Cancel = true;
        stop.Cancel();
    };

    private static double SinceProcessStartMs() => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>
    /// The startup figure, with what it is made of: the time before the platform got the started
    /// app (runtime, compiler, scripts) and the CPU time used, which a busy machine does not inflate.
    /// </summary>
    private static void ReportFirstFrame(SdlWindow window, double runEnteredMs, double videoReadyMs, double windowReadyMs)
    {
        double total = SinceProcessStartMs();
        double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        Console.Error.WriteLine($"kryon: first frame presented {total:0} ms after process start ({cpu:0} ms of CPU): " +
            $"app loaded and started at {runEnteredMs:0} ms, SDL video up at {videoReadyMs:0} ms, window and renderer at {windowReadyMs:0} ms; " +
            $"{SdlVideo.Driver}, {window.RendererName} renderer{(window.HasVsync ? ", vsync" : "")}, scale {window.Scale:0.##}");
    }
}
