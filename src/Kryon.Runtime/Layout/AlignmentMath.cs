namespace Kryon.Runtime.Layout;

/// <summary>Distribution of free space for justify-content and align-content (CSS Box Alignment §5).</summary>
internal static class AlignmentMath
{
    /// <summary>Fallback alignment: distributed keywords fall back when there is one item or no free space
    /// (space-between → flex-start, space-around/evenly → center, both "safe"), and safe alignment falls back
    /// to start when the content overflows.</summary>
    public static ContentAlignment ApplyFallback(float freeSpace, int itemCount, ContentAlignment mode, bool isSafe)
    {
        if (itemCount <= 1 || freeSpace <= 0f)
        {
            switch (mode)
            {
                case ContentAlignment.Stretch:
                case ContentAlignment.SpaceBetween:
                    mode = ContentAlignment.FlexStart;
                    isSafe = true;
                    break;
                case ContentAlignment.SpaceAround:
                case ContentAlignment.SpaceEvenly:
                    mode = ContentAlignment.Center;
                    isSafe = true;
                    break;
            }
        }
        if (freeSpace <= 0f && isSafe) mode = ContentAlignment.Start;
        return mode;
    }

    /// <summary>The offset before one item (or line): the leading space for the first, gap plus distributed
    /// space for the others.</summary>
    public static float Offset(float freeSpace, int itemCount, float gap, ContentAlignment mode, bool isFlexReversed, bool isFirst)
    {
        if (isFirst)
        {
            return mode switch
            {
                ContentAlignment.Start => 0f,
                ContentAlignment.FlexStart => isFlexReversed ? freeSpace : 0f,
                ContentAlignment.End => freeSpace,
                ContentAlignment.FlexEnd => isFlexReversed ? 0f : freeSpace,
                ContentAlignment.Center => freeSpace / 2f,
                ContentAlignment.SpaceAround => freeSpace >= 0f ? freeSpace / itemCount / 2f : freeSpace / 2f,
                ContentAlignment.SpaceEvenly => freeSpace >= 0f ? freeSpace / (itemCount + 1) : freeSpace / 2f,
                _ => 0f, // normal, stretch, space-between
            };
        }
        float free = MathF.Max(freeSpace, 0f);
        return gap + mode switch
        {
            ContentAlignment.SpaceBetween => free / (itemCount - 1),
            ContentAlignment.SpaceAround => free / itemCount,
            ContentAlignment.SpaceEvenly => free / (itemCount + 1),
            _ => 0f,
        };
    }
}
