using System.Text;
using Kryon.Runtime.Platform;

namespace Kryon.Backends.Terminal;

/// <summary>
/// Copying sends the text to the terminal's clipboard with OSC 52 (most terminals and tmux take
/// it); the terminal does not let an app read its clipboard back, so pasting from it comes as a
/// bracketed paste, and Ctrl+V pastes what this app copied last.
/// </summary>
internal sealed class TerminalClipboard : IClipboard
{
    private string? _text;

    /// <summary>Where OSC 52 goes while the app runs (null before and after).</summary>
    public Action<byte[]>? Send { get; set; }

    public string? GetText() => _text;

    public void SetText(string text)
    {
        _text = text;
        Send?.Invoke(Encoding.UTF8.GetBytes($"\e]52;c;{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}\a"));
    }
}
