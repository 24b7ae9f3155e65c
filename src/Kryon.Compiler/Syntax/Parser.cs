using System.Globalization;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser for KRY (KRY.md §2). It always produces a tree: a mistake is
/// reported, the parser skips to the next safe point (end of line, `;`, or the block's `}`),
/// and goes on, so one error does not hide the rest of the file's diagnostics.
/// Nesting deeper than <see cref="MaxNesting"/> is reported and skipped without recursion, so no
/// input can overflow the stack.
/// </summary>
public sealed class Parser
{
    /// <summary>Deepest block nesting parsed recursively; KRB's wide mode allows 255 element levels.</summary>
    public const int MaxNesting = 256;

    /// <summary>Deepest nesting of parentheses/arrays inside one value.</summary>
    public const int MaxValueNesting = 64;

    /// <summary>Most binary operators in one value. `a + b + c …` nests to the left, so an unbounded chain would make a tree deep enough to overflow the stack of every pass that walks it.</summary>
    public const int MaxOperatorsPerValue = 1024;

    private readonly SourceFile _file;
    private readonly string _text;
    /// <summary>Rented from the shared pool by the lexer; only the first <see cref="_tokenCount"/> entries are tokens.</summary>
    private Token[] _tokens;
    private readonly int _tokenCount;
    private readonly IReadOnlyList<TextSpan> _comments;
    private readonly DiagnosticBag _diagnostics;
    private int _index;
    private int _depth;
    private int _valueDepth;
    private int _valueOperators;
    private bool _reportedTooDeep;

    private Parser(SourceFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _text = file.Text;
        _diagnostics = diagnostics;
        (_tokens, _tokenCount, _comments) = Lexer.TokenizePooled(file, diagnostics);
    }

    public static DocumentSyntax Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(file, diagnostics);
        var document = parser.ParseDocument();
        parser.ReturnTokens();
        return document;
    }

    /// <summary>Gives the token buffer back to the pool; the parser must not be used afterwards.</summary>
    private void ReturnTokens()
    {
        System.Buffers.ArrayPool<Token>.Shared.Return(_tokens);
        _tokens = [];
    }

    public static DocumentSyntax Parse(string path, string text, DiagnosticBag diagnostics) => Parse(new SourceFile(path, text), diagnostics);

    /// <summary>Parses a lone value (e.g. a binding expression kept in the bound model); anything after the value is an error.</summary>
    public static ValueSyntax ParseValue(SourceFile file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(file, diagnostics);
        var value = parser.ParseValue();
        parser.SkipNewlines();
        if (parser.Kind != TokenKind.EndOfFile) parser.ErrorUnexpected("the end of the value");
        parser.ReturnTokens();
        return value;
    }

    // ---- token access ------------------------------------------------------------------------

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokenCount - 1)];

    private TokenKind Kind => _tokens[_index].Kind;

    private Token Advance()
    {
        var t = _tokens[_index];
        if (_index < _tokenCount - 1) _index++;
        return t;
    }

    private ReadOnlySpan<char> TextOf(Token t) => t.TextIn(_text);

    private bool IsIdentifier(string word) => Kind == TokenKind.Identifier && TextOf(Current).SequenceEqual(word);

    private void SkipNewlines()
    {
        while (Kind == TokenKind.Newline) Advance();
    }

    private void SkipSeparators()
    {
        while (Kind is TokenKind.Newline or TokenKind.Semicolon) Advance();
    }

    private SourceSpan At(TextSpan span) => new(_file, span);

    private void Error(DiagnosticDescriptor d, TextSpan span, string message, params string[] suggestions)
    {
        // A Bad token has already been reported by the lexer; piling a parse error on it only adds noise.
        if (Kind == TokenKind.Bad && span.Start == Current.Start) return;
        _diagnostics.Report(d, At(span), message, suggestions);
    }

    private void ErrorUnexpected(string expected, params string[] suggestions)
        => Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Expected {expected}, found {Found(Current)}", suggestions);

    private string Found(Token t) => t.Kind switch
    {
        TokenKind.EndOfFile or TokenKind.Newline or TokenKind.Bad => TokenFacts.Describe(t.Kind),
        _ when t.Length <= 40 => $"'{TextOf(t)}'",
        _ => TokenFacts.Describe(t.Kind),
    };

    /// <summary>Skips the rest of a broken item: up to the end of its line, `;`, or the enclosing block's `}` (not consumed); nested blocks are skipped whole.</summary>
    private void SkipToItemEnd()
    {
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.EndOfFile:
                case TokenKind.Newline:
                case TokenKind.Semicolon:
                case TokenKind.RightBrace:
                    return;
                case TokenKind.LeftBrace:
                    SkipBalancedBlock();
                    break;
                default:
                    Advance();
                    break;
            }
        }
    }

    /// <summary>Skips a `{ … }` block iteratively (used for recovery and for nesting beyond the limit). Returns false if the file ended first.</summary>
    private bool SkipBalancedBlock()
    {
        int depth = 0;
        while (Kind != TokenKind.EndOfFile)
        {
            var k = Advance().Kind;
            if (k == TokenKind.LeftBrace) depth++;
            else if (k == TokenKind.RightBrace && --depth == 0) return true;
        }
        return false;
    }

    // ---- document ------------------------------------------------------------------------------

    private DocumentSyntax ParseDocument()
    {
        var declarations = new List<DeclarationSyntax>();
        while (true)
        {
            SkipSeparators();
            if (Kind == TokenKind.EndOfFile) break;
            int before = _index;
            var decl = ParseDeclaration();
            if (decl is not null) declarations.Add(decl);
            if (_index == before)
            {
                // Always make progress: a stray '}' or junk at the top level.
                if (Kind == TokenKind.RightBrace) Error(DiagnosticCodes.UnexpectedToken, Current.Span, "Unexpected '}' with no block open", "remove it, or check the braces above");
                Advance();
            }
        }
        return new DocumentSyntax(_file, declarations, _comments);
    }

    private DeclarationSyntax? ParseDeclaration()
    {
        switch (Kind)
        {
            case TokenKind.Directive:
                return ParseDirective();
            case TokenKind.Identifier:
                if (IsIdentifier("style") && PeekToken(1).Kind == TokenKind.String) return ParseStyle();
                if (IsIdentifier("Define")) return ParseDefine();
                var next = PeekToken(1).Kind;
                if (next == TokenKind.LeftBrace || BraceOnNextLine()) return ParseElement();
                if (next == TokenKind.Colon)
                {
                    Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Property '{TextOf(Current)}' outside of any element", "put properties inside an element, e.g. App { … }");
                    SkipToItemEnd();
                    return null;
                }
                if (next == TokenKind.Identifier && PeekToken(2).Kind == TokenKind.LeftBrace)
                {
                    InlineIdError();
                    return ParseElementAfterInlineId();
                }
                if (char.IsAsciiLetterUpper(TextOf(Current)[0]))
                {
                    Error(DiagnosticCodes.MissingLeftBrace, PeekToken(1).Span, $"Expected '{{' after element name '{TextOf(Current)}'", "an element is written Name { … }");
                    Advance();
                    SkipToItemEnd();
                    return null;
                }
                ErrorUnexpected("an element, style, Define or directive");
                Advance();
                SkipToItemEnd();
                return null;
            case TokenKind.Bad:
                Advance();
                return null;
            default:
                ErrorUnexpected("an element, style, Define or directive");
                if (Kind == TokenKind.LeftBrace) SkipBalancedBlock(); else { Advance(); SkipToItemEnd(); }
                return null;
        }
    }

    private DeclarationSyntax? ParseDirective()
    {
        var directive = Advance();
        var name = TextOf(directive);
        switch (name)
        {
            case "@include":
            {
                if (Kind != TokenKind.String)
                {
                    ErrorUnexpected("a file path string after @include", "write @include \"path/to/file.kry\"");
                    SkipToItemEnd();
                    return null;
                }
                var path = ParseStringLiteral();
                return new IncludeSyntax(TextSpan.FromBounds(directive.Start, path.Span.End), path);
            }
            case "@variables":
                return ParseVariables(directive);
            case "@script":
                return ParseScript(directive);
            case "@function":
                return ParseFunction(directive);
            default:
                var known = SpellingSuggestions.Closest(name[1..].ToString(), TokenFacts.Directives);
                Error(DiagnosticCodes.UnexpectedToken, directive.Span, $"Unknown directive '{name}'",
                    known is null ? "directives are @include, @variables, @script and @function" : $"did you mean `@{known}`?");
                SkipToItemEnd();
                if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
                return null;
        }
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /// <summary>Expects `{`; on success returns its token. Reports 1102 otherwise.</summary>
    private bool ExpectOpenBrace(string what, out Token open)
    {
        SkipNewlines();
        open = Current;
        if (Kind == TokenKind.LeftBrace)
        {
            Advance();
            return true;
        }
        Error(DiagnosticCodes.MissingLeftBrace, Current.Span, $"Expected '{{' to open {what}, found {Found(Current)}");
        return false;
    }

    /// <summary>At `}` consumes it; at end of file reports 1103 pointing at the opener's line.</summary>
    private int ExpectCloseBrace(Token open, string what)
    {
        if (Kind == TokenKind.RightBrace) return Advance().End;
        var openLoc = _file.GetLocation(open.Start);
        Error(DiagnosticCodes.MissingRightBrace, open.Span, $"Missing '}}' to close {what} opened on line {openLoc.Line}", "add '}' at the end of the block");
        return Current.Start;
    }

    /// <summary>Runs <paramref name="parseItem"/> for each item of a block until `}` or end of file; items are separated by newlines or `;`.</summary>
    /// <summary><see cref="ParseBlockItems"/> with <see cref="ParseBodyItem"/>, without a delegate allocation per element.</summary>
    private void ParseBodyItems(List<BodyItemSyntax> items)
    {
        while (true)
        {
            SkipSeparators();
            if (Kind is TokenKind.RightBrace or TokenKind.EndOfFile) return;
            int before = _index;
            ParseBodyItem(items);
            if (_index == before) Advance();
        }
    }

    private void ParseBlockItems(Action parseItem, bool itemsNeedSeparator)
    {
        while (true)
        {
            SkipSeparators();
            if (Kind is TokenKind.RightBrace or TokenKind.EndOfFile) return;
            int before = _index;
            parseItem();
            if (_index == before)
            {
                Advance();
                continue;
            }
            if (itemsNeedSeparator) RequireSeparator();
        }
    }

    /// <summary>After a property: the line must end, or `;` or `}` must follow (1105 otherwise).</summary>
    private void RequireSeparator()
    {
        if (Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.RightBrace or TokenKind.EndOfFile) return;
        Error(DiagnosticCodes.MissingSemicolon, Current.Span, $"Expected ';' or a new line before {Found(Current)}", "put each property on its own line, or separate them with ';'");
        // A name or state block probably starts the next item: parse it rather than skip it.
        if (Kind is not (TokenKind.Identifier or TokenKind.Pseudo)) SkipToItemEnd();
    }

    private bool EnterNesting(Token open)
    {
        if (_depth < MaxNesting)
        {
            _depth++;
            return true;
        }
        if (!_reportedTooDeep)
        {
            _reportedTooDeep = true;
            Error(DiagnosticCodes.ElementTreeTooDeep, open.Span, $"Blocks are nested more than {MaxNesting} levels deep; the deeper levels are not checked", "flatten the structure, or move parts into components");
        }
        return false;
    }

    // ---- @variables -------------------------------------------------------------------------------

    private VariablesBlockSyntax? ParseVariables(Token directive)
    {
        if (!ExpectOpenBrace("the @variables block", out var open)) { SkipToItemEnd(); return null; }
        var variables = new List<VariableSyntax>();
        ParseBlockItems(() =>
        {
            if (Kind != TokenKind.Identifier)
            {
                ErrorUnexpected("a variable name", "write name: value");
                SkipToItemEnd();
                return;
            }
            var name = Name(Advance());
            if (Kind != TokenKind.Colon)
            {
                Error(DiagnosticCodes.MissingColon, Current.Span, $"Expected ':' after variable name '{name.Text}'", $"write {name.Text}: value");
                SkipToItemEnd();
                return;
            }
            Advance();
            NameSyntax? typeName = null;
            if (Kind == TokenKind.Identifier && PeekToken(1).Kind == TokenKind.Equals)
            {
                typeName = Name(Advance());
                Advance();
            }
            var value = ParseValue();
            variables.Add(new VariableSyntax(TextSpan.FromBounds(name.Span.Start, value.Span.End), name, typeName, value));
        }, itemsNeedSeparator: true);
        int end = ExpectCloseBrace(open, "the @variables block");
        return new VariablesBlockSyntax(TextSpan.FromBounds(directive.Start, end), variables);
    }

    // ---- style ----------------------------------------------------------------------------------

    private StyleSyntax? ParseStyle()
    {
        var keyword = Advance();
        var name = ParseStringLiteral();
        if (!ExpectOpenBrace($"style {name.Text}", out var open)) { SkipToItemEnd(); return null; }
        if (!EnterNesting(open)) { _index--; SkipBalancedBlock(); return null; }
        var items = new List<BodyItemSyntax>();
        ParseBlockItems(() => ParseStyleItem(items), itemsNeedSeparator: false);
        _depth--;
        int end = ExpectCloseBrace(open, $"style \"{name.Text}\"");
        return new StyleSyntax(TextSpan.FromBounds(keyword.Start, end), name, items);
    }

    private void ParseStyleItem(List<BodyItemSyntax> items)
    {
        if (Kind == TokenKind.Pseudo)
        {
            if (ParsePseudoBlock() is { } pseudo) items.Add(pseudo);
            return;
        }
        if (Kind == TokenKind.Identifier && PeekToken(1).Kind == TokenKind.LeftBrace)
        {
            Error(DiagnosticCodes.UnexpectedToken, Current.Span, "Styles cannot contain elements", "styles hold properties and &:state blocks only");
            Advance();
            SkipBalancedBlock();
            return;
        }
        if (ParseProperty() is { } property)
        {
            items.Add(property);
            RequireSeparator();
        }
    }

    // ---- Define ---------------------------------------------------------------------------------

    private DefineSyntax? ParseDefine()
    {
        var keyword = Advance();
        if (Kind != TokenKind.Identifier)
        {
            ErrorUnexpected("a component name after Define", "write Define MyComponent { … }");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        var name = Name(Advance());
        if (!ExpectOpenBrace($"component {name.Text}", out var open)) { SkipToItemEnd(); return null; }
        if (!EnterNesting(open)) { _index--; SkipBalancedBlock(); return null; }
        PropertiesBlockSyntax? properties = null;
        var roots = new List<ElementSyntax>();
        ParseBlockItems(() =>
        {
            if (IsIdentifier("Properties") && PeekToken(1).Kind is TokenKind.LeftBrace or TokenKind.Newline)
            {
                var block = ParsePropertiesBlock();
                if (properties is not null && block is not null)
                    Error(DiagnosticCodes.InvalidComponentTemplate, block.Span, $"Component '{name.Text}' has more than one Properties block", "merge them into one");
                properties ??= block;
                return;
            }
            if (Kind == TokenKind.Identifier && PeekToken(1).Kind == TokenKind.LeftBrace)
            {
                roots.Add(ParseElement());
                return;
            }
            Error(DiagnosticCodes.InvalidComponentTemplate, Current.Span, $"Unexpected {Found(Current)} in component '{name.Text}'",
                "a Define holds an optional Properties { … } block and one root element");
            SkipToItemEnd();
        }, itemsNeedSeparator: false);
        _depth--;
        int end = ExpectCloseBrace(open, $"component {name.Text}");
        return new DefineSyntax(TextSpan.FromBounds(keyword.Start, end), name, properties, roots);
    }

    private PropertiesBlockSyntax? ParsePropertiesBlock()
    {
        var keyword = Advance();
        if (!ExpectOpenBrace("the Properties block", out var open)) { SkipToItemEnd(); return null; }
        var definitions = new List<PropertyDefinitionSyntax>();
        ParseBlockItems(() =>
        {
            if (Kind != TokenKind.Identifier)
            {
                ErrorUnexpected("a property definition", "write name: Type = default");
                SkipToItemEnd();
                return;
            }
            var name = Name(Advance());
            if (Kind != TokenKind.Colon)
            {
                Error(DiagnosticCodes.MissingColon, Current.Span, $"Expected ':' after property name '{name.Text}'", $"write {name.Text}: String");
                SkipToItemEnd();
                return;
            }
            Advance();
            var type = ParseTypeHint();
            if (type is null) { SkipToItemEnd(); return; }
            ValueSyntax? defaultValue = null;
            if (Kind == TokenKind.Equals)
            {
                Advance();
                defaultValue = ParseValue();
            }
            definitions.Add(new PropertyDefinitionSyntax(TextSpan.FromBounds(name.Span.Start, (defaultValue?.Span ?? type.Span).End), name, type, defaultValue));
        }, itemsNeedSeparator: true);
        int end = ExpectCloseBrace(open, "the Properties block");
        return new PropertiesBlockSyntax(TextSpan.FromBounds(keyword.Start, end), definitions);
    }

    private TypeHintSyntax? ParseTypeHint()
    {
        if (Kind != TokenKind.Identifier)
        {
            ErrorUnexpected("a type (String, Int, Float, Bool, Color, StyleID, Resource or Enum(…))");
            return null;
        }
        var name = Name(Advance());
        // A member list is parsed after any type name; the binder reports it on types other than Enum (1301).
        if (Kind != TokenKind.LeftParen) return new TypeHintSyntax(name.Span, name, null);
        Advance();
        var members = new List<NameSyntax>();
        while (true)
        {
            SkipNewlines();
            if (Kind == TokenKind.Identifier || Kind == TokenKind.String)
            {
                var t = Advance();
                members.Add(t.Kind == TokenKind.String ? new NameSyntax(StringDecoder.DecodeSimple(TextOf(t)), t.Span) : Name(t));
            }
            else if (Kind != TokenKind.RightParen)
            {
                ErrorUnexpected("an enum member name");
                if (Kind is TokenKind.Comma) { Advance(); continue; }
                return new TypeHintSyntax(TextSpan.FromBounds(name.Span.Start, Current.Start), name, members);
            }
            SkipNewlines();
            if (Kind == TokenKind.Comma) { Advance(); continue; }
            if (Kind == TokenKind.RightParen) break;
            ErrorUnexpected("',' or ')' in Enum(…)");
            return new TypeHintSyntax(TextSpan.FromBounds(name.Span.Start, Current.Start), name, members);
        }
        var close = Advance();
        return new TypeHintSyntax(TextSpan.FromBounds(name.Span.Start, close.End), name, members);
    }

    // ---- @script / @function ----------------------------------------------------------------------

    private ScriptSyntax? ParseScript(Token directive)
    {
        if (Kind != TokenKind.String)
        {
            ErrorUnexpected("the script language as a string after @script", "write @script \"lua\" { … }");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        var language = ParseStringLiteral();
        var attributes = new List<ScriptAttributeSyntax>();
        while (Kind == TokenKind.Identifier)
        {
            var attrName = Name(Advance());
            bool hasEquals = false;
            if (Kind == TokenKind.Equals) { Advance(); hasEquals = true; }
            if (Kind != TokenKind.String)
            {
                ErrorUnexpected($"a string value for script attribute '{attrName.Text}'", $"write {attrName.Text}=\"…\"");
                SkipToItemEnd();
                break;
            }
            var value = ParseStringLiteral();
            attributes.Add(new ScriptAttributeSyntax(TextSpan.FromBounds(attrName.Span.Start, value.Span.End), attrName, value, hasEquals));
        }
        ScriptCodeSyntax? code = null;
        int end = attributes.Count > 0 ? attributes[^1].Span.End : language.Span.End;
        SkipNewlinesBeforeScriptBody();
        if (Kind == TokenKind.LeftBrace && PeekToken(1).Kind == TokenKind.ScriptCode)
        {
            Advance();
            var codeToken = Advance();
            code = new ScriptCodeSyntax(codeToken.Span, _text.Substring(codeToken.Start, codeToken.Length));
            end = Kind == TokenKind.RightBrace ? Advance().End : codeToken.End;
        }
        else if (Kind is not (TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndOfFile))
        {
            ErrorUnexpected("'{' with the script code, or a script attribute (from, name, mode)");
            SkipToItemEnd();
        }
        return new ScriptSyntax(TextSpan.FromBounds(directive.Start, end), language, attributes, code);
    }

    /// <summary>The lexer captures a script body whose `{` starts the next line (`@script "lua"⏎{ … }`), so the parser accepts it too.</summary>
    private void SkipNewlinesBeforeScriptBody()
    {
        if (Kind == TokenKind.Newline && PeekToken(1).Kind == TokenKind.LeftBrace && PeekToken(2).Kind == TokenKind.ScriptCode) Advance();
    }

    private FunctionSyntax? ParseFunction(Token directive)
    {
        if (Kind != TokenKind.String)
        {
            ErrorUnexpected("the script language as a string after @function", "write @function \"lua\" name(args) { … }");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        var language = ParseStringLiteral();
        if (Kind != TokenKind.Identifier)
        {
            ErrorUnexpected("a function name");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        var name = Name(Advance());
        var parameters = new List<NameSyntax>();
        if (Kind != TokenKind.LeftParen)
        {
            ErrorUnexpected($"'(' after function name '{name.Text}'", $"write {name.Text}() {{ … }}");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        Advance();
        while (Kind == TokenKind.Identifier)
        {
            parameters.Add(Name(Advance()));
            if (Kind == TokenKind.Comma) Advance();
            else break;
        }
        if (Kind != TokenKind.RightParen)
        {
            ErrorUnexpected("')' after the parameters");
            SkipToItemEnd();
            if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
            return null;
        }
        Advance();
        SkipNewlinesBeforeScriptBody();
        if (Kind != TokenKind.LeftBrace || PeekToken(1).Kind != TokenKind.ScriptCode)
        {
            Error(DiagnosticCodes.MissingLeftBrace, Current.Span, $"Expected '{{' with the body of function '{name.Text}'");
            SkipToItemEnd();
            return null;
        }
        Advance();
        var codeToken = Advance();
        var body = new ScriptCodeSyntax(codeToken.Span, _text.Substring(codeToken.Start, codeToken.Length));
        int end = Kind == TokenKind.RightBrace ? Advance().End : codeToken.End;
        return new FunctionSyntax(TextSpan.FromBounds(directive.Start, end), language, name, parameters, body);
    }

    // ---- elements -------------------------------------------------------------------------------

    private void InlineIdError()
    {
        var elementName = TextOf(Current).ToString();
        var id = TextOf(PeekToken(1)).ToString();
        Error(DiagnosticCodes.UnexpectedToken, PeekToken(1).Span, $"Unexpected '{id}' after element name '{elementName}'",
            $"to give the element an id, write {elementName} {{ id: \"{id}\" … }}");
    }

    private ElementSyntax ParseElementAfterInlineId()
    {
        var name = Name(Advance());
        Advance(); // the inline id, already reported
        return ParseElementBody(name);
    }

    private ElementSyntax ParseElement() => ParseElementBody(Name(Advance()));

    /// <summary>`Container` ⏎ `{`: an element name alone on its line with the brace on the next (capitalised names only, as elements are).</summary>
    private bool BraceOnNextLine() =>
        PeekToken(1).Kind == TokenKind.Newline && PeekToken(2).Kind == TokenKind.LeftBrace && char.IsAsciiLetterUpper(TextOf(Current)[0]);

    private ElementSyntax ParseElementBody(NameSyntax name)
    {
        SkipNewlines();
        var open = Current;
        Advance(); // '{' (callers checked)
        if (!EnterNesting(open))
        {
            _index--;
            SkipBalancedBlock();
            return new ElementSyntax(TextSpan.FromBounds(name.Span.Start, _tokens[_index - 1].End), name, [], null);
        }
        var items = new List<BodyItemSyntax>();
        ParseBodyItems(items);
        int end = ExpectCloseBrace(open, $"element {name.Text}");
        List<BodyItemSyntax>? childBlock = null;
        // Mixed form: `Name { props } { children }` — the second `{` directly follows the first `}`.
        // Only whitespace, comments and line breaks may stand between the two blocks (a Newline token covers exactly those).
        if (Kind == TokenKind.LeftBrace || (Kind == TokenKind.Newline && PeekToken(1).Kind == TokenKind.LeftBrace))
        {
            SkipNewlines();
            var open2 = Advance();
            childBlock = [];
            ParseBodyItems(childBlock);
            end = ExpectCloseBrace(open2, $"the children of {name.Text}");
        }
        _depth--;
        return new ElementSyntax(TextSpan.FromBounds(name.Span.Start, end), name, items, childBlock);
    }

    private void ParseBodyItem(List<BodyItemSyntax> items)
    {
        switch (Kind)
        {
            case TokenKind.Pseudo:
                if (ParsePseudoBlock() is { } pseudo) items.Add(pseudo);
                return;
            case TokenKind.Identifier:
                var next = PeekToken(1).Kind;
                if (next == TokenKind.LeftBrace || BraceOnNextLine())
                {
                    items.Add(new ChildElementSyntax(ParseElement()));
                    return;
                }
                if (IsIdentifier("style") && next == TokenKind.String && PeekToken(2).Kind == TokenKind.LeftBrace)
                {
                    if (ParseStyle() is { } inline) items.Add(new InlineStyleSyntax(inline));
                    return;
                }
                if (next == TokenKind.Identifier && PeekToken(2).Kind == TokenKind.LeftBrace && char.IsAsciiLetterUpper(TextOf(Current)[0]))
                {
                    InlineIdError();
                    items.Add(new ChildElementSyntax(ParseElementAfterInlineId()));
                    return;
                }
                if (ParseProperty() is { } property)
                {
                    items.Add(property);
                    RequireSeparator();
                }
                return;
            case TokenKind.Colon when PeekToken(1).Kind == TokenKind.Identifier:
                Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Invalid pseudo-selector ':{TextOf(PeekToken(1))}'", $"write &:{TextOf(PeekToken(1))}");
                Advance();
                Advance();
                if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
                return;
            case TokenKind.Directive:
                Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Directive '{TextOf(Current)}' is only allowed at the top level of a file", "move it outside of the element");
                Advance();
                SkipToItemEnd();
                if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
                return;
            case TokenKind.LeftBrace:
                Error(DiagnosticCodes.UnexpectedToken, Current.Span, "Unexpected '{' without an element name", "write ElementName { … }");
                SkipBalancedBlock();
                return;
            default:
                ErrorUnexpected("a property, a child element or a &:state block");
                Advance();
                SkipToItemEnd();
                return;
        }
    }

    /// <summary>`name: value`; reports 1104 when the colon is missing.</summary>
    private PropertySyntax? ParseProperty()
    {
        if (Kind != TokenKind.Identifier)
        {
            ErrorUnexpected("a property name");
            Advance();
            SkipToItemEnd();
            return null;
        }
        var name = Name(Advance());
        if (Kind != TokenKind.Colon)
        {
            Error(DiagnosticCodes.MissingColon, Kind is TokenKind.Newline or TokenKind.EndOfFile ? name.Span : Current.Span,
                "Expected ':' after property name", $"write {name.Text}: value");
            SkipToItemEnd();
            return null;
        }
        Advance();
        var value = ParseValue();
        return new PropertySyntax(TextSpan.FromBounds(name.Span.Start, value.Span.End), name, value);
    }

    private PseudoBlockSyntax? ParsePseudoBlock()
    {
        var selector = Advance();
        var states = new List<NameSyntax>();
        int i = selector.Start + 2;
        int end = selector.End;
        while (i < end)
        {
            int j = _text.IndexOf(':', i, end - i);
            if (j < 0) j = end;
            states.Add(new NameSyntax(_text[i..j], TextSpan.FromBounds(i, j)));
            i = j + 1;
        }
        if (!ExpectOpenBrace($"the {TextOf(selector)} block", out var open)) { SkipToItemEnd(); return null; }
        if (!EnterNesting(open)) { _index--; SkipBalancedBlock(); return null; }
        var properties = new List<PropertySyntax>();
        ParseBlockItems(() =>
        {
            if (Kind == TokenKind.Identifier && PeekToken(1).Kind == TokenKind.LeftBrace)
            {
                Error(DiagnosticCodes.UnexpectedToken, Current.Span, "A &:state block cannot contain elements", "state blocks hold properties only");
                Advance();
                SkipBalancedBlock();
                return;
            }
            if (Kind == TokenKind.Pseudo)
            {
                Error(DiagnosticCodes.UnexpectedToken, Current.Span, "State blocks cannot be nested", $"chain the states instead: {TextOf(selector)}:{TextOf(Current)[2..]}");
                Advance();
                if (Kind == TokenKind.LeftBrace) SkipBalancedBlock();
                return;
            }
            if (ParseProperty() is { } p)
            {
                properties.Add(p);
                RequireSeparator();
            }
        }, itemsNeedSeparator: false);
        _depth--;
        int close = ExpectCloseBrace(open, $"the {TextOf(selector)} block");
        return new PseudoBlockSyntax(TextSpan.FromBounds(selector.Start, close), states, selector.Span, properties);
    }

    // ---- values ---------------------------------------------------------------------------------

    private NameSyntax Name(Token t) => new(Intern(t.Start, t.Length), t.Span);

    /// <summary>
    /// Names, words and variable names repeat constantly (`text`, `width`, `Container` …); one
    /// string per distinct spelling per parse saves most of the parser's small allocations.
    /// </summary>
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    private string Intern(int start, int length)
    {
        var span = _text.AsSpan(start, length);
        if (_names.Count == 0) _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_nameLookup.TryGetValue(span, out var existing)) return existing;
        var s = span.ToString();
        _names[s] = s;
        return s;
    }

    private StringLiteralSyntax ParseStringLiteral()
    {
        var t = Advance();
        return new StringLiteralSyntax(t.Span, StringDecoder.Decode(_file, t, _diagnostics));
    }

    /// <summary>A property value: a conditional expression, whose operands may be sequences of simple values.</summary>
    private ValueSyntax ParseValue()
    {
        if (Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.RightBrace or TokenKind.EndOfFile)
        {
            Error(DiagnosticCodes.UnexpectedToken, Kind == TokenKind.Newline || Kind == TokenKind.EndOfFile ? _tokens[Math.Max(0, _index - 1)].Span : Current.Span,
                "Expected a value after ':'", "write a value, e.g. 10, \"text\", true or $variable");
            return new MissingValueSyntax(new TextSpan(Current.Start, 0));
        }
        _valueOperators = 0;
        return ParseConditional();
    }

    private ValueSyntax ParseConditional()
    {
        var condition = ParseBinary(0);
        if (Kind != TokenKind.Question) return condition;
        // Both branches recurse (`a ? b : c ? d : …` nests in the false branch), so each `?` counts
        // towards the value nesting limit; otherwise a long enough line overflows the stack.
        if (!EnterValueNesting()) return TooDeepValue();
        Advance();
        var whenTrue = ParseConditional();
        if (Kind != TokenKind.Colon)
        {
            _valueDepth--;
            ErrorUnexpected("':' in the conditional expression", "write condition ? a : b");
            return new ConditionalExpressionSyntax(TextSpan.FromBounds(condition.Span.Start, whenTrue.Span.End), condition, whenTrue, new MissingValueSyntax(new TextSpan(Current.Start, 0)));
        }
        Advance();
        var whenFalse = ParseConditional();
        _valueDepth--;
        return new ConditionalExpressionSyntax(TextSpan.FromBounds(condition.Span.Start, whenFalse.Span.End), condition, whenTrue, whenFalse);
    }

    private static int Precedence(TokenKind kind) => kind switch
    {
        TokenKind.BarBar => 1,
        TokenKind.AmpersandAmpersand => 2,
        TokenKind.EqualsEquals or TokenKind.BangEquals => 3,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessEquals or TokenKind.GreaterEquals => 4,
        TokenKind.Plus or TokenKind.Minus => 5,
        TokenKind.Star or TokenKind.Slash => 6,
        _ => 0,
    };

    private static BinaryOperator ToBinary(TokenKind kind) => kind switch
    {
        TokenKind.BarBar => BinaryOperator.Or,
        TokenKind.AmpersandAmpersand => BinaryOperator.And,
        TokenKind.EqualsEquals => BinaryOperator.Equal,
        TokenKind.BangEquals => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.LessEquals => BinaryOperator.LessOrEqual,
        TokenKind.GreaterEquals => BinaryOperator.GreaterOrEqual,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.Star => BinaryOperator.Multiply,
        _ => BinaryOperator.Divide,
    };

    /// <summary>Precedence climbing; every operator is left-associative.</summary>
    private ValueSyntax ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        while (true)
        {
            int p = Precedence(Kind);
            if (p == 0 || p <= minPrecedence) return left;
            if (++_valueOperators > MaxOperatorsPerValue) return TooManyOperators(left);
            var op = ToBinary(Advance().Kind);
            SkipNewlines();
            var right = ParseBinary(p);
            left = new BinaryExpressionSyntax(TextSpan.FromBounds(left.Span.Start, right.Span.End), left, op, right);
        }
    }

    private ValueSyntax ParseUnary()
    {
        if (Kind is TokenKind.Bang or TokenKind.Minus)
        {
            if (!EnterValueNesting()) return TooDeepValue();
            var opToken = Advance();
            var operand = ParseUnary();
            _valueDepth--;
            var op = opToken.Kind == TokenKind.Bang ? UnaryOperator.Not : UnaryOperator.Negate;
            return new UnaryExpressionSyntax(TextSpan.FromBounds(opToken.Start, operand.Span.End), op, operand);
        }
        return ParseSequence();
    }

    /// <summary>One or more primaries side by side on the same line (`row center`, `10px 20px`).</summary>
    private ValueSyntax ParseSequence()
    {
        var first = ParsePrimary();
        if (!StartsPrimary() || first is MissingValueSyntax) return first;
        var items = new List<ValueSyntax> { first };
        while (StartsPrimary()) items.Add(ParsePrimary());
        return new SequenceSyntax(TextSpan.FromBounds(first.Span.Start, items[^1].Span.End), items);
    }

    /// <summary>Whether the current token continues a sequence. A name followed by `:` or `{` starts the next item instead (a missing separator, reported by the caller).</summary>
    private bool StartsPrimary()
    {
        switch (Kind)
        {
            case TokenKind.String or TokenKind.UnterminatedString or TokenKind.Integer or TokenKind.Float or TokenKind.Dimension
                or TokenKind.Color or TokenKind.Variable:
                return true;
            case TokenKind.Identifier:
                return PeekToken(1).Kind is not (TokenKind.Colon or TokenKind.LeftBrace) &&
                       !(PeekToken(1).Kind == TokenKind.String && IsIdentifier("style"));
            default:
                return false;
        }
    }

    private bool EnterValueNesting()
    {
        if (_valueDepth >= MaxValueNesting) return false;
        _valueDepth++;
        return true;
    }

    private ValueSyntax TooManyOperators(ValueSyntax left)
    {
        Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Value has more than {MaxOperatorsPerValue} operators", "simplify the expression");
        SkipToItemEnd();
        return new MissingValueSyntax(TextSpan.FromBounds(left.Span.Start, Current.Start));
    }

    private ValueSyntax TooDeepValue()
    {
        var start = Current;
        Error(DiagnosticCodes.UnexpectedToken, Current.Span, $"Value is nested more than {MaxValueNesting} levels deep", "simplify the expression");
        SkipToItemEnd();
        return new MissingValueSyntax(TextSpan.FromBounds(start.Start, Current.Start));
    }

    private ValueSyntax ParsePrimary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.String:
            case TokenKind.UnterminatedString:
                return ParseStringLiteral();
            case TokenKind.Integer:
            case TokenKind.Float:
                Advance();
                return new NumberLiteralSyntax(t.Span, double.Parse(TextOf(t), NumberStyles.Float, CultureInfo.InvariantCulture), t.Kind == TokenKind.Integer, "");
            case TokenKind.Dimension:
            {
                Advance();
                var text = TextOf(t);
                int unitAt = text.Length;
                while (unitAt > 0 && !char.IsAsciiDigit(text[unitAt - 1])) unitAt--;
                var number = text[..unitAt];
                return new NumberLiteralSyntax(t.Span, double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture), !number.Contains('.'), text[unitAt..].ToString());
            }
            case TokenKind.Color:
                Advance();
                Color.TryParseHex(TextOf(t), out var color);
                return new ColorLiteralSyntax(t.Span, color, TextOf(t).ToString());
            case TokenKind.Variable:
                Advance();
                return new VariableReferenceSyntax(t.Span, Intern(t.Start + 1, t.Length - 1));
            case TokenKind.Identifier:
            {
                Advance();
                var word = TextOf(t);
                if (word is "true" or "false") return new BoolLiteralSyntax(t.Span, word is "true");
                if (Kind == TokenKind.LeftParen && PeekToken(1).Kind == TokenKind.RightParen)
                {
                    Advance();
                    var close = Advance();
                    return new CallSyntax(TextSpan.FromBounds(t.Start, close.End), Intern(t.Start, t.Length));
                }
                return new WordSyntax(t.Span, Intern(t.Start, t.Length));
            }
            case TokenKind.LeftBracket:
                return ParseArray();
            case TokenKind.LeftParen:
            {
                if (!EnterValueNesting()) return TooDeepValue();
                Advance();
                SkipNewlines();
                var inner = ParseConditional();
                SkipNewlines();
                _valueDepth--;
                if (Kind != TokenKind.RightParen)
                {
                    ErrorUnexpected("')'");
                    return new ParenthesizedSyntax(TextSpan.FromBounds(t.Start, inner.Span.End), inner);
                }
                var close = Advance();
                return new ParenthesizedSyntax(TextSpan.FromBounds(t.Start, close.End), inner);
            }
            case TokenKind.Bad:
                Advance();
                return new MissingValueSyntax(t.Span);
            default:
                ErrorUnexpected("a value", "write a value, e.g. 10, \"text\", true or $variable");
                return new MissingValueSyntax(new TextSpan(t.Start, 0));
        }
    }

    private ValueSyntax ParseArray()
    {
        var open = Current;
        if (!EnterValueNesting()) return TooDeepValue();
        Advance();
        var items = new List<ValueSyntax>();
        while (true)
        {
            SkipNewlines();
            if (Kind == TokenKind.RightBracket) break;
            if (Kind is TokenKind.EndOfFile or TokenKind.RightBrace or TokenKind.Semicolon)
            {
                Error(DiagnosticCodes.UnexpectedToken, open.Span, "Missing ']' to close the array", "add ']' after the last item");
                _valueDepth--;
                return new ArraySyntax(TextSpan.FromBounds(open.Start, Current.Start), items);
            }
            int before = _index;
            items.Add(ParseConditional());
            SkipNewlines();
            if (Kind == TokenKind.Comma) { Advance(); continue; }
            if (Kind == TokenKind.RightBracket) break;
            ErrorUnexpected("',' or ']' in the array");
            if (_index == before) Advance();
        }
        _valueDepth--;
        var close = Advance();
        return new ArraySyntax(TextSpan.FromBounds(open.Start, close.End), items);
    }
}
