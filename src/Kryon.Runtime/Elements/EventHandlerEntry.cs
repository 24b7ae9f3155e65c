namespace Kryon.Runtime.Elements;

/// <summary>An element's handler for one event: `onClick → increment` (KRY.md §11).</summary>
public sealed class EventHandlerEntry(string eventName, string functionName)
{
    /// <summary>The KRY event property, e.g. `onClick`, `onChange`, `onInput`.</summary>
    public string EventName { get; } = eventName;

    /// <summary>The script function to call; a binding may change it (a component's `onClick: $on_press`).</summary>
    public string FunctionName { get; set; } = functionName;
}
