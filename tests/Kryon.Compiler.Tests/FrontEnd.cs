using Kryon.Compiler.Binding;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Tests;

/// <summary>Shared helpers for the front-end tests: lex, parse and check KRY text held in memory.</summary>
internal static class FrontEnd
{
    /// <summary>The path every in-memory main file gets; included files are resolved relative to it.</summary>
    public static readonly string MainPath = Path.Combine(Path.GetTempPath(), "kryon-tests", "main.kry");

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(MainPath)!, relative));

    public sealed record LexResult(string Text, Token[] Tokens, IReadOnlyList<TextSpan> Comments, DiagnosticBag Diagnostics)
    {
        /// <summary>Token kinds without the final EndOfFile.</summary>
        public TokenKind[] Kinds => Tokens.Take(Tokens.Length - 1).Select(t => t.Kind).ToArray();

        public string TextOf(Token t) => Text.Substring(t.Start, t.Length);

        public string[] Texts => Tokens.Take(Tokens.Length - 1).Select(TextOf).ToArray();

        public Token Single(TokenKind kind) => Assert.Single(Tokens, t => t.Kind == kind);
    }

    public static LexResult Lex(string text)
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile(MainPath, text);
        var (tokens, comments) = Lexer.Tokenize(file, bag);
        return new LexResult(file.Text, tokens, comments, bag);
    }

    public static (DocumentSyntax Document, DiagnosticBag Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var doc = Parser.Parse(MainPath, text, bag);
        return (doc, bag);
    }

    /// <summary>Parses text that must have no diagnostics at all.</summary>
    public static DocumentSyntax ParseClean(string text)
    {
        var (doc, bag) = Parse(text);
        Assert.True(bag.Items.Count == 0, "unexpected diagnostics: " + Describe(bag.Items));
        return doc;
    }

    /// <summary>Checks text as the main file; <paramref name="files"/> are (path relative to the main file, text) pairs.</summary>
    public static CompilationResult Check(string text, params (string Path, string Text)[] files)
    {
        var sources = new InMemorySourceProvider();
        foreach (var (path, content) in files) sources.Add(PathOf(path), content);
        return KryCompiler.CheckText(MainPath, text, sources);
    }

    /// <summary>Checks text that must compile without errors or warnings, and returns the bound app.</summary>
    public static BoundApp CheckClean(string text, params (string Path, string Text)[] files)
    {
        var result = Check(text, files);
        Assert.True(result.Diagnostics.Count == 0, "unexpected diagnostics: " + Describe(result.Diagnostics));
        Assert.NotNull(result.App);
        return result.App!;
    }

    /// <summary>Checks text that must compile without errors (warnings allowed).</summary>
    public static CompilationResult CheckNoErrors(string text, params (string Path, string Text)[] files)
    {
        var result = Check(text, files);
        Assert.True(result.ErrorCount == 0, "unexpected errors: " + Describe(result.Diagnostics));
        return result;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Location?.Start} {d.Message}"));

    /// <summary>The one diagnostic with this code.</summary>
    public static Diagnostic Single(CompilationResult result, int code)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToArray();
        Assert.True(matching.Length == 1, $"expected exactly one {code}, got: {Describe(result.Diagnostics)}");
        return matching[0];
    }

    public static int[] Codes(CompilationResult result) => result.Diagnostics.Select(d => d.Code).ToArray();

    public static int[] Codes(DiagnosticBag bag) => bag.Items.Select(d => d.Code).ToArray();

    /// <summary>"line:column" of a diagnostic's start.</summary>
    public static string Where(Diagnostic d) => d.Location!.Value.Start.ToString();

    /// <summary>The source text a span covers.</summary>
    public static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    public static BoundElement Root(CompilationResult result) => Assert.IsType<BoundElement>(result.App?.Root);
}
