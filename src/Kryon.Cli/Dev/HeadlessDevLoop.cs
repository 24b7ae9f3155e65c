using Kryon.Runtime.Platform;

namespace Kryon.Cli.Dev;

/// <summary>
/// The loop of `kryon dev --headless`: no display and no input, so it only sleeps until work is
/// posted to the host (a reload), runs it and then a frame, until <c>stop</c> fires. App time
/// stands still between reloads, so a headless session's state depends only on its events file and
/// its edits (what the tests need).
/// </summary>
public static class HeadlessDevLoop
{
    public static void Run(RuntimeHost host, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(host);
        // Not disposed: a watcher thread may still wake it after the loop ended, and a SemaphoreSlim
        // whose wait handle was never asked for holds nothing to free.
        var wake = new SemaphoreSlim(0);
        host.Wake = () => wake.Release();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                host.RunPendingWork();
                host.Runtime.RunFrame(host.Runtime.NowMs);
                try
                {
                    wake.Wait(stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        finally
        {
            host.Wake = null;
        }
    }
}
