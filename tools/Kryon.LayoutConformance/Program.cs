using Kryon.Runtime.Layout.Conformance;

// Runs layout conformance case files: `dotnet run --project tools/Kryon.LayoutConformance -- FILE...`
// Prints "N passed, M failed" followed by each failing case and its first mismatching box.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Kryon.LayoutConformance FILE...");
    return 2;
}

bool verbose = args.Contains("--verbose") || args.Contains("-v");
string[] files = args.Where(a => !a.StartsWith('-')).ToArray();
ConformanceReport report;
try
{
    report = ConformanceRunner.RunFiles(files);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

Console.WriteLine(report.Summary);
foreach (CaseResult failure in report.Failures)
    Console.WriteLine(verbose ? $"{failure.Name}: {failure.Failure}" : failure.Name);
return report.FailedCount == 0 ? 0 : 1;
