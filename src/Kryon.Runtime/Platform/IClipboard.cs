namespace Kryon.Runtime.Platform;

/// <summary>The platform's clipboard (SDL, OSC 52 in a terminal, the browser's); text only.</summary>
public interface IClipboard
{
    string? GetText();

    void SetText(string text);
}

/// <summary>A clipboard that lives in the process: headless runs and tests.</summary>
public sealed class InMemoryClipboard : IClipboard
{
    private string? _text;

    public string? GetText() => _text;

    public void SetText(string text) => _text = text;
}
