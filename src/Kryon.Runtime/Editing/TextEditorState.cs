namespace Kryon.Runtime.Editing;

/// <summary>
/// The persistent part of a <see cref="TextEditor"/> (text, caret and selection anchor), for
/// snapshots and hot reload. Values read back from a file are untrusted:
/// <see cref="TextEditor.Restore"/> repairs them.
/// </summary>
public readonly record struct TextEditorState(string Text, int Caret, int Anchor);
