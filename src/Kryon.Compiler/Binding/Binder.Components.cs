using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    private readonly Dictionary<string, (BoundComponent Component, DefineSyntax Syntax, SourceFile File)> _components = new(StringComparer.Ordinal);

    private static readonly string[] ComponentTypeNames = ["String", "Int", "Float", "Bool", "Color", "StyleID", "Resource", "Enum"];

    /// <summary>
    /// KRY.md §10: component definitions — property definitions with type hints and defaults,
    /// exactly one template root, no recursion — then each template bound with its properties in scope.
    /// </summary>
    private List<BoundComponent> BindComponents()
    {
        var result = new List<BoundComponent>();
        foreach (var (syntax, file) in _defineSyntax)
        {
            var name = syntax.Name.Text;
            if (ElementRegistry.TryGet(name, out _))
            {
                Report(DiagnosticCodes.DuplicatePropertyDefinition, file, syntax.Name.Span, $"Component name '{name}' is a built-in element", "choose another name");
                continue;
            }
            if (_components.TryGetValue(name, out var existing))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicatePropertyDefinition, At(file, syntax.Name.Span), $"Component '{name}' is defined twice", "rename one of them")
                    .WithNote("the first definition", existing.Component.Location));
                continue;
            }
            if (!char.IsAsciiLetterUpper(name[0]))
                Warn(DiagnosticCodes.NonCanonicalSyntax, file, syntax.Name.Span, $"Component name '{name}' should start with a capital letter", $"write {char.ToUpperInvariant(name[0])}{name[1..]}");
            var component = new BoundComponent { Name = name, Definitions = BindPropertyDefinitions(syntax, file), Location = At(file, syntax.Name.Span) };
            _components[name] = (component, syntax, file);
            result.Add(component);
        }

        foreach (var (component, syntax, file) in _components.Values)
        {
            if (syntax.Roots.Count != 1)
            {
                Report(DiagnosticCodes.InvalidComponentRoot, file, syntax.Name.Span,
                    syntax.Roots.Count == 0 ? $"Component '{component.Name}' has no root element" : $"Component '{component.Name}' has {syntax.Roots.Count} root elements; it must have exactly one",
                    syntax.Roots.Count == 0 ? "add one element, e.g. Container { … }" : "wrap them in one Container");
            }
        }
        if (!ReportComponentCycles())
        {
            foreach (var (component, syntax, file) in _components.Values)
                if (syntax.Roots.Count == 1) component.Template = BindElement(syntax.Roots[0], file, new ValueScope(component), 1);
        }
        return result;
    }

    private List<BoundPropertyDefinition> BindPropertyDefinitions(DefineSyntax syntax, SourceFile file)
    {
        var definitions = new List<BoundPropertyDefinition>();
        if (syntax.Properties is null) return definitions;
        foreach (var def in syntax.Properties.Definitions)
        {
            if (definitions.Any(d => d.Name == def.Name.Text))
            {
                Report(DiagnosticCodes.DuplicatePropertyDefinition, file, def.Name.Span, $"Property '{def.Name.Text}' is defined twice in component '{syntax.Name.Text}'");
                continue;
            }
            if (def.Name.Text is "id" or "style")
            {
                Report(DiagnosticCodes.DuplicatePropertyDefinition, file, def.Name.Span, $"'{def.Name.Text}' is a standard property and cannot be redefined by a component", "choose another name");
                continue;
            }
            ComponentPropertyType? type = def.Type.Name.Text switch
            {
                "String" => ComponentPropertyType.String,
                "Int" => ComponentPropertyType.Int,
                "Float" or "Number" => ComponentPropertyType.Float,
                "Bool" => ComponentPropertyType.Bool,
                "Color" => ComponentPropertyType.Color,
                "StyleID" => ComponentPropertyType.StyleId,
                "Resource" => ComponentPropertyType.Resource,
                "Enum" => ComponentPropertyType.Enum,
                _ => null,
            };
            if (type is null)
            {
                var close = SpellingSuggestions.Closest(def.Type.Name.Text, ComponentTypeNames);
                Report(DiagnosticCodes.InvalidPropertyType, file, def.Type.Name.Span, $"Unknown property type '{def.Type.Name.Text}'",
                    close is null ? "types are String, Int, Float, Bool, Color, StyleID, Resource and Enum(a, b, …)" : $"did you mean `{close}`?");
                continue;
            }
            var members = new List<string>();
            if (type == ComponentPropertyType.Enum)
            {
                if (def.Type.EnumMembers is null || def.Type.EnumMembers.Count == 0)
                {
                    Report(DiagnosticCodes.InvalidEnumDefinition, file, def.Type.Span, $"Enum property '{def.Name.Text}' lists no values", "write Enum(first, second, …)");
                    continue;
                }
                bool valid = true;
                foreach (var m in def.Type.EnumMembers)
                {
                    if (members.Contains(m.Text))
                    {
                        Report(DiagnosticCodes.InvalidEnumDefinition, file, m.Span, $"Enum value '{m.Text}' is listed twice");
                        valid = false;
                    }
                    else if (m.Text.Length == 0)
                    {
                        Report(DiagnosticCodes.InvalidEnumDefinition, file, m.Span, "Enum values cannot be empty");
                        valid = false;
                    }
                    else members.Add(m.Text);
                }
                if (!valid) continue;
            }
            else if (def.Type.EnumMembers is not null)
            {
                Report(DiagnosticCodes.InvalidPropertyType, file, def.Type.Span, $"Only Enum takes a list of values, not {def.Type.Name.Text}");
                continue;
            }
            var partial = new BoundPropertyDefinition(def.Name.Text, type.Value, members, null, At(file, def.Name.Span));
            PropertyValue? defaultValue = null;
            if (def.Default is { } d)
            {
                defaultValue = ConvertComponentValue(partial, d, file, GlobalScope, out _);
                if (defaultValue is null) continue;
            }
            definitions.Add(partial with { Default = defaultValue });
        }
        return definitions;
    }

    /// <summary>A registry-shaped description of a component property, so its values go through the same converter as every other property.</summary>
    private static PropertyInfo DescribeAsProperty(BoundPropertyDefinition definition) => new()
    {
        Name = definition.Name,
        Group = PropertyGroup.Element,
        Kind = definition.Type switch
        {
            ComponentPropertyType.String => ValueKind.String,
            ComponentPropertyType.Int => ValueKind.Int,
            ComponentPropertyType.Float => ValueKind.Float,
            ComponentPropertyType.Bool => ValueKind.Bool,
            ComponentPropertyType.Color => ValueKind.Color,
            ComponentPropertyType.StyleId => ValueKind.StyleId,
            ComponentPropertyType.Resource => ValueKind.Resource,
            _ => ValueKind.Enum,
        },
        EnumMembers = definition.EnumMembers.Select((m, i) => new EnumMember(m, (byte)i)).ToArray(),
    };

    private PropertyValue? ConvertComponentValue(BoundPropertyDefinition definition, ValueSyntax value, SourceFile file, ValueScope scope, out string? binding)
    {
        var literal = EvaluateInScope(value, file, scope, out binding);
        if (literal is null) return null;
        var result = PropertyValueConverter.Convert(DescribeAsProperty(definition), literal);
        if (!result.Succeeded)
        {
            // A value outside an Enum(...) list is the component-specific 1305.
            var descriptor = definition.Type == ComponentPropertyType.Enum && result.Error == DiagnosticCodes.InvalidPropertyValue ? DiagnosticCodes.InvalidEnumDefinition : result.Error!;
            Report(descriptor, file, value.Span, result.Message!, result.Suggestions);
            return null;
        }
        if (result.Value is StyleRefValue styleRef && LookupStyle(styleRef.StyleName, file, value.Span) is null) return null;
        if (!CheckStringSize(result.Value!, file, value.Span)) return null;
        return result.Value;
    }

    /// <summary>Component recursion (A uses A, directly or through B) → 1202 with the path. Returns true when a cycle was found.</summary>
    private bool ReportComponentCycles()
    {
        var uses = new Dictionary<string, List<(string Name, TextSpan Span)>>();
        foreach (var (component, syntax, _) in _components.Values)
        {
            var list = new List<(string, TextSpan)>();
            var stack = new Stack<ElementSyntax>(syntax.Roots);
            while (stack.Count > 0)
            {
                var e = stack.Pop();
                if (_components.ContainsKey(e.Name.Text)) list.Add((e.Name.Text, e.Name.Span));
                foreach (var item in e.AllItems)
                    if (item is ChildElementSyntax child) stack.Push(child.Element);
            }
            uses[component.Name] = list;
        }
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        bool found = false;
        void Visit(string name)
        {
            state[name] = 1;
            path.Add(name);
            foreach (var (used, span) in uses[name])
            {
                if (state.GetValueOrDefault(used) == 1)
                {
                    var cycle = string.Join(" -> ", path.Skip(path.IndexOf(used)).Append(used));
                    var file = _components[name].File;
                    Report(DiagnosticCodes.CircularDependency, file, span, $"Component '{used}' contains itself: {cycle}", "a component cannot use itself, directly or through another component");
                    found = true;
                }
                else if (state.GetValueOrDefault(used) == 0) Visit(used);
            }
            path.RemoveAt(path.Count - 1);
            state[name] = 2;
        }
        foreach (var name in uses.Keys)
            if (state.GetValueOrDefault(name) == 0) Visit(name);
        return found;
    }

    /// <summary>The built-in type a component's instances have: its template root's type, followed through components used as roots.</summary>
    private ElementInfo? ComponentRootType(string componentName)
    {
        var seen = new HashSet<string>();
        var name = componentName;
        while (_components.TryGetValue(name, out var entry) && seen.Add(name))
        {
            if (entry.Syntax.Roots.Count == 0) return null;
            name = entry.Syntax.Roots[0].Name.Text;
            if (ElementRegistry.TryGet(name, out var info)) return info;
        }
        return null;
    }
}
