using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Terminal.Output;
using Kryon.Backends.Terminal.Rendering;

namespace Kryon.Backends.Terminal.Tests;

public class DiffWriterTests
{
    private static CellGrid Grid(int columns, int rows, params (int Column, int Row, char C)[] cells)
    {
        var grid = new CellGrid(columns, rows);
        foreach (var (c, r, ch) in cells) grid.Put(c, r, ch, 1, 0xFFFFFF, 0x202020, CellStyle.None, columns);
        return grid;
    }

    [Fact]
    public void A_frame_with_no_change_writes_nothing()
    {
        var writer = TestApps.Writer();
        var grid = Grid(10, 3, (1, 1, 'x'));
        Assert.NotEqual(0, writer.Write(grid).Length);
        Assert.Equal(0, writer.Write(grid).Length);
        Assert.Equal(0, writer.Write(Grid(10, 3, (1, 1, 'x'))).Length);
    }

    [Fact]
    public void A_one_cell_change_writes_a_move_and_the_character()
    {
        var writer = TestApps.Writer();
        writer.Write(Grid(40, 10, (1, 1, 'x'), (20, 5, '1')));
        var bytes = Encoding.UTF8.GetString(writer.Write(Grid(40, 10, (1, 1, 'x'), (20, 5, '2'))));
        Assert.Equal("\e[6;21H2", bytes);
    }

    [Fact]
    public void Colours_fall_back_to_256_and_16()
    {
        var grid = Grid(4, 1, (0, 0, 'x'));
        Assert.Contains("38;2;255;255;255", Encoding.UTF8.GetString(new DiffWriter(ColorMode.TrueColor).Write(grid)));
        Assert.Contains("38;5;231", Encoding.UTF8.GetString(new DiffWriter(ColorMode.Palette256).Write(grid)));
        Assert.Contains("97", Encoding.UTF8.GetString(new DiffWriter(ColorMode.Palette16).Write(grid)));
        Assert.Equal(ColorMode.TrueColor, ColorModes.FromEnvironment("truecolor", "xterm"));
        Assert.Equal(ColorMode.TrueColor, ColorModes.FromEnvironment("24bit", null));
        Assert.Equal(ColorMode.Palette256, ColorModes.FromEnvironment(null, "tmux-256color"));
        Assert.Equal(ColorMode.Palette16, ColorModes.FromEnvironment(null, "xterm"));
    }

    [Fact]
    public void The_cursor_follows_the_caret_and_hides_without_one()
    {
        var writer = TestApps.Writer();
        var grid = Grid(10, 3);
        writer.Write(grid);
        grid.Cursor = (4, 2);
        Assert.Equal("\e[3;5H\e[6 q\e[?25h", Encoding.UTF8.GetString(writer.Write(grid)));
        Assert.Equal(0, writer.Write(grid).Length);
        grid.Cursor = null;
        Assert.Equal("\e[?25l", Encoding.UTF8.GetString(writer.Write(grid)));
    }

    [Fact]
    public void Replaying_the_writes_of_any_sequence_of_frames_shows_the_last_frame()
    {
        const int columns = 12, rows = 4;
        string[] glyphs = ["a", "b", " ", "漢", "😀", "─", "é"];
        var frame = Gen.ArrayOf(Gen.Elements(glyphs), columns * rows);
        var property = Prop.ForAll(Gen.ArrayOf(frame).ToArbitrary(), frames =>
        {
            var writer = TestApps.Writer();
            var terminal = new VirtualTerminal(columns, rows);
            foreach (var f in frames)
            {
                var grid = new CellGrid(columns, rows);
                for (int i = 0; i < f.Length; i++)
                {
                    int c = i % columns, r = i / columns;
                    var rune = Rune.GetRuneAt(f[i], 0);
                    grid.Put(c, r, rune.Value, Text.CellWidth.Of(rune), (uint)(i * 7919) & 0xFFFFFF, 0, CellStyle.None, columns);
                }
                terminal.Feed(writer.Write(grid));
                Assert.Equal(grid.ToText(), terminal.Screen());
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }
}
