using Kryon.Runtime.Elements;

namespace Kryon.Backends.Web.Sessions;

/// <summary>The CSS cursor the canvas shows for the hovered element (<see cref="PointerCursor"/>).</summary>
internal static class CursorNames
{
    public static string For(Element? hovered) => Of(PointerCursor.Of(hovered));

    /// <summary>KRY's `cursor` members as CSS cursor names (KRY spells the resize ones with underscores).</summary>
    public static string Of(string member) => member switch
    {
        "pointer" or "text" or "crosshair" or "move" or "wait" or "help" => member,
        "resize_ns" => "ns-resize",
        "resize_ew" => "ew-resize",
        "resize_nesw" => "nesw-resize",
        "resize_nwse" => "nwse-resize",
        "not_allowed" => "not-allowed",
        _ => "default",
    };
}
