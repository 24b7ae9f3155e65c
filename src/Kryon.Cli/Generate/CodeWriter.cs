using System.Text;

namespace Kryon.Cli.Generate;

/// <summary>Writes C# source line by line with four-space indentation and "\n" line ends (the same bytes on every OS).</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public void Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _depth * 4).Append(line);
        _text.Append('\n');
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents what follows.</summary>
    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    public void Close()
    {
        TrimBlankLine();
        _depth--;
        Line("}");
    }

    /// <summary>Removes a blank line just written (so a block does not end with one).</summary>
    public void TrimBlankLine()
    {
        if (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n') _text.Length--;
    }

    public override string ToString() => _text.ToString();
}
