using Kryon.Registry;

namespace Kryon.Runtime.Elements;

/// <summary>Registry entries the runtime reads on hot paths, looked up once.</summary>
public static class Props
{
    public static readonly PropertyInfo Text = PropertyRegistry.Get("text");
    public static readonly PropertyInfo Value = PropertyRegistry.Get("value");
    public static readonly PropertyInfo Placeholder = PropertyRegistry.Get("placeholder");
    public static readonly PropertyInfo Disabled = PropertyRegistry.Get("disabled");
    public static readonly PropertyInfo Checked = PropertyRegistry.Get("checked");
    public static readonly PropertyInfo Visibility = PropertyRegistry.Get("visibility");
    public static readonly PropertyInfo BackgroundColor = PropertyRegistry.Get("background_color");
    public static readonly PropertyInfo TextColor = PropertyRegistry.Get("text_color");
    public static readonly PropertyInfo BorderColor = PropertyRegistry.Get("border_color");
    public static readonly PropertyInfo BorderWidth = PropertyRegistry.Get("border_width");
    public static readonly PropertyInfo BorderRadius = PropertyRegistry.Get("border_radius");
    public static readonly PropertyInfo[] BorderSideWidths =
        [PropertyRegistry.Get("border_top_width"), PropertyRegistry.Get("border_right_width"), PropertyRegistry.Get("border_bottom_width"), PropertyRegistry.Get("border_left_width")];
    public static readonly PropertyInfo Opacity = PropertyRegistry.Get("opacity");
    public static readonly PropertyInfo ZIndex = PropertyRegistry.Get("z_index");
    public static readonly PropertyInfo Overflow = PropertyRegistry.Get("overflow");
    public static readonly PropertyInfo FontSize = PropertyRegistry.Get("font_size");
    public static readonly PropertyInfo FontWeight = PropertyRegistry.Get("font_weight");
    public static readonly PropertyInfo FontFamily = PropertyRegistry.Get("font_family");
    public static readonly PropertyInfo TextAlignment = PropertyRegistry.Get("text_alignment");
    public static readonly PropertyInfo LineHeight = PropertyRegistry.Get("line_height");
    public static readonly PropertyInfo TextTransform = PropertyRegistry.Get("text_transform");
    public static readonly PropertyInfo Cursor = PropertyRegistry.Get("cursor");
    public static readonly PropertyInfo ImageSource = PropertyRegistry.Get("image_source");
    public static readonly PropertyInfo Style = PropertyRegistry.Get("style");
    public static readonly PropertyInfo Id = PropertyRegistry.Get("id");
    public static readonly PropertyInfo Width = PropertyRegistry.Get("width");
    public static readonly PropertyInfo Height = PropertyRegistry.Get("height");
    public static readonly PropertyInfo PosX = PropertyRegistry.Get("pos_x");
    public static readonly PropertyInfo PosY = PropertyRegistry.Get("pos_y");
    public static readonly PropertyInfo Layout = PropertyRegistry.Get("layout");
    public static readonly PropertyInfo WindowWidth = PropertyRegistry.Get("window_width");
    public static readonly PropertyInfo WindowHeight = PropertyRegistry.Get("window_height");
    public static readonly PropertyInfo WindowTitle = PropertyRegistry.Get("window_title");
    public static readonly PropertyInfo MaxLength = PropertyRegistry.Get("max_length");
    public static readonly PropertyInfo ReadOnly = PropertyRegistry.Get("readonly");
    public static readonly PropertyInfo InputType = PropertyRegistry.Get("type");
    public static readonly PropertyInfo Display = PropertyRegistry.Get("display");
    public static readonly PropertyInfo Fit = PropertyRegistry.Get("fit");
    public static readonly PropertyInfo TextDecoration = PropertyRegistry.Get("text_decoration");
    public static readonly PropertyInfo LetterSpacing = PropertyRegistry.Get("letter_spacing");
    public static readonly PropertyInfo Direction = PropertyRegistry.Get("direction");
    public static readonly PropertyInfo Name = PropertyRegistry.Get("name");
    public static readonly PropertyInfo Padding = PropertyRegistry.Get("padding");
}
