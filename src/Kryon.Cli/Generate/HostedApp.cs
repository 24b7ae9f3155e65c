using Kryon.Runtime.State;
using Kryon.Values;

namespace Kryon.Cli.Generate;

/// <summary>
/// What a host program can reach of one app, found statically for `kryon generate csharp`: its
/// global variables with the types the runtime gives them, its element ids, and the events a .NET
/// listener can hear. Source locations are "file:line" relative to the app file's folder.
/// </summary>
public sealed record HostedApp(
    string SourceName,
    IReadOnlyList<HostedVariable> Variables,
    IReadOnlyList<HostedElementId> ElementIds,
    IReadOnlyList<HostedEvent> Events);

/// <summary>An `@variables` entry: <see cref="Type"/> is the runtime's (the declared type, else the one its initial value implies).</summary>
public sealed record HostedVariable(string Name, VariableType Type, Literal Initial, string? Location);

/// <summary>An element id and the elements that carry it (one, unless component instances repeat it).</summary>
public sealed record HostedElementId(string Id, string ElementType, int Count, string? Location);

/// <summary>
/// An event the runtime dispatches to listeners of one element (<c>KryonRuntime.AddEventListener</c>):
/// a handler the app declares (<c>onClick: "increment"</c>), or a custom event a script emits to the App.
/// <see cref="ElementId"/> is null for the App element when it has no id.
/// </summary>
public sealed record HostedEvent(string? ElementId, string ElementType, string EventName, string Source, string? Location);
