using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Binding;

/// <summary>
/// The semantic passes (KRY.md §3): includes → variables → styles → components → scripts →
/// element tree. Each pass lives in its own partial file. The binder reports every problem it
/// finds and still produces a model, so tools can work on files with errors.
/// </summary>
public sealed partial class Binder
{
    private readonly ISourceProvider _sources;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>A declaration together with the file it came from.</summary>
    private readonly record struct Located<T>(T Node, SourceFile File);

    private readonly List<SourceFile> _files = [];
    private readonly List<Located<VariableSyntax>> _variableSyntax = [];
    private readonly List<Located<StyleSyntax>> _styleSyntax = [];
    private readonly List<Located<DefineSyntax>> _defineSyntax = [];
    private readonly List<Located<DeclarationSyntax>> _scriptSyntax = [];
    private readonly List<Located<ElementSyntax>> _rootSyntax = [];

    /// <summary>Evaluates property values where `$name` means a component property (in templates) or a global variable.</summary>
    private readonly ValueEvaluator _scopedEvaluator;

    /// <summary>Evaluates values where only global variables are visible (style `extends`).</summary>
    private readonly ValueEvaluator _globalEvaluator;

    private Binder(ISourceProvider sources, DiagnosticBag diagnostics)
    {
        _sources = sources;
        _diagnostics = diagnostics;
        _scopedEvaluator = new ValueEvaluator(diagnostics, LookupInScope);
        _globalEvaluator = new ValueEvaluator(diagnostics, LookupGlobalVariable);
    }

    /// <summary>Binds a parsed main file (includes are read through <paramref name="sources"/>).</summary>
    public static BoundApp Bind(DocumentSyntax main, ISourceProvider sources, DiagnosticBag diagnostics)
    {
        var binder = new Binder(sources, diagnostics);
        return binder.BindAll(main);
    }

    private BoundApp BindAll(DocumentSyntax main)
    {
        LoadDocument(main, [Path.GetFullPath(main.File.Path)]);
        var variables = ResolveVariables();
        var styles = BindStyles();
        var scripts = BindScripts();
        var components = BindComponents();
        var root = BindRoot();
        return new BoundApp
        {
            Files = _files,
            Variables = variables,
            Styles = styles,
            Components = components,
            Scripts = scripts,
            Root = root,
        };
    }

    private static SourceSpan At(SourceFile file, TextSpan span) => new(file, span);

    private Diagnostic Report(DiagnosticDescriptor descriptor, SourceFile file, TextSpan span, string message, params string[] suggestions)
        => _diagnostics.Report(descriptor, At(file, span), message, suggestions);

    private void Warn(DiagnosticDescriptor descriptor, SourceFile file, TextSpan span, string message, params string[] suggestions)
        => _diagnostics.Add(Diagnostic.Create(descriptor, At(file, span), message, suggestions).WithSeverity(DiagnosticSeverity.Warning));
}
