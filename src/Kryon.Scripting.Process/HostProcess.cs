using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kryon.Scripting.Process;

/// <summary>
/// One child interpreter: started with redirected stdin/stdout/stderr. Frames are read on the
/// app's thread (a hand-over between threads would cost two wake-ups per frame); a one-shot timer
/// kills the child when a read outlasts the call's budget, which ends the read. stderr lines go to
/// a callback. Killed on <see cref="Dispose"/>, when its budget runs out, and — with anything it
/// started — when the .NET process exits; a child also exits by itself when its stdin closes.
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
    private readonly Stream _output;
    private readonly Timer _budget;
    private volatile bool _timedOut;
    private bool _ended;

    private HostProcess(System.Diagnostics.Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _budget = new Timer(_ =>
        {
            _timedOut = true;
            KillChild();
        });
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

    /// <summary>
    /// The next frame within <paramref name="timeout"/>; null with <paramref name="exited"/> when
    /// the child ended, null alone when the time ran out (the child is killed then).
    /// </summary>
    public byte[]? Receive(TimeSpan timeout, out bool exited)
    {
        exited = false;
        if (_ended) { exited = !_timedOut; return null; }
        if (timeout <= TimeSpan.Zero)
        {
            _timedOut = true;
            KillChild();
            _ended = true;
            return null;
        }
        byte[]? frame = null;
        _budget.Change(timeout, Timeout.InfiniteTimeSpan);
        try
        {
            frame = FrameChannel.Read(_output);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException or InvalidOperationException) { }
        finally
        {
            _budget.Change(Timeout.Infinite, Timeout.Infinite);
        }
        if (_timedOut)
        {
            // Killed for its budget (even if a frame slipped through just before): the call is over.
            _ended = true;
            return null;
        }
        if (frame is null)
        {
            _ended = true;
            exited = true;
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

    /// <summary>Kills the child alone: the sandboxes keep scripts from starting processes of their own.</summary>
    private void KillChild()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    /// <summary>Kills the child and anything it started (the .NET process is exiting).</summary>
    private void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    public void Dispose()
    {
        Live.TryRemove(this, out _);
        _budget.Dispose();
        // Closing stdin ends a waiting child by itself; the kill ends a busy one. No waiting here:
        // the process is reaped by the runtime.
        try { _input.Dispose(); } catch (IOException) { }
        KillChild();
        _process.Dispose();
    }
}
