namespace Kryon.Backends.Web;

/// <summary>The server cannot listen where it was asked (the port is in use, the host is not an address of this machine); the message says which.</summary>
public sealed class WebListenException(string message, Exception? inner = null) : Exception(message, inner);
