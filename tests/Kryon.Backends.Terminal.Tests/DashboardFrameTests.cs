using System.Text;
using Kryon.Backends.Terminal.Rendering;
using Kryon.Values;

namespace Kryon.Backends.Terminal.Tests;

/// <summary>
/// The performance targets as checks: in a 120×40 dashboard (the same as
/// benchmarks/…/Terminal/TerminalFrameBenchmarks), one number changing writes under 100 bytes and
/// an unchanged frame writes none; the display list and the screen agree after every frame.
/// </summary>
public class DashboardFrameTests
{
    private const int Columns = 120, Rows = 40;

    private static string Dashboard()
    {
        var sb = new StringBuilder("@variables { v: String = \"1,204\" }\n");
        sb.Append("style \"card\" { background_color: \"#FFFFFF\"; border_width: 1; border_color: \"#CBD5E1\"; border_radius: 4; padding: \"16 16\"; width: 224; height: 80; layout: column }\n");
        sb.Append("App { window_width: 960; window_height: 640; background_color: \"#F1F5F9\"; layout: column; padding: \"0 8\"\n");
        sb.Append("    Container { layout: row; gap: 16; height: 16; background_color: \"#0F172A\"; Text { text: \"Operations dashboard\"; text_color: \"#F8FAFC\"; font_weight: bold } }\n");
        for (int row = 0; row < 7; row++)
        {
            sb.Append("    Container { layout: row; gap: 16\n");
            for (int col = 0; col < 4; col++)
            {
                int i = row * 4 + col;
                string value = i == 0 ? "$v" : $"\"{i * 7919 % 100000:N0}\"";
                sb.Append($"        Container {{ style: \"card\"; Text {{ text: \"Card {i}\"; text_color: \"#64748B\" }} Text {{ text: {value}; font_weight: bold; text_color: \"#0F172A\" }} Text {{ text: \"+{i % 9}.{i % 7}%\"; text_color: \"#16A34A\" }} }}\n");
            }
            sb.Append("    }\n");
        }
        return sb.Append("}\n").ToString();
    }

    [Fact]
    public void One_changed_number_writes_under_100_bytes_and_an_unchanged_frame_none()
    {
        var runtime = TestApps.Start(Dashboard(), Columns, Rows);
        var grid = TestApps.Render(runtime, Columns, Rows);
        Assert.Contains("1,204", grid.ToText());
        var writer = TestApps.Writer();
        var terminal = new VirtualTerminal(Columns, Rows);
        terminal.Feed(writer.Write(grid));

        var renderer = new GridRenderer();
        string[] values = ["1,205", "1,206", "9,999"];
        foreach (var value in values)
        {
            runtime.State.SetVariable("v", new StringLiteral(value));
            Assert.True(runtime.RunFrame(runtime.NowMs + 16));
            renderer.Render(runtime.DisplayList, grid);
            var bytes = writer.Write(grid);
            Assert.InRange(bytes.Length, 1, 99);
            terminal.Feed(bytes);
            Assert.Equal(grid.ToText(), terminal.Screen());
            Assert.Contains(value, terminal.Screen());
        }
        renderer.Render(runtime.DisplayList, grid);
        Assert.Equal(0, writer.Write(grid).Length);
    }

    [Fact]
    public void A_full_redraw_after_invalidate_shows_the_whole_screen_again()
    {
        var runtime = TestApps.Start(Dashboard(), Columns, Rows);
        var grid = TestApps.Render(runtime, Columns, Rows);
        var writer = TestApps.Writer();
        writer.Write(grid);
        // What a resize does: the terminal's content is unknown, so everything is written again.
        writer.Invalidate();
        var terminal = new VirtualTerminal(Columns, Rows);
        terminal.Feed(writer.Write(grid));
        Assert.Equal(grid.ToText(), terminal.Screen());
        Assert.Contains("╭──", terminal.Screen());
    }
}
