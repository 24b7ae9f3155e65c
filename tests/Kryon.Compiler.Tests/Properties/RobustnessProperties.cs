using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>
/// Arbitrary input never makes the parser or the whole front end throw; every diagnostic has a
/// known code and points inside the text; every node's span lies inside the text.
/// </summary>
public sealed class RobustnessProperties
{
    private const string Path = "fuzz.kry";

    private static readonly HashSet<int> KnownCodes = DiagnosticCodes.All.Select(d => d.Code).ToHashSet();

    /// <summary>The given number of cases, or KRYON_PROPERTY_CASES when set (for a longer soak run).</summary>
    private static Config Config(int cases) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(
        int.TryParse(Environment.GetEnvironmentVariable("KRYON_PROPERTY_CASES"), out var n) ? n : cases);

    // ---- inputs ---------------------------------------------------------------------------------

    private static Gen<byte[]> Bytes(int maxLength) =>
        from n in Gen.Choose(0, maxLength)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
        select bytes;

    /// <summary>Bytes biased towards the characters KRY gives meaning to.</summary>
    private static Gen<byte[]> KryishBytes(int maxLength)
    {
        byte[] special = Encoding.ASCII.GetBytes("{}[]():;,=&$@#\"'/*\\\n\r\t -.%!?<>|+_aZ09xF");
        var b = Gen.Frequency((3, Gen.Choose(0, 255).Select(x => (byte)x)), (5, Gen.Elements(special)));
        return from n in Gen.Choose(0, maxLength)
               from bytes in Gen.ArrayOf(b, n)
               select bytes;
    }

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "(", ")", ":", ";", ",", "=", "&", "$", "@", "#", "\"", "'", "/", "*", "\n", "\r\n", "\r", "\\",
        "?", "!", "+", "-", "<", ">", "==", "!=", "<=", ">=", "&&", "||", ".", "%", "|",
        "App", "Container", "Text", "Button", "Input", "Image", "Define", "Properties", "style", "extends", "true", "false",
        "text", "width", "layout", "id", "onClick", "Enum", "String", "Int", "from", "name", "mode",
        "x", "_y2", "space-between", "handleClick()", new string('a', 70),
        "0", "10", "-3", "1.5", "1.", ".5", "--3", "99999999999", "10px", "50%", "2em", "3qq", "1.5e3",
        "\"text\"", "\"a ${x} b\"", "\"${\"", "\"\\q\"", "\"unterminated", "\"$name\"",
        "#333", "#FF0000", "#FF0000AA", "#12345", "#xyz", "# comment", "// comment", "/* comment */", "/*", "*/",
        "$primary", "${", "&:hover", "&:hover:disabled", "&:", "&:bogus", ":hover",
        "@include", "@include \"x.kry\"", "@variables", "@script", "@function", "@bogus", "@",
        "@script \"lua\" {", "@script \"lua\" from \"a.lua\"", "@script \"js\" name=\"x\" {", "@function \"lua\" f(a, b) {",
        "@script \"python\" {", "@script \"lisp\" {", "-- }", "[[ } ]]", "'}'", "\"}\"", "# }", "; }",
        "\0", "\u00A0", "\uFEFF", "é", "😀", "\ud800", "\udc00", "\u2028", "\t",
    ];

    private static readonly Gen<string> Separator = Gen.Frequency(
        (6, Gen.Constant(" ")), (3, Gen.Constant("")), (2, Gen.Constant("\n")), (1, Gen.Constant("\t")), (1, Gen.Constant("; ")));

    private static Gen<string> TokenSoup(int maxTokens) =>
        from n in Gen.Choose(0, maxTokens)
        from parts in Gen.ArrayOf(
            from t in Gen.Elements(Tokens)
            from s in Separator
            select t + s, n)
        select string.Concat(parts);

    /// <summary>A valid generated document with a few of its characters changed, deleted or duplicated.</summary>
    private static Gen<string> MutatedDocument =>
        from doc in SyntaxGenerators.Document
        let text = SyntaxPrinter.Print(doc)
        from n in Gen.Choose(1, 6)
        from edits in Gen.ArrayOf(
            from at in Gen.Choose(0, 1_000_000)
            from kind in Gen.Choose(0, 3)
            from token in Gen.Elements(Tokens)
            select (at, kind, token), n)
        select Mutate(text, edits);

    private static string Mutate(string text, (int At, int Kind, string Token)[] edits)
    {
        var sb = new StringBuilder(text);
        foreach (var (at, kind, token) in edits)
        {
            if (sb.Length == 0) { sb.Append(token); continue; }
            int i = at % sb.Length;
            switch (kind)
            {
                case 0: sb.Remove(i, 1); break;
                case 1: sb.Insert(i, token); break;
                case 2: sb[i] = token.Length > 0 ? token[0] : ' '; break;
                default: sb.Remove(i, Math.Min(sb.Length - i, 1 + at % 20)); break;
            }
        }
        return sb.ToString();
    }

    private static readonly string[] RealProperties = Kryon.Registry.PropertyRegistry.NamesAndAliases.Distinct().Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] RealElements = Kryon.Registry.ElementRegistry.Names.Where(n => n != "App").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Values aimed at the binder's converters: blanks, signs, units, bounds, odd colours and words.</summary>
    private static readonly string[] TrickyValues =
    [
        "\"\"", "\" \"", "\"  \"", "\"\\t\"", "\"-\"", "\"%\"", "\"px\"", "\"50%\"", "\" 50 % \"", "\"-5px\"", "\"1.5.5\"", "\"#\"", "\"#12\"", "\"#GGG\"",
        "\"auto\"", "\"none\"", "\"row center\"", "\"${v}\"", "\"$v\"", "0", "-0", "-1", "2147483647", "-2147483648", "99999999999px", "1.5px", "-1%", "0%",
        "100000%", "0.5", "-0.0", "1000000.5", "row", "row center grow", "none", "auto", "transparent", "inherit", "bold", "true", "false", "[]", "[1]",
        "[1, 2, 3, 4, 5]", "[\"a\", 2, #FFF]", "$v", "$undefined", "$v * 2", "-$v", "!$v", "$v ? 1 : 2", "#FFF", "#12345678", "1 2 3 4 5", "10px 20px",
        "handleClick", "handleClick()", "\"handleClick\"", "1 / 0", "0 / 0", "\"a\" + 1", "1em", "2rem", "90deg", "3turn", "10vw",
    ];

    private static readonly Gen<string> SemanticValue = Gen.Frequency(
        (3, Gen.Elements(TrickyValues)),
        (1, SyntaxGenerators.PropertyValue.Select(SyntaxPrinter.PrintValue)));

    private static Gen<string> SemanticElement(int depth, string? name = null) =>
        from n in name is null ? Gen.Elements(RealElements) : Gen.Constant(name)
        from count in Gen.Choose(0, 6)
        from props in Gen.ArrayOf(
            from p in Gen.Elements(RealProperties)
            from v in SemanticValue
            select p + ": " + v + "\n", count)
        from childCount in Gen.Choose(0, depth > 0 ? 3 : 0)
        from children in Gen.ArrayOf(depth > 0 ? SemanticElement(depth - 1) : Gen.Constant(""), childCount)
        select n + " {\n" + string.Concat(props) + string.Concat(children) + "}\n";

    /// <summary>Real element and property names with tricky values, plus variables and styles, so the binder's converters run.</summary>
    private static Gen<string> SemanticDocument =>
        from v in SemanticValue
        from w in SemanticValue
        from styleProps in Gen.ArrayOf(
            from p in Gen.Elements(RealProperties)
            from sv in SemanticValue
            select p + ": " + sv + "\n", 3)
        from root in SemanticElement(3, "App")
        select "@variables {\n    v: " + v + "\n    w: " + w + "\n}\nstyle \"s\" {\n" + string.Concat(styleProps) + "}\n" + root;

    // ---- checks -------------------------------------------------------------------------------

    /// <summary>Parses and checks; throws (so FsCheck reports the input) when an invariant does not hold.</summary>
    internal static void CheckParse(string text)
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile(Path, text);
        var doc = Parser.Parse(file, bag);
        CheckDiagnostics(bag.Items, file, "parse");
        foreach (var (kind, span) in SyntaxWalker.Nodes(doc))
            if (span.Start < 0 || span.Length < 0 || span.End > file.Text.Length)
                throw new Xunit.Sdk.XunitException($"{kind} has span {span} outside the text (length {file.Text.Length})");
    }

    internal static void CheckCompile(string text)
    {
        var result = KryCompiler.CheckText(Path, text, new InMemorySourceProvider());
        var file = result.Syntax?.File ?? new SourceFile(Path, text);
        CheckDiagnostics(result.Diagnostics, file, "check");
        if (result.ErrorCount < result.Diagnostics.Count(d => d.IsError))
            throw new Xunit.Sdk.XunitException("ErrorCount is below the number of listed errors");
    }

    internal static void CheckDiagnostics(IReadOnlyList<Diagnostic> diagnostics, SourceFile file, string stage)
    {
        if (diagnostics.Count > DiagnosticBag.DefaultLimit + 1)
            throw new Xunit.Sdk.XunitException($"{stage}: {diagnostics.Count} diagnostics listed; the cap is {DiagnosticBag.DefaultLimit} + 1");
        foreach (var d in diagnostics)
        {
            if (!KnownCodes.Contains(d.Code)) throw new Xunit.Sdk.XunitException($"{stage}: unknown code in {d}");
            if (string.IsNullOrWhiteSpace(d.Message)) throw new Xunit.Sdk.XunitException($"{stage}: empty message for code {d.Code}");
            if (d.Location is not { } loc) throw new Xunit.Sdk.XunitException($"{stage}: no location for {d}");
            if (!ReferenceEquals(loc.File, file) && loc.File.Path != file.Path)
                throw new Xunit.Sdk.XunitException($"{stage}: {d} points into another file '{loc.File.Path}'");
            var span = loc.Span;
            if (span.Start < 0 || span.Length < 0 || span.End > loc.File.Text.Length)
                throw new Xunit.Sdk.XunitException($"{stage}: {d} has span {span} outside the text (length {loc.File.Text.Length})");
            _ = loc.Start; // line/column computation must not throw either
        }
    }

    private static bool Both(string text)
    {
        CheckParse(text);
        CheckCompile(text);
        return true;
    }

    /// <summary>Shrinks a failing text by halves and by dropping chunks, so a failure is reported on a short input.</summary>
    private static IEnumerable<string> ShrinkText(string s)
    {
        if (s.Length <= 1) yield break;
        int half = s.Length / 2;
        yield return s[..half];
        yield return s[half..];
        for (int chunk = Math.Max(1, s.Length / 8); chunk >= 1; chunk /= 2)
        {
            for (int i = 0; i + chunk <= s.Length; i += chunk) yield return s.Remove(i, chunk);
            if (chunk == 1) break;
        }
    }

    private static Arbitrary<string> Shown(Gen<string> gen) => Arb.From(gen, ShrinkText);

    // ---- properties ------------------------------------------------------------------------------

    [Fact]
    public void Random_bytes_decoded_as_UTF8_never_break_the_front_end()
        => Check.One(Config(500), Prop.ForAll(Shown(Bytes(3000).Select(b => Encoding.UTF8.GetString(b))), Both));

    [Fact]
    public void Random_bytes_decoded_as_Latin1_never_break_the_front_end()
        => Check.One(Config(500), Prop.ForAll(Shown(Bytes(3000).Select(b => Encoding.Latin1.GetString(b))), Both));

    [Fact]
    public void KRY_flavoured_bytes_never_break_the_front_end()
        => Check.One(Config(500), Prop.ForAll(Shown(KryishBytes(2000).Select(b => Encoding.UTF8.GetString(b))), Both));

    [Fact]
    public void Token_soups_never_break_the_front_end()
        => Check.One(Config(1000), Prop.ForAll(Shown(TokenSoup(150)), Both));

    [Fact]
    public void Real_property_names_with_tricky_values_never_break_the_front_end()
        => Check.One(Config(400), Prop.ForAll(Shown(SemanticDocument), Both));

    [Fact]
    public void Mutated_valid_documents_never_break_the_front_end()
        => Check.One(Config(400), Prop.ForAll(Shown(MutatedDocument), Both));
}
