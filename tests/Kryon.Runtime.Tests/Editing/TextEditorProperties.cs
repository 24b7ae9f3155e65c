using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Runtime.Editing;
using Kryon.Runtime.Events;

namespace Kryon.Runtime.Tests.Editing;

/// <summary>One editor call with its arguments; a record so that FsCheck prints failing sequences readably.</summary>
public sealed record EditOp(string Name, int Index = 0, int Other = 0, string Text = "", bool Extend = false, bool Word = false)
{
    public void Apply(TextEditor editor)
    {
        switch (Name)
        {
            case "Insert": editor.Insert(Text); break;
            case "Paste": editor.Paste(Text); break;
            case "SetText": editor.SetText(Text); break;
            case "Restore": editor.Restore(new TextEditorState(Text, Index, Other)); break;
            case "Backspace": editor.Backspace(Word); break;
            case "Delete": editor.Delete(Word); break;
            case "MoveLeft": editor.MoveLeft(Extend, Word); break;
            case "MoveRight": editor.MoveRight(Extend, Word); break;
            case "MoveHome": editor.MoveHome(Extend); break;
            case "MoveEnd": editor.MoveEnd(Extend); break;
            case "SelectAll": editor.SelectAll(); break;
            case "Copy": editor.Copy(); break;
            case "Cut": editor.Cut(); break;
            case "Select": editor.Select(Index, Other); break;
            case "ClickAt": editor.ClickAt(Index, Extend); break;
            case "SelectWordAt": editor.SelectWordAt(Index); break;
            case "HandleKey": editor.HandleKey(Text, (KeyModifiers)Index); break;
            case "ReadOnly": editor.ReadOnly = Extend; break;
            case "Password": editor.Password = Extend; break;
            case "MaxLength": editor.MaxLength = Index; break;
            default: throw new InvalidOperationException(Name);
        }
    }

    public override string ToString() =>
        $"{Name}({Index}, {Other}, \"{TextEditorProperties.Escape(Text)}\", extend: {Extend}, word: {Word})";
}

/// <summary>A starting editor and the operations to run on it.</summary>
public sealed record EditScenario(string Initial, int? MaxLength, EditOp[] Ops)
{
    public TextEditor NewEditor() => new(Initial) { MaxLength = MaxLength };

    public override string ToString() =>
        $"\"{TextEditorProperties.Escape(Initial)}\" max={MaxLength?.ToString() ?? "none"}\n  " + string.Join("\n  ", Ops.Select(o => o.ToString()));
}

/// <summary>Invariants of <see cref="TextEditor"/> over random texts and random sequences of operations (FsCheck).</summary>
public class TextEditorProperties
{
    // Pieces that are hard on cluster logic: ZWJ sequences, skin tones, combining marks, flags,
    // lone regional indicators, lone marks and surrogates, Hangul jamo, line breaks, controls.
    private static readonly string[] AnyPieces =
    [
        "a", "Z", "7", "_", " ", ".", ",", "-", "é", "ß", "日",
        "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F44D\U0001F3FD", "e\u0301", "\U0001F1FA\U0001F1F8",
        "\U0001F1FA", "\u0301", "\u200D", "\ud800", "\udc00", "\u1100", "\u1161", "\u11A8",
        "\r\n", "\n", "\r", "\t", "\u0000", "\u001B", "\u2028",
    ];

    // Whole clusters that never join with a neighbour from this list, so that typing one and
    // deleting one cluster are inverses.
    private static readonly string[] SelfContainedClusters =
    [
        "a", "Z", "7", "_", " ", ".", "-", "é", "日", "한",
        "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F44D\U0001F3FD", "e\u0301", "\U0001F1FA\U0001F1F8",
    ];

    private static readonly string[] Keys =
        ["ArrowLeft", "ArrowRight", "Home", "End", "Backspace", "Delete", "Enter", "a", "A", "c", "x", "v", "Tab"];

    private static Gen<string> TextOf(string[] pieces, int maxPieces) =>
        from n in Gen.Choose(0, maxPieces)
        from parts in Gen.ArrayOf(Gen.Elements(pieces), n)
        select string.Concat(parts);

    private static readonly Gen<int> AnyIndex = Gen.Choose(-3, 45);

    private static readonly Gen<bool> AnyBool = Gen.Elements(true, false);

    private static readonly Gen<EditOp> AnyOp = Gen.Frequency(
        (6, from t in TextOf(AnyPieces, 4) select new EditOp("Insert", Text: t)),
        (1, from t in TextOf(AnyPieces, 6) select new EditOp("Paste", Text: t)),
        (1, from t in TextOf(AnyPieces, 10) select new EditOp("SetText", Text: t)),
        (1, from t in TextOf(AnyPieces, 10) from c in AnyIndex from a in AnyIndex select new EditOp("Restore", c, a, t)),
        (3, from w in AnyBool select new EditOp("Backspace", Word: w)),
        (2, from w in AnyBool select new EditOp("Delete", Word: w)),
        (3, from e in AnyBool from w in AnyBool select new EditOp("MoveLeft", Extend: e, Word: w)),
        (3, from e in AnyBool from w in AnyBool select new EditOp("MoveRight", Extend: e, Word: w)),
        (1, from e in AnyBool select new EditOp("MoveHome", Extend: e)),
        (1, from e in AnyBool select new EditOp("MoveEnd", Extend: e)),
        (1, Gen.Constant(new EditOp("SelectAll"))),
        (1, Gen.Constant(new EditOp("Copy"))),
        (1, Gen.Constant(new EditOp("Cut"))),
        (2, from a in AnyIndex from c in AnyIndex select new EditOp("Select", a, c)),
        (2, from i in AnyIndex from e in AnyBool select new EditOp("ClickAt", i, Extend: e)),
        (1, from i in AnyIndex select new EditOp("SelectWordAt", i)),
        (4, from k in Gen.Elements(Keys) from m in Gen.Choose(0, 15) select new EditOp("HandleKey", m, Text: k)),
        (1, from enabled in AnyBool select new EditOp("ReadOnly", Extend: enabled)),
        (1, from enabled in AnyBool select new EditOp("Password", Extend: enabled)),
        (1, from max in Gen.Choose(0, 8) select new EditOp("MaxLength", max)));

    private static Gen<EditScenario> Scenarios(Gen<int?> maxLength) =>
        from initial in TextOf(AnyPieces, 10)
        from max in maxLength
        from n in Gen.Choose(0, 40)
        from ops in Gen.ArrayOf(AnyOp, n)
        select new EditScenario(initial, max, ops);

    private static readonly Gen<int?> AnyMaxLength =
        Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 8).Select(m => (int?)m)));

    private static int Clusters(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Cluster boundaries by an independent route (cluster starts, plus the end).</summary>
    private static bool IsBoundary(string text, int index) =>
        index == text.Length || StringInfo.ParseCombiningCharacters(text).Contains(index);

    private static bool IsValid(TextEditor editor) =>
        editor.Caret >= 0 && editor.Caret <= editor.Text.Length
        && editor.Anchor >= 0 && editor.Anchor <= editor.Text.Length
        && IsBoundary(editor.Text, editor.Caret) && IsBoundary(editor.Text, editor.Anchor)
        && !editor.Text.Any(char.IsControl)
        && (editor.MaxLength is not int max || Clusters(editor.Text) <= max);

    /// <summary>Runs the scenario, checking <paramref name="invariant"/> after the start and after every step.</summary>
    private static bool HoldsThroughout(EditScenario scenario, Func<TextEditor, bool> invariant)
    {
        TextEditor editor = scenario.NewEditor();
        if (!invariant(editor)) return false;
        foreach (EditOp op in scenario.Ops)
        {
            op.Apply(editor);
            if (!invariant(editor)) return false;
        }
        return true;
    }

    [Fact]
    public void Caret_and_anchor_always_lie_on_cluster_boundaries_inside_the_text()
    {
        Prop.ForAll(Arb.From(Scenarios(AnyMaxLength)), scenario => HoldsThroughout(scenario, IsValid))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_text_never_exceeds_MaxLength_clusters()
    {
        Gen<int?> someLimit = Gen.Choose(0, 6).Select(m => (int?)m);
        Prop.ForAll(Arb.From(Scenarios(someLimit)), scenario =>
                HoldsThroughout(scenario, e => e.MaxLength is int max && Clusters(e.Text) <= max))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Typing_then_one_Backspace_per_typed_cluster_restores_text_and_caret()
    {
        Gen<(string Text, int Click, string Typed)> cases =
            from text in TextOf(SelfContainedClusters, 8)
            from click in Gen.Choose(0, 40)
            from n in Gen.Choose(1, 6)
            from typed in Gen.ArrayOf(Gen.Elements(SelfContainedClusters), n)
            select (text, click, string.Concat(typed));

        Prop.ForAll(Arb.From(cases), c =>
        {
            var editor = new TextEditor(c.Text);
            editor.ClickAt(c.Click);
            int caret = editor.Caret;

            editor.Insert(c.Typed);
            for (int i = 0; i < Clusters(c.Typed); i++) editor.Backspace();
            return editor.Text == c.Text && editor.Caret == caret && !editor.HasSelection;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Snapshot_then_Restore_is_the_identity()
    {
        Prop.ForAll(Arb.From(Scenarios(AnyMaxLength)), scenario =>
        {
            TextEditor editor = scenario.NewEditor();
            foreach (EditOp op in scenario.Ops) op.Apply(editor);
            TextEditorState state = editor.Snapshot();

            var fresh = new TextEditor("unrelated") { MaxLength = editor.MaxLength };
            fresh.Restore(state);
            editor.Restore(state);
            return fresh.Snapshot() == state && editor.Snapshot() == state;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Restoring_any_state_gives_a_valid_editor_whose_snapshot_round_trips()
    {
        Gen<(TextEditorState State, int? Max)> cases =
            from text in TextOf(AnyPieces, 12)
            from caret in Gen.Choose(-100, 100)
            from anchor in Gen.Choose(-100, 100)
            from max in AnyMaxLength
            select (new TextEditorState(text, caret, anchor), max);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var editor = new TextEditor { MaxLength = c.Max };
            editor.Restore(c.State);
            TextEditorState repaired = editor.Snapshot();
            editor.Restore(repaired);
            return IsValid(editor) && editor.Snapshot() == repaired;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Non-ASCII as \u escapes, so that failures show exactly which code units are involved.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
            sb.Append(c is >= ' ' and <= '~' && c != '\\' && c != '"' ? c.ToString() : $"\\u{(int)c:X4}");
        return sb.ToString();
    }
}
