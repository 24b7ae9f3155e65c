using Kryon.Text;

namespace Kryon.Compiler.Syntax;

/// <summary>Something inside an element or style body.</summary>
public abstract class BodyItemSyntax(TextSpan span) : SyntaxNode(span);

/// <summary>`Name { items }` or the mixed form `Name { properties } { children }`.</summary>
public sealed class ElementSyntax(TextSpan span, NameSyntax name, IReadOnlyList<BodyItemSyntax> items, IReadOnlyList<BodyItemSyntax>? childBlock)
    : DeclarationSyntax(span)
{
    public NameSyntax Name { get; } = name;

    public IReadOnlyList<BodyItemSyntax> Items { get; } = items;

    /// <summary>The second block of the mixed form, or null.</summary>
    public IReadOnlyList<BodyItemSyntax>? ChildBlock { get; } = childBlock;

    /// <summary>All items of both blocks in source order.</summary>
    public IEnumerable<BodyItemSyntax> AllItems => ChildBlock is null ? Items : Items.Concat(ChildBlock);
}

/// <summary>An element used as a body item (a child element).</summary>
public sealed class ChildElementSyntax(ElementSyntax element) : BodyItemSyntax(element.Span)
{
    public ElementSyntax Element { get; } = element;
}

/// <summary>`name: value`.</summary>
public sealed class PropertySyntax(TextSpan span, NameSyntax name, ValueSyntax value) : BodyItemSyntax(span)
{
    public NameSyntax Name { get; } = name;

    public ValueSyntax Value { get; } = value;
}

/// <summary>`&amp;:hover { properties }`, possibly chained (`&amp;:hover:disabled`).</summary>
public sealed class PseudoBlockSyntax(TextSpan span, IReadOnlyList<NameSyntax> states, TextSpan selectorSpan, IReadOnlyList<PropertySyntax> properties) : BodyItemSyntax(span)
{
    public IReadOnlyList<NameSyntax> States { get; } = states;

    public TextSpan SelectorSpan { get; } = selectorSpan;

    public IReadOnlyList<PropertySyntax> Properties { get; } = properties;
}

/// <summary>`style "btn" { … }` inside an element [ext]: defines the style and applies it to the element.</summary>
public sealed class InlineStyleSyntax(StyleSyntax style) : BodyItemSyntax(style.Span)
{
    public StyleSyntax Style { get; } = style;
}
