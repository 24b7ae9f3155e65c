using System.Globalization;
using Kryon.Compiler.Syntax;
using Kryon.Text;
using Kryon.Values;
using FsCheck;
using FsCheck.Fluent;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>A generated document with its canonical text, so that FsCheck reports failures readably.</summary>
public sealed class GeneratedDocument(DocumentSyntax syntax)
{
    public DocumentSyntax Syntax { get; } = syntax;

    public string Text { get; } = SyntaxPrinter.Print(syntax);

    public override string ToString() => "\n" + Text;
}

/// <summary>
/// Generators of VALID KRY syntax trees (KRY.md §2), built with dummy spans.
/// </summary>
/// <remarks>
/// The trees are restricted to shapes the parser can produce, because the printer can only be
/// expected to round-trip those:
/// <list type="bullet">
/// <item>a bare colour only stands where the lexer reads `#` as a colour (§1.3: right after
/// `:` `,` `[` `=` `?` on the same line), i.e. as a whole value, a sequence's first item, an
/// array item or the `else` branch of a conditional;</item>
/// <item>only simple values (strings, numbers, colours, variables, words, booleans, calls)
/// follow the first item of a sequence — the parser does not continue a sequence at `(` or `[`;</item>
/// <item>no value word is `true`/`false` (those are booleans) or `style` (`style "x"` starts an
/// inline style), and element names avoid `Define`, `Properties` and `style`;</item>
/// <item>script bodies are brace-balanced and contain no quotes or comment starters of any
/// script language; script attribute names are the ones the lexer knows.</item>
/// </list>
/// </remarks>
public static class SyntaxGenerators
{
    private static readonly TextSpan S = default;

    private static readonly SourceFile DummyFile = new("generated.kry", "");

    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";

    private static readonly HashSet<string> Reserved = ["true", "false", "style", "Define", "Properties"];

    // ---- names -----------------------------------------------------------------------------

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)
        select new string(cs);

    /// <summary>`[A-Za-z_][A-Za-z0-9_]*`, not a reserved word.</summary>
    public static readonly Gen<string> Identifier =
        (from first in Gen.Elements((Lower + Upper + "_").ToCharArray())
         from rest in Chars(Lower + Upper + Digits + "_", 0, 10)
         select first + rest).Where(s => !Reserved.Contains(s));

    private static readonly Gen<string> CommonName = Gen.Elements(
        "width", "height", "text", "id", "style", "background_color", "text_color", "padding", "margin", "layout",
        "onClick", "visible", "font_size", "gap", "border_width", "extends", "value", "title", "Define", "Properties");

    /// <summary>A property name: an identifier, a keyword used as a name, or a hyphenated name.</summary>
    public static readonly Gen<string> PropertyName = Gen.Frequency(
        (4, CommonName),
        (4, Identifier),
        (1, from a in Identifier from b in Chars(Lower, 1, 6) select a + "-" + b));

    /// <summary>A variable name (`$name` allows no hyphen).</summary>
    public static readonly Gen<string> VariableName = Gen.Frequency(
        (2, Gen.Elements("primary", "spacing", "enabled", "count", "user_name", "_x", "a1")),
        (3, Identifier));

    /// <summary>A bare word: identifiers and enum-like words with interior hyphens (`space-between`).</summary>
    public static readonly Gen<string> Word = Gen.Frequency(
        (3, Gen.Elements("row", "column", "center", "bold", "space-between", "row-rev", "grow", "transparent", "inherit", "handleClick")),
        (3, Identifier),
        (1, from a in Identifier from b in Chars(Lower, 1, 5) from c in Chars(Lower + Digits, 0, 3) select a + "-" + b + c));

    public static readonly Gen<string> ElementName = Gen.Frequency(
        (5, Gen.Elements("Container", "Text", "Button", "Input", "Image", "Canvas", "Checkbox", "List", "Grid")),
        (1, from first in Gen.Elements(Upper.ToCharArray()) from rest in Chars(Lower + Digits, 1, 8) select first + rest))
        .Where(s => !Reserved.Contains(s));

    private static NameSyntax N(string text) => new(text, S);

    // ---- strings -------------------------------------------------------------------------------

    private static readonly Gen<string> StringChunk = Gen.Frequency(
        (6, Chars(Lower + Upper + Digits + "    ", 1, 8)),
        (3, Gen.Elements("\"", "\\", "\n", "\t", "\r", "$", "${", "$x", "{", "}", "#", "#FFF", "//", "/*", "*/", "'", ":", ";", ",", "&:hover", "@script", "%", "\\n", "é", "中文", "😀", "\u00A0", "\u0001")));

    private static readonly Gen<StringPart> LiteralPart = from n in Gen.Choose(1, 4)
                                                          from chunks in Gen.ArrayOf(StringChunk, n)
                                                          select new StringPart(string.Concat(chunks), null, S);

    private static readonly Gen<StringPart> VariablePart = VariableName.Select(v => new StringPart(null, v, S));

    /// <summary>A string literal: literal text (with characters that need escapes) and `${name}` parts.</summary>
    public static readonly Gen<StringLiteralSyntax> StringLiteral = Gen.Frequency(
        (1, Gen.Constant(System.Array.Empty<StringPart>())),
        (5, from n in Gen.Choose(1, 4)
            from parts in Gen.ArrayOf(Gen.Frequency((3, LiteralPart), (1, VariablePart)), n)
            select parts))
        .Select(parts => new StringLiteralSyntax(S, parts));

    /// <summary>A plain string without interpolation (style names, paths, script attribute values).</summary>
    public static readonly Gen<StringLiteralSyntax> PlainString =
        Gen.Frequency((3, Chars(Lower + Digits + "_-./ ", 1, 12)), (1, Gen.Elements("a\"b", "back\\slash", "tab\there", "cost $5")))
            .Select(s => new StringLiteralSyntax(S, [new StringPart(s, null, S)]));

    // ---- atoms ---------------------------------------------------------------------------------

    public static readonly Gen<double> IntegerValue = Gen.Frequency(
        (6, Gen.Choose(-1000, 100000)),
        (1, Gen.Elements(0, 1, -1, int.MaxValue, int.MinValue, 255, 65535)))
        .Select(i => (double)i);

    /// <summary>k / 10^d: exact as decimal text, so the shortest round-trip form reads back to the same double.</summary>
    public static readonly Gen<double> FloatValue = Gen.Frequency(
        (6, from k in Gen.Choose(-1_000_000, 1_000_000)
            from d in Gen.Choose(1, 4)
            select k / Math.Pow(10, d)),
        // Tiny and huge magnitudes, whose shortest form would use an exponent (`1E-05`), which KRY cannot read.
        (1, from k in Gen.Choose(-999_999, 999_999)
            from e in Gen.Choose(-30, 30)
            select e < 0 ? k / Math.Pow(10, -e) : k * Math.Pow(10, e)),
        // Any finite double (but not -0, which prints as 0).
        (1, from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            let d = BitConverter.Int64BitsToDouble(((long)hi << 32) | (uint)lo)
            where double.IsFinite(d) && !(d == 0 && double.IsNegative(d))
            select d));

    private static readonly string[] Units = ["px", "%", "em", "rem", "vw", "vh", "deg", "rad", "turn"];

    public static readonly Gen<ValueSyntax> Number = Gen.Frequency(
        (3, IntegerValue.Select(v => (ValueSyntax)new NumberLiteralSyntax(S, v, true, ""))),
        (2, FloatValue.Select(v => (ValueSyntax)new NumberLiteralSyntax(S, v, false, ""))),
        (3, from isInt in Gen.Elements(true, false)
            from v in isInt ? Gen.Choose(-5000, 5000).Select(i => (double)i) : FloatValue
            from unit in Gen.Elements(Units)
            select (ValueSyntax)new NumberLiteralSyntax(S, v, isInt, unit)));

    public static readonly Gen<ValueSyntax> Color =
        from length in Gen.Elements(3, 4, 6, 8)
        from hex in Chars("0123456789abcdefABCDEF", length, length)
        select (ValueSyntax)MakeColor("#" + hex);

    private static ColorLiteralSyntax MakeColor(string text)
    {
        if (!Kryon.Values.Color.TryParseHex(text, out var c)) throw new InvalidOperationException(text);
        return new ColorLiteralSyntax(S, c, text);
    }

    /// <summary>Values that may follow another item of a sequence (and anything else that is one token or a call).</summary>
    public static Gen<ValueSyntax> Atom(bool colorOk)
    {
        var gens = new List<(int, Gen<ValueSyntax>)>
        {
            (3, StringLiteral.Select(s => (ValueSyntax)s)),
            (4, Number),
            (1, Gen.Elements(true, false).Select(b => (ValueSyntax)new BoolLiteralSyntax(S, b))),
            (2, VariableName.Select(v => (ValueSyntax)new VariableReferenceSyntax(S, v))),
            (3, Word.Select(w => (ValueSyntax)new WordSyntax(S, w))),
            (1, Identifier.Select(w => (ValueSyntax)new CallSyntax(S, w))),
        };
        if (colorOk) gens.Add((2, Color));
        return Gen.Frequency(gens);
    }

    // ---- values ---------------------------------------------------------------------------------

    private static readonly BinaryOperator[] BinaryOperators = Enum.GetValues<BinaryOperator>();

    /// <summary>
    /// A value of nesting depth at most <paramref name="depth"/>. <paramref name="colorOk"/>: the
    /// value's first token stands right after `:` `,` `[` `=` or `?`, so it may be a bare colour.
    /// </summary>
    public static Gen<ValueSyntax> Value(int depth, bool colorOk)
    {
        var atom = Atom(colorOk);
        if (depth <= 0) return Gen.Frequency((4, atom), (1, Sequence(0, colorOk)));
        return Gen.Frequency(
            (5, atom),
            (2, Sequence(depth, colorOk)),
            (1, Array(depth)),
            (1, from op in Gen.Elements(UnaryOperator.Not, UnaryOperator.Negate)
                from operand in Value(depth - 1, false)
                select (ValueSyntax)new UnaryExpressionSyntax(S, op, operand)),
            (2, from op in Gen.Elements(BinaryOperators)
                from left in Value(depth - 1, false)
                from right in Value(depth - 1, false)
                select (ValueSyntax)new BinaryExpressionSyntax(S, left, op, right)),
            (1, from c in Value(depth - 1, false)
                from t in Value(depth - 1, false)
                from f in Value(depth - 1, true)
                select (ValueSyntax)new ConditionalExpressionSyntax(S, c, t, f)),
            (1, Value(depth - 1, false).Select(v => (ValueSyntax)new ParenthesizedSyntax(S, v))));
    }

    /// <summary>Two to four items; only the first may be an array or a parenthesised expression.</summary>
    public static Gen<ValueSyntax> Sequence(int depth, bool colorOk)
    {
        var first = depth <= 0
            ? Atom(colorOk)
            : Gen.Frequency(
                (6, Atom(colorOk)),
                (1, Array(depth)),
                (1, Value(depth - 1, false).Select(v => (ValueSyntax)new ParenthesizedSyntax(S, v))));
        return from f in first
               from n in Gen.Choose(1, 3)
               from rest in Gen.ArrayOf(Atom(false), n)
               select (ValueSyntax)new SequenceSyntax(S, [f, .. rest]);
    }

    public static Gen<ValueSyntax> Array(int depth) =>
        from n in Gen.Choose(0, 4)
        from items in Gen.ArrayOf(Value(depth - 1, true), n)
        select (ValueSyntax)new ArraySyntax(S, items);

    /// <summary>A property value: usually shallow, sometimes an expression of depth 3.</summary>
    public static readonly Gen<ValueSyntax> PropertyValue = Gen.Frequency(
        (6, Value(1, true)),
        (3, Value(2, true)),
        (1, Value(3, true)));

    // ---- body items -------------------------------------------------------------------------------

    private static readonly string[] States = ["hover", "active", "focus", "disabled", "checked"];

    public static readonly Gen<PropertySyntax> Property =
        from name in PropertyName
        from value in PropertyValue
        select new PropertySyntax(S, N(name), value);

    public static readonly Gen<PseudoBlockSyntax> PseudoBlock =
        from nStates in Gen.Choose(1, 2)
        from states in Gen.ArrayOf(Gen.Elements(States), nStates)
        from nProps in Gen.Choose(0, 3)
        from props in Gen.ArrayOf(Property, nProps)
        select new PseudoBlockSyntax(S, states.Select(N).ToArray(), S, props);

    private static readonly Gen<PropertySyntax> Extends = Gen.Frequency(
        (2, PlainString.Select(s => (ValueSyntax)s)),
        (1, from n in Gen.Choose(1, 3)
            from names in Gen.ArrayOf(PlainString, n)
            select (ValueSyntax)new ArraySyntax(S, names)))
        .Select(v => new PropertySyntax(S, N("extends"), v));

    public static readonly Gen<StyleSyntax> Style =
        from name in PlainString
        from extends in Gen.Frequency((1, Extends.Select(e => new[] { e })), (2, Gen.Constant(System.Array.Empty<PropertySyntax>())))
        from n in Gen.Choose(0, 4)
        from items in Gen.ArrayOf(Gen.Frequency((4, Property.Select(p => (BodyItemSyntax)p)), (1, PseudoBlock.Select(p => (BodyItemSyntax)p))), n)
        select new StyleSyntax(S, name, [.. extends, .. items]);

    private static Gen<BodyItemSyntax> BodyItem(int depth)
    {
        var gens = new List<(int, Gen<BodyItemSyntax>)>
        {
            (6, Property.Select(p => (BodyItemSyntax)p)),
            (1, PseudoBlock.Select(p => (BodyItemSyntax)p)),
            (1, Style.Select(s => (BodyItemSyntax)new InlineStyleSyntax(s))),
        };
        if (depth > 0) gens.Add((3, Element(depth - 1).Select(e => (BodyItemSyntax)new ChildElementSyntax(e))));
        return Gen.Frequency(gens);
    }

    private static Gen<BodyItemSyntax[]> BodyItems(int depth) =>
        from n in Gen.Choose(0, 4)
        from items in Gen.ArrayOf(BodyItem(depth), n)
        select items;

    /// <summary>An element with children nested up to <paramref name="depth"/> levels; sometimes in the mixed form.</summary>
    public static Gen<ElementSyntax> Element(int depth, Gen<string>? name = null) =>
        from n in name ?? ElementName
        from items in BodyItems(depth)
        from mixed in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from children in mixed ? BodyItems(depth).Select(c => (BodyItemSyntax[]?)c) : Gen.Constant<BodyItemSyntax[]?>(null)
        select new ElementSyntax(S, N(n), items, children);

    // ---- declarations -------------------------------------------------------------------------

    public static readonly Gen<DeclarationSyntax> Include =
        PlainString.Select(p => (DeclarationSyntax)new IncludeSyntax(S, p));

    private static readonly Gen<string> TypeName = Gen.Elements("Int", "Float", "String", "Bool", "Color", "Percent", "StyleID", "Resource");

    public static readonly Gen<DeclarationSyntax> Variables =
        from n in Gen.Choose(0, 5)
        from vars in Gen.ArrayOf(
            from name in VariableName
            from typed in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
            from type in TypeName
            from value in PropertyValue
            select new VariableSyntax(S, N(name), typed ? N(type) : null, value), n)
        select (DeclarationSyntax)new VariablesBlockSyntax(S, vars);

    private static readonly Gen<TypeHintSyntax> TypeHint = Gen.Frequency(
        (5, Gen.Elements("String", "Int", "Float", "Bool", "Color", "StyleID", "Resource").Select(t => new TypeHintSyntax(S, N(t), null))),
        (2, from n in Gen.Choose(1, 4)
            from members in Gen.ArrayOf(Word.Where(w => !w.Contains('-')), n)
            select new TypeHintSyntax(S, N("Enum"), members.Select(N).ToArray())));

    public static readonly Gen<DeclarationSyntax> Define =
        from name in ElementName
        from hasProps in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from n in Gen.Choose(0, 4)
        from defs in Gen.ArrayOf(
            from pname in Identifier
            from type in TypeHint
            from hasDefault in Gen.Elements(true, false)
            from value in PropertyValue
            select new PropertyDefinitionSyntax(S, N(pname), type, hasDefault ? value : null), n)
        from root in Element(2)
        select (DeclarationSyntax)new DefineSyntax(S, N(name), hasProps ? new PropertiesBlockSyntax(S, defs) : null, [root]);

    /// <summary>Brace-balanced code with no quotes and no comment starter of any script language.</summary>
    public static Gen<string> RawCode(int depth)
    {
        var gens = new List<(int, Gen<string>)>
        {
            (6, Chars(Lower + Upper + Digits + " ", 1, 10)),
            (3, Gen.Elements("\n", "\n    ", " = ", "(", ")", "()", " + ", ".", ", ", "\t", "end", "function f()", "print(x)")),
        };
        if (depth > 0) gens.Add((2, RawCode(depth - 1).Select(c => "{" + c + "}")));
        var chunk = Gen.Frequency(gens);
        return from n in Gen.Choose(0, 6)
               from chunks in Gen.ArrayOf(chunk, n)
               select string.Concat(chunks);
    }

    private static readonly Gen<ScriptAttributeSyntax> ScriptAttribute =
        from name in Gen.Elements("from", "name", "mode", "threshold", "path", "minify")
        from hasEquals in Gen.Elements(true, false)
        from value in PlainString
        select new ScriptAttributeSyntax(S, N(name), value, hasEquals);

    private static readonly Gen<StringLiteralSyntax> Language =
        Gen.Elements("lua", "javascript", "js", "python", "wren", "lisp", "ruby")
            .Select(l => new StringLiteralSyntax(S, [new StringPart(l, null, S)]));

    public static readonly Gen<DeclarationSyntax> Script =
        from language in Language
        from n in Gen.Choose(0, 2)
        from attributes in Gen.ArrayOf(ScriptAttribute, n)
        from hasCode in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from code in RawCode(2)
        select (DeclarationSyntax)new ScriptSyntax(S, language, attributes, hasCode ? new ScriptCodeSyntax(S, code) : null);

    public static readonly Gen<DeclarationSyntax> Function =
        from language in Language
        from name in Identifier
        from n in Gen.Choose(0, 3)
        from parameters in Gen.ArrayOf(Identifier, n)
        from body in RawCode(1)
        select (DeclarationSyntax)new FunctionSyntax(S, language, N(name), parameters.Select(N).ToArray(), new ScriptCodeSyntax(S, body));

    private static Gen<DeclarationSyntax[]> Some(Gen<DeclarationSyntax> gen, int max) =>
        from n in Gen.Choose(0, max)
        from items in Gen.ArrayOf(gen, n)
        select items;

    /// <summary>A whole document: declarations of every kind in random order around one `App` root.</summary>
    public static readonly Gen<DocumentSyntax> Document =
        from includes in Some(Include, 2)
        from variables in Some(Variables, 2)
        from styles in Some(Style.Select(s => (DeclarationSyntax)s), 3)
        from defines in Some(Define, 2)
        from scripts in Some(Script, 2)
        from functions in Some(Function, 1)
        from root in Element(3, Gen.Constant("App"))
        from order in Gen.Shuffle(includes.Concat(variables).Concat(styles).Concat(defines).Concat(scripts).Concat(functions).Append(root).ToArray())
        select new DocumentSyntax(DummyFile, order, []);

    public static Arbitrary<GeneratedDocument> Documents => Arb.From(Document.Select(d => new GeneratedDocument(d)));

    /// <summary>Invariant formatting helper for messages.</summary>
    public static string Show(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
