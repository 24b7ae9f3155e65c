using Kryon.Runtime.Events;

namespace Kryon.Backends.Web.Protocol;

/// <summary>A message from the browser client (README.md "Wire format").</summary>
internal abstract record ClientMessage;

/// <summary>The first message on a connection: the session to resume (null: a new one) and the viewport in CSS pixels.</summary>
internal sealed record HelloMessage(string? Session, float Width, float Height) : ClientMessage;

/// <summary>Input for the runtime: pointer, wheel, keys, text, paste, resize, the page losing focus.</summary>
internal sealed record InputMessage(InputEvent Event) : ClientMessage;

/// <summary>The client drew frame <see cref="Version"/> (the latency measurement and tests wait for it).</summary>
internal sealed record DrawnMessage(int Version) : ClientMessage;

/// <summary>The page is going away (closed or reloaded): the session is kept only briefly for a reload to resume it.</summary>
internal sealed record ByeMessage : ClientMessage;

/// <summary>A message that breaks the protocol; the session that sent it is closed.</summary>
internal sealed class ProtocolException(string message) : Exception(message);
