using Kryon.Registry;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Runtime.Tests.App;
using Kryon.Values;

// Not Kryon.Runtime.Tests.Rendering: that namespace would hide Kryon.Runtime.Rendering from tests that write `Rendering.DisplayCommandKind`.
namespace Kryon.Runtime.Tests.DisplayLists;

/// <summary>
/// What the incremental display list copies and what it writes (the builder's stats), and the
/// damage it records: the old and new bounds of what changed, the whole window when the size or
/// the root changed.
/// </summary>
public class IncrementalDisplayListTests
{
    /// <summary>Two cards side by side; every box has a fixed size, so a text change moves nothing.</summary>
    private const string Cards = """
        App { layout: row; gap: 10; padding: 10; background_color: "#FFFFFF"
            Container { id: "a"; layout: column; width: 100; height: 80; background_color: "#EEEEEE"; border_width: 1; border_color: "#000000"
                Text { id: "ta"; text: "alpha"; width: 90; height: 20 }
                Text { id: "ta2"; text: "second"; width: 90; height: 20 }
            }
            Container { id: "b"; layout: column; width: 100; height: 80; background_color: "#DDDDDD"; border_width: 1; border_color: "#000000"; border_radius: 4
                Text { id: "tb"; text: "beta"; width: 90; height: 20 }
                Text { id: "tb2"; text: "more"; width: 90; height: 20 }
                Container { id: "tb3"; width: 20; height: 20; background_color: "#FF0000" }
            }
            Container { id: "scroller"; layout: column; overflow: scroll; width: 100; height: 40
                Text { text: "one"; height: 20 }
                Text { text: "two"; height: 20 }
                Text { text: "three"; height: 20 }
                Text { text: "four"; height: 20 }
            }
        }
        """;

    private static void SetText(Element e, string text) => e.SetScriptValue(Props.Text, new StringValue(text));

    private static void SetColor(Element e, PropertyInfo property, byte r) => e.SetScriptValue(property, new ColorValue(new Color(r, 0, 0, 255)));

    private static void Frame(KryonRuntime rt) => rt.RunFrame(rt.NowMs + 16);

    /// <summary>How many commands of the list belong to the element and its descendants.</summary>
    private static int CommandsOf(KryonRuntime rt, Element e)
    {
        var handles = e.DescendantsAndSelf().Select(d => d.Handle).ToHashSet();
        int count = 0;
        foreach (var c in rt.DisplayList.Commands)
            if (handles.Contains(c.Element)) count++;
        return count;
    }

    [Fact]
    public void An_unchanged_sibling_subtree_is_copied_in_one_block_and_only_the_changed_path_is_written()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        SetText(rt.ById("ta"), "ALPHA");
        Frame(rt);

        var stats = rt.DisplayListStats;
        Assert.True(stats.Incremental);
        // App, card a and the changed text; card b, the scroller and a's other text are copied whole.
        Assert.Equal(3, stats.ElementsPainted);
        Assert.Equal(3, stats.SubtreesReused);
        int copied = CommandsOf(rt, rt.ById("b")) + CommandsOf(rt, rt.ById("scroller")) + CommandsOf(rt, rt.ById("ta2"));
        Assert.True(copied > 8, $"card b, the scroller and ta2 draw {copied} commands");
        Assert.Equal(copied, stats.CommandsCopied);
        Assert.Equal(rt.DisplayList.Count - copied, stats.CommandsBuilt);
        Assert.Contains(rt.DisplayList.Commands.ToArray(), c => c.Text?.Text == "ALPHA");
        Assert.Equal(rt.BuildReferenceDisplayList().Commands.ToArray(), rt.DisplayList.Commands.ToArray());
    }

    [Fact]
    public void The_first_build_and_builds_with_incremental_off_write_everything()
    {
        var rt = AppTestKit.Start(Cards);
        Assert.False(rt.DisplayListStats.Incremental);
        Assert.Equal(0, rt.DisplayListStats.CommandsCopied);
        Assert.Equal(rt.DisplayList.Count, rt.DisplayListStats.CommandsBuilt);
        Assert.True(rt.DisplayList.DamageIsFull);

        var builder = new DisplayListBuilder { Incremental = false };
        var list = new DisplayList();
        builder.Build(rt.Tree, list, 400, 300);
        builder.Build(rt.Tree, list, 400, 300);
        Assert.False(builder.Stats.Incremental);
        Assert.Equal(0, builder.Stats.CommandsCopied);
        Assert.Equal(rt.DisplayList.Commands.ToArray(), list.Commands.ToArray());
    }

    [Fact]
    public void A_build_with_nothing_changed_copies_the_whole_list_and_damages_nothing()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        var before = rt.DisplayList.Commands.ToArray();
        rt.RequestPaint();
        Assert.True(rt.RunFrame(rt.NowMs + 16));
        Assert.Equal(1, rt.DisplayListStats.SubtreesReused);
        Assert.Equal(0, rt.DisplayListStats.ElementsPainted);
        Assert.Equal(before.Length, rt.DisplayListStats.CommandsCopied);
        Assert.Equal(before, rt.DisplayList.Commands.ToArray());
        Assert.False(rt.DisplayList.DamageIsFull);
        Assert.Equal(0, rt.DisplayList.Damage.Length);
    }

    [Fact]
    public void A_text_change_damages_the_text_box_only()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        var ta = rt.ById("ta");
        SetText(ta, "changed");
        Frame(rt);
        Assert.False(rt.DisplayList.DamageIsFull);
        Assert.Equal(rt.DisplayList.Version - 1, rt.DisplayList.DamageBase);
        var damage = Assert.Single(rt.DisplayList.Damage.ToArray());
        Assert.Equal(ta.ScreenBox, damage);
    }

    [Fact]
    public void Two_distant_changes_are_two_damage_rectangles()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        SetColor(rt.ById("ta"), Props.TextColor, 200);
        SetColor(rt.ById("tb3"), Props.BackgroundColor, 100);
        Frame(rt);
        var damage = rt.DisplayList.Damage.ToArray();
        Assert.Equal(2, damage.Length);
        Assert.Contains(rt.ById("ta").ScreenBox, damage);
        Assert.Contains(rt.ById("tb3").ScreenBox, damage);
    }

    [Fact]
    public void A_container_change_damages_its_whole_subtree_and_a_removed_element_its_old_place()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        var b = rt.ById("b");
        SetColor(b, Props.BackgroundColor, 50);
        Frame(rt);
        Assert.Equal(b.ScreenBox, Assert.Single(rt.DisplayList.Damage.ToArray()));

        var tb3 = rt.ById("tb3");
        var old = tb3.ScreenBox;
        rt.Tree.Remove(tb3);
        Frame(rt);
        // The parent's structure changed: its old run (with tb3) and new run (without) are damaged.
        var bounds = rt.DisplayList.DamageBounds;
        Assert.True(bounds.X <= old.X && bounds.Y <= old.Y && bounds.Right >= old.Right && bounds.Bottom >= old.Bottom, $"{bounds} covers {old}");
    }

    [Fact]
    public void A_new_size_or_background_damages_the_whole_window()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        rt.Resize(500, 300);
        Frame(rt);
        Assert.True(rt.DisplayList.DamageIsFull);
        Assert.Equal(new LayoutBox(0, 0, 500, 300), Assert.Single(rt.DisplayList.Damage.ToArray()));
        // Subtrees that did not move are still copied.
        Assert.True(rt.DisplayListStats.CommandsCopied > 0);

        SetColor(rt.Tree.Root!, Props.BackgroundColor, 10);
        Frame(rt);
        Assert.True(rt.DisplayList.DamageIsFull);
    }

    [Fact]
    public void Scrolling_repaints_the_scrolled_content_inside_the_scroller_and_allocates_nothing()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        var scroller = rt.ById("scroller");
        for (int i = 0; i < 20; i++)
        {
            scroller.ScrollY = i % 2 == 0 ? 20 : 0;
            Frame(rt);
        }
        // The texts inside the scroller's box, not the ones scrolled out of it.
        var damage = Assert.Single(rt.DisplayList.Damage.ToArray());
        var box = scroller.ScreenBox;
        Assert.Equal(box.Y, damage.Y);
        Assert.Equal(box.Bottom, damage.Bottom);
        Assert.True(damage.X >= box.X && damage.Right <= box.Right, $"{damage} inside {box}");
        Assert.Equal(2, rt.DisplayListStats.SubtreesReused); // the App's other children, a and b; everything in the scroller moved
        Assert.Equal(rt.BuildReferenceDisplayList().Commands.ToArray(), rt.DisplayList.Commands.ToArray());

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            scroller.ScrollY = i % 2 == 0 ? 20 : 0;
            Frame(rt);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Damage_of_a_build_made_for_hit_testing_is_kept_for_the_frame_that_follows()
    {
        var rt = AppTestKit.Start(Cards);
        Frame(rt);
        int presented = rt.DisplayList.Version;
        SetColor(rt.ById("ta"), Props.TextColor, 1);
        // A pointer event makes the runtime lay out and build before the frame's own build.
        rt.Enqueue(new Events.PointerMoveEvent(1, 1));
        SetColor(rt.ById("tb3"), Props.BackgroundColor, 2);
        Frame(rt);
        Assert.Equal(presented, rt.DisplayList.DamageBase);
        var damage = rt.DisplayList.Damage.ToArray();
        Assert.Contains(rt.ById("ta").ScreenBox, damage);
        Assert.Contains(rt.ById("tb3").ScreenBox, damage);
    }

    [Fact]
    public void Damage_rectangles_merge_when_they_touch_and_stay_at_most_four()
    {
        var rt = AppTestKit.Start(Cards);
        var list = rt.DisplayList;
        list.BeginBuild([], out _);
        list.AddDamage(new LayoutBox(0, 0, 10, 10));
        list.AddDamage(new LayoutBox(2, 2, 5, 5)); // inside: dropped
        list.AddDamage(new LayoutBox(10, 0, 10, 10)); // touches: merged
        Assert.Equal([new LayoutBox(0, 0, 20, 10)], list.Damage.ToArray());
        list.AddDamage(new LayoutBox(100, 100, 5, 5));
        list.AddDamage(new LayoutBox(200, 100, 5, 5));
        list.AddDamage(new LayoutBox(300, 100, 5, 5));
        Assert.Equal(4, list.Damage.Length);
        list.AddDamage(new LayoutBox(300, 200, 5, 5)); // a fifth: merged with the one it grows least
        Assert.Equal(4, list.Damage.Length);
        Assert.Contains(new LayoutBox(300, 100, 5, 105), list.Damage.ToArray());
        list.AddDamage(new LayoutBox(-50, 290, 100, 100)); // clipped to the window
        Assert.All(list.Damage.ToArray(), d => Assert.True(d.X >= 0 && d.Bottom <= list.Height));
    }
}
