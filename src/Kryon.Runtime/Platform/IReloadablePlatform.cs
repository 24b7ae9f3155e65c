namespace Kryon.Runtime.Platform;

/// <summary>
/// An interactive platform whose loop can swap the running app and show an overlay over it
/// (`kryon dev`): it runs the app <paramref name="host"/> holds, re-reading it every frame, runs
/// the host's posted work between frames, and draws the host's overlay lines
/// (<see cref="DiagnosticsOverlay"/>). Otherwise the same contract as <see cref="IInteractivePlatform.Run"/>:
/// runs until the person quits or the token fires, then stops the app the host holds last.
/// </summary>
public interface IReloadablePlatform : IInteractivePlatform
{
    int Run(RuntimeHost host, CancellationToken cancel);
}
