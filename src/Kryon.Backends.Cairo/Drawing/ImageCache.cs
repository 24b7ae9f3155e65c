using Kryon.Backends.Cairo.Native;
using Kryon.Backends.Cairo.Output;
using Kryon.Diagnostics;

namespace Kryon.Backends.Cairo.Drawing;

/// <summary>
/// Decoded images by resolved path, so a frame redraw never decodes again. An image that cannot be
/// shown is remembered as failed and reported once (2503), then silently draws nothing.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly FrameCache<string, CairoSurfaceHandle?> _images = new(capacity: 64, StringComparer.Ordinal);
    /// <summary>Failures already reported: remembered even after the cache dropped the entry, so each is reported once.</summary>
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>The surface for <paramref name="source"/> (relative paths resolve against <paramref name="baseDirectory"/>), or null when it cannot be shown.</summary>
    public CairoSurfaceHandle? Get(string source, string? baseDirectory, Action<Diagnostic> report)
    {
        string key = Resolve(source, baseDirectory, out string? problem);
        if (_images.TryGet(key, out var cached)) return cached;
        CairoSurfaceHandle? surface = null;
        if (problem is null) (surface, problem) = ImageDecoder.Decode(key);
        _images.Add(key, surface);
        if (problem is not null && _reported.Add(key)) report(RenderDiagnostics.ImageFailed(source, problem));
        return surface;
    }

    /// <summary>A file path for the source; remote URLs are not fetched by a raster render (it must be reproducible offline).</summary>
    private static string Resolve(string source, string? baseDirectory, out string? problem)
    {
        problem = null;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1)
        {
            problem = $"{uri.Scheme} URLs are not loaded by the raster backend; use a local file";
            return source;
        }
        string path = uri is { IsFile: true } ? uri.LocalPath : source;
        try
        {
            return Path.GetFullPath(path, baseDirectory ?? Directory.GetCurrentDirectory());
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return source;
        }
    }

    /// <summary>Called after each frame: images no longer shown are freed once there are many.</summary>
    public void EndFrame() => _images.EndFrame();

    public void EndPartialFrame() => _images.EndPartialFrame();

    public void Dispose() => _images.Dispose();
}
