using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Values;

namespace Kryon.Backends.Web.Sessions;

/// <summary>
/// The CSS cursor the canvas shows for the hovered element: the first `cursor` set on it or an
/// ancestor (inherited, as in CSS and the desktop window), a text beam over an editable Input that
/// sets none, else the default arrow.
/// </summary>
internal static class CursorNames
{
    public static string For(Element? hovered)
    {
        for (var e = hovered; e is not null; e = e.Parent)
        {
            if (e.GetSpecified(Props.Cursor) is EnumValue { Member: var member } && member != "default") return Of(member);
            if (e.Is(ElementKind.Input) && e.Get(Props.ReadOnly) is not BoolValue { Value: true }) return "text";
        }
        return "default";
    }

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
