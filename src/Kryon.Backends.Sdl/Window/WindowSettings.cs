using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Backends.Sdl.Window;

/// <summary>
/// The window an App asks for (KRY.md §5.4): title, size (the runtime's viewport, which `--width`
/// and `--height` may have overridden), min/max size, whether it resizes, and its icon path.
/// </summary>
internal sealed record WindowSettings(string Title, int Width, int Height, int MinWidth, int MinHeight, int? MaxWidth, int? MaxHeight, bool Resizable, string? IconPath)
{
    /// <summary>The App's window_title ("Kryon App" when it has none); it may change while the app runs (a binding, a script, a `kryon dev` reload).</summary>
    public static string TitleOf(KryonRuntime runtime)
        => runtime.Tree.Root?.Get(Props.WindowTitle) is StringValue { Value: { Length: > 0 } title } ? title : "Kryon App";

    public static WindowSettings Of(KryonRuntime runtime)
    {
        var app = runtime.Tree.Root;
        string title = TitleOf(runtime);
        int width = Math.Max(1, (int)MathF.Round(runtime.ViewportWidth));
        int height = Math.Max(1, (int)MathF.Round(runtime.ViewportHeight));
        int? Int(string name) => app?.Get(PropertyRegistry.Get(name)) is IntValue { Value: > 0 } v ? v.Value : null;
        // A minimum above the asked size would make the window open larger than asked: the size wins.
        int minWidth = Math.Min(Int("window_min_width") ?? 1, width);
        int minHeight = Math.Min(Int("window_min_height") ?? 1, height);
        int? maxWidth = Int("window_max_width") is { } mw ? Math.Max(mw, width) : null;
        int? maxHeight = Int("window_max_height") is { } mh ? Math.Max(mh, height) : null;
        bool resizable = app?.Get(PropertyRegistry.Get("resizable")) is not BoolValue { Value: false };
        string? icon = app?.Get(PropertyRegistry.Get("icon")) switch
        {
            ResourceValue { Path: { Length: > 0 } p } => p,
            StringValue { Value: { Length: > 0 } s } => s,
            _ => null,
        };
        return new WindowSettings(title, width, height, minWidth, minHeight, maxWidth, maxHeight, resizable, icon);
    }
}
