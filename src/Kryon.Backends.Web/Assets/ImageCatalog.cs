namespace Kryon.Backends.Web.Assets;

/// <summary>An image file the browser may fetch: `/kryon/images/&lt;Id&gt;`.</summary>
internal sealed record ImageAsset(int Id, string Path, string ContentType);

/// <summary>
/// The image files the app's display lists show (`image_source`), resolved as the cairo backend
/// resolves them (relative to the app's directory). An image is numbered when a frame first shows
/// it; the server serves only numbered files, so a client can never name an arbitrary path.
/// Thread-safe.
/// </summary>
internal sealed class ImageCatalog(string? baseDirectory)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ImageAsset?> _bySource = new(StringComparer.Ordinal);
    private readonly List<ImageAsset> _images = [];

    /// <summary>The number of the image a run shows, or -1 when the file does not exist (the box stays empty, as in cairo).</summary>
    public int IdFor(string source)
    {
        lock (_lock)
        {
            if (!_bySource.TryGetValue(source, out var image))
            {
                string path = Path.IsPathRooted(source) || baseDirectory is null ? source : Path.Combine(baseDirectory, source);
                image = File.Exists(path) ? new ImageAsset(_images.Count, Path.GetFullPath(path), ContentTypeOf(path)) : null;
                if (image is not null) _images.Add(image);
                _bySource[source] = image;
            }
            return image?.Id ?? -1;
        }
    }

    public ImageAsset? Get(int id)
    {
        lock (_lock) return id >= 0 && id < _images.Count ? _images[id] : null;
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        ".bmp" => "image/bmp",
        _ => "application/octet-stream",
    };
}
