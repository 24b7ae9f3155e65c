using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>Where the cursor is, in the terms completion needs.</summary>
public enum CursorPosition
{
    /// <summary>Outside any block: declarations and the root element.</summary>
    TopLevel,
    /// <summary>Where a property name or a child element can start, inside an element.</summary>
    ElementBody,
    StyleBody,
    /// <summary>Inside `Define X { … }` (before or around the template root).</summary>
    DefineBody,
    /// <summary>`Properties { name: Type … }` of a Define.</summary>
    PropertiesBlock,
    VariablesBlock,
    /// <summary>After `name:` in a Define's `Properties` block: a type.</summary>
    TypeHint,
    /// <summary>After `name:`: the property's (or variable's) value.</summary>
    PropertyValue,
    /// <summary>After `name:` in `@variables`.</summary>
    VariableValue,
    /// <summary>Inside a string that is a property's value.</summary>
    StringValue,
    /// <summary>Right after `$` (or `$` and part of a name).</summary>
    VariableReference,
    /// <summary>Inside script code or a comment: nothing to complete.</summary>
    None,
}

/// <summary>
/// Finds what the cursor is in from the tokens before it: the enclosing blocks (element, style,
/// Define, …) and the statement being typed. Works on text that does not parse (the usual state
/// while typing), which is why it does not use the syntax tree.
/// </summary>
public sealed record CursorContext(CursorPosition Position, string? Element, string? PropertyName, string? DefineName, bool InPseudoBlock)
{
    private enum BlockKind { Other, Element, Style, Define, Properties, Variables, Pseudo, Script }

    private readonly record struct Block(BlockKind Kind, string? Name);

    public static CursorContext Find(string text, int offset)
    {
        var file = new SourceFile("cursor.kry", text);
        var (tokens, comments) = Lexer.Tokenize(file, new DiagnosticBag(DiagnosticBag.DefaultLimit));
        int wordStart = offset;
        while (wordStart > 0 && ScriptFunctionLocator.IsIdentifierChar(text[wordStart - 1])) wordStart--;
        bool afterDollar = wordStart > 0 && text[wordStart - 1] == '$';

        foreach (var comment in comments)
            if (offset > comment.Start && offset <= comment.End) return new CursorContext(CursorPosition.None, null, null, null, false);

        var blocks = new List<Block>();
        Block? lastClosed = null;
        int statementStart = 0; // index of the first token of the statement the cursor is in
        int i = 0;
        for (; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.EndOfFile || t.Start >= offset) break;
            // A token that the cursor is inside of (or at the end of) belongs to the statement being typed.
            if (t.End >= offset && t.Kind is not (TokenKind.Newline or TokenKind.LeftBrace or TokenKind.RightBrace or TokenKind.Semicolon)) break;
            switch (t.Kind)
            {
                case TokenKind.LeftBrace:
                    blocks.Add(Classify(text, tokens, i, blocks, lastClosed));
                    statementStart = i + 1;
                    break;
                case TokenKind.RightBrace:
                    if (blocks.Count > 0)
                    {
                        lastClosed = blocks[^1];
                        blocks.RemoveAt(blocks.Count - 1);
                    }
                    statementStart = i + 1;
                    break;
                case TokenKind.Newline or TokenKind.Semicolon:
                    statementStart = i + 1;
                    break;
            }
        }
        int cursorToken = i; // first token at or after the cursor, or the one containing it

        var top = blocks.Count > 0 ? blocks[^1] : (Block?)null;
        string? defineName = blocks.LastOrDefault(b => b.Kind == BlockKind.Define).Name;
        bool inPseudo = top?.Kind == BlockKind.Pseudo;
        // Properties in a pseudo block belong to the element or style around it.
        var owner = blocks.LastOrDefault(b => b.Kind is BlockKind.Element or BlockKind.Style);
        string? element = owner.Kind == BlockKind.Element ? owner.Name : null;

        CursorContext Make(CursorPosition position, string? property = null) => new(position, element, property, defineName, inPseudo);

        // Script code is one token; inside it the script's language applies, not KRY.
        if (top?.Kind == BlockKind.Script) return Make(CursorPosition.None);

        // The token the cursor is in: a string, a `$name`, or a lone `$`.
        if (cursorToken < tokens.Length)
        {
            var t = tokens[cursorToken];
            if (t.Start < offset && offset <= t.End && t.Kind is TokenKind.String or TokenKind.UnterminatedString)
            {
                if (t.Kind == TokenKind.String && offset == t.End) return Make(CursorPosition.None);
                if (afterDollar && wordStart - 1 > t.Start) return Make(CursorPosition.VariableReference);
                return Make(CursorPosition.StringValue, PropertyOfStatement(text, tokens, statementStart, cursorToken, offset));
            }
        }
        if (afterDollar) return Make(CursorPosition.VariableReference);

        var property = PropertyOfStatement(text, tokens, statementStart, cursorToken, offset);
        if (property is not null)
        {
            return Make(top?.Kind switch
            {
                BlockKind.Properties => CursorPosition.TypeHint,
                BlockKind.Variables => CursorPosition.VariableValue,
                _ => CursorPosition.PropertyValue,
            }, property);
        }

        return top?.Kind switch
        {
            null => Make(CursorPosition.TopLevel),
            BlockKind.Element or BlockKind.Pseudo when owner.Kind == BlockKind.Element => Make(CursorPosition.ElementBody),
            BlockKind.Style or BlockKind.Pseudo => Make(CursorPosition.StyleBody),
            BlockKind.Define => Make(CursorPosition.DefineBody),
            BlockKind.Properties => Make(CursorPosition.PropertiesBlock),
            BlockKind.Variables => Make(CursorPosition.VariablesBlock),
            _ => Make(CursorPosition.None),
        };
    }

    /// <summary>`name :` at the start of the statement: the property whose value the cursor is in.</summary>
    private static string? PropertyOfStatement(string text, Token[] tokens, int start, int cursorToken, int offset)
    {
        if (start + 1 <= cursorToken && start + 1 < tokens.Length
            && tokens[start].Kind == TokenKind.Identifier && tokens[start + 1].Kind == TokenKind.Colon && tokens[start + 1].End <= offset)
            return tokens[start].TextIn(text).ToString();
        return null;
    }

    /// <summary>What block a `{` opens, from the tokens before it.</summary>
    private static Block Classify(string text, Token[] tokens, int brace, List<Block> open, Block? lastClosed)
    {
        int p = brace - 1;
        while (p >= 0 && tokens[p].Kind == TokenKind.Newline) p--;
        if (p < 0) return new Block(BlockKind.Other, null);
        var prev = tokens[p];
        string Text(Token t) => t.TextIn(text).ToString();
        switch (prev.Kind)
        {
            case TokenKind.Identifier:
            {
                var name = Text(prev);
                if (p > 0 && tokens[p - 1].Kind == TokenKind.Identifier && Text(tokens[p - 1]) == "Define") return new Block(BlockKind.Define, name);
                if (name == "Properties" && open.Count > 0 && open[^1].Kind == BlockKind.Define) return new Block(BlockKind.Properties, null);
                return new Block(BlockKind.Element, name);
            }
            case TokenKind.String when p > 0 && tokens[p - 1].Kind == TokenKind.Identifier && Text(tokens[p - 1]) == "style":
                return new Block(BlockKind.Style, null);
            case TokenKind.Directive when Text(prev) == "@variables":
                return new Block(BlockKind.Variables, null);
            case TokenKind.Pseudo:
                return new Block(BlockKind.Pseudo, null);
            case TokenKind.RightBrace when lastClosed is { Kind: BlockKind.Element } closed:
                // The mixed form `Container { props } { children }`: the second block belongs to the same element.
                return closed;
        }
        // `@script "lua" {`, `@function "lua" f() {`: the code token follows.
        if (brace + 1 < tokens.Length && tokens[brace + 1].Kind == TokenKind.ScriptCode) return new Block(BlockKind.Script, null);
        return new Block(BlockKind.Other, null);
    }
}
