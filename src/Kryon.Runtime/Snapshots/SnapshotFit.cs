namespace Kryon.Runtime.Snapshots;

/// <summary>
/// Parts of a snapshot, by name: variables (`name`; a component's as `instance/name`), elements and
/// inputs by id, and the focused element's id. Used both for what a tolerant restore put back and
/// for what it left out (each with the reason in parentheses).
/// </summary>
public sealed record SnapshotParts(
    IReadOnlyList<string> Variables,
    IReadOnlyList<string> Elements,
    IReadOnlyList<string> Inputs,
    string? Focus)
{
    public static readonly SnapshotParts None = new([], [], [], null);

    public bool IsEmpty => Variables.Count == 0 && Elements.Count == 0 && Inputs.Count == 0 && Focus is null;
}

/// <summary>
/// What <see cref="KryonRuntime.RestoreSnapshotTolerant"/> did with a snapshot taken of an earlier
/// version of the app: what it kept, what it dropped because the app no longer has it (or has it
/// with another type), and whether the restore happened at all.
/// </summary>
public sealed record SnapshotFit(SnapshotParts Kept, SnapshotParts Dropped, bool Restored);
