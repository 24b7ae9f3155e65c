using Kryon.Runtime.Scripting;
using Kryon.Text;

namespace Kryon.Scripting.Lisp.Engine;

/// <summary>
/// The scripts an engine has loaded, each given its own range of form offsets (the reader adds a
/// base), so that an error's offset names the script and the <c>.kry</c> line it came from:
/// a script's code starting at <see cref="ScriptSource.FirstLine"/> is placed at that line of a
/// <see cref="SourceFile"/> named <see cref="ScriptSource.SourceName"/>.
/// </summary>
internal sealed class ScriptRegistry
{
    private readonly List<(int Base, int Length, int Padding, SourceFile File)> _scripts = [];
    private int _nextBase;

    /// <summary>Registers a script and returns the base offset its forms are read at.</summary>
    public int Add(ScriptSource source)
    {
        int padding = Math.Max(0, source.FirstLine - 1);
        var file = new SourceFile(source.SourceName, new string('\n', padding) + source.Code);
        int start = _nextBase;
        _scripts.Add((start, source.Code.Length + 1, padding, file));
        _nextBase += source.Code.Length + 1;
        return start;
    }

    /// <summary>The location of a form offset (as the reader gave it with a base), or null if unknown.</summary>
    public SourceSpan? Locate(int offset)
    {
        if (offset < 0) return null;
        foreach (var (start, length, padding, file) in _scripts)
            if (offset >= start && offset < start + length)
                return new SourceSpan(file, new TextSpan(padding + offset - start, 1));
        return null;
    }

    /// <summary>The location of a syntax error's local offset in the most recently added script.</summary>
    public SourceSpan? LocateInLatest(int localOffset)
    {
        if (_scripts.Count == 0) return null;
        var (_, _, padding, file) = _scripts[^1];
        return new SourceSpan(file, new TextSpan(padding + localOffset, 1));
    }
}
