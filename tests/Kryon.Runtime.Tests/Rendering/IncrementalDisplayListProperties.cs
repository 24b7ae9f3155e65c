using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Loading;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Tests.App;
using Kryon.Values;

// Not Kryon.Runtime.Tests.Rendering: that namespace would hide Kryon.Runtime.Rendering from tests that write `Rendering.DisplayCommandKind`.
namespace Kryon.Runtime.Tests.DisplayLists;

/// <summary>
/// The incremental display list is invisible (FsCheck): after every frame of a random sequence of
/// changes — texts, colours, visibility, display, scrolling, sizes, borders, fonts, z_index and
/// opacity set and removed, elements removed and put back elsewhere, focus and typing, hover,
/// window size — the list the runtime built by copying unchanged subtrees equals a list built
/// from scratch (every command, every text run), and every element's window box, clip, painted
/// flag and content extent (what hit testing reads) is what the full build gives.
/// </summary>
public class IncrementalDisplayListProperties
{
    internal const string App = """
        style "card" { background_color: "#FFFFFF"; border_width: 1; border_color: "#C0C0C0"; border_radius: 6; padding: 4; layout: column; gap: 2
            &:hover { background_color: "#EEF2FF" }
        }
        App { background_color: "#F4F4F8"; layout: column; gap: 4; padding: 4
            Container { id: "header"; layout: row; gap: 6; padding: 4; background_color: "#1E293B"
                Text { id: "title"; text: "Dashboard"; text_color: "#FFFFFF"; font_size: 14 }
                Text { id: "clock"; text: "12:00"; text_color: "#CBD5E1" }
            }
            Container { id: "cards"; layout: row; gap: 4
                Container { id: "card0"; style: "card"
                    Text { id: "label0"; text: "Sales" }
                    Text { id: "value0"; text: "100"; font_size: 16 }
                }
                Container { id: "card1"; style: "card"
                    Text { id: "label1"; text: "Users" }
                    Text { id: "value1"; text: "42"; font_size: 16 }
                }
                Container { id: "card2"; style: "card"
                    Text { id: "label2"; text: "Errors" }
                    Text { id: "value2"; text: "0"; font_size: 16 }
                }
                Container { id: "card3"; style: "card"
                    Text { id: "label3"; text: "Load" }
                    Text { id: "value3"; text: "0.5"; font_size: 16 }
                }
            }
            Container { id: "list"; layout: column; overflow: scroll; height: 60; border_width: 1; border_color: "#999999"; padding: 2
                Text { id: "item0"; text: "Item zero" }
                Text { id: "item1"; text: "Item one" }
                Text { id: "item2"; text: "Item two" }
                Text { id: "item3"; text: "Item three" }
                Text { id: "item4"; text: "Item four" }
                Text { id: "item5"; text: "Item five" }
                Text { id: "item6"; text: "Item six" }
                Text { id: "item7"; text: "Item seven" }
            }
            Container { id: "footer"; layout: row; gap: 4
                Input { id: "input"; value: "hi"; width: 80; height: 20; border_width: 1 }
                Button { id: "button"; text: "OK"; background_color: "#4F46E5"; text_color: "#FFFFFF" }
                Text { id: "status"; text: "ready" }
                Text { id: "padded"; text: "pad"; width: 60; padding_left: "10%" }
            }
        }
        """;

    private static readonly string[] TextIds =
        ["title", "clock", "label0", "value0", "label1", "value1", "label2", "value2", "label3", "value3", "item0", "item3", "item7", "status", "button", "padded"];

    private static readonly string[] BoxIds = ["header", "cards", "card0", "card1", "card2", "card3", "list", "footer", "item2", "value1", "title"];

    private static readonly string[] Words = ["", "x", "42", "Revenue", "a much longer label that wraps", "12:01", "ÄÖÜ"];

    private static readonly string[] Colors = ["#FF0000", "#00FF0080", "#00000000", "#123456", "#FFFFFF"];

    public enum Change
    {
        Text, Color, Visibility, Display, Scroll, Width, Height, Border, FontSize, ZIndex, Opacity, Overflow,
        Move, Focus, Type, Hover, Resize, Clear,
    }

    public sealed record Step(Change Change, int Target, int Value)
    {
        public override string ToString() => $"{Change}({Target},{Value})";
    }

    private static readonly Gen<Step> Steps =
        from change in Gen.Elements(Enum.GetValues<Change>())
        from target in Gen.Choose(0, 100)
        from value in Gen.Choose(0, 100)
        select new Step(change, target, value);

    /// <summary>Frames of one to three changes each.</summary>
    private static readonly Arbitrary<Step[][]> Frames = Arb.From(
        from n in Gen.Choose(1, 12)
        from frames in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(k => Gen.ArrayOf(Steps, k)), n)
        select frames);

    /// <summary>300 sequences of up to 36 changes (a few seconds): rare interleavings need the numbers.</summary>
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Every_incremental_frame_equals_a_full_build()
    {
        var property = Prop.ForAll(Frames, frames =>
        {
            var app = new Driver();
            app.AssertMatchesFullBuild("first frame");
            for (int f = 0; f < frames.Length; f++)
            {
                foreach (var step in frames[f]) app.Apply(step);
                app.Frame();
                app.AssertMatchesFullBuild($"frame {f + 1} ({string.Join(", ", frames[f].Select(s => s.ToString()))})");
            }
        });
        Check.One(Cases, property);
    }

    [Fact]
    public void An_element_put_back_after_an_inherited_change_made_just_before_its_removal_shows_the_change()
    {
        // Found by the property: the font size reached the card's texts while they were being
        // removed (same frame); put back later, they must not draw with the run cached before.
        var app = new Driver();
        app.Apply(new Step(Change.FontSize, 2, 23)); // card0: font_size 11, inherited by its texts
        app.Apply(new Step(Change.Move, 1, 56)); // remove "cards"
        app.Frame();
        app.AssertMatchesFullBuild("removal");
        app.Apply(new Step(Change.Move, 1, 58)); // put "cards" back, into "list"
        app.Frame();
        app.AssertMatchesFullBuild("put back");
    }

    [Fact]
    public void Frames_of_a_single_change_of_every_kind_equal_a_full_build()
    {
        // Every kind, every target, deterministic: the property's random sequences, written out.
        foreach (var change in Enum.GetValues<Change>())
        {
            var app = new Driver();
            for (int target = 0; target < 16; target++)
            {
                app.Apply(new Step(change, target, target * 7));
                app.Frame();
                app.AssertMatchesFullBuild($"{change} {target}");
            }
        }
    }

    /// <summary>A runtime over <see cref="App"/> and the changes a person, a script or a binding can make to it.</summary>
    internal sealed class Driver
    {
        public readonly KryonRuntime Runtime = AppTestKit.Start(App);
        private readonly Dictionary<string, Element> _elements = [];
        private readonly List<Element> _removed = [];

        public Driver()
        {
            foreach (var e in Runtime.Tree.Elements)
                if (e.Id is { } id) _elements[id] = e;
            Frame();
        }

        public Element this[string id] => _elements[id];

        public void Frame() => Runtime.RunFrame(Runtime.NowMs + 16);

        private static PropertyValue Value(PropertyInfo property, string text)
        {
            var converted = KryValueText.Convert(property, new StringLiteral(text));
            return converted.Value ?? throw new InvalidOperationException($"{property.Name}: {text}: {converted.Message}");
        }

        private static void Set(Element e, string property, string text)
        {
            var p = PropertyRegistry.Get(property);
            e.SetScriptValue(p, p.Name == "text" ? new StringValue(text) : Value(p, text));
        }

        private static void Clear(Element e, string property) => e.ClearScriptValue(PropertyRegistry.Get(property));

        public void Apply(Step step)
        {
            var text = this[TextIds[step.Target % TextIds.Length]];
            var box = this[BoxIds[step.Target % BoxIds.Length]];
            int v = step.Value;
            switch (step.Change)
            {
                case Change.Text:
                    Set(text, "text", Words[v % Words.Length]);
                    break;
                case Change.Color:
                    Set(v % 3 == 0 ? text : box, (v / 3 % 3) switch { 0 => "background_color", 1 => "text_color", _ => "border_color" }, Colors[v % Colors.Length]);
                    break;
                case Change.Visibility:
                    if (v % 2 == 0) Set(v % 4 == 0 ? text : box, "visibility", "false");
                    else Clear(v % 4 == 1 ? text : box, "visibility");
                    break;
                case Change.Display:
                    if (v % 3 == 0) Set(box, "display", "none");
                    else Clear(box, "display");
                    break;
                case Change.Scroll:
                    var list = this["list"];
                    if (v % 2 == 0) list.ScrollY = v;
                    else list.ScrollX = v % 5; // the setter asks for the repaint (the runtime's wheel handler also asks for a frame)
                    break;
                case Change.Width:
                    if (v % 4 == 3) Clear(box, "width");
                    else Set(box, "width", (20 + v).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.Height:
                    if (v % 4 == 3) Clear(text, "height");
                    else Set(text, "height", (v % 30).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.Border:
                    Set(box, "border_width", (v % 4).ToString(CultureInfo.InvariantCulture));
                    Set(box, "border_color", Colors[v % Colors.Length]);
                    if (v % 2 == 0) Set(box, "border_radius", (v % 12).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.FontSize:
                    Set(v % 2 == 0 ? text : box, "font_size", (8 + v % 20).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.ZIndex:
                    if (v % 3 == 2) Clear(box, "z_index");
                    else Set(box, "z_index", (v % 5 - 2).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.Opacity:
                    if (v % 4 == 3) Clear(box, "opacity");
                    else Set(box, "opacity", (v % 3 * 0.5).ToString(CultureInfo.InvariantCulture));
                    break;
                case Change.Overflow:
                    Set(box, "overflow", v % 2 == 0 ? "hidden" : "visible");
                    break;
                case Change.Move:
                    Move(box, v);
                    break;
                case Change.Focus:
                    Runtime.SetFocus(v % 3 == 0 ? null : v % 3 == 1 ? this["input"] : this["button"]);
                    break;
                case Change.Type:
                    Runtime.Enqueue(v % 3 == 0 ? new KeyDownEvent("ArrowLeft") : v % 3 == 1 ? new KeyDownEvent("Backspace") : new TextInputEvent("k"));
                    break;
                case Change.Hover:
                    Runtime.Enqueue(new PointerMoveEvent(v * 4 % 400, v * 3 % 300));
                    break;
                case Change.Resize:
                    Runtime.Resize(300 + v, 200 + v % 50);
                    break;
                case Change.Clear:
                    foreach (var p in new[] { "background_color", "width", "opacity", "z_index", "visibility", "text" }) Clear(box, p);
                    break;
            }
        }

        /// <summary>Removes an element (not the root) or puts a removed one back under a container.</summary>
        private void Move(Element e, int v)
        {
            if (_removed.Count > 0 && v % 2 == 0)
            {
                var back = _removed[^1];
                _removed.RemoveAt(_removed.Count - 1);
                var parent = v % 4 == 0 ? this["cards"] : this["list"];
                if (!parent.IsAttached) parent = Runtime.Tree.Root!;
                Runtime.Tree.InsertChild(parent, v % (parent.Children.Count + 1), back);
                return;
            }
            if (e.Parent is null || !e.IsAttached) return;
            Runtime.Tree.Remove(e);
            _removed.Add(e);
        }

        private string Geometry()
        {
            var lines = new List<string>();
            foreach (var e in Runtime.Tree.Elements)
                lines.Add($"{e}: {e.ScreenBox} clip {e.ScreenClip} painted={e.IsPainted} content {e.ContentWidth}×{e.ContentHeight}");
            return string.Join("\n", lines);
        }

        public void AssertMatchesFullBuild(string when)
        {
            var incremental = Runtime.DisplayList.Commands.ToArray();
            string geometry = Geometry();
            var reference = Runtime.BuildReferenceDisplayList();
            var expected = reference.Commands.ToArray();
            if (!incremental.SequenceEqual(expected))
            {
                int at = 0;
                while (at < Math.Min(incremental.Length, expected.Length) && incremental[at] == expected[at]) at++;
                Assert.Fail($"after {when}: the incremental list ({incremental.Length} commands) differs from a full build ({expected.Length}) at {at}:\n" +
                    $"  incremental: {(at < incremental.Length ? incremental[at] : "(end)")}\n  full build:  {(at < expected.Length ? expected[at] : "(end)")}\n" +
                    $"  ({Runtime.DisplayListStats})");
            }
            Assert.Equal(reference.Background, Runtime.DisplayList.Background);
            Assert.Equal((reference.Width, reference.Height), (Runtime.DisplayList.Width, Runtime.DisplayList.Height));
            Assert.True(geometry == Geometry(), $"after {when}: element geometry differs from a full build's\n{Diff(geometry, Geometry())}");
        }

        private static string Diff(string a, string b)
        {
            var x = a.Split('\n');
            var y = b.Split('\n');
            return string.Join("\n", x.Zip(y).Where(p => p.First != p.Second).Take(5).Select(p => $"  incremental {p.First}\n  full build  {p.Second}"));
        }
    }
}
