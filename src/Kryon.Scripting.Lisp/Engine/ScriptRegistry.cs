using Kryon.Runtime.Scripting;
using Kryon.Text;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// The scripts an engine has loaded, each read at its own range of form offsets (the reader adds a
/// base from <see cref="FormOffsets"/>), so that an error's offset names the script and the <c>.kry</c>
/// line it came from: a script's code starting at <see cref="ScriptSource.FirstLine"/> is placed at
/// that line of a <see cref="SourceFile"/> named <see cref="ScriptSource.SourceName"/>.
/// Loading the same block again (same source name and first line: a hot reload) replaces its entry;
/// older versions of a source are otherwise kept, so functions still running from them (a held
/// callback) keep their lines, up to <see cref="MaxVersionsPerSource"/>.
/// </summary>
internal sealed class ScriptRegistry
{
    public const int MaxVersionsPerSource = 32;

    private readonly List<(int Base, int Length, int Padding, string Name, int FirstLine, SourceFile File)> _scripts = [];

    /// <summary>Registers a script whose forms were read at <paramref name="baseOffset"/>.</summary>
    public void Add(ScriptSource source, int baseOffset)
    {
        _scripts.RemoveAll(s => s.Base == baseOffset || (s.Name == source.SourceName && s.FirstLine == source.FirstLine));
        var sameName = _scripts.FindAll(s => s.Name == source.SourceName);
        for (int i = 0; i <= sameName.Count - MaxVersionsPerSource; i++) _scripts.Remove(sameName[i]);
        int padding = Math.Max(0, source.FirstLine - 1);
        _scripts.Add((baseOffset, source.Code.Length + 1, padding, source.SourceName, source.FirstLine, FileOf(source)));
    }

    /// <summary>The location of a form offset (as the reader gave it with a base), or null if unknown.</summary>
    public SourceSpan? Locate(int offset)
    {
        if (offset < 0) return null;
        foreach (var (start, length, padding, _, _, file) in _scripts)
            if (offset >= start && offset < start + length)
                return new SourceSpan(file, new TextSpan(padding + offset - start, 1));
        return null;
    }

    /// <summary>The location of a local offset (a syntax error's) in a script that is not registered.</summary>
    public static SourceSpan LocateIn(ScriptSource source, int localOffset)
        => new(FileOf(source), new TextSpan(Math.Max(0, source.FirstLine - 1) + localOffset, 1));

    private static SourceFile FileOf(ScriptSource source)
        => new(source.SourceName, new string('\n', Math.Max(0, source.FirstLine - 1)) + source.Code);
}
