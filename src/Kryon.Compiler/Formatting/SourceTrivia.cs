using Kryon.Compiler.Syntax;
using Kryon.Text;

namespace Kryon.Compiler.Formatting;

/// <summary>
/// What the syntax tree does not hold but the formatter must keep: the comments, and where the
/// author left blank lines. Comments are handed out in source order, each exactly once, so the
/// printer can place every one of them as it walks the tree.
/// </summary>
/// <remarks>
/// <see cref="None"/> stands for a tree without source (a generated tree, or
/// <see cref="SyntaxPrinter.Print"/>): no comments, no blank lines, no positions.
/// </remarks>
internal sealed class SourceTrivia
{
    public static readonly SourceTrivia None = new("", []);

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _comments;
    private int _next;

    public SourceTrivia(string text, IReadOnlyList<TextSpan> comments)
    {
        _text = text;
        _comments = comments;
    }

    public static SourceTrivia Of(DocumentSyntax document) => new(document.File.Text, document.Comments);

    /// <summary>Takes the comments not yet placed that start before <paramref name="position"/>.</summary>
    public List<Comment> TakeBefore(int position)
    {
        var taken = new List<Comment>();
        while (_next < _comments.Count && _comments[_next].Start < position) taken.Add(Take());
        return taken;
    }

    /// <summary>Whether a comment not yet placed starts before <paramref name="position"/>.</summary>
    public bool HasCommentBefore(int position) => _next < _comments.Count && _comments[_next].Start < position;

    /// <summary>
    /// Takes the comments that follow <paramref name="position"/> on the same line with nothing
    /// but blanks and `;` before them: they end the line of the code before them.
    /// A comment running over several lines ends the run (what follows it is on another line).
    /// </summary>
    public List<Comment> TakeTrailing(int position)
    {
        var taken = new List<Comment>();
        int p = position;
        while (_next < _comments.Count)
        {
            while (p < _text.Length && (IsBlank(_text[p]) || _text[p] == ';')) p++;
            if (_comments[_next].Start != p) break;
            var comment = Take();
            taken.Add(comment);
            if (comment.IsMultiLine) break;
            p = _comments[_next - 1].End;
        }
        return taken;
    }

    /// <summary>
    /// Whether the author left a blank line right before <paramref name="position"/>: it is the
    /// first thing on its line and the line above holds only blanks.
    /// </summary>
    public bool BlankLineBefore(int position)
    {
        if (_text.Length == 0) return false;
        int lineStart = position;
        while (lineStart > 0 && IsBlank(_text[lineStart - 1])) lineStart--;
        if (lineStart == 0 || !IsLineBreak(_text[lineStart - 1])) return false;
        int above = lineStart - 1;
        if (_text[above] == '\n' && above > 0 && _text[above - 1] == '\r') above--;
        while (above > 0 && IsBlank(_text[above - 1])) above--;
        return above > 0 && IsLineBreak(_text[above - 1]);
    }

    /// <summary>
    /// The position of the first <paramref name="brace"/> at or after <paramref name="from"/>
    /// outside comments. The parser does not keep brace positions; between a block's header and
    /// its `{` (or its last item and its `}`) there are only blanks, separators and comments.
    /// </summary>
    public int FindBrace(char brace, int from)
    {
        if (_text.Length == 0) return from;
        int comment = FirstCommentAtOrAfter(from);
        for (int i = from; i < _text.Length; i++)
        {
            if (comment < _comments.Count && _comments[comment].Start == i)
            {
                i = _comments[comment++].End - 1;
                continue;
            }
            if (_text[i] == brace) return i;
        }
        throw new InvalidOperationException($"No '{brace}' after offset {from}: the formatter was given a tree with syntax errors.");
    }

    private int FirstCommentAtOrAfter(int position)
    {
        int lo = 0, hi = _comments.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_comments[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private Comment Take()
    {
        var span = _comments[_next++];
        return new Comment(_text.Substring(span.Start, span.Length), span.Start);
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\f' or '\v' or '\uFEFF' or '\u00A0';

    private static bool IsLineBreak(char c) => c is '\n' or '\r';
}
