using Kryon.Compiler.Syntax;
using Kryon.Registry;
using Kryon.Text;

namespace Kryon.LanguageServer.Analysis;

/// <summary>A `Define` as the editor features see it: its declared properties and the built-in type of its template root.</summary>
public sealed class ComponentDeclaration(DefineSyntax syntax, SourceFile file)
{
    public DefineSyntax Syntax { get; } = syntax;

    public string Name => Syntax.Name.Text;

    /// <summary>The file the Define is in.</summary>
    public string Path { get; } = file.Path;

    /// <summary>The text of that file, for showing declarations.</summary>
    public string FileText { get; } = file.Text;

    public IReadOnlyList<PropertyDefinitionSyntax> Properties => Syntax.Properties?.Definitions ?? [];

    /// <summary>The element type of the template root, when it is built in (usages accept its properties).</summary>
    public ElementInfo? RootType { get; } = syntax.Roots.Count > 0 && ElementRegistry.TryGet(syntax.Roots[0].Name.Text, out var info) ? info : null;

    public PropertyDefinitionSyntax? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name.Text == name);
}

