using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Rendering;

namespace Kryon.Runtime;

/// <summary>An input method's composition in the focused Input: the text composed so far and the input method's cursor in it.</summary>
public readonly record struct InputComposition(Element Input, string Text, int Cursor);

/// <summary>
/// Input method compositions (preedit): what an IME has composed but not yet committed is shown in
/// the focused Input at its caret, underlined, and is not part of the Input's value — no onChange,
/// no bound variable, nothing in snapshots — until the committed text arrives as typed text.
/// </summary>
public sealed partial class KryonRuntime
{
    /// <summary>The longest composition shown (an IME composes a phrase at a time; this bounds a broken platform).</summary>
    public const int MaxCompositionLength = 1024;

    /// <summary>The composition in progress, or null.</summary>
    public InputComposition? Composition { get; private set; }

    private void Compose(CompositionEvent e)
    {
        if (Focused is not { } input || !input.Is(ElementKind.Input) || IsInert(input) || string.IsNullOrEmpty(e.Text))
        {
            EndComposition();
            return;
        }
        string text = e.Text.Length <= MaxCompositionLength ? e.Text : e.Text[..MaxCompositionLength];
        int cursor = Math.Clamp(e.Cursor, 0, text.Length);
        // Never inside a surrogate pair: the caret would split a character.
        if (cursor > 0 && cursor < text.Length && char.IsLowSurrogate(text[cursor]) && char.IsHighSurrogate(text[cursor - 1])) cursor--;
        if (Composition is { } old && old.Input == input && old.Text == text && old.Cursor == cursor) return;
        Composition = new InputComposition(input, text, cursor);
        input.RequestRepaint(); // the composition is no property: the display list must not reuse the Input
        RequestPaint();
    }

    /// <summary>Ends the composition (committed, cancelled, or focus moved on) and repaints the Input without it.</summary>
    private void EndComposition()
    {
        if (Composition is not { } composition) return;
        Composition = null;
        composition.Input.RequestRepaint();
        RequestPaint();
    }

    /// <summary>
    /// What an Input being edited shows (the display list's <see cref="DisplayListBuilder.EditorState"/>):
    /// its editor's text, caret and selection, and a composition put in at the caret, in place of the
    /// selection (which the committed text will replace), with the caret where the input method has it.
    /// </summary>
    private InputView? ViewOf(Element e)
    {
        if (!_editors.TryGetValue(e, out var editor)) return null;
        if (Composition is not { } composition || composition.Input != e) return new InputView(editor.Text, editor.Caret, editor.Anchor);
        int start = Math.Min(editor.Caret, editor.Anchor), end = Math.Max(editor.Caret, editor.Anchor);
        string text = string.Concat(editor.Text.AsSpan(0, start), composition.Text, editor.Text.AsSpan(end));
        int caret = start + composition.Cursor;
        return new InputView(text, caret, caret, start, composition.Text.Length);
    }
}
