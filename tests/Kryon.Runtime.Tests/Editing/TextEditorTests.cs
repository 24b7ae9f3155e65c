using Kryon.Runtime.Editing;
using Kryon.Runtime.Events;

namespace Kryon.Runtime.Tests.Editing;

/// <summary>Each operation of <see cref="TextEditor"/>, with the clusters that are easy to split by mistake.</summary>
public class TextEditorTests
{
    // Multi-unit grapheme clusters: a ZWJ family (8 UTF-16 units), a skin-toned emoji (4), a
    // letter with a combining accent (2) and a flag (4).
    private const string Family = "\U0001F469\u200D\U0001F469\u200D\U0001F467";
    private const string ThumbsUp = "\U0001F44D\U0001F3FD";
    private const string EAcute = "e\u0301";
    private const string Flag = "\U0001F1FA\U0001F1F8";

    private static TextEditor At(string text, int caret)
    {
        var editor = new TextEditor(text);
        editor.ClickAt(caret);
        Assert.Equal(caret, editor.Caret);
        return editor;
    }

    private static TextEditor Selected(string text, int anchor, int caret)
    {
        var editor = new TextEditor(text);
        editor.Select(anchor, caret);
        return editor;
    }

    // ---- construction and SetText ----------------------------------------------------------------

    [Fact]
    public void A_new_editor_has_the_caret_at_the_end_and_no_selection()
    {
        var editor = new TextEditor("hello");
        Assert.Equal("hello", editor.Text);
        Assert.Equal(5, editor.Caret);
        Assert.Equal(5, editor.Anchor);
        Assert.False(editor.HasSelection);
        Assert.Equal("", editor.SelectedText);
        Assert.Equal("", new TextEditor().Text);
    }

    [Fact]
    public void SetText_keeps_the_caret_at_the_end_when_it_was_there()
    {
        var editor = new TextEditor("abc");
        Assert.Equal(EditResult.TextChanged | EditResult.CaretMoved, editor.SetText("abcdef"));
        Assert.Equal(6, editor.Caret);
        Assert.Equal(6, editor.Anchor);
    }

    [Fact]
    public void SetText_keeps_a_caret_in_the_middle_and_clamps_it_to_a_shorter_text()
    {
        TextEditor editor = At("abcdef", 3);
        Assert.Equal(EditResult.TextChanged, editor.SetText("xyzuvw!"));
        Assert.Equal(3, editor.Caret);

        editor.SetText("ab");
        Assert.Equal(2, editor.Caret);
    }

    [Fact]
    public void SetText_moves_a_caret_that_would_fall_inside_a_cluster_to_the_cluster_start()
    {
        TextEditor editor = At("abc", 2);
        editor.SetText(Family + "x");
        Assert.Equal(0, editor.Caret);
    }

    [Fact]
    public void SetText_clamps_a_selection()
    {
        TextEditor editor = Selected("abcdef", 1, 4);
        editor.SetText("ab");
        Assert.Equal(1, editor.Anchor);
        Assert.Equal(2, editor.Caret);
    }

    [Fact]
    public void SetText_with_the_same_text_changes_nothing()
    {
        TextEditor editor = At("abc", 1);
        Assert.Equal(EditResult.None, editor.SetText("abc"));
        Assert.Equal(1, editor.Caret);
    }

    [Fact]
    public void SetText_makes_the_text_single_line_and_respects_MaxLength()
    {
        var editor = new TextEditor { MaxLength = 4 };
        editor.SetText("a\r\nb\nc\td");
        Assert.Equal("a b ", editor.Text);
    }

    [Fact]
    public void SetText_works_on_a_read_only_editor()
    {
        var editor = new TextEditor("a") { ReadOnly = true };
        editor.SetText("bound value");
        Assert.Equal("bound value", editor.Text);
    }

    // ---- Insert --------------------------------------------------------------------------------------

    [Fact]
    public void Insert_types_at_the_caret()
    {
        TextEditor editor = At("held", 3);
        Assert.Equal(EditResult.TextChanged | EditResult.CaretMoved, editor.Insert("lo worl"));
        Assert.Equal("hello world", editor.Text);
        Assert.Equal(10, editor.Caret);
        Assert.False(editor.HasSelection);
    }

    [Fact]
    public void Insert_replaces_the_selection()
    {
        TextEditor editor = Selected("hello world", 6, 11);
        EditResult result = editor.Insert("there");
        Assert.Equal("hello there", editor.Text);
        Assert.Equal(11, editor.Caret);
        Assert.Equal(11, editor.Anchor);
        Assert.Equal(EditResult.TextChanged | EditResult.SelectionChanged, result);
    }

    [Fact]
    public void Insert_over_a_backwards_selection_replaces_it_too()
    {
        TextEditor editor = Selected("abcdef", 4, 1);
        editor.Insert("X");
        Assert.Equal("aXef", editor.Text);
        Assert.Equal(2, editor.Caret);
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\rb", "a b")]
    [InlineData("a\r\n\r\nb", "a  b")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u2028b", "a b")]
    [InlineData("a\u0000b\u001B\u007Fc", "abc")]
    public void Insert_makes_the_text_single_line(string typed, string expected)
    {
        var editor = new TextEditor();
        editor.Insert(typed);
        Assert.Equal(expected, editor.Text);
        Assert.Equal(expected.Length, editor.Caret);
    }

    [Fact]
    public void Insert_keeps_zero_width_joiners_of_emoji_sequences()
    {
        var editor = new TextEditor();
        editor.Insert(Family);
        Assert.Equal(Family, editor.Text);
        Assert.Equal(8, editor.Caret);
    }

    [Fact]
    public void Inserting_nothing_keeps_the_selection()
    {
        TextEditor editor = Selected("abc", 0, 2);
        Assert.Equal(EditResult.None, editor.Insert(""));
        Assert.Equal(EditResult.None, editor.Insert("\u0000"));
        Assert.Equal("abc", editor.Text);
        Assert.True(editor.HasSelection);
    }

    [Fact]
    public void A_combining_mark_typed_after_a_letter_joins_it_and_the_caret_stays_after_the_cluster()
    {
        var editor = new TextEditor("e");
        editor.Insert("\u0301");
        Assert.Equal(EAcute, editor.Text);
        Assert.Equal(2, editor.Caret);
    }

    [Fact]
    public void A_letter_typed_before_a_lone_mark_leaves_the_caret_after_the_merged_cluster()
    {
        var editor = new TextEditor();
        editor.Restore(new TextEditorState("\u0301x", 0, 0));
        editor.Insert("e");
        Assert.Equal(EAcute + "x", editor.Text);
        Assert.Equal(2, editor.Caret);
    }

    [Fact]
    public void Insert_truncates_at_MaxLength_counting_clusters_not_code_units()
    {
        var editor = new TextEditor("ab") { MaxLength = 4 };
        editor.Insert(Family + EAcute + "xyz");
        Assert.Equal("ab" + Family + EAcute, editor.Text);
        Assert.Equal(12, editor.Caret);
    }

    [Fact]
    public void Insert_never_splits_a_cluster_when_truncating()
    {
        var editor = new TextEditor { MaxLength = 1 };
        editor.Insert(ThumbsUp + ThumbsUp);
        Assert.Equal(ThumbsUp, editor.Text);
    }

    [Fact]
    public void Insert_into_a_full_editor_does_nothing()
    {
        TextEditor editor = new TextEditor("abc") { MaxLength = 3 };
        editor.ClickAt(1);
        Assert.Equal(EditResult.None, editor.Insert("x"));
        Assert.Equal("abc", editor.Text);
        Assert.Equal(1, editor.Caret);
    }

    [Fact]
    public void Replacing_a_selection_frees_its_clusters_for_MaxLength()
    {
        var editor = new TextEditor(Family + "bc") { MaxLength = 3 };
        editor.Select(0, 8);
        editor.Insert("xyz");
        Assert.Equal("xbc", editor.Text);
        Assert.Equal(1, editor.Caret);
    }

    [Fact]
    public void Lowering_MaxLength_truncates_the_text()
    {
        var editor = new TextEditor("a" + Family + "bc");
        editor.MaxLength = 2;
        Assert.Equal("a" + Family, editor.Text);
        Assert.Equal(9, editor.Caret);
        Assert.Throws<ArgumentOutOfRangeException>(() => editor.MaxLength = -1);
    }

    [Fact]
    public void Paste_inserts_like_typing()
    {
        TextEditor editor = Selected("a-b", 1, 2);
        editor.Paste("line1\r\nline2");
        Assert.Equal("aline1 line2b", editor.Text);
    }

    // ---- Backspace and Delete -------------------------------------------------------------------------

    [Theory]
    [InlineData(Family)]
    [InlineData(ThumbsUp)]
    [InlineData(EAcute)]
    [InlineData(Flag)]
    public void Backspace_deletes_a_whole_cluster(string cluster)
    {
        var editor = new TextEditor("a" + cluster);
        Assert.Equal(EditResult.TextChanged | EditResult.CaretMoved, editor.Backspace());
        Assert.Equal("a", editor.Text);
        Assert.Equal(1, editor.Caret);
    }

    [Theory]
    [InlineData(Family)]
    [InlineData(ThumbsUp)]
    [InlineData(EAcute)]
    public void Delete_deletes_a_whole_cluster(string cluster)
    {
        TextEditor editor = At(cluster + "z", 0);
        Assert.Equal(EditResult.TextChanged, editor.Delete());
        Assert.Equal("z", editor.Text);
        Assert.Equal(0, editor.Caret);
    }

    [Fact]
    public void Backspace_at_the_start_and_Delete_at_the_end_do_nothing()
    {
        TextEditor editor = At("ab", 0);
        Assert.Equal(EditResult.None, editor.Backspace());
        editor.MoveEnd();
        Assert.Equal(EditResult.None, editor.Delete());
        Assert.Equal("ab", editor.Text);
    }

    [Fact]
    public void Backspace_and_Delete_remove_the_selection_only()
    {
        TextEditor editor = Selected("abcdef", 1, 3);
        editor.Backspace(word: true);
        Assert.Equal("adef", editor.Text);
        Assert.Equal(1, editor.Caret);

        editor.Select(3, 1);
        editor.Delete(word: true);
        Assert.Equal("af", editor.Text);
        Assert.Equal(1, editor.Caret);
    }

    [Theory]
    [InlineData("hello world", "hello ")]
    [InlineData("hello, world!", "hello, ")]
    [InlineData("hello world   ", "hello ")]
    [InlineData("foo.bar", "foo.")]
    [InlineData("snake_case_name", "")]
    [InlineData("   ", "")]
    public void Ctrl_Backspace_deletes_to_the_previous_word_start(string text, string expected)
    {
        var editor = new TextEditor(text);
        editor.Backspace(word: true);
        Assert.Equal(expected, editor.Text);
        Assert.Equal(expected.Length, editor.Caret);
    }

    [Theory]
    [InlineData("hello world", " world")]
    [InlineData("  hello world", " world")]
    [InlineData("...hello", "")]
    [InlineData("caf" + EAcute + " x", " x")]
    public void Ctrl_Delete_deletes_to_the_end_of_the_next_word(string text, string expected)
    {
        TextEditor editor = At(text, 0);
        editor.Delete(word: true);
        Assert.Equal(expected, editor.Text);
        Assert.Equal(0, editor.Caret);
    }

    [Fact]
    public void A_deletion_that_joins_two_lone_flag_letters_leaves_the_caret_on_a_boundary()
    {
        // "🇺", "a", "🇸" — removing the "a" makes the two regional indicators one flag.
        var editor = new TextEditor();
        editor.Restore(new TextEditorState("\U0001F1FAa\U0001F1F8", 3, 3));
        editor.Backspace();
        Assert.Equal(Flag, editor.Text);
        Assert.Contains(editor.Caret, new[] { 0, 4 });
    }

    // ---- movement --------------------------------------------------------------------------------------

    [Fact]
    public void Arrows_step_over_whole_clusters()
    {
        string text = "a" + Family + "b" + EAcute + ThumbsUp;
        var editor = new TextEditor(text);
        int[] stops = [16, 12, 10, 9, 1, 0];
        foreach (int stop in stops.Skip(1))
        {
            Assert.Equal(EditResult.CaretMoved, editor.MoveLeft());
            Assert.Equal(stop, editor.Caret);
        }
        Assert.Equal(EditResult.None, editor.MoveLeft());

        foreach (int stop in stops.Reverse().Skip(1))
        {
            editor.MoveRight();
            Assert.Equal(stop, editor.Caret);
        }
        Assert.Equal(EditResult.None, editor.MoveRight());
    }

    [Fact]
    public void Shift_arrows_extend_the_selection_from_the_anchor()
    {
        TextEditor editor = At("ab" + Family, 2);
        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged, editor.MoveRight(extend: true));
        Assert.Equal(2, editor.Anchor);
        Assert.Equal(10, editor.Caret);
        Assert.Equal(Family, editor.SelectedText);

        editor.MoveLeft(extend: true);
        editor.MoveLeft(extend: true);
        Assert.Equal(2, editor.Anchor);
        Assert.Equal(1, editor.Caret);
        Assert.Equal("b", editor.SelectedText);
    }

    [Fact]
    public void Arrows_without_shift_collapse_a_selection_to_its_edge()
    {
        TextEditor editor = Selected("abcdef", 4, 2);
        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged, editor.MoveRight());
        Assert.Equal(4, editor.Caret);
        Assert.False(editor.HasSelection);

        editor.Select(2, 4);
        editor.MoveLeft(word: true);
        Assert.Equal(2, editor.Caret);
        Assert.False(editor.HasSelection);
    }

    [Fact]
    public void Ctrl_Right_goes_to_the_end_of_each_next_word_over_punctuation()
    {
        TextEditor editor = At("foo.bar, baz_1 (qux)!", 0);
        foreach (int stop in new[] { 3, 7, 14, 19, 21, 21 })
        {
            editor.MoveRight(word: true);
            Assert.Equal(stop, editor.Caret);
        }
    }

    [Fact]
    public void Ctrl_Left_goes_to_the_start_of_each_previous_word_over_punctuation()
    {
        var editor = new TextEditor("foo.bar, baz_1 (qux)!");
        foreach (int stop in new[] { 16, 9, 4, 0, 0 })
        {
            editor.MoveLeft(word: true);
            Assert.Equal(stop, editor.Caret);
        }
    }

    [Fact]
    public void Words_include_accented_letters_and_other_scripts_and_emoji_separate_them()
    {
        TextEditor editor = At("caf" + EAcute + " Straße " + ThumbsUp + "日本語", 0);
        editor.MoveRight(word: true);
        Assert.Equal(5, editor.Caret);
        editor.MoveRight(word: true);
        Assert.Equal(12, editor.Caret);
        editor.MoveRight(word: true);
        Assert.Equal(editor.Text.Length, editor.Caret);
        editor.MoveLeft(word: true);
        Assert.Equal(17, editor.Caret);
    }

    [Fact]
    public void Home_and_End_go_to_the_ends_and_extend_with_shift()
    {
        TextEditor editor = At("hello", 2);
        editor.MoveHome();
        Assert.Equal(0, editor.Caret);
        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged, editor.MoveEnd(extend: true));
        Assert.Equal("hello", editor.SelectedText);
        editor.MoveHome(extend: true);
        Assert.Equal(0, editor.Anchor);
        Assert.False(editor.HasSelection);
    }

    // ---- selection -----------------------------------------------------------------------------------

    [Fact]
    public void SelectAll_selects_everything_with_the_caret_at_the_end()
    {
        TextEditor editor = At("hello", 1);
        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged, editor.SelectAll());
        Assert.Equal(0, editor.Anchor);
        Assert.Equal(5, editor.Caret);
        Assert.Equal("hello", editor.SelectedText);
        Assert.Equal(EditResult.None, editor.SelectAll());
    }

    [Fact]
    public void Select_widens_to_whole_clusters_in_either_direction()
    {
        var editor = new TextEditor("a" + Family + "b");
        editor.Select(0, 3);
        Assert.Equal((0, 9), (editor.Anchor, editor.Caret));
        editor.Select(5, 0);
        Assert.Equal((9, 0), (editor.Anchor, editor.Caret));
        editor.Select(4, 6);
        Assert.Equal(Family, editor.SelectedText);
    }

    [Fact]
    public void Select_clamps_out_of_range_indexes()
    {
        var editor = new TextEditor("abc");
        editor.Select(-10, 99);
        Assert.Equal((0, 3), (editor.Anchor, editor.Caret));
    }

    [Fact]
    public void ClickAt_snaps_to_the_nearest_cluster_boundary_and_shift_click_extends()
    {
        var editor = new TextEditor(Family + "b");
        editor.ClickAt(2);
        Assert.Equal(0, editor.Caret);
        editor.ClickAt(6);
        Assert.Equal(8, editor.Caret);
        editor.ClickAt(100);
        Assert.Equal(9, editor.Caret);

        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged, editor.ClickAt(0, extend: true));
        Assert.Equal(9, editor.Anchor);
        Assert.Equal(Family + "b", editor.SelectedText);
        editor.ClickAt(8);
        Assert.False(editor.HasSelection);
    }

    [Theory]
    [InlineData("hello world", 2, 0, 5)]
    [InlineData("hello world", 0, 0, 5)]
    [InlineData("hello world", 5, 5, 6)]
    [InlineData("hello world", 11, 6, 11)]
    [InlineData("a,, b", 1, 1, 2)]
    [InlineData("x   y", 2, 1, 4)]
    [InlineData("snake_case!", 3, 0, 10)]
    [InlineData("", 0, 0, 0)]
    public void SelectWordAt_selects_the_run_under_the_index(string text, int index, int start, int end)
    {
        var editor = new TextEditor(text);
        editor.SelectWordAt(index);
        Assert.Equal(start, editor.Anchor);
        Assert.Equal(end, editor.Caret);
    }

    [Fact]
    public void SelectWordAt_keeps_accents_inside_the_word()
    {
        var editor = new TextEditor("le caf" + EAcute + " noir");
        editor.SelectWordAt(5);
        Assert.Equal("caf" + EAcute, editor.SelectedText);
    }

    // ---- clipboard ------------------------------------------------------------------------------------

    [Fact]
    public void Copy_returns_the_selection_and_changes_nothing()
    {
        TextEditor editor = Selected("hello world", 0, 5);
        Assert.Equal("hello", editor.Copy());
        Assert.Equal("hello world", editor.Text);
        Assert.True(editor.HasSelection);
        Assert.Null(At("abc", 1).Copy());
    }

    [Fact]
    public void Cut_returns_the_selection_and_removes_it()
    {
        TextEditor editor = Selected("hello world", 5, 11);
        Assert.Equal(" world", editor.Cut());
        Assert.Equal("hello", editor.Text);
        Assert.Equal(5, editor.Caret);
        Assert.Null(editor.Cut());
    }

    [Fact]
    public void A_password_gives_nothing_to_copy_or_cut()
    {
        var editor = new TextEditor("secret") { Password = true };
        editor.SelectAll();
        Assert.Null(editor.Copy());
        Assert.Null(editor.Cut());
        Assert.Equal("secret", editor.Text);
    }

    [Fact]
    public void A_password_is_one_word_for_word_movement_and_double_click()
    {
        var editor = new TextEditor("my secret pass") { Password = true };
        editor.MoveLeft(word: true);
        Assert.Equal(0, editor.Caret);
        editor.MoveRight(word: true);
        Assert.Equal(14, editor.Caret);
        editor.SelectWordAt(4);
        Assert.Equal((0, 14), (editor.Anchor, editor.Caret));
        editor.MoveEnd();
        editor.Backspace(word: true);
        Assert.Equal("", editor.Text);
    }

    // ---- read-only ------------------------------------------------------------------------------------

    [Fact]
    public void A_read_only_editor_refuses_edits_but_moves_selects_and_copies()
    {
        var editor = new TextEditor("hello world") { ReadOnly = true };
        Assert.Equal(EditResult.None, editor.Insert("x"));
        Assert.Equal(EditResult.None, editor.Paste("x"));
        Assert.Equal(EditResult.None, editor.Backspace());
        editor.MoveHome();
        Assert.Equal(EditResult.None, editor.Delete(word: true));
        Assert.Equal(0, editor.Caret);

        editor.MoveRight(extend: true, word: true);
        Assert.Equal("hello", editor.SelectedText);
        Assert.Null(editor.Cut());
        Assert.Equal("hello", editor.Copy());
        Assert.Equal(EditResult.None, editor.Backspace());
        Assert.Equal("hello world", editor.Text);
    }

    // ---- keys ------------------------------------------------------------------------------------------

    [Fact]
    public void Arrow_keys_move_and_are_handled_even_at_the_edge()
    {
        TextEditor editor = At("ab", 0);
        Assert.Equal(EditResult.Handled, editor.HandleKey("ArrowLeft", KeyModifiers.None));
        Assert.Equal(EditResult.CaretMoved | EditResult.Handled, editor.HandleKey("ArrowRight", KeyModifiers.None));
        Assert.Equal(1, editor.Caret);
    }

    [Fact]
    public void Shift_and_Control_modify_arrow_keys()
    {
        TextEditor editor = At("one two three", 0);
        editor.HandleKey("ArrowRight", KeyModifiers.Control);
        Assert.Equal(3, editor.Caret);
        editor.HandleKey("ArrowRight", KeyModifiers.Control | KeyModifiers.Shift);
        Assert.Equal((3, 7), (editor.Anchor, editor.Caret));
        editor.HandleKey("ArrowLeft", KeyModifiers.Shift);
        Assert.Equal((3, 6), (editor.Anchor, editor.Caret));
        editor.HandleKey("ArrowLeft", KeyModifiers.None);
        Assert.Equal((3, 3), (editor.Anchor, editor.Caret));
        editor.HandleKey("ArrowRight", KeyModifiers.Alt); // macOS word movement
        Assert.Equal(7, editor.Caret);
        editor.HandleKey("ArrowLeft", KeyModifiers.Meta); // macOS line start
        Assert.Equal(0, editor.Caret);
        editor.HandleKey("ArrowRight", KeyModifiers.Meta | KeyModifiers.Shift);
        Assert.Equal("one two three", editor.SelectedText);
    }

    [Fact]
    public void Home_and_End_keys_move_to_the_ends()
    {
        TextEditor editor = At("abc", 1);
        editor.HandleKey("End", KeyModifiers.None);
        Assert.Equal(3, editor.Caret);
        editor.HandleKey("Home", KeyModifiers.Shift);
        Assert.Equal("abc", editor.SelectedText);
    }

    [Fact]
    public void Backspace_and_Delete_keys_edit_by_cluster_word_or_line()
    {
        var editor = new TextEditor("one two " + Family);
        Assert.Equal(EditResult.TextChanged | EditResult.CaretMoved | EditResult.Handled, editor.HandleKey("Backspace", KeyModifiers.None));
        Assert.Equal("one two ", editor.Text);
        editor.HandleKey("Backspace", KeyModifiers.Control);
        Assert.Equal("one ", editor.Text);
        editor.HandleKey("Home", KeyModifiers.None);
        editor.HandleKey("Delete", KeyModifiers.None);
        Assert.Equal("ne ", editor.Text);
        editor.HandleKey("Delete", KeyModifiers.Control);
        Assert.Equal(" ", editor.Text);

        editor.SetText("abc def");
        editor.ClickAt(4);
        editor.HandleKey("Backspace", KeyModifiers.Meta);
        Assert.Equal("def", editor.Text);
        editor.HandleKey("Delete", KeyModifiers.Meta);
        Assert.Equal("", editor.Text);
    }

    [Fact]
    public void Enter_submits()
    {
        var editor = new TextEditor("query") { ReadOnly = true };
        Assert.Equal(EditResult.Submit | EditResult.Handled, editor.HandleKey("Enter", KeyModifiers.None));
        Assert.Equal("query", editor.Text);
    }

    [Theory]
    [InlineData("a", KeyModifiers.Control)]
    [InlineData("A", KeyModifiers.Control | KeyModifiers.Shift)]
    [InlineData("a", KeyModifiers.Meta)]
    public void Control_A_selects_all(string key, KeyModifiers modifiers)
    {
        TextEditor editor = At("abc", 1);
        Assert.Equal(EditResult.CaretMoved | EditResult.SelectionChanged | EditResult.Handled, editor.HandleKey(key, modifiers));
        Assert.Equal("abc", editor.SelectedText);
    }

    [Theory]
    [InlineData("a", KeyModifiers.None)]
    [InlineData("x", KeyModifiers.Shift)]
    [InlineData("c", KeyModifiers.Control)]
    [InlineData("x", KeyModifiers.Control)]
    [InlineData("v", KeyModifiers.Control)]
    [InlineData("z", KeyModifiers.Control)]
    [InlineData("Tab", KeyModifiers.None)]
    [InlineData("Escape", KeyModifiers.None)]
    [InlineData("ArrowUp", KeyModifiers.None)]
    [InlineData("", KeyModifiers.None)]
    public void Keys_the_editor_does_not_own_are_not_handled(string key, KeyModifiers modifiers)
    {
        TextEditor editor = Selected("abc", 0, 2);
        Assert.Equal(EditResult.None, editor.HandleKey(key, modifiers));
        Assert.Equal("abc", editor.Text);
        Assert.Equal((0, 2), (editor.Anchor, editor.Caret));
    }

    [Fact]
    public void Editing_keys_on_a_read_only_editor_are_handled_without_change()
    {
        var editor = new TextEditor("abc") { ReadOnly = true };
        Assert.Equal(EditResult.Handled, editor.HandleKey("Backspace", KeyModifiers.None));
        Assert.Equal(EditResult.Handled, editor.HandleKey("Delete", KeyModifiers.Meta));
        Assert.Equal("abc", editor.Text);
    }

    // ---- snapshots -------------------------------------------------------------------------------------

    [Fact]
    public void Snapshot_and_Restore_round_trip()
    {
        TextEditor editor = Selected("a" + Family + "b", 9, 1);
        TextEditorState state = editor.Snapshot();
        Assert.Equal(new TextEditorState("a" + Family + "b", 1, 9), state);

        var other = new TextEditor("something else");
        other.Restore(state);
        Assert.Equal(state, other.Snapshot());
        Assert.Equal(Family, other.SelectedText);
    }

    [Theory]
    [InlineData(-5, 99, 0, 10)]
    [InlineData(3, 3, 1, 1)]
    [InlineData(8, 2, 1, 1)]
    [InlineData(int.MinValue, int.MaxValue, 0, 10)]
    public void Restore_repairs_indexes_outside_the_text_or_inside_a_cluster(int caret, int anchor, int expectedCaret, int expectedAnchor)
    {
        var editor = new TextEditor();
        editor.Restore(new TextEditorState("a" + Family + "b", caret, anchor));
        Assert.Equal(expectedCaret, editor.Caret);
        Assert.Equal(expectedAnchor, editor.Anchor);
    }

    [Fact]
    public void Restore_repairs_untrusted_text()
    {
        var editor = new TextEditor { MaxLength = 3 };
        editor.Restore(new TextEditorState(null!, 4, 4));
        Assert.Equal(("", 0), (editor.Text, editor.Caret));

        editor.Restore(new TextEditorState("a\r\nb\u0000cdef", 5, 0));
        Assert.Equal("a b", editor.Text);
        Assert.Equal(3, editor.Caret);
        Assert.Equal(0, editor.Anchor);
    }

    // ---- clusters --------------------------------------------------------------------------------------

    [Fact]
    public void CRLF_is_one_cluster()
    {
        // An Input never holds line breaks, but the cluster walk itself must still keep CRLF whole.
        Assert.Equal(3, GraphemeText.NextBoundary("a\r\nb", 1));
        Assert.Equal(1, GraphemeText.PreviousBoundary("a\r\nb", 3));
        Assert.Equal(1, GraphemeText.SnapDown("a\r\nb", 2));
        Assert.Equal(3, GraphemeText.CountClusters("a\r\nb"));
    }
}
