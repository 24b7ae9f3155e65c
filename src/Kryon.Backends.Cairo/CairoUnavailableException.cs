namespace Kryon.Backends.Cairo;

/// <summary>
/// The native libraries the backend needs are not installed. The message is meant for the user as
/// it is (it names the Debian packages to install); a command prints it and exits non-zero, no
/// stack trace. Thrown only by the entry points, before any native call.
/// </summary>
public sealed class CairoUnavailableException(string message) : Exception(message);
