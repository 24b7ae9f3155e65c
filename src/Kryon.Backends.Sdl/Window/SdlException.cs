namespace Kryon.Backends.Sdl.Window;

/// <summary>An SDL call failed in a way the app cannot run past (no window, no renderer); the message is for the user.</summary>
public sealed class SdlException(string message) : Exception(message);
