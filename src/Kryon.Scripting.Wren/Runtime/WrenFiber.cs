namespace Kryon.Scripting.Wren.Runtime;

/// <summary>
/// A fiber, in the subset Kryon supports: <c>Fiber.new(fn)</c> runs its function to completion on
/// <c>call</c> (errors propagate) or <c>try</c> (errors are caught and returned). <c>Fiber.yield</c>
/// is not supported.
/// </summary>
internal sealed class WrenFiber(WrenFn fn)
{
    public WrenFn Fn { get; } = fn;
    public bool IsDone { get; set; }
    public object? Error { get; set; }
}
