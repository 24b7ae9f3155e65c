using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kryon.Scripting.Process;

/// <summary>
/// One child interpreter: started with redirected stdin/stdout/stderr, frames read on a background
/// thread into a queue (so the app's thread can wait with a timeout), stderr lines handed to the
/// log. Killed — with anything it started — on <see cref="Dispose"/>, when its budget runs out, and
/// when the .NET process exits; a child also exits by itself when its stdin closes.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly ConcurrentDictionary<HostProcess, byte> Live = new();

    static HostProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var child in Live.Keys) child.Kill();
        };
    }

    private readonly System.Diagnostics.Process _process;
    private readonly Stream _input;
    private readonly BlockingCollection<byte[]?> _frames = new();

    private HostProcess(System.Diagnostics.Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
    }

    public int Id => _process.Id;

    public bool HasExited
    {
        get
        {
            try { return _process.HasExited; }
            catch (InvalidOperationException) { return true; }
        }
    }

    public int? ExitCode => HasExited ? _process.ExitCode : null;

    public static HostProcess Start(string executable, IEnumerable<string> arguments, Action<string> stderrLine)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["NODE_OPTIONS"] = "";
        var process = System.Diagnostics.Process.Start(info) ?? throw new IOException($"could not start {executable}");
        var host = new HostProcess(process);
        Live[host] = 0;
        var output = process.StandardOutput.BaseStream;
        var reader = new Thread(() =>
        {
            try
            {
                while (FrameChannel.Read(output) is { } frame) host._frames.Add(frame);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException or InvalidOperationException) { }
            try { host._frames.Add(null); } catch (InvalidOperationException) { }
        }) { IsBackground = true, Name = $"kryon {Path.GetFileName(executable)} host reader" };
        reader.Start();
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) stderrLine(line); };
        process.BeginErrorReadLine();
        return host;
    }

    public void Send(ReadOnlySpan<byte> json)
    {
        try
        {
            FrameChannel.Write(_input, json);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The child is gone; the reader reports its end.
        }
    }

    /// <summary>The next frame within <paramref name="timeout"/>; null with <paramref name="exited"/> when the child ended, null alone on timeout.</summary>
    public byte[]? Receive(TimeSpan timeout, out bool exited)
    {
        exited = false;
        if (!_frames.TryTake(out var frame, timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout)) return null;
        if (frame is null)
        {
            exited = true;
            try { _frames.Add(null); } catch (InvalidOperationException) { } // later waits see the end too
        }
        return frame;
    }

    /// <summary>Waits briefly for an exiting child (so its exit code and last stderr lines are in).</summary>
    public void WaitForExit()
    {
        // The parameterless wait, once the process is gone, also waits for its stderr to be read to the end.
        try { if (_process.WaitForExit(1000)) _process.WaitForExit(); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(2000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    public void Dispose()
    {
        Live.TryRemove(this, out _);
        try { _input.Dispose(); } catch (IOException) { }
        Kill();
        _process.Dispose();
    }
}
