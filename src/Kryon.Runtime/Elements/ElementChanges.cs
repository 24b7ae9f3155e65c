namespace Kryon.Runtime.Elements;

/// <summary>What an element needs before the next frame is presented.</summary>
[Flags]
public enum ElementChanges : byte
{
    None = 0,
    /// <summary>A property that affects boxes changed: its layout style must be rebuilt and the layout run.</summary>
    Layout = 1,
    /// <summary>Something visible changed: the display list must be rebuilt.</summary>
    Paint = 2,
    /// <summary>The children changed (added, removed, reordered).</summary>
    Structure = 4,
}
