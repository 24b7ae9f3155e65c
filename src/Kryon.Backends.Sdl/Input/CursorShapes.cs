using Kryon.Backends.Sdl.Native;
using Kryon.Runtime.Elements;

namespace Kryon.Backends.Sdl.Input;

/// <summary>The mouse cursor for the hovered element (<see cref="PointerCursor"/>) as one of SDL's system cursors.</summary>
internal static class CursorShapes
{
    public static SdlSystemCursor For(Element? hovered) => Of(PointerCursor.Of(hovered));

    /// <summary>The `cursor` property's members as SDL's system cursors (SDL2 has no help cursor: the arrow).</summary>
    public static SdlSystemCursor Of(string member) => member switch
    {
        "pointer" => SdlSystemCursor.Hand,
        "text" => SdlSystemCursor.IBeam,
        "crosshair" => SdlSystemCursor.Crosshair,
        "move" => SdlSystemCursor.SizeAll,
        "resize_ns" => SdlSystemCursor.SizeNs,
        "resize_ew" => SdlSystemCursor.SizeWe,
        "resize_nesw" => SdlSystemCursor.SizeNesw,
        "resize_nwse" => SdlSystemCursor.SizeNwse,
        "wait" => SdlSystemCursor.Wait,
        "not_allowed" => SdlSystemCursor.No,
        _ => SdlSystemCursor.Arrow,
    };
}
