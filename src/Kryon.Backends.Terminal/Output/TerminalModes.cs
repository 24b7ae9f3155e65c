namespace Kryon.Backends.Terminal.Output;

/// <summary>The escape sequences that take the terminal over and give it back.</summary>
public static class TerminalModes
{
    /// <summary>
    /// Alternate screen, hidden cursor, no auto-wrap (writing the last column must not scroll),
    /// mouse reports for presses, drags and plain motion (hover) in SGR encoding, bracketed paste,
    /// and a cleared screen.
    /// </summary>
    public static ReadOnlySpan<byte> Enter => "\e[?1049h\e[?25l\e[?7l\e[?1000h\e[?1002h\e[?1003h\e[?1006h\e[?2004h\e[0m\e[H\e[2J"u8;

    /// <summary>Everything <see cref="Enter"/> changed, undone: back to the main screen with the cursor shown.</summary>
    public static ReadOnlySpan<byte> Leave => "\e[?2004l\e[?1006l\e[?1003l\e[?1002l\e[?1000l\e[?7h\e[0m\e[0 q\e[?25h\e[?1049l"u8;
}
