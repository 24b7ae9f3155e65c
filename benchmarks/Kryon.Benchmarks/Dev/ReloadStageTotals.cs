using Kryon.Cli.Dev;

namespace Kryon.Benchmarks.Dev;

/// <summary>The reload stages of every reload a benchmark ran, summed per kind, printed as means at the end (`// stages:` lines in the log).</summary>
internal sealed class ReloadStageTotals
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ReloadKind, (int Count, ReloadStages Sum)> _stages = [];

    public void Add(ReloadResult result)
    {
        lock (_lock)
        {
            var (count, sum) = _stages.GetValueOrDefault(result.Kind, (0, ReloadStages.None));
            var s = result.Stages;
            _stages[result.Kind] = (count + 1, new ReloadStages(sum.Parse + s.Parse, sum.Bind + s.Bind, sum.Emit + s.Emit, sum.Load + s.Load,
                sum.Layout + s.Layout, sum.Restore + s.Restore, sum.FirstFrame + s.FirstFrame));
        }
    }

    public void Print()
    {
        lock (_lock)
            foreach (var (kind, (count, sum)) in _stages)
                Console.WriteLine($"// stages ({kind}, mean of {count} reloads, ms): parse {sum.Parse / count:0.00}, bind {sum.Bind / count:0.00}, emit {sum.Emit / count:0.00}, " +
                    $"load {sum.Load / count:0.00}, layout {sum.Layout / count:0.00}, restore {sum.Restore / count:0.00}, firstFrame {sum.FirstFrame / count:0.00}; total {sum.Total / count:0.00}");
    }
}
