using FsCheck;
using FsCheck.Fluent;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;
using Range = Kryon.LanguageServer.Protocol.Range;

namespace Kryon.LanguageServer.Tests;

/// <summary>Incremental edits in UTF-16 positions, as LSP defines them.</summary>
public sealed class TextDocumentTests
{
    private static TextDocument Doc(string text) => new("file:///t.kry", "/t.kry", 1, text);

    private static TextDocumentContentChangeEvent Edit(int l1, int c1, int l2, int c2, string text)
        => new(new Range(new Position(l1, c1), new Position(l2, c2)), text);

    [Fact]
    public void Ranged_changes_splice_and_apply_in_order()
    {
        var doc = Doc("App {\n    Text { text: \"a\" }\n}\n");
        var changed = doc.WithChanges(2, [Edit(1, 18, 1, 19, "hello"), Edit(1, 4, 1, 8, "Button")]);
        Assert.Equal("App {\n    Button { text: \"hello\" }\n}\n", changed.Text);
        Assert.Equal(2, changed.Version);
        Assert.Equal(1, doc.Version); // snapshots are immutable
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_text()
    {
        var changed = Doc("old").WithChanges(5, [new TextDocumentContentChangeEvent(null, "new text")]);
        Assert.Equal("new text", changed.Text);
    }

    [Fact]
    public void Columns_count_utf16_code_units_and_all_line_endings_end_lines()
    {
        var doc = Doc("a😀b\r\nc\rd\ne");
        Assert.Equal(4, doc.Lines.LineCount);
        // The emoji is two code units: `b` is at column 3.
        Assert.Equal(3, doc.Lines.OffsetOf(new Position(0, 3)));
        Assert.Equal(new Position(1, 0), doc.Lines.PositionOf(doc.Text.IndexOf('c')));
        Assert.Equal(new Position(2, 0), doc.Lines.PositionOf(doc.Text.IndexOf('d')));
        // A column past the end of the line stops at the line's end (before its terminator).
        Assert.Equal(4, doc.Lines.OffsetOf(new Position(0, 99)));
        Assert.Equal(doc.Text.Length, doc.Lines.OffsetOf(new Position(99, 0)));
        Assert.Equal("a😀b\r\nXc\rd\ne", doc.WithChanges(2, [Edit(1, 0, 1, 0, "X")]).Text);
    }

    [Fact]
    public void Any_edit_equals_the_string_splice_and_positions_round_trip()
    {
        var texts = Gen.ArrayOf(Gen.Elements('a', 'b', ' ', '\n', '\r', '{', '\uD83D', '\uDE00')).Select(a => new string(a));
        var edits =
            from text in texts
            from a in Gen.Choose(0, 1000)
            from b in Gen.Choose(0, 1000)
            from insert in Gen.Elements("", "x", "\n", "line\r\nnext", "é")
            select (text, a, b, insert);
        Prop.ForAll(Arb.From(edits), edit =>
        {
            var (text, a, b, insert) = edit;
            int start = Math.Min(a, b) % (text.Length + 1), end = Math.Max(a, b) % (text.Length + 1);
            if (end < start) (start, end) = (end, start);
            var doc = Doc(text);
            var range = new Range(doc.Lines.PositionOf(start), doc.Lines.PositionOf(end));
            // An offset between \r and \n has no LSP position of its own; it maps to the end of its line.
            int realStart = doc.Lines.OffsetOf(range.Start), realEnd = Math.Max(realStart, doc.Lines.OffsetOf(range.End));
            var changed = doc.WithChanges(2, [new TextDocumentContentChangeEvent(range, insert)]);
            if (changed.Text != text[..realStart] + insert + text[realEnd..]) return false;
            for (int i = 0; i <= changed.Text.Length; i++)
            {
                bool insideCrLf = i > 0 && i < changed.Text.Length && changed.Text[i - 1] == '\r' && changed.Text[i] == '\n';
                if (!insideCrLf && changed.Lines.OffsetOf(changed.Lines.PositionOf(i)) != i) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
