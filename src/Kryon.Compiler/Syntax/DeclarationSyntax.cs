using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>Anything that can stand at the top level of a file.</summary>
public abstract class DeclarationSyntax(TextSpan span) : SyntaxNode(span);

/// <summary>`@include "path.kry"`.</summary>
public sealed class IncludeSyntax(TextSpan span, StringLiteralSyntax path) : DeclarationSyntax(span)
{
    public StringLiteralSyntax Path { get; } = path;
}

/// <summary>`@variables { name: value … }`.</summary>
public sealed class VariablesBlockSyntax(TextSpan span, IReadOnlyList<VariableSyntax> variables) : DeclarationSyntax(span)
{
    public IReadOnlyList<VariableSyntax> Variables { get; } = variables;
}

/// <summary>`name: value` or the typed form `name: Int = value`.</summary>
public sealed class VariableSyntax(TextSpan span, NameSyntax name, NameSyntax? typeName, ValueSyntax value) : SyntaxNode(span)
{
    public NameSyntax Name { get; } = name;

    public NameSyntax? TypeName { get; } = typeName;

    public ValueSyntax Value { get; } = value;
}

/// <summary>`style "name" { extends: …; properties; &amp;:state { … } }`.</summary>
public sealed class StyleSyntax(TextSpan span, StringLiteralSyntax name, IReadOnlyList<BodyItemSyntax> items) : DeclarationSyntax(span)
{
    public StringLiteralSyntax Name { get; } = name;

    /// <summary>Properties (including `extends`) and pseudo blocks.</summary>
    public IReadOnlyList<BodyItemSyntax> Items { get; } = items;
}

/// <summary>`Define Name { Properties { … } RootElement { … } }`.</summary>
public sealed class DefineSyntax(TextSpan span, NameSyntax name, PropertiesBlockSyntax? properties, IReadOnlyList<ElementSyntax> roots) : DeclarationSyntax(span)
{
    public NameSyntax Name { get; } = name;

    public PropertiesBlockSyntax? Properties { get; } = properties;

    /// <summary>The template's root elements as written; valid components have exactly one (1304).</summary>
    public IReadOnlyList<ElementSyntax> Roots { get; } = roots;
}

/// <summary>`Properties { name: Type = default … }` inside a Define.</summary>
public sealed class PropertiesBlockSyntax(TextSpan span, IReadOnlyList<PropertyDefinitionSyntax> definitions) : SyntaxNode(span)
{
    public IReadOnlyList<PropertyDefinitionSyntax> Definitions { get; } = definitions;
}

/// <summary>`title: String = "Untitled"`, `size: Enum(small, large) = small`.</summary>
public sealed class PropertyDefinitionSyntax(TextSpan span, NameSyntax name, TypeHintSyntax type, ValueSyntax? defaultValue) : SyntaxNode(span)
{
    public NameSyntax Name { get; } = name;

    public TypeHintSyntax Type { get; } = type;

    public ValueSyntax? Default { get; } = defaultValue;
}

/// <summary>A component property's type: a type name, or `Enum(a, b, …)` with its members.</summary>
public sealed class TypeHintSyntax(TextSpan span, NameSyntax name, IReadOnlyList<NameSyntax>? enumMembers) : SyntaxNode(span)
{
    public NameSyntax Name { get; } = name;

    /// <summary>Members of an `Enum(...)` hint; null for other types.</summary>
    public IReadOnlyList<NameSyntax>? EnumMembers { get; } = enumMembers;
}

/// <summary>`@script "lua" [attributes] [{ code }]`.</summary>
public sealed class ScriptSyntax(TextSpan span, StringLiteralSyntax language, IReadOnlyList<ScriptAttributeSyntax> attributes, ScriptCodeSyntax? code) : DeclarationSyntax(span)
{
    public StringLiteralSyntax Language { get; } = language;

    public IReadOnlyList<ScriptAttributeSyntax> Attributes { get; } = attributes;

    public ScriptCodeSyntax? Code { get; } = code;
}

/// <summary>`from "file"`, `name="x"`, `mode="embed"` … (the `=` is optional).</summary>
public sealed class ScriptAttributeSyntax(TextSpan span, NameSyntax name, StringLiteralSyntax value, bool hasEquals) : SyntaxNode(span)
{
    public NameSyntax Name { get; } = name;

    public StringLiteralSyntax Value { get; } = value;

    public bool HasEquals { get; } = hasEquals;
}

/// <summary>The raw text of an inline script, exactly as written between the braces.</summary>
public sealed class ScriptCodeSyntax(TextSpan span, string rawText) : SyntaxNode(span)
{
    public string RawText { get; } = rawText;
}

/// <summary>`@function "lua" name(p1, p2) { body }` [ext]: a script made of one function.</summary>
public sealed class FunctionSyntax(TextSpan span, StringLiteralSyntax language, NameSyntax name, IReadOnlyList<NameSyntax> parameters, ScriptCodeSyntax? body) : DeclarationSyntax(span)
{
    public StringLiteralSyntax Language { get; } = language;

    public NameSyntax Name { get; } = name;

    public IReadOnlyList<NameSyntax> Parameters { get; } = parameters;

    public ScriptCodeSyntax? Body { get; } = body;
}
