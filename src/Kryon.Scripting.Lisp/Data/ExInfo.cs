namespace Kryon.Scripting.Lisp.Data;

/// <summary>An error value built by <c>ex-info</c> (message and data map), or given to a <c>catch</c> for an internal error.</summary>
public sealed record ExInfo(string Message, LispMap Data);
