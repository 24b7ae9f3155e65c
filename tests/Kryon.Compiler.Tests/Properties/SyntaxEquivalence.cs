using System.Text;
using Kryon.Compiler.Syntax;

namespace Kryon.Compiler.Tests.Properties;

/// <summary>
/// Structural comparison of syntax trees for the round-trip properties. Spans are ignored,
/// <see cref="ParenthesizedSyntax"/>(x) is the same as x, and string literals are compared by
/// their normalised parts (adjacent literal parts merged, empty literal parts dropped), which is
/// what the decoder produces.
/// </summary>
internal static class SyntaxEquivalence
{
    /// <summary>Null when the documents are equivalent, else a description of the first difference (with its path).</summary>
    public static string? Difference(DocumentSyntax expected, DocumentSyntax actual)
    {
        var c = new Comparer();
        c.Document(expected, actual);
        return c.Result;
    }

    public static string? Difference(ValueSyntax expected, ValueSyntax actual)
    {
        var c = new Comparer();
        c.Value(expected, actual);
        return c.Result;
    }

    /// <summary>Literal text runs merged; variables as `${name}` markers (for comparison and messages).</summary>
    public static IReadOnlyList<(bool IsVariable, string Text)> NormalizeParts(IEnumerable<StringPart> parts)
    {
        var result = new List<(bool, string)>();
        var literal = new StringBuilder();
        foreach (var p in parts)
        {
            if (p.IsVariable)
            {
                if (literal.Length > 0) { result.Add((false, literal.ToString())); literal.Clear(); }
                result.Add((true, p.VariableName!));
            }
            else literal.Append(p.Text);
        }
        if (literal.Length > 0) result.Add((false, literal.ToString()));
        return result;
    }

    public static ValueSyntax StripParens(ValueSyntax v)
    {
        while (v is ParenthesizedSyntax p) v = p.Inner;
        return v;
    }

    private sealed class Comparer
    {
        private readonly List<string> _path = [];

        public string? Result { get; private set; }

        private bool Failed => Result is not null;

        private void Fail(string what)
        {
            Result ??= $"at {string.Join("/", _path)}: {what}";
        }

        private void In(string segment, Action body)
        {
            if (Failed) return;
            _path.Add(segment);
            body();
            _path.RemoveAt(_path.Count - 1);
        }

        private void Same<T>(string what, T expected, T actual)
        {
            if (Failed) return;
            if (!EqualityComparer<T>.Default.Equals(expected, actual)) Fail($"{what}: expected {Show(expected)}, got {Show(actual)}");
        }

        private static string Show<T>(T v) => v is string s ? "\"" + s.Replace("\n", "\\n") + "\"" : v?.ToString() ?? "null";

        private void Name(string what, NameSyntax expected, NameSyntax actual) => Same(what, expected.Text, actual.Text);

        private void Names(string what, IReadOnlyList<NameSyntax>? expected, IReadOnlyList<NameSyntax>? actual)
        {
            if (Failed) return;
            if (expected is null || actual is null)
            {
                if (expected is not null || actual is not null) Fail($"{what}: expected {(expected is null ? "none" : "a list")}, got {(actual is null ? "none" : "a list")}");
                return;
            }
            Same(what + ".Count", expected.Count, actual.Count);
            for (int i = 0; i < expected.Count && !Failed; i++) Name($"{what}[{i}]", expected[i], actual[i]);
        }

        private void List<T>(string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual, Action<T, T> compare)
        {
            if (Failed) return;
            if (expected.Count != actual.Count)
            {
                Fail($"{what}: expected {expected.Count} items, got {actual.Count}");
                return;
            }
            for (int i = 0; i < expected.Count && !Failed; i++)
            {
                int index = i;
                In($"{what}[{index}]", () => compare(expected[index], actual[index]));
            }
        }

        private bool Kind(object expected, object actual)
        {
            if (Failed) return false;
            if (expected.GetType() == actual.GetType()) return true;
            Fail($"expected {expected.GetType().Name}, got {actual.GetType().Name}");
            return false;
        }

        public void Document(DocumentSyntax expected, DocumentSyntax actual)
            => List("Declarations", expected.Declarations, actual.Declarations, Declaration);

        private void Declaration(DeclarationSyntax expected, DeclarationSyntax actual)
        {
            if (!Kind(expected, actual)) return;
            switch (expected, actual)
            {
                case (IncludeSyntax e, IncludeSyntax a):
                    In("Path", () => String(e.Path, a.Path));
                    break;
                case (VariablesBlockSyntax e, VariablesBlockSyntax a):
                    List("Variables", e.Variables, a.Variables, (ev, av) =>
                    {
                        Name("Name", ev.Name, av.Name);
                        Same("TypeName", ev.TypeName?.Text, av.TypeName?.Text);
                        In("Value", () => Value(ev.Value, av.Value));
                    });
                    break;
                case (StyleSyntax e, StyleSyntax a):
                    Style(e, a);
                    break;
                case (DefineSyntax e, DefineSyntax a):
                    Name("Name", e.Name, a.Name);
                    if (e.Properties is null || a.Properties is null)
                        Same("has Properties", e.Properties is not null, a.Properties is not null);
                    else
                        List("Properties", e.Properties.Definitions, a.Properties.Definitions, (ed, ad) =>
                        {
                            Name("Name", ed.Name, ad.Name);
                            Name("Type", ed.Type.Name, ad.Type.Name);
                            Names("EnumMembers", ed.Type.EnumMembers, ad.Type.EnumMembers);
                            if (ed.Default is null || ad.Default is null) Same("has Default", ed.Default is not null, ad.Default is not null);
                            else In("Default", () => Value(ed.Default, ad.Default));
                        });
                    List("Roots", e.Roots, a.Roots, Element);
                    break;
                case (ScriptSyntax e, ScriptSyntax a):
                    In("Language", () => String(e.Language, a.Language));
                    List("Attributes", e.Attributes, a.Attributes, (ea, aa) =>
                    {
                        Name("Name", ea.Name, aa.Name);
                        Same("HasEquals", ea.HasEquals, aa.HasEquals);
                        In("Value", () => String(ea.Value, aa.Value));
                    });
                    Same("Code", e.Code?.RawText, a.Code?.RawText);
                    break;
                case (FunctionSyntax e, FunctionSyntax a):
                    In("Language", () => String(e.Language, a.Language));
                    Name("Name", e.Name, a.Name);
                    Names("Parameters", e.Parameters, a.Parameters);
                    Same("Body", e.Body?.RawText, a.Body?.RawText);
                    break;
                case (ElementSyntax e, ElementSyntax a):
                    Element(e, a);
                    break;
                default:
                    Fail($"unknown declaration {expected.GetType().Name}");
                    break;
            }
        }

        private void Style(StyleSyntax e, StyleSyntax a)
        {
            In("Name", () => String(e.Name, a.Name));
            List("Items", e.Items, a.Items, BodyItem);
        }

        private void Element(ElementSyntax e, ElementSyntax a)
        {
            In(e.Name.Text, () =>
            {
                Name("Name", e.Name, a.Name);
                List("Items", e.Items, a.Items, BodyItem);
                if (e.ChildBlock is null || a.ChildBlock is null) Same("has ChildBlock", e.ChildBlock is not null, a.ChildBlock is not null);
                else List("ChildBlock", e.ChildBlock, a.ChildBlock, BodyItem);
            });
        }

        private void BodyItem(BodyItemSyntax expected, BodyItemSyntax actual)
        {
            if (!Kind(expected, actual)) return;
            switch (expected, actual)
            {
                case (PropertySyntax e, PropertySyntax a):
                    Property(e, a);
                    break;
                case (PseudoBlockSyntax e, PseudoBlockSyntax a):
                    Names("States", e.States, a.States);
                    List("Properties", e.Properties, a.Properties, Property);
                    break;
                case (ChildElementSyntax e, ChildElementSyntax a):
                    Element(e.Element, a.Element);
                    break;
                case (InlineStyleSyntax e, InlineStyleSyntax a):
                    Style(e.Style, a.Style);
                    break;
                default:
                    Fail($"unknown body item {expected.GetType().Name}");
                    break;
            }
        }

        private void Property(PropertySyntax e, PropertySyntax a)
        {
            Name("Name", e.Name, a.Name);
            In(e.Name.Text, () => Value(e.Value, a.Value));
        }

        private void String(StringLiteralSyntax e, StringLiteralSyntax a)
        {
            var ep = NormalizeParts(e.Parts);
            var ap = NormalizeParts(a.Parts);
            Same("string parts", Render(ep), Render(ap));
        }

        private static string Render(IReadOnlyList<(bool IsVariable, string Text)> parts)
            => string.Concat(parts.Select(p => p.IsVariable ? "${" + p.Text + "}" : "«" + p.Text + "»"));

        public void Value(ValueSyntax expected, ValueSyntax actual)
        {
            expected = StripParens(expected);
            actual = StripParens(actual);
            if (!Kind(expected, actual)) return;
            switch (expected, actual)
            {
                case (StringLiteralSyntax e, StringLiteralSyntax a):
                    String(e, a);
                    break;
                case (NumberLiteralSyntax e, NumberLiteralSyntax a):
                    // The printer uses the shortest round-trip form, so the value must come back exactly.
                    if (BitConverter.DoubleToInt64Bits(e.Value) != BitConverter.DoubleToInt64Bits(a.Value))
                        Fail($"number: expected {e.Value:R}, got {a.Value:R}");
                    Same("IsInteger", e.IsInteger, a.IsInteger);
                    Same("Unit", e.Unit, a.Unit);
                    break;
                case (BoolLiteralSyntax e, BoolLiteralSyntax a):
                    Same("bool", e.Value, a.Value);
                    break;
                case (ColorLiteralSyntax e, ColorLiteralSyntax a):
                    Same("colour text", e.Text, a.Text);
                    Same("colour", e.Value, a.Value);
                    break;
                case (VariableReferenceSyntax e, VariableReferenceSyntax a):
                    Same("variable", e.Name, a.Name);
                    break;
                case (WordSyntax e, WordSyntax a):
                    Same("word", e.Word, a.Word);
                    break;
                case (CallSyntax e, CallSyntax a):
                    Same("call", e.Name, a.Name);
                    break;
                case (SequenceSyntax e, SequenceSyntax a):
                    List("Sequence", e.Items, a.Items, Value);
                    break;
                case (ArraySyntax e, ArraySyntax a):
                    List("Array", e.Items, a.Items, Value);
                    break;
                case (UnaryExpressionSyntax e, UnaryExpressionSyntax a):
                    Same("unary operator", e.Operator, a.Operator);
                    In("Operand", () => Value(e.Operand, a.Operand));
                    break;
                case (BinaryExpressionSyntax e, BinaryExpressionSyntax a):
                    Same("binary operator", e.Operator, a.Operator);
                    In("Left", () => Value(e.Left, a.Left));
                    In("Right", () => Value(e.Right, a.Right));
                    break;
                case (ConditionalExpressionSyntax e, ConditionalExpressionSyntax a):
                    In("Condition", () => Value(e.Condition, a.Condition));
                    In("WhenTrue", () => Value(e.WhenTrue, a.WhenTrue));
                    In("WhenFalse", () => Value(e.WhenFalse, a.WhenFalse));
                    break;
                case (MissingValueSyntax, MissingValueSyntax):
                    break;
                default:
                    Fail($"unknown value {expected.GetType().Name}");
                    break;
            }
        }
    }
}
