using Kryon.Text;

namespace Kryon.Scripting.Wren.Runtime;

/// <summary>
/// A loaded script as errors name it: code starting at <c>FirstLine</c> of <c>SourceName</c>, placed
/// at that line of a <see cref="SourceFile"/> so a script line maps to the <c>.kry</c> line.
/// </summary>
internal sealed class ScriptInfo(string sourceName, int firstLine, string code)
{
    public string SourceName { get; } = sourceName;
    public int FirstLine { get; } = Math.Max(1, firstLine);
    public SourceFile File { get; } = new(sourceName, new string('\n', Math.Max(0, firstLine - 1)) + code);

    /// <summary>The location of a 1-based script line (its first non-blank character).</summary>
    public SourceSpan Locate(int line)
    {
        var starts = File.LineStarts;
        int index = Math.Clamp(FirstLine - 1 + line - 1, 0, starts.Length - 1);
        int offset = starts[index];
        while (offset < File.Text.Length && File.Text[offset] is ' ' or '\t') offset++;
        return new SourceSpan(File, new TextSpan(offset, 1));
    }

    public SourceSpan LocateOffset(int offset) => new(File, new TextSpan(Math.Min(File.Text.Length, FirstLine - 1 + offset), 1));
}
