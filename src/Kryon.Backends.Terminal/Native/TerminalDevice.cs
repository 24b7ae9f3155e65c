using static Kryon.Backends.Terminal.Native.LibC;

namespace Kryon.Backends.Terminal.Native;

/// <summary>
/// The controlling terminal, opened as /dev/tty (not stdin/stdout, so the app's report can be
/// redirected to a file while the app runs in the terminal). Puts it in raw mode and gives it back
/// as it was; reads with poll(2) next to a self-pipe that signal handlers write to, so a resize or
/// a quit signal wakes the loop without polling on a timer.
/// </summary>
internal sealed unsafe class TerminalDevice : IDisposable
{
    private readonly int _fd;
    private readonly int _wakeRead, _wakeWrite;
    private readonly byte[] _savedTermios = new byte[TermiosSize];
    private bool _raw;
    private bool _disposed;

    private TerminalDevice(int fd, int wakeRead, int wakeWrite)
    {
        _fd = fd;
        _wakeRead = wakeRead;
        _wakeWrite = wakeWrite;
    }

    /// <summary>Opens /dev/tty, or says why it cannot be opened.</summary>
    public static TerminalDevice? TryOpen(out string? why)
    {
        why = null;
        if (!OperatingSystem.IsLinux())
        {
            why = "the terminal platform runs on Linux only";
            return null;
        }
        int fd = Open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
        {
            why = $"there is no terminal to draw in (/dev/tty cannot be opened: {LastError()})";
            return null;
        }
        if (IsATty(fd) == 0)
        {
            Close(fd);
            why = "/dev/tty is not a terminal";
            return null;
        }
        int* pipe = stackalloc int[2];
        if (Pipe2(pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        {
            Close(fd);
            why = $"cannot create the wake-up pipe ({LastError()})";
            return null;
        }
        return new TerminalDevice(fd, pipe[0], pipe[1]);
    }

    /// <summary>Whether file descriptor <paramref name="fd"/> is a terminal (0: standard input).</summary>
    public static bool IsTerminal(int fd) => OperatingSystem.IsLinux() && IsATty(fd) != 0;

    /// <summary>The size in cells, or null when the terminal does not say.</summary>
    public (int Columns, int Rows)? Size()
    {
        WinSize size;
        if (IoctlWinSize(_fd, TIOCGWINSZ, &size) != 0 || size.Columns == 0 || size.Rows == 0) return null;
        return (size.Columns, size.Rows);
    }

    /// <summary>Raw mode: no echo, no line buffering, no signal keys (Ctrl+C arrives as a byte), no output processing.</summary>
    public void EnterRawMode()
    {
        fixed (byte* saved = _savedTermios)
        {
            if (TcGetAttr(_fd, saved) != 0) throw new IOException($"cannot read the terminal's settings ({LastError()})");
            byte* raw = stackalloc byte[TermiosSize];
            new ReadOnlySpan<byte>(saved, TermiosSize).CopyTo(new Span<byte>(raw, TermiosSize));
            CfMakeRaw(raw);
            if (TcSetAttr(_fd, TCSAFLUSH, raw) != 0) throw new IOException($"cannot put the terminal in raw mode ({LastError()})");
        }
        _raw = true;
    }

    /// <summary>Gives the terminal back its settings from before <see cref="EnterRawMode"/>.</summary>
    public void RestoreMode()
    {
        if (!_raw) return;
        fixed (byte* saved = _savedTermios) TcSetAttr(_fd, TCSANOW, saved);
        _raw = false;
    }

    /// <summary>Writes all of <paramref name="bytes"/> (retrying short writes and interruptions).</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* p = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                nint n = LibC.Write(_fd, p + done, bytes.Length - done);
                if (n < 0)
                {
                    int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                    if (errno is EINTR or EAGAIN) continue;
                    throw new IOException($"cannot write to the terminal ({LastError()})");
                }
                done += (int)n;
            }
        }
    }

    /// <summary>What woke a <see cref="Wait"/>.</summary>
    [Flags]
    public enum Ready { None = 0, Input = 1, Wake = 2 }

    /// <summary>Blocks until input arrives, <see cref="Wake"/> is called, or <paramref name="timeoutMs"/> passes (-1: no timeout).</summary>
    public Ready Wait(int timeoutMs)
    {
        PollFd* fds = stackalloc PollFd[2];
        fds[0] = new PollFd { Fd = _fd, Events = POLLIN };
        fds[1] = new PollFd { Fd = _wakeRead, Events = POLLIN };
        int n = Poll(fds, 2, timeoutMs);
        if (n <= 0) return Ready.None; // timeout, or EINTR: the caller looks at its flags and waits again
        var ready = Ready.None;
        if (fds[0].Revents != 0) ready |= Ready.Input;
        if (fds[1].Revents != 0)
        {
            ready |= Ready.Wake;
            byte* drain = stackalloc byte[64];
            while (LibC.Read(_wakeRead, drain, 64) > 0) { }
        }
        return ready;
    }

    /// <summary>Reads what the terminal has sent (at most the buffer); 0 when the terminal is gone.</summary>
    public int Read(Span<byte> buffer)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n = LibC.Read(_fd, p, buffer.Length);
                if (n >= 0) return (int)n;
                int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
                if (errno == EINTR) continue;
                if (errno == EAGAIN) return -1;
                return 0;
            }
        }
    }

    /// <summary>Wakes a <see cref="Wait"/> from another thread or a signal handler.</summary>
    public void Wake()
    {
        byte one = 1;
        LibC.Write(_wakeWrite, &one, 1);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        RestoreMode();
        Close(_fd);
        Close(_wakeRead);
        Close(_wakeWrite);
    }
}
