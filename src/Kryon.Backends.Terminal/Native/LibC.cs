using System.Runtime.InteropServices;

namespace Kryon.Backends.Terminal.Native;

/// <summary>
/// The few libc calls the terminal needs (Linux): opening /dev/tty, termios raw mode, the window
/// size, poll, read and write. The termios struct is handled as opaque bytes (saved, copied, made
/// raw by cfmakeraw, restored), so its layout never has to be declared here.
/// </summary>
internal static unsafe partial class LibC
{
    public const int O_RDWR = 2, O_NOCTTY = 0x100, O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800;
    public const int TCSANOW = 0, TCSAFLUSH = 2;
    public const ulong TIOCGWINSZ = 0x5413;
    public const short POLLIN = 1;
    public const int EINTR = 4, EAGAIN = 11;

    /// <summary>Bigger than any Linux struct termios (60 bytes on glibc), so the opaque copy always fits.</summary>
    public const int TermiosSize = 128;

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows, Columns, XPixels, YPixels;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events, Revents;
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(int* fds, int flags);

    [LibraryImport("libc", EntryPoint = "isatty")]
    public static partial int IsATty(int fd);

    [LibraryImport("libc", EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int TcGetAttr(int fd, byte* termios);

    [LibraryImport("libc", EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int TcSetAttr(int fd, int when, byte* termios);

    [LibraryImport("libc", EntryPoint = "cfmakeraw")]
    public static partial void CfMakeRaw(byte* termios);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlWinSize(int fd, ulong request, WinSize* size);

    public static string LastError() => Marshal.GetLastPInvokeErrorMessage();
}
