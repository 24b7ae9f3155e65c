using System.Diagnostics;
using System.Text.Json;

namespace Kryon.Scripting;

/// <summary>What one script function cost so far (seed 004's call statistics).</summary>
public sealed class ScriptFunctionStatistics(string function, string language)
{
    public string Function { get; } = function;

    public string Language { get; } = language;

    public long Calls { get; internal set; }

    public long Failures { get; internal set; }

    public double TotalMs { get; internal set; }

    public double MaxMs { get; internal set; }
}

/// <summary>
/// Counts and times every call the script manager makes into an engine, by function (a function
/// value by its name, or "(anonymous)"): how often, how long in total and at most, how many failed.
/// `kryon run --dump-state` prints them in its "run" report.
/// </summary>
public sealed class ScriptCallStatistics
{
    private readonly Dictionary<(string Language, string Function), ScriptFunctionStatistics> _byFunction = [];

    public IReadOnlyCollection<ScriptFunctionStatistics> Functions => _byFunction.Values;

    internal void Record(string language, string function, long startTimestamp, bool succeeded)
    {
        double ms = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        if (!_byFunction.TryGetValue((language, function), out var stats))
            _byFunction[(language, function)] = stats = new ScriptFunctionStatistics(function, language);
        stats.Calls++;
        if (!succeeded) stats.Failures++;
        stats.TotalMs += ms;
        if (ms > stats.MaxMs) stats.MaxMs = ms;
    }

    /// <summary>Writes the statistics as a JSON array, most time first.</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        foreach (var s in _byFunction.Values.OrderByDescending(s => s.TotalMs).ThenBy(s => s.Function, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("function", s.Function);
            w.WriteString("language", s.Language);
            w.WriteNumber("calls", s.Calls);
            w.WriteNumber("failures", s.Failures);
            w.WriteNumber("totalMs", Math.Round(s.TotalMs, 3));
            w.WriteNumber("maxMs", Math.Round(s.MaxMs, 3));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
