using Kryon.Benchmarks.Compiler;
using Kryon.LanguageServer.Protocol;

namespace Kryon.Benchmarks.Lsp;

/// <summary>The benchmark document: the compiler benchmarks' realistic generated app, sized to a number of lines.</summary>
public static class LspBenchmarkInput
{
    private const int Seed = 20240601;

    /// <summary>A valid app of about <paramref name="lines"/> lines (within 5%).</summary>
    public static string Generate(int lines)
    {
        int elements = 1_000;
        for (int attempt = 0; attempt < 8; attempt++)
        {
            var text = KryDocumentGenerator.Generate(elements, Seed).Kry;
            int count = text.Count(c => c == '\n') + 1;
            if (Math.Abs(count - lines) <= lines / 20) return text;
            elements = Math.Max(10, (int)((long)elements * lines / count));
        }
        throw new InvalidOperationException($"could not size the input to {lines} lines");
    }

    /// <summary>A position in the middle of the file, right after `text_alignment: ` or another property's colon, where completion lists values.</summary>
    public static Position CursorInValue(string text)
    {
        var lines = text.Split('\n');
        for (int i = lines.Length / 2; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && lines[i].TrimStart().StartsWith("text_alignment", StringComparison.Ordinal)) return new Position(i, colon + 2);
        }
        for (int i = lines.Length / 2; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && !lines[i].Contains('"')) return new Position(i, colon + 2);
        }
        throw new InvalidOperationException("no property value in the benchmark input");
    }
}
