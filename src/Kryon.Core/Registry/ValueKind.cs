namespace Kryon.Registry;

/// <summary>The kind of value a property takes (KRY.md §5.1), which decides how a literal is checked and converted.</summary>
public enum ValueKind
{
    String,
    Int,
    Float,
    Bool,
    Color,
    /// <summary>px, %, or one of the property's allowed keywords (auto, min-content, …).</summary>
    Length,
    /// <summary>1–4 numbers in CSS order (padding, margin).</summary>
    EdgeInsets,
    Enum,
    /// <summary>A weight word (normal, bold, light, heavy) or a number 100–900.</summary>
    FontWeight,
    /// <summary>The name of a `style`.</summary>
    StyleId,
    /// <summary>A path to a file the app uses (image, icon).</summary>
    Resource,
    /// <summary>The name of a script function (event handlers).</summary>
    Callback,
    /// <summary>`layout:` words, compiled to the KRB layout byte.</summary>
    LayoutWords,
    /// <summary>One style name or an array of them (`extends`).</summary>
    StyleList,
}
