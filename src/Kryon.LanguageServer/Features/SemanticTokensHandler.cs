using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Features;

/// <summary>
/// textDocument/semanticTokens/full: colours names by what they are (a built-in element, a
/// component, a registry property, an event, a variable, a style …), from the same index that
/// drives navigation. Script code is left to the editor's grammar for that language.
/// </summary>
public static class SemanticTokensHandler
{
    private static readonly string[] TokenTypes =
        ["keyword", "type", "class", "property", "event", "parameter", "variable", "struct", "function", "enumMember", "string", "number", "decorator", "comment"];

    private static readonly string[] TokenModifiers = ["declaration", "defaultLibrary"];

    public static SemanticTokensLegend Legend { get; } = new(TokenTypes, TokenModifiers);

    private const int Declaration = 1;
    private const int DefaultLibrary = 2;

    private readonly record struct Token(int Start, int End, int Type, int Modifiers);

    public static SemanticTokens Handle(DocumentParams request, RequestContext context)
    {
        var document = context.Document(request.TextDocument);
        var analysis = context.Analyze(document);
        return new SemanticTokens(Encode(Flatten(analysis.Main.Occurrences), document.Lines));
    }

    private static int TypeOf(OccurrenceKind kind) => kind switch
    {
        OccurrenceKind.Keyword => 0,
        OccurrenceKind.ElementType or OccurrenceKind.TypeName => 1,
        OccurrenceKind.Component => 2,
        OccurrenceKind.Property => 3,
        OccurrenceKind.Event => 4,
        OccurrenceKind.ComponentProperty or OccurrenceKind.Parameter => 5,
        OccurrenceKind.Variable => 6,
        OccurrenceKind.Style => 7,
        OccurrenceKind.ScriptFunction => 8,
        OccurrenceKind.Word => 9,
        OccurrenceKind.String or OccurrenceKind.FilePath => 10,
        OccurrenceKind.Number or OccurrenceKind.Color => 11,
        OccurrenceKind.Pseudo => 12,
        _ => 13,
    };

    private static Token ToToken(Occurrence o, int start, int end)
        => new(start, end, TypeOf(o.Kind), (o.IsDefinition ? Declaration : 0) | (o.Kind == OccurrenceKind.ElementType ? DefaultLibrary : 0));

    /// <summary>
    /// Tokens may not overlap, but names sit inside strings (`"Count: $count"`, `style: "card"`):
    /// a container is cut into the pieces around what it contains.
    /// </summary>
    private static List<Token> Flatten(IReadOnlyList<Occurrence> occurrences)
    {
        var tokens = new List<Token>(occurrences.Count);
        int done = 0; // everything before this offset is emitted
        for (int i = 0; i < occurrences.Count;)
        {
            var outer = occurrences[i];
            int j = i + 1;
            while (j < occurrences.Count && occurrences[j].Span.Start < outer.Span.End) j++;
            if (outer.Span.Start < done) { i = j; continue; }
            int cursor = outer.Span.Start;
            for (int k = i + 1; k < j; k++)
            {
                var inner = occurrences[k];
                if (inner.Span.Start < cursor || inner.Span.End > outer.Span.End) continue;
                if (inner.Span.Start > cursor) tokens.Add(ToToken(outer, cursor, inner.Span.Start));
                tokens.Add(ToToken(inner, inner.Span.Start, inner.Span.End));
                cursor = inner.Span.End;
            }
            if (cursor < outer.Span.End) tokens.Add(ToToken(outer, cursor, outer.Span.End));
            done = outer.Span.End;
            i = j;
        }
        return tokens;
    }

    /// <summary>LSP's relative encoding: per token, line delta, start delta (from the previous token on the same line), length, type, modifiers. Multi-line tokens are cut at line ends.</summary>
    private static int[] Encode(List<Token> tokens, LineIndex lines)
    {
        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousStart = 0;
        foreach (var token in tokens)
        {
            var start = lines.PositionOf(token.Start);
            var end = lines.PositionOf(token.End);
            for (int line = start.Line; line <= end.Line; line++)
            {
                int from = line == start.Line ? start.Character : 0;
                int to = line == end.Line ? end.Character : lines.LineEnd(line) - lines.LineStart(line);
                if (to <= from) continue;
                data.Add(line - previousLine);
                data.Add(line == previousLine ? from - previousStart : from);
                data.Add(to - from);
                data.Add(token.Type);
                data.Add(token.Modifiers);
                previousLine = line;
                previousStart = from;
            }
        }
        return data.ToArray();
    }
}
