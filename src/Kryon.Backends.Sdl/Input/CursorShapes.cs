using Kryon.Backends.Sdl.Native;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Backends.Sdl.Input;

/// <summary>
/// The mouse cursor for the hovered element: the first `cursor` set on it or an ancestor (cursor
/// is inherited as in CSS, so the Text inside a pointer Button shows the hand), a text beam over an
/// editable Input that sets none, else the arrow.
/// </summary>
internal static class CursorShapes
{
    public static SdlSystemCursor For(Element? hovered)
    {
        for (var e = hovered; e is not null; e = e.Parent)
        {
            if (e.GetSpecified(Props.Cursor) is EnumValue { Member: var member } && member != "default") return Of(member);
            if (e.Is(ElementKind.Input) && e.Get(Props.ReadOnly) is not BoolValue { Value: true }) return SdlSystemCursor.IBeam;
        }
        return SdlSystemCursor.Arrow;
    }

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
