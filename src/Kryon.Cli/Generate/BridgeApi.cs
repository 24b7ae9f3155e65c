using System.Text.RegularExpressions;

namespace Kryon.Cli.Generate;

/// <summary>
/// What a bridge parameter or result holds, in language-neutral terms; each stub writer spells it in
/// its language (TypeScript <c>Element | string</c>, Python <c>Union[Element, str]</c>, Lua <c>kryon.Element|string</c>).
/// </summary>
public enum BridgeType
{
    /// <summary>Nothing (the call's result is nil/null/None).</summary>
    Void,
    /// <summary>Any value a script can pass: text, number, flag, list, table/dict, element, function, nil.</summary>
    Any,
    /// <summary>A property or variable value: text, number or flag (colours and keywords are their KRY text).</summary>
    Value,
    String,
    Number,
    /// <summary>A whole number: the ids watchVariable, addEventListener, setTimeout and animate return.</summary>
    Integer,
    Boolean,
    /// <summary>An element handle (opaque; pass it back to the bridge).</summary>
    Element,
    /// <summary>An element handle, or nil when there is none.</summary>
    ElementOrNull,
    /// <summary>An element handle or an element id.</summary>
    ElementRef,
    /// <summary>A function value of the calling script.</summary>
    Function,
    /// <summary>A function value or the name of a script function.</summary>
    FunctionOrName,
    /// <summary>watchVariable's callback: fn(newValue, oldValue, name).</summary>
    WatchCallback,
    /// <summary>A listener: gets the event's arguments (click: the element id; change: the value and the id).</summary>
    ListenerCallback,
    /// <summary>createElement's properties: a table/object/dict of property name → value (and id, style, layout, on… handlers).</summary>
    ElementProperties,
    /// <summary>animate's options: property, to, from?, duration (ms), easing?, onComplete?</summary>
    AnimationOptions,
}

/// <summary>One parameter of a bridge function, named as scripts see it in camelCase (Python stubs use snake_case).</summary>
public sealed record BridgeParameter(string Name, BridgeType Type, string Description, bool Optional = false, bool Variadic = false);

/// <summary>One way to call a bridge function (removeEventListener and random have several).</summary>
public sealed record BridgeSignature(IReadOnlyList<BridgeParameter> Parameters, BridgeType Returns, string ReturnsDescription = "");

/// <summary>A function of the <c>kryon</c> bridge, by its canonical camelCase name (the name the engines register).</summary>
public sealed partial record BridgeFunction(string Name, string Summary, IReadOnlyList<BridgeSignature> Signatures)
{
    /// <summary>The name Python scripts use: snake_case, converted exactly as the Python host does (kryon_host.py <c>_snake</c>).</summary>
    public string PythonName => SnakeCase(Name);

    public static string SnakeCase(string name) => UpperLetter().Replace(name, "_").ToLowerInvariant();

    [GeneratedRegex("(?<!^)(?=[A-Z])")]
    private static partial Regex UpperLetter();
}

/// <summary>
/// The <c>kryon</c> bridge API (src/Kryon.Scripting/DomBridge*.cs) described once, for the stub
/// generators (<c>kryon generate types</c>). Tests compare these names with the functions the
/// DomBridge registers, so this description cannot drift from the implementation.
/// </summary>
public static class BridgeApi
{
    private static BridgeParameter P(string name, BridgeType type, string description) => new(name, type, description);

    private static BridgeParameter Opt(string name, BridgeType type, string description) => new(name, type, description, Optional: true);

    private static BridgeParameter Rest(string name, BridgeType type, string description) => new(name, type, description, Variadic: true);

    private static BridgeFunction F(string name, string summary, BridgeType returns, string returnsDescription, params BridgeParameter[] parameters)
        => new(name, summary, [new BridgeSignature(parameters, returns, returnsDescription)]);

    private static readonly BridgeParameter Element = P("element", BridgeType.ElementRef, "an element handle or an element id");

    public static IReadOnlyList<BridgeFunction> Functions { get; } =
    [
        F("getElementById", "Finds the element with this id in the app's tree.", BridgeType.ElementOrNull, "the element, or nil when no element has the id",
            P("id", BridgeType.String, "the element's id")),
        F("getProperty", "Reads a property of an element: numbers and flags as such, colours and keywords as their KRY text.", BridgeType.Value, "the property's value, or nil when it is unset",
            Element, P("name", BridgeType.String, "the property's KRY name, e.g. \"text\" or \"background_color\"")),
        F("setProperty", "Sets a property of an element. The value is checked as in a .kry file: a wrong type or an unknown property is a script error and nothing changes.", BridgeType.Void, "",
            Element, P("name", BridgeType.String, "the property's KRY name"), P("value", BridgeType.Value, "the new value")),
        F("setStyle", "Gives the element another of the app's styles (its own properties still win).", BridgeType.Void, "",
            Element, P("styleName", BridgeType.String, "the name of a style the app defines")),
        F("getVariable", "Reads an @variables variable.", BridgeType.Value, "its value, or nil when no such variable exists",
            P("name", BridgeType.String, "the variable's name, without $")),
        F("setVariable", "Sets an @variables variable (a typed variable refuses a value of another type); text and bindings that use it update.", BridgeType.Void, "",
            P("name", BridgeType.String, "the variable's name, without $"), P("value", BridgeType.Value, "the new value")),
        F("log", "Writes an info entry (2300) to the runtime log.", BridgeType.Void, "",
            Rest("values", BridgeType.Any, "the values to write, separated by spaces")),
        F("watchVariable", "Calls fn(newValue, oldValue, name) after each frame in which the variable changed.", BridgeType.Integer, "the watcher id, for unwatchVariable",
            P("name", BridgeType.String, "the variable's name"), P("fn", BridgeType.WatchCallback, "the watcher")),
        F("unwatchVariable", "Stops a watcher.", BridgeType.Boolean, "whether a watcher with that id existed",
            P("id", BridgeType.Integer, "the id watchVariable returned")),
        F("createElement", "Creates an element, not in the tree until appendChild. Each property is checked as setProperty would; one bad property refuses the whole call.", BridgeType.Element, "the new element",
            P("type", BridgeType.String, "an element type: \"Container\", \"Text\", \"Button\", …"),
            Opt("properties", BridgeType.ElementProperties, "property name → value; also id, style (a style name), layout and on… handlers (a function or a function name)")),
        F("appendChild", "Puts a created or removed element into the tree under parent (onMount runs for it).", BridgeType.Void, "",
            P("parent", BridgeType.ElementRef, "the new parent"), P("child", BridgeType.ElementRef, "the element to insert"),
            Opt("index", BridgeType.Integer, "the position among parent's children (default: last)")),
        F("removeElement", "Takes an element and its subtree out of the tree (onUnmount runs); it can be appended again.", BridgeType.Void, "",
            Element),
        F("addEventListener", "Runs fn after the element's own handler for the event, with the same arguments. \"click\" and \"onClick\" name the same event.", BridgeType.Integer, "the listener id, for removeEventListener",
            Element, P("event", BridgeType.String, "the event: \"click\", \"change\", a custom event name, …"), P("fn", BridgeType.ListenerCallback, "the listener")),
        new("removeEventListener", "Removes a listener added with addEventListener.",
        [
            new([P("id", BridgeType.Integer, "the id addEventListener returned")], BridgeType.Boolean, "whether a listener was removed"),
            new([Element, P("event", BridgeType.String, "the event name"), P("fn", BridgeType.ListenerCallback, "the listener function")], BridgeType.Boolean, "whether a listener was removed"),
        ]),
        F("emit", "Runs the target's on<Event> handler and listeners now, with (detail, elementId).", BridgeType.Boolean, "whether anything handled the event",
            P("event", BridgeType.String, "the event name: \"saved\" runs onSaved"), Opt("detail", BridgeType.Any, "the value handlers get first"),
            Opt("element", BridgeType.ElementRef, "the target (default: the App)")),
        F("setTimeout", "Calls fn once after ms milliseconds of the runtime clock.", BridgeType.Integer, "the timer id, for clearTimer",
            P("fn", BridgeType.FunctionOrName, "a function or a script function's name"), P("ms", BridgeType.Number, "the delay in milliseconds"),
            Rest("args", BridgeType.Any, "arguments passed to fn")),
        F("setInterval", "Calls fn every ms milliseconds of the runtime clock until clearTimer.", BridgeType.Integer, "the timer id, for clearTimer",
            P("fn", BridgeType.FunctionOrName, "a function or a script function's name"), P("ms", BridgeType.Number, "the interval in milliseconds"),
            Rest("args", BridgeType.Any, "arguments passed to fn")),
        F("clearTimer", "Cancels a pending timeout or interval.", BridgeType.Boolean, "whether a pending timer was cancelled",
            P("id", BridgeType.Integer, "the id setTimeout or setInterval returned")),
        F("animate", "Tweens a number, length or colour property of an element on the runtime clock.", BridgeType.Integer, "the animation id, for cancelAnimation",
            Element, P("options", BridgeType.AnimationOptions, "{property, to, from?, duration (ms, default 300), easing? (linear, ease, ease-in, ease-out, ease-in-out), onComplete?}")),
        F("cancelAnimation", "Stops an animation where it is.", BridgeType.Boolean, "whether the animation was running",
            P("id", BridgeType.Integer, "the id animate returned")),
        F("now", "The runtime clock (fixed steps in a headless run, so runs repeat).", BridgeType.Number, "milliseconds since the app started"),
        new("random", "Random numbers from the runtime's generator (a headless run and a render use a fixed seed).",
        [
            new([], BridgeType.Number, "a number in [0, 1)"),
            new([P("n", BridgeType.Integer, "the upper bound")], BridgeType.Integer, "a whole number in [1, n]"),
            new([P("m", BridgeType.Integer, "the lower bound"), P("n", BridgeType.Integer, "the upper bound")], BridgeType.Integer, "a whole number in [m, n]"),
        ]),
        F("call", "Calls a function any loaded script defines, in whatever language.", BridgeType.Any, "the function's result",
            P("name", BridgeType.String, "the function's name"), Rest("args", BridgeType.Any, "its arguments")),
        F("callFunction", "Calls a function value another language handed over.", BridgeType.Any, "the function's result",
            P("fn", BridgeType.Function, "the function value"), Rest("args", BridgeType.Any, "its arguments")),
    ];
}
