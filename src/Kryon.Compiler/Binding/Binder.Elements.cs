using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>Deepest element nesting KRB can carry (wide mode, KRB issue #3).</summary>
    public const int MaxElementDepth = 255;

    private bool _reportedDepth;

    /// <summary>KRY.md §3: exactly one root; a non-App root is wrapped in an implicit App (with a warning).</summary>
    private BoundElement? BindRoot()
    {
        if (_rootSyntax.Count == 0)
        {
            var main = _files[0];
            _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingAppElement, At(main, new TextSpan(0, 0)),
                    "This file has no root element, so it can only be included by another file")
                .WithSeverity(DiagnosticSeverity.Warning) with { Suggestions = ["add an App { … } to make it an app"] });
            return null;
        }
        foreach (var (extra, file) in _rootSyntax.Skip(1))
            Report(DiagnosticCodes.MultipleAppElements, file, extra.Name.Span, $"A second root element '{extra.Name.Text}': a file has exactly one root",
                "put all elements inside the one App");

        var (rootSyntax, rootFile) = _rootSyntax[0];
        var root = BindElement(rootSyntax, rootFile, GlobalScope, 1, isRoot: true);
        if (root is null) return null;
        if (root.Type.Kind != ElementKind.App)
        {
            Warn(DiagnosticCodes.MissingAppElement, rootFile, rootSyntax.Name.Span, $"The root element is {rootSyntax.Name.Text}, not App; it is wrapped in an App with default window settings",
                "write App { … } around it to set the window's title and size");
            var app = new BoundElement { Type = ElementRegistry.Get(ElementKind.App), IsImplicit = true, Location = root.Location };
            app.Children.Add(root);
            root = app;
        }
        return root;
    }

    private BoundElement? BindElement(ElementSyntax syntax, SourceFile file, ValueScope scope, int depth, bool isRoot = false)
    {
        if (depth > MaxElementDepth)
        {
            // The parser stops at its own nesting limit and says so; one report of the same problem is enough.
            if (_reportedDepth || _diagnostics.Items.Any(d => d.Descriptor == DiagnosticCodes.ElementTreeTooDeep)) return null;
            _reportedDepth = true;
            Report(DiagnosticCodes.ElementTreeTooDeep, file, syntax.Name.Span, $"Elements are nested more than {MaxElementDepth} levels deep", "flatten the structure, or move parts into components");
            return null;
        }

        var name = syntax.Name.Text;
        BoundComponent? component = null;
        if (!ElementRegistry.TryGet(name, out var type))
        {
            if (_components.TryGetValue(name, out var entry))
            {
                component = entry.Component;
                type = ComponentRootType(name);
            }
            if (type is null)
            {
                if (component is null) ReportUnknownElement(syntax.Name, file);
                return null;
            }
        }
        if (type.Kind == ElementKind.App && !isRoot)
        {
            Report(DiagnosticCodes.MultipleAppElements, file, syntax.Name.Span, "App can only be the root element", "use a Container here");
            return null;
        }

        var element = new BoundElement { Type = type, Component = component, Location = At(file, syntax.Name.Span) };
        var stateSets = RentList(_stateSetLists);
        var seen = RentList(_seenLists);

        for (int i = 0; i < syntax.Items.Count; i++) BindBodyItem(syntax.Items[i], element, file, scope, depth, stateSets, seen);
        if (syntax.ChildBlock is not null)
        {
            foreach (var item in syntax.ChildBlock)
            {
                if (item is PropertySyntax p)
                    Warn(DiagnosticCodes.NonCanonicalSyntax, file, p.Name.Span, $"Property '{p.Name.Text}' is in the children block of {name}", "move it into the first block");
                BindBodyItem(item, element, file, scope, depth, stateSets, seen);
            }
        }

        // Checked once the element's last word on each handler is known (a later assignment replaces an earlier one).
        foreach (var ev in element.Events) CheckHandler(ev);

        // The style's layout applies when the element has none of its own (KRB.md §5.3).
        if (!element.HasOwnLayout && element.Style is not null)
            foreach (var p in element.Style.Properties)
                if (p.Value is LayoutValue styleLayout) element.Layout = styleLayout.Flags;

        // Element state sets = style's sets merged with the element's own; own properties win (KRY.md §9).
        if (stateSets.Count > 0 || element.Style is { StateSets.Count: > 0 })
        {
            var merged = new List<(InteractionState States, List<BoundProperty> Properties)>();
            if (element.Style is not null)
                foreach (var set in element.Style.StateSets) MergeStateSets(merged, set.States, set.Properties);
            foreach (var (states, props) in stateSets) MergeStateSets(merged, states, props);
            foreach (var (states, props) in merged)
                if (props.Count > 0) element.StateSets.Add(new BoundStateSet(states, props));
        }
        ReturnList(_stateSetLists, stateSets);
        ReturnList(_seenLists, seen);

        if (component is not null) CheckRequiredProperties(element, component, file, syntax.Name.Span);
        return element;
    }

    private void ReportUnknownElement(NameSyntax name, SourceFile file)
    {
        var candidates = ElementRegistry.Names.Concat(_components.Keys);
        var close = SpellingSuggestions.Closest(name.Text, candidates);
        bool looksLikeComponent = char.IsAsciiLetterUpper(name.Text[0]);
        Report(DiagnosticCodes.InvalidElementType, file, name.Span,
            $"Unknown element type '{name.Text}'",
            close is not null ? $"did you mean `{close}`?" : looksLikeComponent ? $"define it with Define {name.Text} {{ … }}" : "element names start with a capital letter, e.g. Container");
    }

    private void BindBodyItem(BodyItemSyntax item, BoundElement element, SourceFile file, ValueScope scope, int depth,
        List<(InteractionState States, List<BoundProperty> Properties)> stateSets, List<(string Key, TextSpan Span)> seen)
    {
        switch (item)
        {
            case PropertySyntax p:
                BindElementProperty(p, element, file, scope, seen);
                break;
            case PseudoBlockSyntax pseudo:
                if (BindStates(pseudo, file) is not { } states) break;
                var props = new List<BoundProperty>();
                foreach (var sp in pseudo.Properties)
                    if (BindProperty(sp, file, element.Type, PropertyContext.State, scope) is { } bound)
                    {
                        if (!bound.Property.AppliesToElement(element.Type.Bit))
                            Report(DiagnosticCodes.InvalidPropertyName, file, sp.Name.Span, $"Property '{bound.Name}' is not valid for {element.Type.Name}");
                        else SetProperty(props, bound);
                    }
                MergeStateSets(stateSets, states, props);
                break;
            case ChildElementSyntax child:
                if (!element.Type.AcceptsChildren && element.Component is null)
                {
                    Report(DiagnosticCodes.UnexpectedToken, file, child.Element.Name.Span, $"{element.Type.Name} elements cannot contain child elements",
                        $"put the {child.Element.Name.Text} next to the {element.Type.Name}, inside a Container");
                    break;
                }
                if (BindElement(child.Element, file, scope, depth + 1) is { } boundChild) element.Children.Add(boundChild);
                break;
            case InlineStyleSyntax inline:
                // Defined globally in the include pass; here it is applied to the element.
                element.Style = _styles.GetValueOrDefault(inline.Style.Name.Text);
                break;
        }
    }

    private void BindElementProperty(PropertySyntax p, BoundElement element, SourceFile file, ValueScope scope, List<(string Key, TextSpan Span)> seen)
    {
        // A component usage: its declared properties come first (so `title` means the component's
        // title, not the alias of window_title); id and style are always standard.
        if (element.Component?.FindDefinition(p.Name.Text) is { } definition)
        {
            NoteSeen(p.Name.Text, p.Name.Span);
            if (ConvertComponentValue(definition, p.Value, file, scope, out var argBinding) is { } argValue)
            {
                for (int i = element.ComponentArguments.Count - 1; i >= 0; i--)
                    if (element.ComponentArguments[i].Definition == definition) element.ComponentArguments.RemoveAt(i);
                element.ComponentArguments.Add(new BoundComponentArgument(definition, argValue, At(file, p.Value.Span), argBinding));
            }
            return;
        }

        // An unknown name at a component usage is most likely a misspelt declared property.
        if (element.Component is { } usedComponent && !PropertyRegistry.TryResolve(p.Name.Text, out _, out _))
        {
            var declared = usedComponent.Definitions.Select(d => d.Name).ToArray();
            var candidates = declared.Concat(PropertyRegistry.All.Where(x => x.AppliesToElement(element.Type.Bit)).SelectMany(x => x.Aliases.Prepend(x.Name)));
            var close = SpellingSuggestions.Closest(p.Name.Text, candidates);
            Report(DiagnosticCodes.InvalidPropertyName, file, p.Name.Span, $"Unknown property '{p.Name.Text}' for component {usedComponent.Name}",
                close is not null ? $"did you mean `{close}`?" : declared.Length > 0 ? $"{usedComponent.Name} declares: {string.Join(", ", declared)}" : $"declare it in {usedComponent.Name}'s Properties block");
            return;
        }

        var info = ResolvePropertyName(p.Name, file, element.Type, PropertyContext.Element);
        if (info is null) return;
        NoteSeen(info.Name, p.Name.Span);
        var bound = BindValue(info, p.Value, file, PropertyContext.Element, scope);
        if (bound is null) return;

        switch (bound.Value)
        {
            case CallbackValue callback:
                for (int i = element.Events.Count - 1; i >= 0; i--)
                    if (element.Events[i].Event == info) element.Events.RemoveAt(i);
                if (callback.FunctionName.Length == 0 && bound.Binding is null)
                    Warn(DiagnosticCodes.InvalidPropertyValue, file, p.Value.Span, $"Empty handler for '{info.Name}' is ignored");
                else element.Events.Add(new BoundEvent(info, callback.FunctionName, bound.Location, bound.Binding));
                return;
            case StyleRefValue styleRef when info.Name == "style":
                element.Style = LookupStyle(styleRef.StyleName, file, p.Value.Span);
                return;
            case StringValue id when info.Name == "id":
                element.Id = id.Value;
                NoteId(element, scope);
                return;
            case LayoutValue layout:
                element.Layout = layout.Flags;
                element.HasOwnLayout = true;
                return;
        }
        SetProperty(element.Properties, bound);

        void NoteSeen(string key, TextSpan span)
        {
            foreach (var (seenKey, first) in seen)
            {
                if (seenKey != key) continue;
                _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateDefinition, At(file, span), $"Property '{key}' is set twice; the last value wins")
                    .WithSeverity(DiagnosticSeverity.Warning).WithNote("first set here", At(file, first)));
                break;
            }
            seen.Add((key, span));
        }
    }

    /// <summary>Properties declared without a default must be given at each usage (1208, a warning: the runtime default is used).</summary>
    private void CheckRequiredProperties(BoundElement element, BoundComponent component, SourceFile file, TextSpan span)
    {
        foreach (var def in component.Definitions)
        {
            if (def.IsRequired && element.ComponentArguments.All(a => a.Definition != def))
                Warn(DiagnosticCodes.MissingRequiredProperty, file, span, $"{component.Name} needs property '{def.Name}' (it has no default)",
                    $"write {def.Name}: … in this {component.Name}, or give it a default in the Define");
        }
    }

    /// <summary>Ids in the main tree (templates are instantiated many times, so their ids repeat by design).</summary>
    private readonly Dictionary<string, BoundElement> _ids = new(StringComparer.Ordinal);

    private void NoteId(BoundElement element, ValueScope scope)
    {
        if (scope.Component is not null || element.Id is null) return;
        if (_ids.TryGetValue(element.Id, out var first))
            _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateDefinition, element.Location, $"Id \"{element.Id}\" is used by more than one element; getElementById finds the first")
                .WithSeverity(DiagnosticSeverity.Warning).WithNote("first used here", first.Location));
        else _ids[element.Id] = element;
    }

    /// <summary>Event handlers should name a function some script defines (1405 warning: external scripts may still define it at run time).</summary>
    private void CheckHandler(BoundEvent ev)
    {
        if (ev.FunctionName.Length == 0 || _scriptFunctions.Contains(ev.FunctionName)) return;
        var close = SpellingSuggestions.Closest(ev.FunctionName, _scriptFunctions);
        _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingScriptFunction, ev.Location,
            $"Handler '{ev.FunctionName}' for {ev.Event.Name} is not defined in any script",
            close is not null ? $"did you mean `{close}`?" : $"define function {ev.FunctionName} in a @script"));
    }

    // Per-element scratch lists, reused across elements (binding recurses, so each depth takes its own).
    private readonly Stack<List<(InteractionState States, List<BoundProperty> Properties)>> _stateSetLists = new();
    private readonly Stack<List<(string Key, TextSpan Span)>> _seenLists = new();

    private static List<T> RentList<T>(Stack<List<T>> pool) => pool.Count > 0 ? pool.Pop() : [];

    private static void ReturnList<T>(Stack<List<T>> pool, List<T> list)
    {
        list.Clear();
        pool.Push(list);
    }
}
