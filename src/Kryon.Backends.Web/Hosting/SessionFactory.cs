using Kryon.Runtime;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Web.Hosting;

/// <summary>What a new browser session gives the app it starts: the tab's size, the text measurer and clipboard to use.</summary>
/// <param name="Width">The browser's viewport width in CSS pixels (the layout's units).</param>
/// <param name="Height">The browser's viewport height in CSS pixels.</param>
/// <param name="Measurer">Pango metrics, shared by all sessions (thread-safe); the browser draws with the same font files.</param>
/// <param name="Clipboard">The session's clipboard: in memory, with copies forwarded to the browser.</param>
public sealed record SessionStart(float Width, float Height, ITextMeasurer Measurer, IClipboard Clipboard);

/// <summary>
/// A started app owned by one browser session: the host holding its runtime and whatever must be
/// disposed with it (the script manager). The session's loop follows the host, so the app may be
/// swapped while it runs (`kryon dev --platform web` posts reloads to it) and the host's overlay
/// lines are drawn over it. Disposing stops the app the host holds last (onStop, onUnmount).
/// </summary>
public sealed class HostedApp(RuntimeHost host, IDisposable? resources = null) : IDisposable
{
    /// <summary>An app that is never swapped (`kryon serve`).</summary>
    public HostedApp(KryonRuntime runtime, IDisposable? resources = null)
        : this(new RuntimeHost(runtime), resources)
    {
    }

    public RuntimeHost Host { get; } = host ?? throw new ArgumentNullException(nameof(host));

    public KryonRuntime Runtime => Host.Runtime;

    public void Dispose()
    {
        Host.Runtime.Stop();
        resources?.Dispose();
    }
}

/// <summary>
/// Loads and starts one instance of the app for one browser session (the CLI's `kryon serve` passes
/// one; the backend knows nothing of the compiler). Called on the session's own thread, which is the
/// only thread that touches the runtime afterwards.
/// </summary>
public delegate HostedApp SessionFactory(SessionStart start);
