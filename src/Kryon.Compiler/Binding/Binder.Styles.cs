using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    private sealed class StyleSlot(StyleSyntax syntax, SourceFile file)
    {
        public StyleSyntax Syntax { get; } = syntax;
        public SourceFile File { get; } = file;
        public string Name => Syntax.Name.Text;
        public ResolveState State { get; set; }
        public List<(string Name, TextSpan Span)> Extends { get; } = [];
        public List<BoundProperty> OwnProperties { get; } = [];
        public List<(InteractionState States, List<BoundProperty> Properties)> OwnStates { get; } = [];
        public List<BoundProperty> Properties { get; } = [];
        public List<(InteractionState States, List<BoundProperty> Properties)> States { get; } = [];
    }

    private readonly Dictionary<string, StyleSlot> _styleSlots = new(StringComparer.Ordinal);
    private readonly List<string> _styleChain = [];
    private readonly Dictionary<string, BoundStyle> _styles = new(StringComparer.Ordinal);

    /// <summary>
    /// KRY.md §8: collect styles (a later definition of a name wins, with a warning), bind each
    /// one's own properties, then flatten `extends` chains: bases in listed order, then the
    /// style's own properties; pseudo-state sets inherit the same way. Ids are 1-based in
    /// definition order.
    /// </summary>
    private List<BoundStyle> BindStyles()
    {
        var order = new List<string>();
        foreach (var (syntax, file) in _styleSyntax)
        {
            var name = syntax.Name.Text;
            if (name.Length == 0)
            {
                Report(DiagnosticCodes.UnexpectedToken, file, syntax.Name.Span, "A style needs a name", "write style \"name\" { … }");
                continue;
            }
            if (_styleSlots.TryGetValue(name, out var previous))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateDefinition, At(file, syntax.Name.Span), $"Style \"{name}\" is defined again; this later definition wins")
                    .WithSeverity(DiagnosticSeverity.Warning).WithNote("the earlier definition", At(previous.File, previous.Syntax.Name.Span)));
            }
            else order.Add(name);
            _styleSlots[name] = new StyleSlot(syntax, file);
        }
        foreach (var slot in _styleSlots.Values) BindOwnStyleItems(slot);
        foreach (var name in order) ResolveStyle(_styleSlots[name]);

        var result = new List<BoundStyle>();
        foreach (var name in order)
        {
            var slot = _styleSlots[name];
            var style = new BoundStyle(result.Count + 1, name, slot.Extends.Select(e => e.Name).ToArray(), slot.Properties,
                slot.States.Where(s => s.Properties.Count > 0).Select(s => new BoundStateSet(s.States, s.Properties)).ToArray(),
                At(slot.File, slot.Syntax.Span));
            result.Add(style);
            _styles[name] = style;
        }
        return result;
    }

    private void BindOwnStyleItems(StyleSlot slot)
    {
        bool seenExtends = false;
        foreach (var item in slot.Syntax.Items)
        {
            switch (item)
            {
                case PropertySyntax { Name.Text: "extends" } ext:
                    if (seenExtends) Warn(DiagnosticCodes.DuplicateDefinition, slot.File, ext.Name.Span, "'extends' is given twice; the bases are combined");
                    seenExtends = true;
                    BindExtends(slot, ext);
                    break;
                case PropertySyntax p:
                    if (BindProperty(p, slot.File, null, PropertyContext.Style, GlobalScope) is { } bound) SetProperty(slot.OwnProperties, bound);
                    break;
                case PseudoBlockSyntax pseudo:
                    if (BindStates(pseudo, slot.File) is not { } states) break;
                    var props = new List<BoundProperty>();
                    foreach (var sp in pseudo.Properties)
                        if (BindProperty(sp, slot.File, null, PropertyContext.State, GlobalScope) is { } stateProperty) SetProperty(props, stateProperty);
                    MergeStateSets(slot.OwnStates, states, props);
                    break;
            }
        }
    }

    private void BindExtends(StyleSlot slot, PropertySyntax ext)
    {
        var literal = _globalEvaluator.Evaluate(ext.Value, slot.File);
        if (literal is null) return;
        var names = literal switch
        {
            StringLiteral s when s.Value.Length > 0 => [(s.Value, ext.Value.Span)],
            WordLiteral w => [(w.Word, ext.Value.Span)],
            ListLiteral list when list.Items.Count > 0 && list.Items.All(i => PropertyValueConverter.TextOf(i) is { Length: > 0 }) =>
                list.Items.Select((i, n) => (PropertyValueConverter.TextOf(i)!, ext.Value is ArraySyntax a && n < a.Items.Count ? a.Items[n].Span : ext.Value.Span)).ToList(),
            _ => null as List<(string, TextSpan)>,
        };
        if (names is null)
        {
            Report(DiagnosticCodes.TypeMismatch, slot.File, ext.Value.Span, $"Invalid value for 'extends': expected a style name or a list of style names, got '{literal.Describe()}'",
                "write extends: \"base\" or extends: [\"a\", \"b\"]");
            return;
        }
        slot.Extends.AddRange(names);
    }

    private void ResolveStyle(StyleSlot slot)
    {
        if (slot.State is ResolveState.Resolved or ResolveState.Failed) return;
        if (slot.State == ResolveState.Resolving)
        {
            int from = _styleChain.IndexOf(slot.Name);
            var cycle = string.Join(" -> ", _styleChain.Skip(from).Append(slot.Name).Select(n => $"\"{n}\""));
            Report(DiagnosticCodes.InvalidStyleInheritance, slot.File, slot.Syntax.Name.Span, $"Circular style inheritance: {cycle}", "remove one of the extends in the cycle");
            foreach (var member in _styleChain.Skip(from)) _styleSlots[member].State = ResolveState.Failed;
            return;
        }
        slot.State = ResolveState.Resolving;
        _styleChain.Add(slot.Name);
        foreach (var (baseName, span) in slot.Extends)
        {
            if (!_styleSlots.TryGetValue(baseName, out var baseSlot))
            {
                var close = SpellingSuggestions.Closest(baseName, _styleSlots.Keys);
                Report(DiagnosticCodes.UndefinedStyle, slot.File, span, $"Style \"{slot.Name}\" extends \"{baseName}\", which is not defined",
                    close is null ? $"define style \"{baseName}\" {{ … }}" : $"did you mean \"{close}\"?");
                continue;
            }
            ResolveStyle(baseSlot);
            // A style listed among its own bases is a cycle (reported just now); merging its list into itself would modify it while reading it.
            if (ReferenceEquals(baseSlot, slot)) continue;
            foreach (var p in baseSlot.Properties) SetProperty(slot.Properties, p);
            foreach (var (states, props) in baseSlot.States) MergeStateSets(slot.States, states, props);
        }
        _styleChain.RemoveAt(_styleChain.Count - 1);
        foreach (var p in slot.OwnProperties) SetProperty(slot.Properties, p);
        foreach (var (states, props) in slot.OwnStates) MergeStateSets(slot.States, states, props);
        if (slot.State == ResolveState.Resolving) slot.State = ResolveState.Resolved;
    }

    private BoundStyle? LookupStyle(string name, SourceFile file, TextSpan span)
    {
        if (_styles.TryGetValue(name, out var style)) return style;
        var close = SpellingSuggestions.Closest(name, _styles.Keys);
        Report(DiagnosticCodes.UndefinedStyle, file, span, $"Style \"{name}\" is not defined",
            close is null ? $"define it with style \"{name}\" {{ … }}" : $"did you mean \"{close}\"?");
        return null;
    }
}
