using Kryon.Runtime.Events;

namespace Kryon.Runtime.Editing;

/// <summary>
/// The editable text of one single-line Input: text, caret and selection, and the editing
/// operations on them. Pure logic: no rendering, no clipboard, no platform.
/// </summary>
/// <remarks>
/// Invariants, whatever the sequence of calls: <see cref="Text"/> is single-line (see
/// <see cref="SingleLineText"/>), has at most <see cref="MaxLength"/> grapheme clusters, and
/// <see cref="Caret"/> and <see cref="Anchor"/> lie on cluster boundaries within it, so that an
/// emoji or a letter with its accents is never split.
/// </remarks>
public sealed class TextEditor
{
    private string _text;
    private int _caret;
    private int _anchor;
    private int? _maxLength;

    /// <summary>Starts with <paramref name="text"/> and the caret at its end.</summary>
    public TextEditor(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = SingleLineText.Sanitize(text);
        _caret = _anchor = _text.Length;
    }

    public string Text => _text;

    /// <summary>The insertion point, a UTF-16 index on a grapheme-cluster boundary.</summary>
    public int Caret => _caret;

    /// <summary>The fixed end of the selection (where Shift-selection started); equals <see cref="Caret"/> when nothing is selected.</summary>
    public int Anchor => _anchor;

    public int SelectionStart => Math.Min(_anchor, _caret);

    public int SelectionEnd => Math.Max(_anchor, _caret);

    public bool HasSelection => _anchor != _caret;

    public string SelectedText => _text[SelectionStart..SelectionEnd];

    /// <summary>
    /// The most grapheme clusters the text may have; null for no limit. Lowering it truncates the
    /// current text, so the limit is an invariant rather than a check on typing only.
    /// </summary>
    public int? MaxLength
    {
        get => _maxLength;
        set
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), value, "MaxLength cannot be negative.");
            _maxLength = value;
            string limited = Limit(_text);
            if (limited.Length != _text.Length) Replace(limited, _caret, _anchor);
        }
    }

    /// <summary>User edits (typing, deleting, cut, paste) do nothing; movement and selection still work. <see cref="SetText"/> still works.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>A password field: <see cref="Copy"/> and <see cref="Cut"/> give nothing, and word movement treats the text as one word.</summary>
    public bool Password { get; set; }

    // ---- whole-text changes ------------------------------------------------------------------------

    /// <summary>
    /// Replaces the text programmatically (a binding or script), ignoring <see cref="ReadOnly"/>.
    /// The caret keeps its place (clamped), or stays at the end if it was there.
    /// </summary>
    public EditResult SetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextEditorState before = Snapshot();
        string next = Limit(SingleLineText.Sanitize(text));
        if (string.Equals(next, _text, StringComparison.Ordinal)) return EditResult.None;

        int oldLength = _text.Length;
        bool collapsed = !HasSelection;
        int caret = _caret == oldLength ? next.Length : _caret;
        int anchor = collapsed ? caret : _anchor == oldLength ? next.Length : _anchor;
        Replace(next, caret, anchor);
        return Diff(before);
    }

    public TextEditorState Snapshot() => new(_text, _caret, _anchor);

    /// <summary>Restores a snapshot, repairing whatever an untrusted file may hold: text, line breaks, length, indexes.</summary>
    public void Restore(TextEditorState state)
    {
        string text = Limit(SingleLineText.Sanitize(state.Text ?? ""));
        Replace(text, state.Caret, state.Anchor);
    }

    // ---- typing and deleting -----------------------------------------------------------------------

    /// <summary>
    /// Types <paramref name="text"/> over the selection. Line breaks become spaces; text beyond
    /// <see cref="MaxLength"/> is cut off at a cluster boundary.
    /// </summary>
    public EditResult Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReadOnly) return EditResult.None;
        string clean = SingleLineText.Sanitize(text);
        if (clean.Length == 0) return EditResult.None; // typing or pasting nothing keeps the selection

        TextEditorState before = Snapshot();
        int start = SelectionStart;
        ReadOnlySpan<char> prefix = _text.AsSpan(0, start);
        ReadOnlySpan<char> suffix = _text.AsSpan(SelectionEnd);

        int keep = clean.Length;
        string next = string.Concat(prefix, clean, suffix);
        if (_maxLength is int max)
        {
            int room = max - GraphemeText.CountClusters(prefix) - GraphemeText.CountClusters(suffix);
            keep = GraphemeText.LengthOfFirstClusters(clean, Math.Max(room, 0));
            next = string.Concat(prefix, clean.AsSpan(0, keep), suffix);
            // Clusters can merge or re-pair across the joins (regional-indicator flags), so the
            // estimate above is only a start: drop clusters until the whole text really fits.
            while (keep > 0 && GraphemeText.CountClusters(next) > max)
            {
                keep = GraphemeText.PreviousBoundary(clean, keep);
                next = string.Concat(prefix, clean.AsSpan(0, keep), suffix);
            }
        }

        if (keep == 0 && !HasSelection) return EditResult.None; // full: nothing fits
        // Snap up: typed text that merges with what follows (a base letter before a lone accent)
        // leaves the caret after the merged cluster.
        _text = next;
        _caret = _anchor = GraphemeText.SnapUp(next, start + keep);
        return Diff(before);
    }

    /// <summary>Same as <see cref="Insert"/>; the caller reads the platform clipboard.</summary>
    public EditResult Paste(string text) => Insert(text);

    /// <summary>Deletes the selection, or the cluster (or with <paramref name="word"/> the word) before the caret.</summary>
    public EditResult Backspace(bool word = false)
    {
        if (ReadOnly) return EditResult.None;
        if (HasSelection) return DeleteRange(SelectionStart, SelectionEnd);
        if (_caret == 0) return EditResult.None;
        return DeleteRange(word ? WordLeftOf(_caret) : GraphemeText.PreviousBoundary(_text, _caret), _caret);
    }

    /// <summary>Deletes the selection, or the cluster (or with <paramref name="word"/> up to the end of the word) after the caret.</summary>
    public EditResult Delete(bool word = false)
    {
        if (ReadOnly) return EditResult.None;
        if (HasSelection) return DeleteRange(SelectionStart, SelectionEnd);
        if (_caret == _text.Length) return EditResult.None;
        return DeleteRange(_caret, word ? WordRightOf(_caret) : GraphemeText.NextBoundary(_text, _caret));
    }

    // ---- clipboard ---------------------------------------------------------------------------------

    /// <summary>The text to put on the clipboard, or null (nothing selected, or a password).</summary>
    public string? Copy() => Password || !HasSelection ? null : SelectedText;

    /// <summary>
    /// Removes the selection and returns it for the clipboard; null (and no change) when nothing is
    /// selected, for a password, or when read-only. Non-null means the text changed.
    /// </summary>
    public string? Cut()
    {
        if (ReadOnly || Password || !HasSelection) return null;
        string selected = SelectedText;
        DeleteRange(SelectionStart, SelectionEnd);
        return selected;
    }

    // ---- caret movement ----------------------------------------------------------------------------

    /// <summary>
    /// Moves the caret one cluster (or word) left; <paramref name="extend"/> grows the selection.
    /// Without it, a selection collapses to its start instead of moving (as in browsers).
    /// </summary>
    public EditResult MoveLeft(bool extend = false, bool word = false)
    {
        if (HasSelection && !extend) return MoveCaretTo(SelectionStart, extend: false);
        return MoveCaretTo(word ? WordLeftOf(_caret) : GraphemeText.PreviousBoundary(_text, _caret), extend);
    }

    /// <summary>The mirror of <see cref="MoveLeft"/>: word moves go to the end of the next word.</summary>
    public EditResult MoveRight(bool extend = false, bool word = false)
    {
        if (HasSelection && !extend) return MoveCaretTo(SelectionEnd, extend: false);
        return MoveCaretTo(word ? WordRightOf(_caret) : GraphemeText.NextBoundary(_text, _caret), extend);
    }

    public EditResult MoveHome(bool extend = false) => MoveCaretTo(0, extend);

    public EditResult MoveEnd(bool extend = false) => MoveCaretTo(_text.Length, extend);

    // ---- selection ---------------------------------------------------------------------------------

    public EditResult SelectAll() => SetSelection(0, _text.Length);

    /// <summary>
    /// Selects from <paramref name="anchor"/> to <paramref name="caret"/> (either order), widened
    /// to whole clusters so that no cluster is split.
    /// </summary>
    public EditResult Select(int anchor, int caret) =>
        anchor <= caret
            ? SetSelection(GraphemeText.SnapDown(_text, anchor), GraphemeText.SnapUp(_text, caret))
            : SetSelection(GraphemeText.SnapUp(_text, anchor), GraphemeText.SnapDown(_text, caret));

    /// <summary>A click at a hit-tested index (snapped to the nearest boundary); <paramref name="extend"/> is Shift+click.</summary>
    public EditResult ClickAt(int index, bool extend = false) =>
        MoveCaretTo(GraphemeText.SnapNearest(_text, index), extend);

    /// <summary>Double-click: selects the word (or run of spaces, or single symbol) at <paramref name="index"/>.</summary>
    public EditResult SelectWordAt(int index)
    {
        if (Password) return SelectAll(); // a password's word structure is not shown
        (int start, int end) = WordBoundaries.WordAt(_text, index);
        return SetSelection(start, end);
    }

    // ---- keys --------------------------------------------------------------------------------------

    /// <summary>
    /// Handles an editing key named as in the web's KeyboardEvent.key. Shift extends the selection;
    /// Control (or Alt, the macOS convention) works by words; Meta+arrows go to the line ends
    /// (macOS). Returns <see cref="EditResult.None"/> for keys the editor does not own, including
    /// printable characters (they arrive as text through <see cref="Insert"/>) and clipboard
    /// shortcuts (the caller uses <see cref="Copy"/>, <see cref="Cut"/>, <see cref="Paste"/>).
    /// </summary>
    public EditResult HandleKey(string key, KeyModifiers modifiers)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool extend = (modifiers & KeyModifiers.Shift) != 0;
        bool word = (modifiers & (KeyModifiers.Control | KeyModifiers.Alt)) != 0;
        bool line = (modifiers & KeyModifiers.Meta) != 0;

        EditResult result;
        switch (key)
        {
            case "ArrowLeft": result = line ? MoveHome(extend) : MoveLeft(extend, word); break;
            case "ArrowRight": result = line ? MoveEnd(extend) : MoveRight(extend, word); break;
            case "Home": result = MoveHome(extend); break;
            case "End": result = MoveEnd(extend); break;
            case "Backspace": result = line ? DeleteToLineEdge(toStart: true) : Backspace(word); break;
            case "Delete": result = line ? DeleteToLineEdge(toStart: false) : Delete(word); break;
            case "Enter": result = EditResult.Submit; break;
            case "a" or "A" when (modifiers & (KeyModifiers.Control | KeyModifiers.Meta)) != 0 && (modifiers & KeyModifiers.Alt) == 0:
                result = SelectAll();
                break;
            default: return EditResult.None;
        }
        return result | EditResult.Handled;
    }

    // ---- internals ---------------------------------------------------------------------------------

    /// <summary>Cmd+Backspace / Cmd+Delete on macOS: delete to the start / end of the line.</summary>
    private EditResult DeleteToLineEdge(bool toStart)
    {
        if (ReadOnly) return EditResult.None;
        if (HasSelection) return DeleteRange(SelectionStart, SelectionEnd);
        return toStart ? DeleteRange(0, _caret) : DeleteRange(_caret, _text.Length);
    }

    // A password is one word: jumping by words would reveal where its spaces are.
    private int WordLeftOf(int index) => Password ? 0 : WordBoundaries.PreviousWordStart(_text, index);

    private int WordRightOf(int index) => Password ? _text.Length : WordBoundaries.NextWordEnd(_text, index);

    private EditResult DeleteRange(int start, int end)
    {
        if (start >= end) return EditResult.None;
        TextEditorState before = Snapshot();
        // Snap: the two sides may join into one cluster (a lone flag letter meeting another).
        Replace(_text.Remove(start, end - start), start, start);
        return Diff(before);
    }

    private EditResult MoveCaretTo(int caret, bool extend)
    {
        TextEditorState before = Snapshot();
        _caret = caret;
        if (!extend) _anchor = caret;
        return Diff(before);
    }

    private EditResult SetSelection(int anchor, int caret)
    {
        TextEditorState before = Snapshot();
        _anchor = anchor;
        _caret = caret;
        return Diff(before);
    }

    /// <summary>Sets the text and puts caret and anchor back on boundaries inside it.</summary>
    private void Replace(string text, int caret, int anchor)
    {
        _text = text;
        _caret = GraphemeText.SnapDown(text, caret);
        _anchor = anchor == caret ? _caret : GraphemeText.SnapDown(text, anchor);
    }

    /// <summary>Truncates to <see cref="MaxLength"/> clusters (a prefix keeps its clusters, so cutting at a boundary is exact).</summary>
    private string Limit(string text) =>
        _maxLength is int max ? text[..GraphemeText.LengthOfFirstClusters(text, max)] : text;

    private EditResult Diff(TextEditorState before)
    {
        EditResult result = EditResult.None;
        if (!string.Equals(before.Text, _text, StringComparison.Ordinal)) result |= EditResult.TextChanged;
        if (before.Caret != _caret) result |= EditResult.CaretMoved;

        // All empty selections are the same "nothing selected", wherever the caret is.
        bool hadSelection = before.Anchor != before.Caret;
        if (hadSelection || HasSelection)
        {
            int oldStart = Math.Min(before.Anchor, before.Caret), oldEnd = Math.Max(before.Anchor, before.Caret);
            if (hadSelection != HasSelection || oldStart != SelectionStart || oldEnd != SelectionEnd)
                result |= EditResult.SelectionChanged;
        }
        return result;
    }
}
