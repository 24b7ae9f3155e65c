using Kryon.Compiler;
using Kryon.Compiler.Syntax;
using Kryon.LanguageServer.Documents;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>
/// Everything the editor features know about one document at one version: the compiler's
/// result (diagnostics, bound model) and the classified occurrences of the document, of the files
/// it includes and of its external scripts.
/// </summary>
public sealed class DocumentAnalysis
{
    public required TextDocument Document { get; init; }

    public required CompilationResult Compilation { get; init; }

    /// <summary>The document's own index first, then included files and external scripts.</summary>
    public required IReadOnlyList<FileIndex> Files { get; init; }

    public required IReadOnlyDictionary<string, ComponentDeclaration> Components { get; init; }

    /// <summary>For each included file (full path), the `@include` in this document through which it is read: where its problems are shown.</summary>
    public required IReadOnlyDictionary<string, TextSpan> IncludedThrough { get; init; }

    public FileIndex Main => Files[0];

    public DocumentSyntax? Syntax => Compilation.Syntax;

    public FileIndex? FindFile(string path) => Files.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));

    /// <summary>Every occurrence of a symbol in every file, definitions included.</summary>
    public IEnumerable<(FileIndex File, Occurrence Occurrence)> OccurrencesOf(SymbolKey key)
    {
        foreach (var file in Files)
            foreach (var o in file.OfSymbol(key))
                yield return (file, o);
    }

    public IEnumerable<(FileIndex File, Occurrence Occurrence)> DefinitionsOf(SymbolKey key) => OccurrencesOf(key).Where(x => x.Occurrence.IsDefinition);

    /// <summary>All symbols of a category defined anywhere in the unit (names for completion), first definition wins.</summary>
    public IEnumerable<(SymbolKey Key, FileIndex File, Occurrence Definition)> Symbols(SymbolCategory category)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
            foreach (var o in file.Occurrences)
                if (o.IsDefinition && o.Symbol is { } key && key.Category == category && seen.Add(key.Name))
                    yield return (key, file, o);
    }
}
