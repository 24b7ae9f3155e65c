using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using static Kryon.Compiler.Tests.FrontEnd;

namespace Kryon.Compiler.Tests.Syntax;

public class LexerTests
{
    // ---- every token kind -------------------------------------------------------------------

    [Theory]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("}", TokenKind.RightBrace)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("(", TokenKind.LeftParen)]
    [InlineData(")", TokenKind.RightParen)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData(";", TokenKind.Semicolon)]
    [InlineData(",", TokenKind.Comma)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("?", TokenKind.Question)]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("+", TokenKind.Plus)]
    [InlineData("-", TokenKind.Minus)]
    [InlineData("*", TokenKind.Star)]
    [InlineData("/", TokenKind.Slash)]
    [InlineData("==", TokenKind.EqualsEquals)]
    [InlineData("!=", TokenKind.BangEquals)]
    [InlineData("<", TokenKind.Less)]
    [InlineData(">", TokenKind.Greater)]
    [InlineData("<=", TokenKind.LessEquals)]
    [InlineData(">=", TokenKind.GreaterEquals)]
    [InlineData("&&", TokenKind.AmpersandAmpersand)]
    [InlineData("||", TokenKind.BarBar)]
    [InlineData("name", TokenKind.Identifier)]
    [InlineData("\"text\"", TokenKind.String)]
    [InlineData("42", TokenKind.Integer)]
    [InlineData("-42", TokenKind.Integer)]
    [InlineData("4.25", TokenKind.Float)]
    [InlineData("10px", TokenKind.Dimension)]
    [InlineData("$var", TokenKind.Variable)]
    [InlineData("@include", TokenKind.Directive)]
    [InlineData("&:hover", TokenKind.Pseudo)]
    public void Single_token_of_each_kind(string text, TokenKind kind)
    {
        var lex = Lex(text);
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([kind], lex.Kinds);
        var t = lex.Tokens[0];
        Assert.Equal(0, t.Start);
        Assert.Equal(text.Length, t.Length);
        Assert.Equal(TokenKind.EndOfFile, lex.Tokens[^1].Kind);
        Assert.Equal(text.Length, lex.Tokens[^1].Start);
    }

    [Fact]
    public void Colour_newline_and_end_of_file_tokens()
    {
        var lex = Lex("a: #FF0000\n\n\nb");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Identifier, TokenKind.Colon, TokenKind.Color, TokenKind.Newline, TokenKind.Identifier], lex.Kinds);
        Assert.Equal("#FF0000", lex.TextOf(lex.Tokens[2]));
        // Consecutive line breaks form one separator token covering all of them.
        Assert.Equal("\n\n\n", lex.TextOf(lex.Tokens[3]));
        Assert.Equal(TokenKind.EndOfFile, lex.Tokens[^1].Kind);
    }

    [Fact]
    public void Unterminated_string_and_bad_tokens_have_their_own_kinds()
    {
        Assert.Equal([TokenKind.UnterminatedString], Lex("\"abc").Kinds);
        Assert.Equal([TokenKind.Bad], Lex("~").Kinds);
    }

    [Fact]
    public void Script_body_is_one_script_code_token_between_braces()
    {
        var lex = Lex("@script \"lua\" { x = 1 }");
        Assert.Equal([TokenKind.Directive, TokenKind.String, TokenKind.LeftBrace, TokenKind.ScriptCode, TokenKind.RightBrace], lex.Kinds);
        Assert.Equal(" x = 1 ", lex.TextOf(lex.Tokens[3]));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_line_terminator_is_one_newline(string newline)
    {
        var lex = Lex("a" + newline + "b");
        Assert.Equal([TokenKind.Identifier, TokenKind.Newline, TokenKind.Identifier], lex.Kinds);
        Assert.Equal(newline.Length, lex.Tokens[1].Length);
    }

    [Fact]
    public void Byte_order_mark_is_skipped()
    {
        var lex = Lex("\uFEFFApp");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal(["App"], lex.Texts);
    }

    // ---- '#': colour or comment (KRY.md §1.3) -----------------------------------------------

    [Fact]
    public void Hash_after_a_value_is_a_comment()
    {
        var lex = Lex("width: 10  # px\n");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Identifier, TokenKind.Colon, TokenKind.Integer, TokenKind.Newline], lex.Kinds);
        var comment = Assert.Single(lex.Comments);
        Assert.Equal("# px", Slice(lex.Text, comment));
    }

    [Fact]
    public void Hash_at_line_start_is_a_comment_even_when_it_starts_with_hex_letters()
    {
        var lex = Lex("App {\n    # Add padding\n    #fff is not a colour here\n}");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.DoesNotContain(TokenKind.Color, lex.Kinds);
        Assert.Equal(2, lex.Comments.Count);
        Assert.Equal("# Add padding", Slice(lex.Text, lex.Comments[0]));
        Assert.Equal(["App", "{", "}"], lex.Tokens.Where(t => t.Kind is TokenKind.Identifier or TokenKind.LeftBrace or TokenKind.RightBrace).Select(lex.TextOf));
    }

    [Theory]
    [InlineData("text_color: #333", "#333")]
    [InlineData("c: #1234", "#1234")]
    [InlineData("c: #A0B0C0", "#A0B0C0")]
    [InlineData("c: #a0b0c0ff", "#a0b0c0ff")]
    [InlineData("c: [#111, #222]", "#111")]
    [InlineData("c = #abc", "#abc")]
    [InlineData("c: $x ? #fff : #000", "#fff")]
    public void Hash_in_value_position_is_a_colour(string text, string firstColour)
    {
        var lex = Lex(text);
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Empty(lex.Comments);
        var colour = lex.Tokens.First(t => t.Kind == TokenKind.Color);
        Assert.Equal(firstColour, lex.TextOf(colour));
    }

    [Fact]
    public void Hash_after_an_identifier_on_the_same_line_is_a_comment()
    {
        var lex = Lex("layout: row #abc");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Identifier, TokenKind.Colon, TokenKind.Identifier], lex.Kinds);
        Assert.Single(lex.Comments);
    }

    [Fact]
    public void Malformed_colour_in_value_position_is_1004()
    {
        var lex = Lex("App {\n  bg: #12345\n}");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1004, d.Code);
        Assert.Equal("2:7", d.Location!.Value.Start.ToString());
        Assert.Equal(6, d.Location!.Value.Span.Length);
        Assert.Contains(TokenKind.Bad, lex.Kinds);
    }

    // ---- strings -----------------------------------------------------------------------------

    private static StringPart[] Decode(string literal, out DiagnosticBag bag)
    {
        var lex = Lex(literal);
        bag = lex.Diagnostics;
        var token = lex.Tokens[0];
        Assert.True(token.Kind is TokenKind.String or TokenKind.UnterminatedString);
        return StringDecoder.Decode(new Kryon.Text.SourceFile(MainPath, literal), token, bag);
    }

    [Fact]
    public void Every_known_escape_is_decoded()
    {
        var parts = Decode("\"a\\nb\\tc\\rd\\\\e\\\"f\\'g\\$h\"", out var bag);
        Assert.Empty(bag.Items);
        var part = Assert.Single(parts);
        Assert.False(part.IsVariable);
        Assert.Equal("a\nb\tc\rd\\e\"f'g$h", part.Text);
    }

    [Fact]
    public void Unknown_escape_is_kept_verbatim_with_warning_1006()
    {
        var parts = Decode("\"a\\qb\"", out var bag);
        Assert.Equal("a\\qb", Assert.Single(parts).Text);
        var d = Assert.Single(bag.Items);
        Assert.Equal(1006, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("1:3", d.Location!.Value.Start.ToString());
        Assert.Equal(2, d.Location!.Value.Span.Length);
    }

    [Fact]
    public void Dollar_name_interpolation_splits_the_string_into_parts()
    {
        var parts = Decode("\"Count: $count_value!\"", out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal(3, parts.Length);
        Assert.Equal("Count: ", parts[0].Text);
        Assert.Equal("count_value", parts[1].VariableName);
        Assert.True(parts[1].IsVariable);
        Assert.Equal("$count_value", Slice("\"Count: $count_value!\"", parts[1].Span));
        Assert.Equal("!", parts[2].Text);
    }

    [Fact]
    public void Braced_interpolation_is_a_variable_part()
    {
        const string literal = "\"Hi ${user_name}s\"";
        var parts = Decode(literal, out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal(["Hi ", null, "s"], parts.Select(p => p.Text));
        Assert.Equal("user_name", parts[1].VariableName);
        Assert.Equal("${user_name}", Slice(literal, parts[1].Span));
    }

    [Fact]
    public void Escaped_dollar_is_not_interpolated()
    {
        var parts = Decode("\"cost \\$price\"", out var bag);
        Assert.Empty(bag.Items);
        Assert.Equal("cost $price", Assert.Single(parts).Text);
    }

    [Fact]
    public void Bad_braced_interpolation_is_1101()
    {
        Decode("\"x ${not a name} y\"", out var bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(1101, d.Code);
        Assert.Equal("1:4", d.Location!.Value.Start.ToString());
    }

    [Fact]
    public void Hash_inside_a_string_is_never_a_comment()
    {
        var lex = Lex("text: \"# not a comment\" # comment");
        Assert.Equal([TokenKind.Identifier, TokenKind.Colon, TokenKind.String], lex.Kinds);
        Assert.Equal("\"# not a comment\"", lex.TextOf(lex.Tokens[2]));
        Assert.Single(lex.Comments);
    }

    [Fact]
    public void Unterminated_string_is_1002_at_its_opening_quote()
    {
        var lex = Lex("App {\n    Text { text: \"hello\n}\n");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1002, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("2:18", d.Location!.Value.Start.ToString());
        // The line break ends the token; the next line is lexed normally.
        Assert.Equal("\"hello", lex.TextOf(lex.Single(TokenKind.UnterminatedString)));
        Assert.Equal([TokenKind.UnterminatedString, TokenKind.Newline, TokenKind.RightBrace, TokenKind.Newline], lex.Kinds[^4..]);
    }

    [Fact]
    public void Unterminated_string_at_end_of_file_is_1002()
    {
        var lex = Lex("a: \"abc");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1002, d.Code);
        Assert.Equal("1:4", d.Location!.Value.Start.ToString());
    }

    // ---- numbers and units ---------------------------------------------------------------------

    [Theory]
    [InlineData("0", TokenKind.Integer)]
    [InlineData("123", TokenKind.Integer)]
    [InlineData("-7", TokenKind.Integer)]
    [InlineData("0.5", TokenKind.Float)]
    [InlineData("-12.75", TokenKind.Float)]
    [InlineData("10px", TokenKind.Dimension)]
    [InlineData("50%", TokenKind.Dimension)]
    [InlineData("2em", TokenKind.Dimension)]
    [InlineData("1.5rem", TokenKind.Dimension)]
    [InlineData("100vw", TokenKind.Dimension)]
    [InlineData("90vh", TokenKind.Dimension)]
    [InlineData("45deg", TokenKind.Dimension)]
    [InlineData("3rad", TokenKind.Dimension)]
    [InlineData("1turn", TokenKind.Dimension)]
    public void Numbers_and_dimensions(string text, TokenKind kind)
    {
        var lex = Lex("v: " + text);
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Identifier, TokenKind.Colon, kind], lex.Kinds);
        Assert.Equal(text, lex.TextOf(lex.Tokens[2]));
    }

    [Theory]
    [InlineData("1.", 2)]
    [InlineData(".5", 2)]
    [InlineData("--3", 3)]
    [InlineData("10qq", 4)]
    [InlineData("12abc", 5)]
    [InlineData("99999999999", 11)]
    public void Malformed_numbers_are_1003(string text, int length)
    {
        var lex = Lex("v: " + text);
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1003, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("1:4", d.Location!.Value.Start.ToString());
        Assert.Equal(length, d.Location!.Value.Span.Length);
        Assert.Equal(TokenKind.Bad, lex.Tokens[2].Kind);
    }

    [Fact]
    public void Minus_before_a_space_is_an_operator()
    {
        var lex = Lex("$a - 3");
        Assert.Equal([TokenKind.Variable, TokenKind.Minus, TokenKind.Integer], lex.Kinds);
    }

    // ---- identifiers ---------------------------------------------------------------------------

    [Theory]
    [InlineData("space-between")]
    [InlineData("row-rev")]
    [InlineData("kryon-lisp")]
    [InlineData("_private9")]
    [InlineData("a_b_c")]
    public void Identifiers_with_interior_dash_are_one_token(string word)
    {
        var lex = Lex(word);
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([word], lex.Texts);
        Assert.Equal([TokenKind.Identifier], lex.Kinds);
    }

    [Fact]
    public void Dash_before_a_digit_does_not_continue_an_identifier()
    {
        var lex = Lex("a-1");
        Assert.Equal([TokenKind.Identifier, TokenKind.Integer], lex.Kinds);
        Assert.Equal(["a", "-1"], lex.Texts);
    }

    [Fact]
    public void Identifier_of_64_characters_is_fine_and_65_is_1005()
    {
        Assert.Empty(Lex(new string('a', 64)).Diagnostics.Items);

        var lex = Lex("x\n  " + new string('b', 65));
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1005, d.Code);
        Assert.Equal("2:3", d.Location!.Value.Start.ToString());
        Assert.Equal(65, d.Location!.Value.Span.Length);
        Assert.Equal(TokenKind.Identifier, lex.Tokens[2].Kind);
    }

    // ---- pseudo selectors, variables, directives -------------------------------------------------

    [Theory]
    [InlineData("&:hover")]
    [InlineData("&:hover:disabled")]
    [InlineData("&:active:focus:checked")]
    public void Pseudo_selectors_are_one_token(string text)
    {
        var lex = Lex(text + " {");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Pseudo, TokenKind.LeftBrace], lex.Kinds);
        Assert.Equal(text, lex.TextOf(lex.Tokens[0]));
    }

    [Fact]
    public void Ampersand_colon_without_a_name_is_1101()
    {
        var lex = Lex("&: {");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1101, d.Code);
        Assert.Equal(TokenKind.Bad, lex.Tokens[0].Kind);
    }

    [Fact]
    public void Variable_token_includes_the_dollar()
    {
        var lex = Lex("$primary_color2");
        Assert.Equal(["$primary_color2"], lex.Texts);
    }

    [Fact]
    public void Lone_dollar_is_1001()
    {
        var lex = Lex("x: $ 1");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1001, d.Code);
        Assert.Equal("1:4", d.Location!.Value.Start.ToString());
    }

    [Theory]
    [InlineData("@include")]
    [InlineData("@variables")]
    [InlineData("@script")]
    [InlineData("@function")]
    [InlineData("@unknown")]
    public void Directives_are_one_token(string text)
    {
        var lex = Lex(text);
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal([TokenKind.Directive], lex.Kinds);
        Assert.Equal(text, lex.TextOf(lex.Tokens[0]));
    }

    [Fact]
    public void Stray_at_sign_is_1001()
    {
        var lex = Lex("App {\n  @ \n}");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1001, d.Code);
        Assert.Equal("2:3", d.Location!.Value.Start.ToString());
    }

    [Fact]
    public void Run_of_invalid_characters_is_one_1001()
    {
        var lex = Lex("a ~~~^^ b");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1001, d.Code);
        Assert.Equal(5, d.Location!.Value.Span.Length);
        Assert.Equal([TokenKind.Identifier, TokenKind.Bad, TokenKind.Identifier], lex.Kinds);
    }

    // ---- comments ----------------------------------------------------------------------------------

    [Fact]
    public void Block_and_line_comments_are_skipped()
    {
        var lex = Lex("a /* one { } */ b // two }\nc");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal(["a", "b", "\n", "c"], lex.Texts);
        Assert.Equal(["/* one { } */", "// two }"], lex.Comments.Select(c => Slice(lex.Text, c)));
    }

    [Fact]
    public void Multi_line_block_comment_keeps_line_numbers()
    {
        var lex = Lex("/* a\nb\n*/ ~");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal("3:4", d.Location!.Value.Start.ToString());
    }

    [Fact]
    public void Unterminated_block_comment_is_1002_at_its_start()
    {
        var lex = Lex("App {\n  width: 1 /* never closed\n}");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1002, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("2:12", d.Location!.Value.Start.ToString());
        Assert.DoesNotContain(TokenKind.RightBrace, lex.Kinds);
    }

    // ---- raw script bodies (KRY.md §12.3) -------------------------------------------------------------

    private static string ScriptCode(string source)
    {
        var lex = Lex(source);
        Assert.Empty(lex.Diagnostics.Items);
        var code = lex.Single(TokenKind.ScriptCode);
        var index = Array.IndexOf(lex.Tokens, code);
        Assert.Equal(TokenKind.LeftBrace, lex.Tokens[index - 1].Kind);
        Assert.Equal(TokenKind.RightBrace, lex.Tokens[index + 1].Kind);
        // Whatever follows the script is lexed as KRY again.
        Assert.Equal("App", lex.TextOf(lex.Tokens[^2]));
        return lex.TextOf(code);
    }

    [Fact]
    public void Lua_body_skips_braces_in_strings_and_comments()
    {
        const string code = "\n  local s = \"}\" .. '{'\n  -- a } in a comment\n  --[[ } ]]\n  local t = [[ } ]] local u = [==[ }]] ]==]\n  if x then y = {1, 2} end\n";
        Assert.Equal(code, ScriptCode("@script \"lua\" {" + code + "}\nApp"));
    }

    [Fact]
    public void JavaScript_body_skips_template_literals_and_comments()
    {
        const string code = "\n  const s = `a } ${b} {`;\n  // }\n  /* } */\n  function f() { return '}'; }\n";
        Assert.Equal(code, ScriptCode("@script \"javascript\" {" + code + "}\nApp"));
    }

    [Fact]
    public void Python_body_skips_hash_comments_and_triple_quotes()
    {
        const string code = "\ndef f():\n    # } closing brace in a comment\n    s = \"\"\"}\n\"\"\"\n    return {'a': 1}\n";
        Assert.Equal(code, ScriptCode("@script \"python\" name=\"p\" {" + code + "}\nApp"));
    }

    [Fact]
    public void Lisp_body_skips_semicolon_comments_and_strings()
    {
        const string code = "\n  ; } not the end\n  (defn on-click [] (log \"}\"))\n";
        Assert.Equal(code, ScriptCode("@script \"lisp\" {" + code + "}\nApp"));
    }

    [Fact]
    public void Wren_body_skips_slash_comments()
    {
        const string code = "\n  class Main {\n    // }\n    static run() { System.print(\"}\") }\n  }\n";
        Assert.Equal(code, ScriptCode("@script \"wren\" {" + code + "}\nApp"));
    }

    [Fact]
    public void Hash_inside_lua_is_code_not_a_comment()
    {
        // '#' is Lua's length operator: the body is raw text, not KRY tokens.
        const string code = " local n = #items }";
        Assert.Equal(" local n = #items ", ScriptCode("@script \"lua\" {" + code + "\nApp"));
    }

    [Fact]
    public void Function_body_is_captured_raw()
    {
        var lex = Lex("@function \"lua\" add(a, b) { return a + b }\nApp");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal(" return a + b ", lex.TextOf(lex.Single(TokenKind.ScriptCode)));
        Assert.Equal([TokenKind.Directive, TokenKind.String, TokenKind.Identifier, TokenKind.LeftParen, TokenKind.Identifier, TokenKind.Comma,
            TokenKind.Identifier, TokenKind.RightParen, TokenKind.LeftBrace, TokenKind.ScriptCode, TokenKind.RightBrace, TokenKind.Newline, TokenKind.Identifier], lex.Kinds);
    }

    [Fact]
    public void Script_with_attributes_and_equals_is_still_captured()
    {
        var lex = Lex("@script \"js\" name=\"h\" mode=\"embed\" { let o = {a: 1}; }");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.Equal(" let o = {a: 1}; ", lex.TextOf(lex.Single(TokenKind.ScriptCode)));
    }

    [Fact]
    public void Unclosed_script_body_is_1103()
    {
        var lex = Lex("@script \"lua\" {\n  x = 1\n");
        var d = Assert.Single(lex.Diagnostics.Items);
        Assert.Equal(1103, d.Code);
        Assert.Equal("1:15", d.Location!.Value.Start.ToString());
    }

    [Fact]
    public void Element_braces_after_a_script_are_tokens_again()
    {
        var lex = Lex("@script \"lua\" from \"a.lua\"\nApp { }");
        Assert.Empty(lex.Diagnostics.Items);
        Assert.DoesNotContain(TokenKind.ScriptCode, lex.Kinds);
        Assert.Equal(TokenKind.LeftBrace, lex.Tokens[^3].Kind);
    }
}
