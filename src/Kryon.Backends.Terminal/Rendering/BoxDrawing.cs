namespace Kryon.Backends.Terminal.Rendering;

/// <summary>
/// The box-drawing characters of a border: light lines for 1 px borders (rounded corners when the
/// border has a radius), heavy for 2 px, double for 3 px and more (these have no rounded corners).
/// </summary>
internal readonly record struct BoxDrawing(char Horizontal, char Vertical, char TopLeft, char TopRight, char BottomLeft, char BottomRight)
{
    public static readonly BoxDrawing Light = new('─', '│', '┌', '┐', '└', '┘');
    public static readonly BoxDrawing Rounded = new('─', '│', '╭', '╮', '╰', '╯');
    public static readonly BoxDrawing Heavy = new('━', '┃', '┏', '┓', '┗', '┛');
    public static readonly BoxDrawing Double = new('═', '║', '╔', '╗', '╚', '╝');

    public static BoxDrawing For(float widthPx, float radiusPx) => widthPx switch
    {
        >= 3 => Double,
        >= 2 => Heavy,
        _ => radiusPx > 0 ? Rounded : Light,
    };
}
