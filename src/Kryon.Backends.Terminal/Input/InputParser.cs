using System.Text;
using Kryon.Runtime.Events;

namespace Kryon.Backends.Terminal.Input;

/// <summary>
/// Turns the bytes a terminal sends into keys, mouse reports and pastes. Reads can split anything
/// (an escape sequence, a UTF-8 character, a paste) anywhere: an unfinished piece is kept until the
/// next <see cref="Feed"/>. A lone ESC is ambiguous (the Escape key, or the start of a sequence
/// still on its way), so it waits too; the loop calls <see cref="Flush"/> when nothing more came
/// within a short time, and then it is the Escape key.
/// <para>Understands: CSI keys (arrows, Home/End, Insert/Delete, PageUp/Down, F1–F12, with xterm
/// modifiers), SS3 keys, Alt+key (ESC prefix), Ctrl+letter, UTF-8 text, SGR mouse (1006: press,
/// release, drag, motion, wheel) and bracketed paste (2004).</para>
/// </summary>
internal sealed class InputParser
{
    private static readonly byte[] PasteEnd = "\e[201~"u8.ToArray();

    private readonly List<byte> _pending = new(64);
    private readonly List<byte> _paste = new();
    private bool _inPaste;

    /// <summary>Bytes kept for the next read (an unfinished sequence, a lone ESC).</summary>
    public bool HasPending => _pending.Count > 0 && !_inPaste;

    /// <summary>Parses <paramref name="bytes"/> after whatever was pending, adding what it finds to <paramref name="output"/>.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, List<TerminalInput> output)
    {
        foreach (byte b in bytes) _pending.Add(b);
        Parse(output, final: false);
    }

    /// <summary>No more bytes are coming soon: whatever is pending is taken as it stands (a lone ESC is Escape).</summary>
    public void Flush(List<TerminalInput> output) => Parse(output, final: true);

    private void Parse(List<TerminalInput> output, bool final)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending);
        int i = 0;
        while (i < span.Length)
        {
            if (_inPaste)
            {
                int consumed = ParsePaste(span[i..], output);
                i += consumed;
                if (_inPaste) break; // the rest is paste text, kept in _paste
                continue;
            }
            int used = ParseOne(span[i..], output, final);
            if (used == 0) break; // incomplete: wait for more bytes
            i += used;
        }
        _pending.RemoveRange(0, i);
    }

    /// <summary>Collects paste text up to the end marker; returns how many bytes it took.</summary>
    private int ParsePaste(ReadOnlySpan<byte> s, List<TerminalInput> output)
    {
        for (int i = 0; i < s.Length; i++)
        {
            _paste.Add(s[i]);
            if (_paste.Count >= PasteEnd.Length && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paste)[^PasteEnd.Length..].SequenceEqual(PasteEnd))
            {
                var text = Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_paste)[..^PasteEnd.Length]);
                // Terminals send line breaks in a paste as CR.
                output.Add(new PasteInput(text.Replace("\r\n", "\n").Replace('\r', '\n')));
                _paste.Clear();
                _inPaste = false;
                return i + 1;
            }
        }
        return s.Length;
    }

    /// <summary>Parses one input at the start of <paramref name="s"/>; returns the bytes it used, 0 when it needs more.</summary>
    private int ParseOne(ReadOnlySpan<byte> s, List<TerminalInput> output, bool final)
    {
        byte b = s[0];
        if (b == 0x1b) return ParseEscape(s, output, final);
        if (b < 0x80)
        {
            output.Add(ControlOrAscii(b, KeyModifiers.None));
            return 1;
        }
        // UTF-8: a lead byte says how long the character is.
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (s.Length < length)
        {
            if (!final) return 0;
            length = s.Length;
        }
        var text = Encoding.UTF8.GetString(s[..length]);
        output.Add(new KeyInput(text, KeyModifiers.None, text));
        return length;
    }

    private static KeyInput ControlOrAscii(byte b, KeyModifiers modifiers)
    {
        switch (b)
        {
            case 0x0d or 0x0a: return new KeyInput("Enter", modifiers);
            case 0x09: return new KeyInput("Tab", modifiers);
            case 0x7f or 0x08: return new KeyInput("Backspace", modifiers);
            case 0x00: return new KeyInput(" ", modifiers | KeyModifiers.Control);
            case 0x1b: return new KeyInput("Escape", modifiers);
        }
        if (b < 0x20) return new KeyInput(((char)('a' + b - 1)).ToString(), modifiers | KeyModifiers.Control);
        string key = ((char)b).ToString();
        // Alt+letter types nothing; a plain character types itself.
        return new KeyInput(key, modifiers, modifiers == KeyModifiers.None ? key : null);
    }

    private int ParseEscape(ReadOnlySpan<byte> s, List<TerminalInput> output, bool final)
    {
        if (s.Length == 1)
        {
            if (!final) return 0;
            output.Add(new KeyInput("Escape"));
            return 1;
        }
        byte next = s[1];
        if (next == (byte)'[') return ParseCsi(s, output, final);
        if (next == (byte)'O') return ParseSs3(s, output, final);
        if (next == 0x1b)
        {
            // ESC ESC: the first is the Escape key (Alt+Escape is not worth the ambiguity).
            output.Add(new KeyInput("Escape"));
            return 1;
        }
        if (next >= 0x80)
        {
            // Alt + a non-ASCII character: take the character without Alt.
            output.Add(new KeyInput("Escape"));
            return 1;
        }
        output.Add(ControlOrAscii(next, KeyModifiers.Alt));
        return 2;
    }

    /// <summary>ESC O x: F1–F4 and the application-mode cursor keys.</summary>
    private static int ParseSs3(ReadOnlySpan<byte> s, List<TerminalInput> output, bool final)
    {
        if (s.Length < 3)
        {
            if (!final) return 0;
            output.Add(new KeyInput("O", KeyModifiers.Alt));
            return 2;
        }
        string? key = (char)s[2] switch
        {
            'A' => "ArrowUp", 'B' => "ArrowDown", 'C' => "ArrowRight", 'D' => "ArrowLeft",
            'H' => "Home", 'F' => "End", 'P' => "F1", 'Q' => "F2", 'R' => "F3", 'S' => "F4",
            'M' => "Enter",
            _ => null,
        };
        if (key is not null) output.Add(new KeyInput(key));
        return 3;
    }

    /// <summary>ESC [ params intermediates final.</summary>
    private int ParseCsi(ReadOnlySpan<byte> s, List<TerminalInput> output, bool final)
    {
        int end = 2;
        while (end < s.Length && s[end] is >= 0x20 and <= 0x3F) end++;
        if (end >= s.Length)
        {
            if (!final) return 0;
            // A broken sequence: drop it rather than type its bytes.
            return s.Length;
        }
        byte last = s[end];
        if (last is < 0x40 or > 0x7E) return end; // not a CSI after all: drop the prefix
        var parameters = s[2..end];
        int length = end + 1;

        if (parameters.Length > 0 && parameters[0] == (byte)'<')
        {
            if (last is (byte)'M' or (byte)'m' && MouseReport(parameters[1..], last == (byte)'M') is { } mouse) output.Add(mouse);
            return length;
        }
        Span<int> numbers = stackalloc int[4];
        int count = Numbers(parameters, numbers);
        int first = count > 0 ? numbers[0] : 0;
        var modifiers = count > 1 ? Modifiers(numbers[1]) : KeyModifiers.None;

        if (last == (byte)'~')
        {
            if (first == 200)
            {
                _inPaste = true;
                _paste.Clear();
                return length;
            }
            string? tilde = first switch
            {
                1 or 7 => "Home", 2 => "Insert", 3 => "Delete", 4 or 8 => "End", 5 => "PageUp", 6 => "PageDown",
                11 => "F1", 12 => "F2", 13 => "F3", 14 => "F4", 15 => "F5", 17 => "F6", 18 => "F7", 19 => "F8",
                20 => "F9", 21 => "F10", 23 => "F11", 24 => "F12",
                _ => null,
            };
            if (tilde is not null) output.Add(new KeyInput(tilde, modifiers));
            return length;
        }
        string? key = (char)last switch
        {
            'A' => "ArrowUp", 'B' => "ArrowDown", 'C' => "ArrowRight", 'D' => "ArrowLeft",
            'H' => "Home", 'F' => "End", 'P' => "F1", 'Q' => "F2", 'R' => "F3", 'S' => "F4",
            'Z' => "Tab",
            _ => null,
        };
        if (last == (byte)'Z') modifiers |= KeyModifiers.Shift;
        if (key is not null) output.Add(new KeyInput(key, modifiers));
        return length;
    }

    /// <summary>SGR mouse: "b;x;y" then M (press, motion) or m (release); x and y are 1-based cells.</summary>
    private static MouseInput? MouseReport(ReadOnlySpan<byte> parameters, bool press)
    {
        Span<int> n = stackalloc int[4];
        if (Numbers(parameters, n) != 3) return null;
        int code = n[0], column = Math.Max(0, n[1] - 1), row = Math.Max(0, n[2] - 1);
        var modifiers = KeyModifiers.None;
        if ((code & 4) != 0) modifiers |= KeyModifiers.Shift;
        if ((code & 8) != 0) modifiers |= KeyModifiers.Alt;
        if ((code & 16) != 0) modifiers |= KeyModifiers.Control;
        int low = code & 3;
        if ((code & 64) != 0)
        {
            var wheel = low switch { 0 => MouseAction.WheelUp, 1 => MouseAction.WheelDown, 2 => MouseAction.WheelLeft, _ => MouseAction.WheelRight };
            return press ? new MouseInput(wheel, null, column, row, modifiers) : null;
        }
        PointerButton? button = low switch { 0 => PointerButton.Primary, 1 => PointerButton.Middle, 2 => PointerButton.Secondary, _ => null };
        if ((code & 32) != 0) return new MouseInput(MouseAction.Move, button, column, row, modifiers);
        if (button is null) return null;
        return new MouseInput(press ? MouseAction.Press : MouseAction.Release, button, column, row, modifiers);
    }

    /// <summary>xterm's modifier parameter: 1 + (Shift 1, Alt 2, Ctrl 4, Meta 8).</summary>
    private static KeyModifiers Modifiers(int parameter)
    {
        int bits = Math.Max(0, parameter - 1);
        var m = KeyModifiers.None;
        if ((bits & 1) != 0) m |= KeyModifiers.Shift;
        if ((bits & 2) != 0) m |= KeyModifiers.Alt;
        if ((bits & 4) != 0) m |= KeyModifiers.Control;
        if ((bits & 8) != 0) m |= KeyModifiers.Meta;
        return m;
    }

    /// <summary>The ';'-separated decimal numbers of a parameter string (an empty one is 0); how many there were.</summary>
    private static int Numbers(ReadOnlySpan<byte> parameters, Span<int> into)
    {
        int count = 0, value = 0;
        bool any = false;
        foreach (byte b in parameters)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                value = Math.Min(100_000, value * 10 + (b - '0'));
                any = true;
            }
            else if (b == (byte)';')
            {
                if (count < into.Length) into[count] = value;
                count++;
                value = 0;
                any = false;
            }
        }
        if (any || count > 0)
        {
            if (count < into.Length) into[count] = value;
            count++;
        }
        return Math.Min(count, into.Length);
    }
}
