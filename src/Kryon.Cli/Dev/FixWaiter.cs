using System.Runtime.InteropServices;
using Kryon.Diagnostics;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Dev;

/// <summary>
/// `kryon dev` on an app whose first version does not compile: there is no good version to show
/// yet, so it prints the errors and waits for a save that compiles — then the app starts as usual —
/// or for the person to stop (Ctrl+C, SIGTERM). Each save that still has errors prints them again.
/// </summary>
public static class FixWaiter
{
    /// <summary>True once the files compile; false when stopped first.</summary>
    public static bool Wait(DevCompilations compilations, bool poll, Action<string> print, bool color, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(compilations);
        var compiled = compilations.Compile();
        if (compiled.Succeeded) return true;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var saved = new SemaphoreSlim(0);
        using var watcher = new SourceWatcher(() => saved.Release(), poll: poll);
        try
        {
            while (true)
            {
                print(Report(compilations.AppPath, compiled, color));
                watcher.Watch(compilations.Files);
                int compiles = compilations.CompileCount;
                // A save made before the watch began has no event of its own: compiling now catches it.
                compiled = compilations.Compile();
                while (compilations.CompileCount == compiles) // nothing changed since
                {
                    saved.Wait(stop.Token);
                    compiled = compilations.Compile();
                }
                if (compiled.Succeeded) return true;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static string Report(string appPath, DevCompilation compiled, bool color)
    {
        int errors = compiled.Diagnostics.Count(d => d.IsError);
        return DiagnosticFormatter.FormatHuman(compiled.Diagnostics, color) +
            $"kryon dev: {appPath} has {Count(errors, "error")} and nothing to run yet; waiting for a save that fixes {(errors == 1 ? "it" : "them")} (Ctrl+C stops)\n";
    }
}
