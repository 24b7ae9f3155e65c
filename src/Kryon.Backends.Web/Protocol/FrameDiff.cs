namespace Kryon.Backends.Web.Protocol;

/// <summary>One step of a delta: copy <see cref="Count"/> commands of the previous frame from <see cref="Start"/>, or (Count 0) send <see cref="Command"/>.</summary>
internal readonly record struct DiffOp(int Start, int Count, string? Command)
{
    public bool IsCopy => Command is null;
}

/// <summary>
/// Describes a frame's commands as runs copied from the previous frame plus the commands that are
/// new, so that one changed number costs one command on the wire. Commands are compared as their
/// encoded text. Greedy and linear: each new command continues the current copied run when the old
/// frame has it next, else starts a run wherever the old frame has it (the first such place not yet
/// passed, so moved blocks are found), else is sent.
/// </summary>
internal static class FrameDiff
{
    public static List<DiffOp> Compute(IReadOnlyList<string> previous, IReadOnlyList<string> next)
    {
        var where = new Dictionary<string, List<int>>(previous.Count, StringComparer.Ordinal);
        for (int i = 0; i < previous.Count; i++)
        {
            if (!where.TryGetValue(previous[i], out var list)) where[previous[i]] = list = new List<int>(1);
            list.Add(i);
        }

        var ops = new List<DiffOp>();
        int runStart = -1, runCount = 0;
        for (int n = 0; n < next.Count; n++)
        {
            string command = next[n];
            int expected = runStart + runCount;
            if (runCount > 0 && expected < previous.Count && previous[expected] == command)
            {
                runCount++;
                continue;
            }
            if (runCount > 0) ops.Add(new DiffOp(runStart, runCount, null));
            runCount = 0;
            if (where.TryGetValue(command, out var places))
            {
                runStart = FirstAtOrAfter(places, expected) ?? places[0];
                runCount = 1;
            }
            else ops.Add(new DiffOp(0, 0, command));
        }
        if (runCount > 0) ops.Add(new DiffOp(runStart, runCount, null));
        return ops;
    }

    private static int? FirstAtOrAfter(List<int> sorted, int index)
    {
        foreach (int i in sorted)
            if (i >= index) return i;
        return null;
    }
}
