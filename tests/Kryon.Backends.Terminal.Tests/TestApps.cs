using Kryon.Backends.Terminal.Output;
using Kryon.Backends.Terminal.Rendering;
using Kryon.Backends.Terminal.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;

namespace Kryon.Backends.Terminal.Tests;

/// <summary>Small KRY apps run with the cell measurer at a terminal's size, and drawn into a grid.</summary>
internal static class TestApps
{
    public static KryonRuntime Start(string kry, int columns, int rows)
    {
        var compiled = KryCompiler.CheckText("test.kry", kry);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var bytes = KrbWriter.Write(compiled.App!, new DiagnosticBag());
        Assert.NotNull(bytes);
        var runtime = KryonRuntime.Load(KrbReader.Read(bytes), new RuntimeOptions
        {
            Measurer = new CellTextMeasurer(),
            Width = columns * CellTextMeasurer.CellWidthPx,
            Height = rows * CellTextMeasurer.CellHeightPx,
        });
        runtime.Start();
        Frames(runtime);
        return runtime;
    }

    public static void Frames(KryonRuntime runtime)
    {
        for (int i = 0; i < 3; i++) runtime.RunFrame(runtime.NowMs + 16);
    }

    public static CellGrid Render(KryonRuntime runtime, int columns, int rows)
    {
        var grid = new CellGrid(columns, rows);
        new GridRenderer().Render(runtime.DisplayList, grid);
        return grid;
    }

    public static string Screen(string kry, int columns, int rows) => Render(Start(kry, columns, rows), columns, rows).ToText();

    public static DiffWriter Writer() => new(ColorMode.TrueColor);
}
