using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Loading;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Scripting;

/// <summary>
/// The DOM bridge (KRY.md §12.6, seed 004), written once in C# against the runtime's API and
/// registered in every engine, which presents it in its own idiom (Lua <c>kryon.setProperty</c>,
/// Lisp <c>set-property!</c>). This file: elements, properties, variables, log. The other parts:
/// tree changes (DomBridge.Tree.cs), events, watchers and timers (DomBridge.Callbacks.cs),
/// animations, clock and random numbers (DomBridge.Animation.cs).
/// A refused call is a <see cref="ScriptHostException"/>, which the engine reports as a script
/// error (2302) at the calling line; nothing of a refused call is applied.
/// </summary>
internal sealed partial class DomBridge
{
    /// <summary>The code `log(...)` entries carry in the runtime log (an info entry, not an error).</summary>
    public static readonly DiagnosticDescriptor ScriptLog = new(2300, "SCRIPT_LOG", "SCRIPT_RUNTIME", DiagnosticSeverity.Info);

    public KryonRuntime? Runtime { get; set; }

    public RuntimeLog? Log { get; set; }

    /// <summary>
    /// Runs setProperty's value conversion once (it reads KRY value text with the compiler's parser),
    /// so the app's first handler is not charged for compiling it against the per-call script budget.
    /// </summary>
    public static void WarmUp()
    {
        KryValueText.Convert(Props.TextColor, new StringLiteral("#000000"));
        KryValueText.Convert(Props.Width, new StringLiteral("50%"));
    }

    public void RegisterInto(IScriptEngine engine)
    {
        engine.RegisterHostFunction("getElementById", GetElementById);
        engine.RegisterHostFunction("getProperty", GetProperty);
        engine.RegisterHostFunction("setProperty", SetProperty);
        engine.RegisterHostFunction("setStyle", SetStyle);
        engine.RegisterHostFunction("getVariable", GetVariable);
        engine.RegisterHostFunction("setVariable", SetVariable);
        engine.RegisterHostFunction("log", LogMessage);
        engine.RegisterHostFunction("watchVariable", WatchVariable);
        engine.RegisterHostFunction("unwatchVariable", UnwatchVariable);
        engine.RegisterHostFunction("createElement", CreateElement);
        engine.RegisterHostFunction("appendChild", AppendChild);
        engine.RegisterHostFunction("removeElement", RemoveElement);
        engine.RegisterHostFunction("addEventListener", AddEventListener);
        engine.RegisterHostFunction("removeEventListener", RemoveEventListener);
        engine.RegisterHostFunction("emit", Emit);
        engine.RegisterHostFunction("setTimeout", SetTimeout);
        engine.RegisterHostFunction("setInterval", SetInterval);
        engine.RegisterHostFunction("clearTimer", ClearTimer);
        engine.RegisterHostFunction("animate", Animate);
        engine.RegisterHostFunction("cancelAnimation", CancelAnimation);
        engine.RegisterHostFunction("now", Now);
        engine.RegisterHostFunction("random", RandomNumber);
        engine.RegisterHostFunction("call", CallByName);
        engine.RegisterHostFunction("callFunction", CallFunctionValue);
    }

    private KryonRuntime Attached(string function)
        => Runtime ?? throw new ScriptHostException($"{function}: the app is not running yet (scripts' top-level code cannot reach the element tree)");

    internal static ScriptValue Arg(ReadOnlySpan<ScriptValue> arguments, int index, string function, string what)
        => index < arguments.Length ? arguments[index] : throw new ScriptHostException($"{function}: missing argument {index + 1} ({what})");

    internal static string Text(ScriptValue value, string function, string what)
        => value.Kind == ScriptValueKind.String ? value.AsString() : throw new ScriptHostException($"{function}: {what} must be a string, not {value.Kind.ToString().ToLowerInvariant()}");

    private ScriptValue GetElementById(ReadOnlySpan<ScriptValue> arguments)
    {
        var runtime = Attached("getElementById");
        string id = Text(Arg(arguments, 0, "getElementById", "id"), "getElementById", "the id");
        return runtime.GetElementById(id) is { } e ? ScriptValue.Element(e.Handle) : ScriptValue.Null;
    }

    /// <summary>
    /// An element argument: a handle or an id. An id finds elements in the tree only; a handle may
    /// also name an element a script created and has not appended yet (or removed).
    /// </summary>
    private static Element ElementOf(KryonRuntime runtime, ScriptValue value, string function)
    {
        var element = value.Kind switch
        {
            ScriptValueKind.Element => runtime.Tree.GetByHandle(value.AsElement()),
            ScriptValueKind.String => runtime.GetElementById(value.AsString()),
            ScriptValueKind.Null => throw new ScriptHostException($"{function}: the element is null (getElementById found no element with that id?)"),
            _ => throw new ScriptHostException($"{function}: expected an element or an element id, not {KindName(value)}"),
        };
        return element ?? throw new ScriptHostException(value.Kind == ScriptValueKind.String
            ? $"{function}: no element has the id \"{value.AsString()}\""
            : $"{function}: {value} is not an element of this app");
    }

    private static string KindName(ScriptValue value) => value.Kind.ToString().ToLowerInvariant();

    internal static PropertyInfo PropertyOf(string name, string function)
        => PropertyRegistry.TryGet(name, out var property) ? property
            : throw new ScriptHostException($"{function}: unknown property '{name}'");

    private ScriptValue GetProperty(ReadOnlySpan<ScriptValue> arguments)
    {
        var runtime = Attached("getProperty");
        var element = ElementOf(runtime, Arg(arguments, 0, "getProperty", "element"), "getProperty");
        var property = PropertyOf(Text(Arg(arguments, 1, "getProperty", "property name"), "getProperty", "the property name"), "getProperty");
        return ToScript(element.Get(property));
    }

    /// <summary>A property value as scripts see it: numbers and flags as such, colours and keywords as their KRY text.</summary>
    internal static ScriptValue ToScript(PropertyValue? value) => value switch
    {
        null => ScriptValue.Null,
        StringValue s => ScriptValue.From(s.Value),
        IntValue i => ScriptValue.From((long)i.Value),
        FloatValue f => ScriptValue.From(f.Value),
        BoolValue b => ScriptValue.From(b.Value),
        ColorValue c => ScriptValue.From(c.Value.ToString()),
        LengthValue { Value.Unit: LengthUnit.Px } l => ScriptValue.From(l.Value.Value),
        LengthValue { Value.Unit: LengthUnit.Percent } l => ScriptValue.From(Number.Format(l.Value.Value) + "%"),
        EnumValue e => ScriptValue.From(e.Member),
        FontWeightValue w => w.Named is { } named ? ScriptValue.From(named) : ScriptValue.From((long)w.Numeric),
        StyleRefValue s => ScriptValue.From(s.StyleName),
        ResourceValue r => ScriptValue.From(r.Path),
        CallbackValue c => ScriptValue.From(c.FunctionName),
        _ => ScriptValue.From(value.ToKry().Trim('"')),
    };

    private ScriptValue SetProperty(ReadOnlySpan<ScriptValue> arguments)
    {
        var runtime = Attached("setProperty");
        var element = ElementOf(runtime, Arg(arguments, 0, "setProperty", "element"), "setProperty");
        var property = PropertyOf(Text(Arg(arguments, 1, "setProperty", "property name"), "setProperty", "the property name"), "setProperty");
        var value = Arg(arguments, 2, "setProperty", "value");
        if (property.Name is "id" or "style" or "layout")
            throw new ScriptHostException($"setProperty: '{property.Name}' cannot be changed from a script in this build");
        var typed = Converted(property, value, $"setProperty: {element}.{property.Name}");
        element.SetScriptValue(property, typed);
        if (property.Name == "disabled") element.SyncDisabledState();
        else if (property.Name == "checked") element.SyncCheckedState();
        return ScriptValue.Null;
    }

    /// <summary>A script value as the property's typed value (the registry's checks, as for KRY source); refused with the reason.</summary>
    internal static PropertyValue Converted(PropertyInfo property, ScriptValue value, string what)
    {
        var literal = value.ToLiteral()
            ?? throw new ScriptHostException($"{what} cannot be set to a {KindName(value)}");
        var converted = KryValueText.Convert(property, literal);
        return converted.Value
            ?? throw new ScriptHostException($"{what} cannot be {literal.Describe()}: {converted.Message}; nothing was changed");
    }

    /// <summary>setStyle(element, styleName): the element takes another of the app's styles (its own properties still win).</summary>
    private ScriptValue SetStyle(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "setStyle";
        var runtime = Attached(fn);
        var element = ElementOf(runtime, Arg(arguments, 0, fn, "element"), fn);
        string name = Text(Arg(arguments, 1, fn, "style name"), fn, "the style name");
        var style = runtime.Tree.FindStyle(name)
            ?? throw new ScriptHostException($"{fn}: the app has no style named '{name}'" + (runtime.Tree.Styles.Count > 0 ? $" (it has: {string.Join(", ", runtime.Tree.Styles.Select(s => s.Name).Take(12))})" : ""));
        element.SetStyle(style);
        return ScriptValue.Null;
    }

    private ScriptValue GetVariable(ReadOnlySpan<ScriptValue> arguments)
    {
        var runtime = Attached("getVariable");
        string name = Text(Arg(arguments, 0, "getVariable", "variable name"), "getVariable", "the variable name");
        return runtime.State.GetVariable(name) is { } literal ? ScriptValue.FromLiteral(literal) : ScriptValue.Null;
    }

    private ScriptValue SetVariable(ReadOnlySpan<ScriptValue> arguments)
    {
        var runtime = Attached("setVariable");
        string name = Text(Arg(arguments, 0, "setVariable", "variable name"), "setVariable", "the variable name");
        var value = Arg(arguments, 1, "setVariable", "value");
        var literal = value.ToLiteral()
            ?? throw new ScriptHostException($"setVariable: ${name} cannot hold a {value.Kind.ToString().ToLowerInvariant()}");
        var result = runtime.State.SetVariable(name, literal);
        if (!result.Succeeded)
            throw new ScriptHostException($"setVariable: ${name} was not set: {result.Error?.Message ?? result.Status.ToString()}");
        return ScriptValue.Null;
    }

    private ScriptValue LogMessage(ReadOnlySpan<ScriptValue> arguments)
    {
        var log = Runtime?.Log ?? Log;
        var parts = new string[arguments.Length];
        for (int i = 0; i < arguments.Length; i++) parts[i] = arguments[i].ToString();
        log?.Report(Diagnostic.Create(ScriptLog, null, "script: " + string.Join(" ", parts)));
        return ScriptValue.Null;
    }
}
