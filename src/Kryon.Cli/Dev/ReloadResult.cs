using Kryon.Diagnostics;
using Kryon.Runtime.Snapshots;

namespace Kryon.Cli.Dev;

/// <summary>What a reload did: the whole app recompiled and swapped, one script reloaded in place, or nothing (the edit is broken).</summary>
public enum ReloadKind { Full, Script, Failed }

/// <summary>
/// How long each step of a reload took, in ms: the compiler's parse and bind, writing and reading
/// back the KRB (emit), loading the new runtime and its scripts (load; for a script-only reload,
/// reloading the script), starting it with its first layout (layout), taking the old app's
/// snapshot and putting it back into the new one (restore), and the frame after that (firstFrame: layout and display list of the restored state).
/// </summary>
public sealed record ReloadStages(double Parse, double Bind, double Emit, double Load, double Layout, double Restore, double FirstFrame)
{
    public static readonly ReloadStages None = new(0, 0, 0, 0, 0, 0, 0);

    public double Total => Parse + Bind + Emit + Load + Layout + Restore + FirstFrame;
}

/// <summary>
/// One reload of `kryon dev`: its kind, the files whose change caused it, the stage timings, the
/// state kept and dropped, and its diagnostics (why it failed, warnings, state that was dropped).
/// </summary>
public sealed record ReloadResult(
    ReloadKind Kind,
    IReadOnlyList<string> ChangedFiles,
    ReloadStages Stages,
    SnapshotParts Kept,
    SnapshotParts Dropped,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Ok => Kind != ReloadKind.Failed;

    /// <summary>For a script-only reload, the scripts reloaded (their keys: name, `from` path or #n).</summary>
    public IReadOnlyList<string> ReloadedScripts { get; init; } = [];

    /// <summary>The errors that made the edit fail (the 2701 summary of a failed reload not counted).</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError && d.Code != DiagnosticCodes.ReloadFailed.Code);
}
