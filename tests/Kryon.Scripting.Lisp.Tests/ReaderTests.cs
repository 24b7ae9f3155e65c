using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Reading;

namespace Kryon.Scripting.Lisp.Tests;

public class ReaderTests
{
    private static object? ReadOne(string text)
    {
        var result = Reader.Read(text);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return Assert.Single(result.Forms);
    }

    private static SyntaxError ReadError(string text)
    {
        var result = Reader.Read(text);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Forms);
        return result.Error!;
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("+7", "7")]
    [InlineData("3.25", "3.25")]
    [InlineData("-1.5e3", "-1500.0")]
    [InlineData("1/4", "0.25")]
    [InlineData("\"a\\nb\\t\\\"c\\\\\"", "\"a\\nb\\t\\\"c\\\\\"")]
    [InlineData("\"\\u0041\"", "\"A\"")]
    [InlineData("r\"a\\nb\"", "\"a\\\\nb\"")]
    [InlineData("\\c", "\\c")]
    [InlineData("\\newline", "\\newline")]
    [InlineData("\\space", "\\space")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("nil", "nil")]
    [InlineData(":name", ":name")]
    [InlineData(":ns/name", ":ns/name")]
    [InlineData("::local", ":user/local")]
    [InlineData("set-property!", "set-property!")]
    [InlineData("->hex", "->hex")]
    [InlineData("clojure.string/join", "clojure.string/join")]
    [InlineData("(a (b c) [d] {:k 1})", "(a (b c) [d] {:k 1})")]
    [InlineData("[1, 2, 3]", "[1 2 3]")]
    [InlineData("#{1 2}", "#{1 2}")]
    [InlineData("'x", "(quote x)")]
    [InlineData("`(a ~b ~@c)", "(quasiquote (a (unquote b) (unquote-splicing c)))")]
    [InlineData("@counter", "(deref counter)")]
    [InlineData("#(+ % %2)", "(fn [%1 %2] (+ %1 %2))")]
    [InlineData("#(apply + %&)", "(fn [& %&] (apply + %&))")]
    [InlineData("^:private foo", "foo")]
    public void Reads_every_literal_kind(string text, string printed) => Assert.Equal(printed, Printer.Readable(ReadOne(text)));

    [Fact]
    public void Strings_may_span_lines_and_comments_are_skipped()
    {
        var result = Reader.Read("; line comment\n;; another\n#| block #| nested |# still |# \"a\nb\" 1");
        Assert.True(result.Succeeded);
        Assert.Equal(["a\nb", 1L], result.Forms);
    }

    [Fact]
    public void Lists_remember_their_offset()
    {
        var list = Assert.IsType<LispList>(ReadOne("  (foo)"));
        Assert.Equal(2, list.Offset);
        var based = Assert.IsType<LispList>(Assert.Single(Reader.Read("(foo)", 100).Forms));
        Assert.Equal(100, based.Offset);
    }

    [Theory]
    [InlineData("(+ 1 2", 1, 1, "never closed")]
    [InlineData("(a\n  [b c)", 2, 7, "Mismatched")]
    [InlineData("\n  )", 2, 3, "Unmatched")]
    [InlineData("(str \"abc", 1, 6, "Unterminated string")]
    [InlineData("{:a 1 :b}", 1, 1, "even number")]
    [InlineData("{:a 1 :a 2}", 1, 1, "Duplicate key")]
    [InlineData("#{1 1}", 1, 1, "Duplicate key")]
    [InlineData("99999999999999999999", 1, 1, "out of range")]
    [InlineData("12abc", 1, 1, "Invalid number")]
    [InlineData("a#b", 1, 2, "Invalid token")]
    [InlineData("#(foo #(bar))", 1, 7, "Nested #()")]
    [InlineData("\"\\q\"", 1, 2, "escape")]
    [InlineData("#| open", 1, 1, "block comment")]
    [InlineData("'", 1, 1, "Missing form")]
    [InlineData("#\"re\"", 1, 1, "Regex")]
    [InlineData("\\", 1, 1, "Missing character")]
    public void Malformed_input_is_a_syntax_error_with_line_and_column(string text, int line, int column, string message)
    {
        var error = ReadError(text);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var error = ReadError(new string('(', 100_000));
        Assert.Contains("nested deeper", error.Message);
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(9);
        const string alphabet = "()[]{}#|\\\"';`~@^:%&abc12.-/ \n,";
        for (int n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var result = Reader.Read(text);
            Assert.True(result.Succeeded || result.Error!.Line >= 1);
        }
    }
}
