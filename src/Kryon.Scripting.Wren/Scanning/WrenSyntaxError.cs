namespace Kryon.Scripting.Wren.Scanning;

/// <summary>A compile-time error (scanner, parser or resolver) at an offset of the script.</summary>
internal sealed class WrenSyntaxError(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
