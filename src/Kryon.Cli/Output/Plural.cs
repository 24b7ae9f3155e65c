namespace Kryon.Cli.Output;

/// <summary>Counts in the commands' messages: "1 error", "3 errors", "2 entries" (with an irregular plural).</summary>
internal static class Plural
{
    public static string Count(long n, string noun, string? plural = null) => n == 1 ? $"1 {noun}" : $"{n} {plural ?? noun + "s"}";
}
