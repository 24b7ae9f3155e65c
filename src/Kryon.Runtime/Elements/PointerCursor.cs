using Kryon.Registry;
using Kryon.Values;

namespace Kryon.Runtime.Elements;

/// <summary>
/// Which mouse cursor the hovered element asks for, as a KRY `cursor` member: the first `cursor` set
/// on it or an ancestor (inherited, as in CSS, so the Text inside a pointer Button shows the hand),
/// "text" over an editable Input that sets none, else "default". Each platform maps the member to
/// its own cursors (SDL system cursors, CSS cursor names).
/// </summary>
public static class PointerCursor
{
    public static string Of(Element? hovered)
    {
        for (var e = hovered; e is not null; e = e.Parent)
        {
            if (e.GetSpecified(Props.Cursor) is EnumValue { Member: var member } && member != "default") return member;
            if (e.Is(ElementKind.Input) && e.Get(Props.ReadOnly) is not BoolValue { Value: true }) return "text";
        }
        return "default";
    }
}
