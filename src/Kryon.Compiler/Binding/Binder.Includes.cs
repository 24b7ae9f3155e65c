using Kryon.Compiler.Syntax;
using Kryon.Diagnostics;
using Kryon.Text;

namespace Kryon.Compiler.Binding;

public sealed partial class Binder
{
    /// <summary>Deepest chain of includes (the Go/Rust compilers' constant, KRY.md §13).</summary>
    public const int MaxIncludeDepth = 16;

    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Collects a document's declarations in order, expanding `@include`s where they stand
    /// (textual inclusion). <paramref name="stack"/> holds the full paths being included, for
    /// cycle detection; a file already loaded through another path is skipped (include-once).
    /// </summary>
    private void LoadDocument(DocumentSyntax document, List<string> stack)
    {
        _files.Add(document.File);
        _loaded.Add(stack[^1]);
        foreach (var declaration in document.Declarations)
        {
            switch (declaration)
            {
                case IncludeSyntax include:
                    LoadInclude(document.File, include, stack);
                    break;
                case VariablesBlockSyntax block:
                    foreach (var v in block.Variables) _variableSyntax.Add(new(v, document.File));
                    break;
                case StyleSyntax style:
                    _styleSyntax.Add(new(style, document.File));
                    break;
                case DefineSyntax define:
                    _defineSyntax.Add(new(define, document.File));
                    CollectInlineStyles(define.Roots, document.File);
                    break;
                case ScriptSyntax or FunctionSyntax:
                    _scriptSyntax.Add(new(declaration, document.File));
                    break;
                case ElementSyntax element:
                    _rootSyntax.Add(new(element, document.File));
                    CollectInlineStyles([element], document.File);
                    break;
            }
        }
    }

    private void LoadInclude(SourceFile from, IncludeSyntax include, List<string> stack)
    {
        var written = include.Path.Text;
        if (written.Length == 0)
        {
            Report(DiagnosticCodes.FileError, from, include.Path.Span, "@include needs a file path");
            return;
        }
        var displayPath = Path.IsPathRooted(written) ? written : Path.Join(Path.GetDirectoryName(from.Path), written);
        string fullPath;
        try { fullPath = Path.GetFullPath(displayPath); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Report(DiagnosticCodes.FileError, from, include.Path.Span, $"Invalid include path '{written}'");
            return;
        }

        int cycleAt = stack.IndexOf(fullPath);
        if (cycleAt >= 0)
        {
            var chain = stack.Skip(cycleAt).Select(Path.GetFileName).Append(Path.GetFileName(fullPath));
            Report(DiagnosticCodes.CircularDependency, from, include.Span, $"Circular include: {string.Join(" -> ", chain)}", "remove one of the @include lines in the cycle");
            return;
        }
        if (_loaded.Contains(fullPath))
        {
            Warn(DiagnosticCodes.DuplicateDefinition, from, include.Span, $"'{written}' is already included; it is read only once");
            return;
        }
        if (stack.Count >= MaxIncludeDepth)
        {
            Report(DiagnosticCodes.FileError, from, include.Span, $"Includes are nested more than {MaxIncludeDepth} levels deep", "include the deep files from a higher level");
            return;
        }
        if (!_sources.TryRead(displayPath, out var text, out var error))
        {
            Report(DiagnosticCodes.FileError, from, include.Path.Span, $"Cannot read included file '{written}': {error}", $"the path is relative to {Path.GetFileName(from.Path)}'s folder");
            return;
        }
        var document = Parser.Parse(displayPath, text, _diagnostics);
        stack.Add(fullPath);
        LoadDocument(document, stack);
        stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>Inline `style "x" { … }` blocks inside elements define global styles [ext, KRY.md §8.4].</summary>
    private void CollectInlineStyles(IEnumerable<ElementSyntax> elements, SourceFile file)
    {
        var stack = new Stack<ElementSyntax>(elements);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            CollectInlineStyles(e.Items, stack, file);
            if (e.ChildBlock is not null) CollectInlineStyles(e.ChildBlock, stack, file);
        }
    }

    private void CollectInlineStyles(IReadOnlyList<BodyItemSyntax> items, Stack<ElementSyntax> stack, SourceFile file)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is InlineStyleSyntax inline) _styleSyntax.Add(new(inline.Style, file));
            else if (items[i] is ChildElementSyntax child) stack.Push(child.Element);
        }
    }
}
