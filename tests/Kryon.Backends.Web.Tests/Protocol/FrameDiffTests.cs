using FsCheck;
using FsCheck.Fluent;
using Kryon.Backends.Web.Protocol;

namespace Kryon.Backends.Web.Tests.Protocol;

public sealed class FrameDiffTests
{
    /// <summary>What the client does with a delta: copy runs from its previous frame, take the rest as sent.</summary>
    private static List<string> Apply(IReadOnlyList<string> previous, IEnumerable<DiffOp> ops)
    {
        var next = new List<string>();
        foreach (var op in ops)
        {
            if (op.IsCopy) next.AddRange(previous.Skip(op.Start).Take(op.Count));
            else next.Add(op.Command!);
        }
        return next;
    }

    [Fact]
    public void Applying_the_diff_to_the_previous_frame_gives_the_next_frame()
    {
        // Small alphabets, so frames share many commands, as consecutive frames do.
        var frame = Gen.Elements("a", "b", "c", "d", "e", "f").ListOf();
        Prop.ForAll(frame.ToArbitrary(), frame.ToArbitrary(), (previous, next) =>
            Apply(previous, FrameDiff.Compute(previous, next)).SequenceEqual(next)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void One_changed_command_is_sent_alone_between_two_copied_runs()
    {
        var previous = Enumerable.Range(0, 100).Select(i => $"[0,{i}]").ToList();
        var next = previous.ToList();
        next[40] = "[2,\"Count: 1\"]";

        var ops = FrameDiff.Compute(previous, next);

        Assert.Equal([new DiffOp(0, 40, null), new DiffOp(0, 0, "[2,\"Count: 1\"]"), new DiffOp(41, 59, null)], ops);
    }

    [Fact]
    public void A_moved_block_is_copied_from_where_it_was()
    {
        var previous = new List<string> { "a", "b", "c", "d", "e" };
        var next = new List<string> { "d", "e", "a", "b", "c" };

        Assert.Equal([new DiffOp(3, 2, null), new DiffOp(0, 3, null)], FrameDiff.Compute(previous, next));
    }
}
