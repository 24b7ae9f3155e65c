namespace Kryon.Runtime.Layout;

/// <summary>Resolved pixel amounts on the four sides of a box (margin, padding, border, insets), with
/// flex-relative accessors. As in the CSS spec's abstract axes, main-start is left for rows and top for
/// columns; reversal is handled where items are placed.</summary>
internal struct Edges
{
    public float Left;
    public float Right;
    public float Top;
    public float Bottom;

    public Edges(float left, float right, float top, float bottom)
    {
        Left = left;
        Right = right;
        Top = top;
        Bottom = bottom;
    }

    public readonly float Horizontal => Left + Right;
    public readonly float Vertical => Top + Bottom;
    public readonly Size2 Sums => new(Left + Right, Top + Bottom);

    public readonly float MainStart(bool isRow) => isRow ? Left : Top;
    public readonly float MainEnd(bool isRow) => isRow ? Right : Bottom;
    public readonly float CrossStart(bool isRow) => isRow ? Top : Left;
    public readonly float CrossEnd(bool isRow) => isRow ? Bottom : Right;
    public readonly float MainSum(bool isRow) => isRow ? Left + Right : Top + Bottom;
    public readonly float CrossSum(bool isRow) => isRow ? Top + Bottom : Left + Right;

    public static Edges operator +(Edges a, Edges b) =>
        new(a.Left + b.Left, a.Right + b.Right, a.Top + b.Top, a.Bottom + b.Bottom);
}

/// <summary>Which of the four margins are <c>auto</c>.</summary>
internal struct AutoEdges
{
    public bool Left;
    public bool Right;
    public bool Top;
    public bool Bottom;

    public readonly bool MainStart(bool isRow) => isRow ? Left : Top;
    public readonly bool MainEnd(bool isRow) => isRow ? Right : Bottom;
    public readonly bool CrossStart(bool isRow) => isRow ? Top : Left;
    public readonly bool CrossEnd(bool isRow) => isRow ? Bottom : Right;
}
