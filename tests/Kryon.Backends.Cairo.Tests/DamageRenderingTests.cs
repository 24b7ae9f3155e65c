using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Cairo.Drawing;
using Kryon.Backends.Cairo.Output;
using Kryon.Backends.Cairo.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Loading;
using Kryon.Values;

namespace Kryon.Backends.Cairo.Tests;

/// <summary>
/// Repainting only the display list's damage into the previous frame's pixels gives the picture
/// a full render gives (within 1 per channel): for single changes, for text that overflows its
/// box, at HiDPI scale, and for random sequences of changes (FsCheck).
/// </summary>
public class DamageRenderingTests
{
    private const string Dashboard = """
        style "card" { background_color: "#FFFFFF"; border_width: 1; border_color: "#C0C4CC"; border_radius: 6; padding: 6; layout: column; gap: 2 }
        App { window_width: 360; window_height: 240; background_color: "#F4F4F8"; layout: column; gap: 6; padding: 6
            Container { id: "header"; layout: row; gap: 8; padding: 6; background_color: "#1E293B"
                Text { id: "title"; text: "Dashboard"; text_color: "#FFFFFF"; font_size: 16; font_weight: bold }
                Text { id: "clock"; text: "12:00"; text_color: "#CBD5E1" }
            }
            Container { id: "cards"; layout: row; gap: 6
                Container { id: "card0"; style: "card"; width: 80
                    Text { id: "label0"; text: "Sales"; text_color: "#64748B"; font_size: 11 }
                    Text { id: "value0"; text: "1,024"; font_size: 18; font_weight: bold }
                }
                Container { id: "card1"; style: "card"; width: 80
                    Text { id: "label1"; text: "Users"; text_color: "#64748B"; font_size: 11 }
                    Text { id: "value1"; text: "42"; font_size: 18; font_weight: bold }
                }
                Container { id: "card2"; style: "card"; width: 80; opacity: 0.8
                    Text { id: "label2"; text: "Errors"; text_color: "#64748B"; font_size: 11 }
                    Text { id: "value2"; text: "0"; font_size: 18; font_weight: bold; text_color: "#DC2626" }
                }
            }
            Container { id: "list"; layout: column; overflow: scroll; height: 54; border_width: 1; border_color: "#94A3B8"; border_radius: 4; padding: 2
                Text { id: "item0"; text: "First item" }
                Text { id: "item1"; text: "Second item" }
                Text { id: "item2"; text: "Third item" }
                Text { id: "item3"; text: "Fourth item" }
            }
            Container { id: "footer"; layout: row; gap: 6
                Text { id: "note"; width: 120; height: 16; text: "A note long enough to wrap onto more lines than its box holds" }
                Button { id: "ok"; text: "OK"; padding: "2 10"; background_color: "#4F46E5"; text_color: "#FFFFFF"; border_radius: 4 }
            }
        }
        """;

    private sealed class App : IDisposable
    {
        private readonly PangoTextMeasurer _measurer = new();
        public readonly CairoRenderer Renderer;
        public readonly CairoFrameBuffer Buffer;
        public readonly KryonRuntime Runtime;
        private readonly Dictionary<string, Element> _elements = [];
        private readonly List<Element> _removed = [];

        public App(float scale = 1)
        {
            var compiled = KryCompiler.CheckText("dashboard.kry", Dashboard);
            Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
            var bytes = KrbWriter.Write(compiled.App!, new DiagnosticBag());
            Runtime = KryonRuntime.Load(KrbReader.Read(bytes!), new RuntimeOptions { Measurer = _measurer });
            Runtime.Start();
            Runtime.RunFrame(16);
            foreach (var e in Runtime.Tree.Elements)
                if (e.Id is { } id) _elements[id] = e;
            Renderer = new CairoRenderer { Scale = scale };
            Buffer = new CairoFrameBuffer(Renderer);
            Buffer.Render(Runtime.DisplayList);
        }

        public Element this[string id] => _elements[id];

        public void Set(string id, string property, string value)
        {
            var p = PropertyRegistry.Get(property);
            this[id].SetScriptValue(p, p.Name == "text" ? new StringValue(value) : KryValueText.Convert(p, new StringLiteral(value)).Value!);
        }

        public void Clear(string id, string property) => this[id].ClearScriptValue(PropertyRegistry.Get(property));

        public void Remove(string id)
        {
            var e = this[id];
            if (e.Parent is null || !e.IsAttached) return;
            Runtime.Tree.Remove(e);
            _removed.Add(e);
        }

        public void PutBack(string parentId, int index)
        {
            if (_removed.Count == 0) return;
            var e = _removed[^1];
            _removed.RemoveAt(_removed.Count - 1);
            var parent = this[parentId].IsAttached ? this[parentId] : Runtime.Tree.Root!;
            Runtime.Tree.InsertChild(parent, index % (parent.Children.Count + 1), e);
        }

        /// <summary>Runs a frame, repaints the buffer, and checks it against a full render of the same list.</summary>
        public void FrameAndCompare(string what)
        {
            Runtime.RunFrame(Runtime.NowMs + 16);
            Buffer.Render(Runtime.DisplayList);
            var expected = Renderer.RenderToPixels(Runtime.DisplayList);
            AssertSamePixels(expected, Buffer.ToImage(), what);
        }

        public void Dispose()
        {
            Buffer.Dispose();
            Renderer.Dispose();
            _measurer.Dispose();
        }
    }

    /// <summary>Pixel-exact: the repaint rasterizes every command exactly as a full render does.</summary>
    private const int Tolerance = 0;

    /// <summary>Pixel for pixel, each premultiplied channel within <see cref="Tolerance"/>.</summary>
    private static void AssertSamePixels(RenderedImage expected, RenderedImage actual, string what)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        int bad = 0, firstX = -1, firstY = -1;
        for (int i = 0; i < expected.Pixels.Length; i++)
        {
            uint a = expected.Pixels[i], b = actual.Pixels[i];
            for (int shift = 0; shift < 32; shift += 8)
                if (Math.Abs((int)((a >> shift) & 0xFF) - (int)((b >> shift) & 0xFF)) > Tolerance)
                {
                    if (bad++ == 0) (firstX, firstY) = (i % expected.Width, i / expected.Width);
                    break;
                }
        }
        if (bad > 0)
            Assert.Fail($"{what}: {bad} pixels differ from a full render, the first at ({firstX}, {firstY}): " +
                $"full {expected.Pixels[firstY * expected.Width + firstX]:X8}, repainted {actual.Pixels[firstY * expected.Width + firstX]:X8}");
    }

    [Fact]
    public void Frame_2_repainted_over_frame_1_by_its_damage_equals_a_full_render_of_frame_2()
    {
        using var app = new App();
        Assert.True(app.Buffer.Frame.LastRenderWasFull);
        app.Set("value1", "text", "43");
        app.FrameAndCompare("one text changed");

        var frame = app.Buffer.Frame;
        Assert.False(frame.LastRenderWasFull);
        Assert.Equal(app.Runtime.DisplayList.Version, frame.Version);
        // Only around the changed text was repainted, a small part of the window.
        var (x, y, w, h) = frame.LastRedrawn;
        var box = app["value1"].ScreenBox;
        Assert.True(x <= box.X && y <= box.Y && x + w >= box.Right && y + h >= box.Bottom, $"{frame.LastRedrawn} covers {box}");
        Assert.True(w * h < 360 * 240 / 20, $"repainted {w}×{h}");
    }

    [Fact]
    public void Changes_of_every_kind_repaint_to_the_full_render()
    {
        using var app = new App();
        app.Set("clock", "text", "12:01");
        app.FrameAndCompare("clock");
        app.Set("card0", "background_color", "#FDE68A");
        app.FrameAndCompare("card colour");
        app.Set("card1", "opacity", "0.4");
        app.FrameAndCompare("opacity");
        app.Set("card0", "z_index", "2");
        app.Set("card0", "width", "120");
        app.FrameAndCompare("z_index and a width that moves the siblings");
        app["list"].ScrollY = 12;
        app.FrameAndCompare("scroll");
        app.Set("label2", "visibility", "false");
        app.FrameAndCompare("hidden");
        app.Clear("label2", "visibility");
        app.Set("card2", "border_radius", "0");
        app.FrameAndCompare("shown again, square corners");
        app.Remove("card1");
        app.FrameAndCompare("removed");
        app.PutBack("list", 1);
        app.FrameAndCompare("put back into the scrolled list");
        Assert.False(app.Buffer.Frame.LastRenderWasFull);
    }

    [Fact]
    public void Text_that_overflows_its_box_is_repainted_where_its_ink_went()
    {
        using var app = new App();
        // The note wraps to lines below its 16px box: both the old and the new overflow are repainted.
        app.Set("note", "text", "Another note, also long enough to overflow its little box twice over");
        app.FrameAndCompare("overflowing text changed");
        Assert.False(app.Buffer.Frame.LastRenderWasFull);
        app.Set("note", "text", "short");
        app.FrameAndCompare("overflow gone");
        app.Set("title", "font_size", "30");
        app.FrameAndCompare("a bigger title");
    }

    [Fact]
    public void At_scale_2_the_damage_is_repainted_in_whole_device_pixels()
    {
        using var app = new App(scale: 2);
        app.Set("value0", "text", "2,048");
        app.Set("card2", "background_color", "#E0F2FE");
        app.FrameAndCompare("two changes at scale 2");
        Assert.False(app.Buffer.Frame.LastRenderWasFull);
        Assert.Equal((720, 480), (app.Buffer.Width, app.Buffer.Height));
    }

    [Fact]
    public void A_skipped_version_a_new_size_or_another_list_redraws_everything()
    {
        using var app = new App();
        var list = app.Runtime.DisplayList;
        app.Set("clock", "text", "1");
        app.Runtime.RunFrame(app.Runtime.NowMs + 16);
        app.Set("clock", "text", "2");
        app.Runtime.RunFrame(app.Runtime.NowMs + 16);
        // The buffer shows the version before the one the damage is relative to: everything is redrawn.
        app.Buffer.Render(list);
        Assert.True(app.Buffer.Frame.LastRenderWasFull);
        AssertSamePixels(app.Renderer.RenderToPixels(list), app.Buffer.ToImage(), "after a skipped version");

        app.Runtime.Resize(300, 200);
        app.FrameAndCompare("resized");
        Assert.True(app.Buffer.Frame.LastRenderWasFull);

        // Into a caller's buffer: the first render is full, the next one only repaints the damage.
        int stride = CairoSurfaces.StrideFor(300);
        var pixels = new byte[stride * 200];
        var retained = new RetainedFrame();
        CairoSurfaces.RenderInto(app.Renderer, list, pixels, 300, 200, stride, retained);
        Assert.True(retained.LastRenderWasFull);
        app.Set("ok", "background_color", "#16A34A");
        app.Runtime.RunFrame(app.Runtime.NowMs + 16);
        CairoSurfaces.RenderInto(app.Renderer, list, pixels, 300, 200, stride, retained);
        Assert.False(retained.LastRenderWasFull);
        var expected = app.Renderer.RenderToPixels(list);
        var actual = new uint[300 * 200];
        for (int y = 0; y < 200; y++)
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(pixels.AsSpan(y * stride, 300 * 4)).CopyTo(actual.AsSpan(y * 300));
        AssertSamePixels(expected, new RenderedImage(300, 200, actual, []), "caller's buffer");
    }

    // ---- random sequences ---------------------------------------------------------------------------

    private static readonly string[] Ids = ["title", "clock", "label0", "value0", "value1", "label2", "item0", "item2", "note", "ok", "card0", "card1", "card2", "header", "list", "cards"];

    private static readonly string[] Colors = ["#FF0000", "#00FF0080", "#00000000", "#0F172A", "#FFFFFF"];

    private static readonly string[] Words = ["", "7", "Revenue", "a label long enough to wrap and overflow", "Ünïcödé"];

    public sealed record Step(int Kind, int Target, int Value)
    {
        public override string ToString() => $"{Kind}({Ids[Target % Ids.Length]},{Value})";
    }

    private static void Apply(App app, Step s)
    {
        string id = Ids[s.Target % Ids.Length];
        int v = s.Value;
        string n = v.ToString(CultureInfo.InvariantCulture);
        switch (s.Kind)
        {
            case 0: app.Set(id, "text", Words[v % Words.Length]); break;
            case 1: app.Set(id, v % 2 == 0 ? "background_color" : "text_color", Colors[v % Colors.Length]); break;
            case 2: if (v % 2 == 0) app.Set(id, "visibility", "false"); else app.Clear(id, "visibility"); break;
            case 3: app.Set(id, "width", (10 + v).ToString(CultureInfo.InvariantCulture)); break;
            case 4: if (v % 3 == 0) app.Clear(id, "z_index"); else app.Set(id, "z_index", (v % 4 - 1).ToString(CultureInfo.InvariantCulture)); break;
            case 5: if (v % 3 == 0) app.Clear(id, "opacity"); else app.Set(id, "opacity", (v % 4 * 0.3).ToString(CultureInfo.InvariantCulture)); break;
            case 6: app["list"].ScrollY = v % 40; break;
            case 7: app.Set(id, "border_radius", n); app.Set(id, "border_width", (v % 3).ToString(CultureInfo.InvariantCulture)); break;
            case 8: app.Set(id, "font_size", (8 + v % 24).ToString(CultureInfo.InvariantCulture)); break;
            case 9: if (v % 2 == 0) app.Remove(id); else app.PutBack(v % 4 == 1 ? "cards" : "list", v); break;
            default: app.Set(id, "height", (v % 40).ToString(CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>
    /// Sequences the property found when the damage was a clip while drawing: cairo antialiases a
    /// rounded corner differently where a clip cuts it (by up to 11 levels), so the repaint now
    /// draws unclipped on a buffer-sized scratch surface and copies the damage from it.
    /// </summary>
    [Theory]
    [InlineData("7,card0,17;8,value1,21;3,card0,40|6,item2,3;3,note,46;3,note,38|9,clock,15;10,ok,28|0,title,3|4,value0,56;8,header,30;10,label0,42|3,header,3;0,card1,21;1,clock,19")]
    [InlineData("7,item2,26;6,item0,12|1,list,51;1,card0,11;0,card0,22|10,item2,36;8,card2,23;9,label0,16|10,card1,18;8,ok,51;4,value1,28")]
    public void Sequences_where_the_damage_cuts_rounded_corners_repaint_exactly(string script)
    {
        using var app = new App();
        foreach (var frame in script.Split('|'))
        {
            foreach (var step in frame.Split(';'))
            {
                var parts = step.Split(',');
                Apply(app, new Step(int.Parse(parts[0], CultureInfo.InvariantCulture), Array.IndexOf(Ids, parts[1]), int.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
            app.FrameAndCompare(frame);
        }
    }

    [Fact]
    public void Random_changes_repainted_by_damage_equal_full_renders()
    {
        var steps = from kind in Gen.Choose(0, 10) from target in Gen.Choose(0, 60) from value in Gen.Choose(0, 60) select new Step(kind, target, value);
        var frames = Arb.From(from n in Gen.Choose(1, 6) from f in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(k => Gen.ArrayOf(steps, k)), n) select f);
        var property = Prop.ForAll(frames, sequence =>
        {
            using var app = new App();
            for (int f = 0; f < sequence.Length; f++)
            {
                foreach (var step in sequence[f]) Apply(app, step);
                app.FrameAndCompare($"frame {f + 1} ({string.Join(", ", sequence[f].Select(s => s.ToString()))})");
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }
}
