namespace Kryon.Runtime.Rendering;

/// <summary>
/// The flat list of draw commands for one frame (ARCHITECTURE.md "Display list"): what every
/// backend consumes. Commands are in paint order (back to front). <see cref="Version"/> changes
/// whenever the contents do, so a backend can skip presenting an unchanged frame.
/// </summary>
public sealed class DisplayList
{
    private DisplayCommand[] _commands = new DisplayCommand[64];

    public int Count { get; private set; }

    public int Version { get; private set; }

    public float Width { get; internal set; }

    public float Height { get; internal set; }

    /// <summary>The window's background (the App's background colour).</summary>
    public Kryon.Values.Color Background { get; internal set; }

    public ReadOnlySpan<DisplayCommand> Commands => _commands.AsSpan(0, Count);

    public DisplayCommand this[int index] => (uint)index < (uint)Count ? _commands[index] : throw new ArgumentOutOfRangeException(nameof(index));

    internal void Clear() => Count = 0;

    internal void Add(in DisplayCommand command)
    {
        if (Count == _commands.Length) Array.Resize(ref _commands, _commands.Length * 2);
        _commands[Count++] = command;
    }

    internal void AddRange(ReadOnlySpan<DisplayCommand> commands)
    {
        if (Count + commands.Length > _commands.Length) Array.Resize(ref _commands, Math.Max(_commands.Length * 2, Count + commands.Length));
        commands.CopyTo(_commands.AsSpan(Count));
        Count += commands.Length;
    }

    internal void Publish() => Version++;
}
