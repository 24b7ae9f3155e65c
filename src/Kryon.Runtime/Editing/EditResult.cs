namespace Kryon.Runtime.Editing;

/// <summary>What an operation on a <see cref="TextEditor"/> did, so the caller knows which events to raise and what to repaint.</summary>
[Flags]
public enum EditResult : byte
{
    None = 0,
    /// <summary><see cref="TextEditor.Text"/> changed (raise the Input's change event).</summary>
    TextChanged = 1,
    /// <summary><see cref="TextEditor.Caret"/> moved.</summary>
    CaretMoved = 2,
    /// <summary>The selected range changed (including a selection appearing or collapsing).</summary>
    SelectionChanged = 4,
    /// <summary>Enter was pressed: the Input's submit event.</summary>
    Submit = 8,
    /// <summary>
    /// The key belongs to the editor, even if nothing changed (ArrowLeft at the start still must not
    /// move focus or scroll). Only <see cref="TextEditor.HandleKey"/> sets it.
    /// </summary>
    Handled = 16,
}
