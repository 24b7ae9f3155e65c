using System.Text;
using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>Where a property is written; each place has its own rules (KRY.md §5.8, §8.3, §9).</summary>
    private enum PropertyContext { Element, Style, State }

    /// <summary>How `$name` resolves where a value is bound: globally, or inside a component template where its properties come first.</summary>
    private sealed class ValueScope(BoundComponent? component)
    {
        public BoundComponent? Component { get; } = component;
    }

    private static readonly ValueScope GlobalScope = new(null);

    /// <summary>Longest string KRB can store (1-byte length prefix, KRB.md §4).</summary>
    public const int MaxStringBytes = 255;

    /// <summary>
    /// Resolves a property's name (aliases, camelCase), checks where it may be used, evaluates its
    /// value and checks it against the registry. Returns null after reporting when anything is wrong.
    /// </summary>
    private BoundProperty? BindProperty(PropertySyntax syntax, SourceFile file, ElementInfo? element, PropertyContext context, ValueScope scope)
    {
        var info = ResolvePropertyName(syntax.Name, file, element, context);
        if (info is null) return null;
        return BindValue(info, syntax.Value, file, context, scope);
    }

    private PropertyInfo? ResolvePropertyName(NameSyntax name, SourceFile file, ElementInfo? element, PropertyContext context)
    {
        if (!PropertyRegistry.TryResolve(name.Text, out var info, out var match))
        {
            var candidates = PropertyRegistry.All.Where(p => element is null || p.AppliesToElement(element.Bit))
                .SelectMany(p => p.Aliases.Prepend(p.Name));
            var close = SpellingSuggestions.Closest(name.Text, candidates);
            string where = element is null ? (context == PropertyContext.Style ? "in a style" : "") : $"for {element.Name}";
            Report(DiagnosticCodes.InvalidPropertyName, file, name.Span, $"Unknown property '{name.Text}' {where}".TrimEnd(),
                close is null ? "see the property reference for what this element accepts" : $"did you mean `{close}`?");
            return null;
        }
        if (match == NameMatch.CamelCase)
            Warn(DiagnosticCodes.NonCanonicalSyntax, file, name.Span, $"'{name.Text}' is the camelCase spelling of '{info.Name}'", $"write `{info.Name}`");

        if (context == PropertyContext.Element && element is not null && !info.AppliesToElement(element.Bit))
        {
            var accepted = ElementRegistry.All.Where(e => info.AppliesToElement(e.Bit)).Select(e => e.Name).ToArray();
            Report(DiagnosticCodes.InvalidPropertyName, file, name.Span, $"Property '{info.Name}' is not valid for {element.Name}",
                accepted.Length <= 6 ? $"'{info.Name}' applies to: {string.Join(", ", accepted)}" : $"'{info.Name}' does not apply to {element.Name}");
            return null;
        }
        if (context is PropertyContext.Style or PropertyContext.State)
        {
            string place = context == PropertyContext.Style ? "a style" : "a &:state block";
            if (info.IsEvent)
            {
                Report(DiagnosticCodes.InvalidPropertyValue, file, name.Span, $"Event handler '{info.Name}' cannot be set in {place}", "set event handlers on the element itself");
                return null;
            }
            if (info.InStyle == StyleUse.Forbidden)
            {
                Report(DiagnosticCodes.InvalidPropertyValue, file, name.Span, $"Property '{info.Name}' cannot be set in {place}", "set it on the element itself");
                return null;
            }
            if (info.InStyle == StyleUse.Discouraged)
                Warn(DiagnosticCodes.InvalidPropertyValue, file, name.Span, $"Property '{info.Name}' in {place} is unusual; element content belongs on the element");
        }
        return info;
    }

    /// <summary>
    /// Evaluates a value where it is written: inside a component template `$name` means the
    /// component's property first (its default stands in for the instance value), else a global
    /// variable. <paramref name="binding"/> is the value's KRY text when it depends on either, so
    /// the runtime can re-evaluate it.
    /// </summary>
    private Literal? EvaluateInScope(ValueSyntax value, SourceFile file, ValueScope scope, out string? binding)
    {
        _evaluationScope = scope;
        _usedComponentProperty = false;
        var literal = _scopedEvaluator.Evaluate(value, file);
        binding = _scopedEvaluator.UsedVariables || _usedComponentProperty ? file.Text.Substring(value.Span.Start, value.Span.Length) : null;
        return literal;
    }

    // One evaluator serves every property value; these fields tell its resolver where it is.
    private ValueScope _evaluationScope = GlobalScope;
    private bool _usedComponentProperty;

    private Literal? LookupInScope(string name, SourceSpan where)
    {
        if (_evaluationScope.Component?.FindDefinition(name) is { } def)
        {
            _usedComponentProperty = true;
            return ToLiteral(def.EffectiveDefault);
        }
        return LookupGlobalVariable(name, where);
    }

    private BoundProperty? BindValue(PropertyInfo info, ValueSyntax value, SourceFile file, PropertyContext context, ValueScope scope)
    {
        var literal = EvaluateInScope(value, file, scope, out var binding);
        if (literal is null) return null;

        var result = PropertyValueConverter.Convert(info, literal);
        if (!result.Succeeded)
        {
            Report(result.Error!, file, value.Span, result.Message!, result.Suggestions);
            return null;
        }
        // An empty handler is reported by BindElementProperty, which knows whether it is bound to a
        // variable or component property (then the instance supplies the name and nothing is wrong).
        if (result.Value is not CallbackValue)
            foreach (var warning in result.Warnings) Warn(DiagnosticCodes.InvalidPropertyValue, file, value.Span, warning);
        if (!CheckStringSize(result.Value!, file, value.Span)) return null;

        // Styles are compile-time constants (KRY.md §7.7); elements keep the expression so the runtime can re-evaluate it.
        return new BoundProperty(info, result.Value!, At(file, value.Span), context == PropertyContext.Style ? null : binding);
    }

    private bool CheckStringSize(PropertyValue value, SourceFile file, TextSpan span)
    {
        string? text = value switch
        {
            StringValue s => s.Value,
            ResourceValue r => r.Path,
            CallbackValue c => c.FunctionName,
            StyleRefValue st => st.StyleName,
            _ => null,
        };
        if (text is null) return true;
        int bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes <= MaxStringBytes) return true;
        Report(DiagnosticCodes.PropertySizeOverflow, file, span, $"String is {bytes} bytes long; KRB stores at most {MaxStringBytes} bytes per string", "shorten the text, or load it from a script");
        return false;
    }

    /// <summary>A typed value turned back into the literal it would substitute as (for `$prop` in templates).</summary>
    internal static Literal ToLiteral(PropertyValue value) => value switch
    {
        StringValue s => new StringLiteral(s.Value),
        IntValue i => new NumberLiteral(i.Value, true),
        FloatValue f => new NumberLiteral(f.Value, false),
        BoolValue b => new BoolLiteral(b.Value),
        ColorValue c => new ColorLiteral(c.Value),
        EnumValue e => new WordLiteral(e.Member),
        StyleRefValue st => new StringLiteral(st.StyleName),
        ResourceValue r => new StringLiteral(r.Path),
        CallbackValue cb => new StringLiteral(cb.FunctionName),
        LengthValue l => l.Value.Unit switch
        {
            LengthUnit.Px => new NumberLiteral(l.Value.Value, l.Value.Value == Math.Floor(l.Value.Value)),
            LengthUnit.Percent => new NumberLiteral(l.Value.Value, l.Value.Value == Math.Floor(l.Value.Value), "%"),
            _ => new WordLiteral(l.Value.ToString()),
        },
        _ => new StringLiteral(value.ToKry()),
    };

    /// <summary>`&amp;:hover:disabled` → Hover | Disabled; unknown names are reported (1101).</summary>
    private InteractionState? BindStates(PseudoBlockSyntax block, SourceFile file)
    {
        var states = InteractionState.None;
        bool ok = true;
        foreach (var name in block.States)
        {
            InteractionState? bit = name.Text switch
            {
                "hover" => InteractionState.Hover,
                "active" => InteractionState.Active,
                "focus" => InteractionState.Focus,
                "disabled" => InteractionState.Disabled,
                "checked" => InteractionState.Checked,
                _ => null,
            };
            if (bit is null)
            {
                var close = SpellingSuggestions.Closest(name.Text, TokenFacts.PseudoStates);
                Report(DiagnosticCodes.UnexpectedToken, file, name.Span, $"Invalid pseudo-selector ':{name.Text}'",
                    close is null ? "states are hover, active, focus, disabled and checked" : $"did you mean `&:{close}`?");
                ok = false;
                continue;
            }
            states |= bit.Value;
        }
        return ok ? states : null;
    }

    /// <summary>Adds or replaces a property in an ordered list (the later assignment wins).</summary>
    private static void SetProperty(List<BoundProperty> list, BoundProperty property)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Property != property.Property) continue;
            list[i] = property;
            return;
        }
        list.Add(property);
    }

    /// <summary>Merges state sets: the same state combination merges property by property, new combinations are appended in order.</summary>
    private static void MergeStateSets(List<(InteractionState States, List<BoundProperty> Properties)> into, InteractionState states, IEnumerable<BoundProperty> properties)
    {
        int at = into.FindIndex(s => s.States == states);
        if (at < 0)
        {
            into.Add((states, []));
            at = into.Count - 1;
        }
        foreach (var p in properties) SetProperty(into[at].Properties, p);
    }
}
