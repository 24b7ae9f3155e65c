using Kryon.Backends.Sdl.Native;
using static Kryon.Backends.Sdl.Native.SdlNative;

namespace Kryon.Backends.Sdl.Input;

/// <summary>Shows a system cursor shape, creating each SDL cursor once and only calling SDL when the shape changes.</summary>
internal sealed class CursorSetter : IDisposable
{
    private readonly Dictionary<SdlSystemCursor, nint> _cursors = [];
    private SdlSystemCursor _shown = SdlSystemCursor.Arrow;

    public void Show(SdlSystemCursor shape)
    {
        if (shape == _shown) return;
        if (!_cursors.TryGetValue(shape, out var cursor))
        {
            cursor = SDL_CreateSystemCursor(shape);
            _cursors[shape] = cursor;
        }
        if (cursor == 0) return; // this system has no such cursor: keep the one shown
        SDL_SetCursor(cursor);
        _shown = shape;
    }

    public void Dispose()
    {
        foreach (var cursor in _cursors.Values)
            if (cursor != 0) SDL_FreeCursor(cursor);
        _cursors.Clear();
    }
}
