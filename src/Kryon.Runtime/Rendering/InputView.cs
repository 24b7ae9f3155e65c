namespace Kryon.Runtime.Rendering;

/// <summary>
/// What an Input being edited shows: its text with an input method's composition (preedit) put in
/// at the caret, the caret and selection anchor as indices into that text, and where the composed
/// part is (<see cref="PreeditLength"/> 0 when there is none).
/// </summary>
public readonly record struct InputView(string Text, int Caret, int Anchor, int PreeditStart = 0, int PreeditLength = 0)
{
    public bool HasSelection => Caret != Anchor;

    public int SelectionStart => Math.Min(Caret, Anchor);

    public int SelectionEnd => Math.Max(Caret, Anchor);
}
