using Kryon.Backends.Web.Protocol;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Web.Sessions;

/// <summary>
/// A session's clipboard: the text lives on the server (copy and paste inside the app always work),
/// and every copy is also sent to the browser, which puts it on the system clipboard when the page
/// may (navigator.clipboard). The browser's own pastes arrive as paste messages instead.
/// </summary>
internal sealed class SessionClipboard(Action<string> sendToClient) : IClipboard
{
    private string? _text;

    public string? GetText() => _text;

    public void SetText(string text)
    {
        _text = text;
        sendToClient($"{{\"t\":\"clip\",\"text\":{JsonString.Quote(text)}}}");
    }
}
