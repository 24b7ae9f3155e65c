using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Values;

namespace Kryon.Runtime.Rendering;

/// <summary>
/// What a Slider draws, and the one mapping between its value and a position in its content box
/// (the display list draws the thumb with it, pointer input turns an x back into a value with it):
/// <list type="bullet">
/// <item>a rounded track <see cref="TrackHeight"/> px high across the whole content box, centred
/// vertically, in <c>background_color</c> when the Slider sets one, else <see cref="DefaultTrack"/>
/// (a neutral grey);</item>
/// <item>the filled part of the track, from its start to the thumb's centre (min → value);</item>
/// <item>a round thumb <see cref="ThumbDiameter"/> px across (less in a lower box), centred on the
/// value's position. Its centre travels from half a thumb inside the left edge to half a thumb
/// inside the right edge, so the thumb never leaves the box; a value outside min..max is clamped.</item>
/// </list>
/// The fill and thumb are the accent colour: the Slider's own <c>text_color</c> (set on it, by its
/// style, a state or a script — not inherited from its parents, which colour their text), else
/// <see cref="DefaultAccent"/>. Sliders are horizontal and left to right.
/// </summary>
internal static class SliderPainter
{
    /// <summary>Track colour when the Slider has no background_color (gray #D1D5DB).</summary>
    public static readonly Color DefaultTrack = new(0xD1, 0xD5, 0xDB, 255);

    /// <summary>Fill and thumb colour when the Slider sets no text_color (blue #2563EB).</summary>
    public static readonly Color DefaultAccent = new(0x25, 0x63, 0xEB, 255);

    public const float TrackHeight = 4;

    private static readonly PropertyInfo MinProperty = PropertyRegistry.Get("min");
    private static readonly PropertyInfo MaxProperty = PropertyRegistry.Get("max");
    private static readonly PropertyInfo StepProperty = PropertyRegistry.Get("step");

    public const float ThumbDiameter = 16;

    /// <summary>The track, filled part and thumb boxes for a value at <paramref name="fraction"/> (0..1) of the range.</summary>
    public readonly record struct Geometry(LayoutBox Track, LayoutBox Fill, LayoutBox Thumb);

    public static void Paint(Element e, DisplayList list, LayoutBox content)
    {
        if (content.Width <= 0 || content.Height <= 0) return;
        var g = GeometryOf(content, Fraction(Range.Of(e)));
        var track = e.Get(Props.BackgroundColor) is ColorValue { Value.A: > 0 } bg ? bg.Value : DefaultTrack;
        var accent = e.GetSpecified(Props.TextColor) is ColorValue fg ? fg.Value : DefaultAccent;
        list.Add(new DisplayCommand(DisplayCommandKind.FillRect, g.Track, track, g.Track.Height / 2, Element: e.Handle));
        if (g.Fill.Width > 0) list.Add(new DisplayCommand(DisplayCommandKind.FillRect, g.Fill, accent, g.Fill.Height / 2, Element: e.Handle));
        list.Add(new DisplayCommand(DisplayCommandKind.FillRect, g.Thumb, accent, g.Thumb.Width / 2, Element: e.Handle));
    }

    public static Geometry GeometryOf(LayoutBox content, double fraction)
    {
        float trackHeight = Math.Min(TrackHeight, content.Height);
        float thumb = Math.Min(ThumbDiameter, content.Height);
        float centreY = content.Y + content.Height / 2;
        float thumbX = ThumbCentreX(content, thumb, fraction);
        var track = new LayoutBox(content.X, centreY - trackHeight / 2, content.Width, trackHeight);
        return new Geometry(
            track,
            track with { Width = thumbX - content.X },
            new LayoutBox(thumbX - thumb / 2, centreY - thumb / 2, thumb, thumb));
    }

    /// <summary>The value under window x in a Slider's content box: the inverse of the thumb placement, clamped and snapped to the step.</summary>
    public static double ValueAt(Element e, LayoutBox content, float x)
    {
        var range = Range.Of(e);
        float thumb = Math.Min(ThumbDiameter, content.Height);
        float travel = content.Width - thumb;
        double fraction = travel <= 0 ? 0 : Math.Clamp((x - content.X - thumb / 2) / travel, 0, 1);
        return range.Snap(range.Min + fraction * (range.Max - range.Min));
    }

    private static float ThumbCentreX(LayoutBox content, float thumb, double fraction)
    {
        float travel = content.Width - thumb;
        return travel <= 0 ? content.X + content.Width / 2 : content.X + thumb / 2 + (float)(fraction * travel);
    }

    private static double Fraction(Range r) => r.Max > r.Min ? Math.Clamp((r.Value - r.Min) / (r.Max - r.Min), 0, 1) : 0;

    /// <summary>A Slider's min, max, step and value (registry defaults 0, 100, 1; value defaults to min).</summary>
    public readonly record struct Range(double Min, double Max, double Step, double Value)
    {
        public static Range Of(Element e)
        {
            double min = Number(e.Get(MinProperty)) ?? 0;
            double max = Math.Max(min, Number(e.Get(MaxProperty)) ?? 100);
            double step = Number(e.Get(StepProperty)) ?? 1;
            return new Range(min, max, step, Number(e.Get(Props.Value)) ?? min);
        }

        /// <summary>
        /// <paramref name="value"/> moved onto the nearest step from min and into min..max (a step of 0
        /// or less means any value). Rounded to 10 decimals, so steps of 0.1 give 0.3, not 0.30000000000000004.
        /// </summary>
        public double Snap(double value)
        {
            if (Step > 0) value = Min + Math.Round((value - Min) / Step) * Step;
            return Math.Round(Math.Clamp(value, Min, Max), 10);
        }

        /// <summary>How far an arrow key moves the value: one step, or a hundredth of the range when the step is 0.</summary>
        public double KeyStep => Step > 0 ? Step : (Max - Min) / 100;
    }

    /// <summary>A number however the property holds it: `value` is a string property (it is an Input's text too).</summary>
    private static double? Number(PropertyValue? v) => v switch
    {
        IntValue i => i.Value,
        FloatValue f => f.Value,
        StringValue s when Kryon.Values.Number.TryParse(s.Value.Trim(), out double d) => d,
        _ => null,
    };
}
