namespace Kryon.Runtime.Layout;

// The CSS keyword sets the engine understands. Defaults (value 0) are CSS's initial values.

/// <summary>CSS <c>display</c>: every node is a flex container unless hidden.</summary>
public enum Display : byte { Flex, None }

/// <summary>CSS <c>position</c>.</summary>
public enum PositionType : byte { Relative, Absolute }

/// <summary>CSS <c>direction</c> (inline base direction).</summary>
public enum Direction : byte { Ltr, Rtl }

/// <summary>CSS <c>box-sizing</c>: which box width/height describe.</summary>
public enum BoxSizing : byte { BorderBox, ContentBox }

/// <summary>CSS <c>flex-direction</c>.</summary>
public enum FlexDirection : byte { Row, Column, RowReverse, ColumnReverse }

/// <summary>CSS <c>flex-wrap</c>.</summary>
public enum FlexWrap : byte { NoWrap, Wrap, WrapReverse }

/// <summary>CSS <c>overflow-x</c>/<c>overflow-y</c>. Hidden and scroll make the box a scroll container.</summary>
public enum Overflow : byte { Visible, Hidden, Scroll }

/// <summary>CSS <c>justify-content</c> and <c>align-content</c> keywords.
/// <see cref="Normal"/> is the initial value (flex-start for justify-content, stretch for align-content).</summary>
public enum ContentAlignment : byte
{
    Normal, FlexStart, FlexEnd, Start, End, Center, SpaceBetween, SpaceAround, SpaceEvenly, Stretch,
}

/// <summary>CSS <c>align-items</c>/<c>align-self</c> keywords. <see cref="Auto"/> (align-self only) defers to the
/// container's align-items; <see cref="Normal"/> behaves as stretch.</summary>
public enum ItemAlignment : byte
{
    Auto, Normal, Stretch, FlexStart, FlexEnd, Start, End, SelfStart, SelfEnd, Center, Baseline,
}

/// <summary>Whether a layout call only wants the node's size or its full layout (children placed).</summary>
internal enum RunMode : byte { ComputeSize, PerformLayout }

/// <summary>Which component of a size computation the caller will read. A flex container asked only for its
/// main size can stop once that is known, before the (recursive) cross-size steps.</summary>
internal enum RequestedAxis : byte { Both, Width, Height }

/// <summary>Whether the node's own size styles apply (<see cref="InherentSize"/>) or are being ignored because
/// the caller wants its content size (flex base size measurement).</summary>
internal enum SizingMode : byte { ContentSize, InherentSize }
