using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kryon.Backends.Cairo.Native;

namespace Kryon.Backends.Cairo.Output;

/// <summary>
/// Lets cairo write PNG, SVG and PDF bytes into a .NET <see cref="Stream"/> through its
/// cairo_write_func_t callback. The sink travels to native code as a GCHandle; a failing write
/// is kept (cairo only learns "write error") so the caller can report the real reason.
/// </summary>
internal sealed unsafe class StreamSink : IDisposable
{
    private GCHandle _self;

    public StreamSink(Stream stream)
    {
        Stream = stream;
        _self = GCHandle.Alloc(this);
    }

    public Stream Stream { get; }

    /// <summary>The first exception the stream threw, if any.</summary>
    public Exception? Error { get; private set; }

    /// <summary>The closure argument cairo passes back to <see cref="Write"/>.</summary>
    public nint Closure => GCHandle.ToIntPtr(_self);

    public static delegate* unmanaged[Cdecl]<nint, byte*, uint, CairoStatus> Callback => &Write;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static CairoStatus Write(nint closure, byte* data, uint length)
    {
        var sink = (StreamSink)GCHandle.FromIntPtr(closure).Target!;
        if (sink.Error is not null) return CairoStatus.WriteError;
        try
        {
            sink.Stream.Write(new ReadOnlySpan<byte>(data, checked((int)length)));
            return CairoStatus.Success;
        }
        catch (Exception e)
        {
            // Never let an exception cross into cairo's C frames.
            sink.Error = e;
            return CairoStatus.WriteError;
        }
    }

    /// <summary>Only after cairo is done with the closure (surface finished or written).</summary>
    public void Dispose()
    {
        if (_self.IsAllocated) _self.Free();
    }
}
