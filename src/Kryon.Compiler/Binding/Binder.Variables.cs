using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;
using Kryon.Values;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    private enum ResolveState { Unresolved, Resolving, Resolved, Failed }

    private sealed class VariableSlot(VariableSyntax syntax, SourceFile file)
    {
        public VariableSyntax Syntax { get; } = syntax;
        public SourceFile File { get; } = file;
        public ResolveState State { get; set; }
        public Literal? Value { get; set; }
    }

    private readonly Dictionary<string, VariableSlot> _variables = new(StringComparer.Ordinal);
    private readonly List<string> _resolving = [];

    private static readonly string[] VariableTypes = ["String", "Int", "Float", "Bool", "Color"];

    private static readonly HashSet<string> ReservedVariableNames = ["style", "Define", "Properties", "true", "false"];

    /// <summary>
    /// KRY.md §7.3: collect all variables (later definitions win, with a warning), then resolve
    /// each by depth-first search with a "resolving" mark; a reference back into the chain is a
    /// cycle (1202, with the path), a reference to nothing is 1201.
    /// </summary>
    private List<BoundVariable> ResolveVariables()
    {
        foreach (var (syntax, file) in _variableSyntax)
        {
            if (ReservedVariableNames.Contains(syntax.Name.Text))
            {
                Report(DiagnosticCodes.UnexpectedToken, file, syntax.Name.Span, $"'{syntax.Name.Text}' is a keyword and cannot name a variable (KRY.md §7.2)", $"rename it, e.g. {syntax.Name.Text}_value");
                continue;
            }
            if (_variables.TryGetValue(syntax.Name.Text, out var previous))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateDefinition, At(file, syntax.Name.Span),
                        $"Variable '{syntax.Name.Text}' is defined again; this later definition wins")
                    .WithSeverity(DiagnosticSeverity.Warning)
                    .WithNote("the earlier definition", At(previous.File, previous.Syntax.Name.Span)));
            }
            _variables[syntax.Name.Text] = new VariableSlot(syntax, file);
        }

        var result = new List<BoundVariable>();
        foreach (var (name, slot) in _variables)
        {
            var value = ResolveVariable(name);
            if (value is not null) result.Add(new BoundVariable(name, slot.Syntax.TypeName?.Text, value, At(slot.File, slot.Syntax.Span)));
        }
        return result;
    }

    private Literal? ResolveVariable(string name)
    {
        var slot = _variables[name];
        switch (slot.State)
        {
            case ResolveState.Resolved: return slot.Value;
            case ResolveState.Failed: return null;
            case ResolveState.Resolving:
                int from = _resolving.IndexOf(name);
                var cycle = string.Join(" -> ", _resolving.Skip(from).Append(name));
                Report(DiagnosticCodes.CircularDependency, slot.File, slot.Syntax.Name.Span, $"Circular variable reference: {cycle}", "break the cycle by giving one of these variables a plain value");
                // Mark every member of the cycle failed so the cycle is reported once.
                foreach (var member in _resolving.Skip(from)) _variables[member].State = ResolveState.Failed;
                return null;
        }

        slot.State = ResolveState.Resolving;
        _resolving.Add(name);
        // Variables may refer to variables, so each resolution gets its own evaluator (the outer one is mid-evaluation).
        var evaluator = new ValueEvaluator(_diagnostics, LookupGlobalVariable);
        var value = evaluator.Evaluate(slot.Syntax.Value, slot.File);
        _resolving.RemoveAt(_resolving.Count - 1);
        if (slot.State == ResolveState.Failed) return null;
        if (value is not null && slot.Syntax.TypeName is { } type) value = CheckVariableType(slot, type, value);
        slot.Value = value;
        slot.State = value is null ? ResolveState.Failed : ResolveState.Resolved;
        return value;
    }

    /// <summary>The typed form `name: Int = 0` [ext]: the value must match the declared type.</summary>
    private Literal? CheckVariableType(VariableSlot slot, NameSyntax type, Literal value)
    {
        bool ok = type.Text switch
        {
            "String" => value is StringLiteral or WordLiteral,
            "Int" => value is NumberLiteral { Unit: "" } n && n.Value == Math.Floor(n.Value),
            "Float" => value is NumberLiteral { Unit: "" },
            "Bool" => value is BoolLiteral,
            "Color" => value is ColorLiteral || (value is StringLiteral s && Color.TryParse(s.Value, out _)),
            _ => true,
        };
        if (!VariableTypes.Contains(type.Text))
        {
            var close = SpellingSuggestions.Closest(type.Text, VariableTypes);
            Report(DiagnosticCodes.InvalidPropertyType, slot.File, type.Span, $"Unknown variable type '{type.Text}'",
                close is null ? "types are String, Int, Float, Bool and Color" : $"did you mean `{close}`?");
            return null;
        }
        if (!ok)
        {
            Report(DiagnosticCodes.TypeMismatch, slot.File, slot.Syntax.Value.Span, $"Variable '{slot.Syntax.Name.Text}' is declared {type.Text} but its value is '{value.Describe()}'");
            return null;
        }
        return value;
    }

    /// <summary>Looks up a global variable for substitution; reports 1201 with a spelling suggestion when it does not exist.</summary>
    private Literal? LookupGlobalVariable(string name, SourceSpan where)
    {
        if (_variables.ContainsKey(name)) return ResolveVariable(name);
        ReportUndefinedVariable(name, where, _variables.Keys);
        return null;
    }

    private void ReportUndefinedVariable(string name, SourceSpan where, IEnumerable<string> known)
    {
        var close = SpellingSuggestions.Closest(name, known);
        _diagnostics.Report(DiagnosticCodes.UndefinedVariable, where, $"Undefined variable: ${name}",
            close is not null ? $"did you mean `${close}`?" : $"define it in @variables {{ {name}: … }}");
    }
}
