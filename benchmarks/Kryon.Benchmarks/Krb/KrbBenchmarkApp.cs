using System.Text;
using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;

namespace Kryon.Benchmarks.Krb;

/// <summary>A 10,001-element app (App → 100 rows → 99 cells each) as KRB bytes and as the equivalent JSON.</summary>
public static class KrbBenchmarkApp
{
    public static string Source()
    {
        var sb = new StringBuilder("style \"cell\" { padding: 4; border_width: 1; border_color: \"#DDDDDDFF\" }\nApp {\n    window_title: \"Grid\"\n");
        for (int row = 0; row < 100; row++)
        {
            sb.Append($"    Container {{ id: \"row{row}\"; layout: row; gap: 2\n");
            for (int cell = 0; cell < 99; cell++)
                sb.Append($"        Text {{ text: \"cell {cell}\"; style: \"cell\"; font_size: {10 + cell % 8}; text_color: \"#{cell * 2:X2}3040FF\"; width: {40 + cell % 5} }}\n");
            sb.Append("    }\n");
        }
        return sb.Append("}\n").ToString();
    }

    public static byte[] Krb()
    {
        var result = KryCompiler.CheckText("bench.kry", Source());
        if (!result.Success) throw new InvalidOperationException(DiagnosticFormatter.FormatHuman(result.Diagnostics));
        var bag = new DiagnosticBag();
        return KrbWriter.Write(result.App!, bag) ?? throw new InvalidOperationException(DiagnosticFormatter.FormatHuman(bag.Items));
    }

    /// <summary>The same document as `kryon inspect --json` prints it (compact).</summary>
    public static byte[] Json(byte[] krb) => Encoding.UTF8.GetBytes(KrbJsonWriter.ToJson(KrbReader.Read(krb), krb.Length, indented: false));
}
