using System.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;

namespace Kryon.Benchmarks.Runtime;

/// <summary>
/// The apps the runtime frame benchmarks run, generated as KRY text and compiled in memory the
/// way `kryon run` does (KRY → KRB bytes → KrbDocument → runtime). Default options: the estimated
/// text measurer, no scripts, the App's window size.
/// </summary>
public static class RuntimeBenchmarkApps
{
    /// <summary>Elements in <see cref="BoundGridSource"/> besides the App: 50 rows × (1 Container + 19 Texts).</summary>
    public const int GridElements = 1000;

    /// <summary>How many Texts of the grid read <c>$v</c>.</summary>
    public const int GridBindings = 10;

    /// <summary>Inputs in <see cref="FormSource"/>.</summary>
    public const int FormInputs = 64;

    /// <summary>
    /// App → 50 row Containers → 19 Texts each (1,000 elements under the App); the first Text of
    /// every fifth row shows <c>$v</c> (10 bindings, each with its own wording).
    /// </summary>
    public static string BoundGridSource()
    {
        string[] wordings = ["Value: $v", "v = $v", "$v items", "Total $v", "[$v]", "Count: $v", "#$v", "$v left", "Now $v", "Seen $v times"];
        var sb = new StringBuilder("@variables { v: Int = 0 }\nApp {\n    window_width: 1200; window_height: 900; layout: column\n");
        int bound = 0;
        for (int row = 0; row < 50; row++)
        {
            sb.Append($"    Container {{ id: \"row{row}\"; layout: row; gap: 2; padding: 2\n");
            for (int cell = 0; cell < 19; cell++)
            {
                string text = cell == 0 && row % 5 == 0 ? wordings[bound++] : $"cell {row}.{cell}";
                sb.Append($"        Text {{ text: \"{text}\"; font_size: {10 + cell % 6}; width: {40 + cell % 5} }}\n");
            }
            sb.Append("    }\n");
        }
        if (bound != GridBindings) throw new InvalidOperationException("the grid must bind $v in exactly 10 places");
        return sb.Append("}\n").ToString();
    }

    /// <summary>A form of 64 labelled Inputs, Input N two-way bound to <c>$fieldN</c> (8 rows of 8 fields).</summary>
    public static string FormSource()
    {
        var sb = new StringBuilder("@variables {\n");
        for (int i = 0; i < FormInputs; i++) sb.Append($"    field{i}: String = \"\"\n");
        sb.Append("}\nApp {\n    window_width: 1200; window_height: 900; layout: column; gap: 4\n");
        for (int row = 0; row < FormInputs / 8; row++)
        {
            sb.Append($"    Container {{ id: \"form_row{row}\"; layout: row; gap: 8\n");
            for (int col = 0; col < 8; col++)
            {
                int i = row * 8 + col;
                sb.Append($"        Container {{ layout: column; gap: 2\n");
                sb.Append($"            Text {{ text: \"Field {i}\"; font_size: 12 }}\n");
                sb.Append($"            Input {{ id: \"input{i}\"; value: $field{i}; placeholder: \"field {i}\"; width: 140; height: 28; padding: 4; border_width: 1 }}\n");
                sb.Append("        }\n");
            }
            sb.Append("    }\n");
        }
        return sb.Append("}\n").ToString();
    }

    public static KrbDocument Compile(string kry)
    {
        var result = KryCompiler.CheckText("bench.kry", kry);
        if (!result.Success) throw new InvalidOperationException(DiagnosticFormatter.FormatHuman(result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag) ?? throw new InvalidOperationException(DiagnosticFormatter.FormatHuman(bag.Items));
        return KrbReader.Read(bytes);
    }

    /// <summary>A started runtime over <paramref name="kry"/> (its first frame already run).</summary>
    public static KryonRuntime Start(string kry)
    {
        var runtime = KryonRuntime.Load(Compile(kry), new RuntimeOptions());
        runtime.Start();
        if (runtime.Log.Entries.Count > 0) throw new InvalidOperationException("the benchmark app logged problems:\n" + string.Join("\n", runtime.Log.Entries));
        return runtime;
    }
}
