using Kryon.Registry;
using Kryon.Runtime;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Scripting;

/// <summary>createElement, appendChild, removeElement: scripts changing the element tree.</summary>
internal sealed partial class DomBridge
{
    /// <summary>
    /// createElement(type, properties?) → a new element, not in the tree until appendChild. The
    /// properties are checked first (each as setProperty would); any bad one refuses the whole call.
    /// `id`, `style` (a style name), `layout` and `on…` handlers (a function value or a function name) are allowed here.
    /// </summary>
    private ScriptValue CreateElement(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "createElement";
        var runtime = Attached(fn);
        string typeName = Text(Arg(arguments, 0, fn, "element type"), fn, "the element type");
        if (!ElementRegistry.TryGet(typeName, out var info))
        {
            var close = ElementRegistry.Names.FirstOrDefault(n => string.Equals(n, typeName, StringComparison.OrdinalIgnoreCase));
            throw new ScriptHostException($"{fn}: there is no element type '{typeName}'" + (close is null ? $" (known: {string.Join(", ", ElementRegistry.Names.Order())})" : $"; did you mean '{close}'?"));
        }
        if (info.Kind == ElementKind.App) throw new ScriptHostException($"{fn}: an app has one App element; create a Container instead");

        string? id = null;
        RuntimeStyle? style = null;
        LayoutValue? layout = null;
        var values = new List<(PropertyInfo, PropertyValue)>();
        var handlers = new List<(string Event, ScriptValue Function)>();
        if (arguments.Length > 1 && !arguments[1].IsNull)
        {
            if (arguments[1].Kind != ScriptValueKind.Object) throw new ScriptHostException($"{fn}: the properties must be a table/map of name → value, not {KindName(arguments[1])}");
            foreach (var (name, value) in arguments[1].AsObject())
            {
                string key = name.Replace('-', '_');
                if (key == "id") id = Text(value, fn, "id");
                else if (key == "style")
                    style = runtime.Tree.FindStyle(Text(value, fn, "style")) ?? throw new ScriptHostException($"{fn}: the app has no style named '{value.AsString()}'");
                else if (key.Length > 2 && key.StartsWith("on", StringComparison.Ordinal) && char.IsUpper(key[2]))
                {
                    if (value.Kind is not (ScriptValueKind.Function or ScriptValueKind.String))
                        throw new ScriptHostException($"{fn}: {key} must be a function or a function name, not {KindName(value)}");
                    handlers.Add((key, value));
                }
                else
                {
                    var property = PropertyOf(key, fn);
                    if (!property.AppliesToElement(info.Bit))
                        throw new ScriptHostException($"{fn}: a {info.Name} has no property '{key}'");
                    var typed = Converted(property, value, $"{fn}: {info.Name}.{key}");
                    if (typed is LayoutValue l) layout = l;
                    else values.Add((property, typed));
                }
            }
        }

        var element = runtime.Tree.Create(info.Kind, id);
        if (style is not null) element.SetStyle(style);
        if (layout is not null) element.LayoutByte = layout.Flags;
        foreach (var (property, value) in values) element.SetOwn(property, value);
        foreach (var (eventName, function) in handlers)
        {
            if (function.Kind == ScriptValueKind.String) element.AddHandler(new EventHandlerEntry(eventName, function.AsString()));
            else runtime.AddScriptListener(element, eventName, function.AsFunction());
        }
        return ScriptValue.Element(element.Handle);
    }

    /// <summary>appendChild(parent, child, index?): puts a created or removed element into the tree (onMount runs for it).</summary>
    private ScriptValue AppendChild(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "appendChild";
        var runtime = Attached(fn);
        var parent = ElementOf(runtime, Arg(arguments, 0, fn, "parent element"), fn);
        var child = ElementOf(runtime, Arg(arguments, 1, fn, "child element"), fn);
        int index = int.MaxValue;
        if (arguments.Length > 2 && !arguments[2].IsNull)
        {
            if (arguments[2].Kind is not (ScriptValueKind.Int or ScriptValueKind.Float)) throw new ScriptHostException($"{fn}: the index must be a number, not {KindName(arguments[2])}");
            index = (int)Math.Clamp(arguments[2].AsInt(), 0, int.MaxValue);
        }
        if (child.Parent is not null || child == runtime.Tree.Root)
            throw new ScriptHostException($"{fn}: {child} is already in the tree; removeElement it first to move it");
        if (parent == child || parent.IsDescendantOf(child))
            throw new ScriptHostException($"{fn}: {child} cannot be put inside itself");
        if (!parent.Info!.AcceptsChildren)
            throw new ScriptHostException($"{fn}: a {parent.TypeName} cannot have children");
        runtime.InsertElement(parent, child, index);
        return ScriptValue.Null;
    }

    /// <summary>removeElement(element): takes it and its subtree out of the tree (onUnmount runs); it can be appended again.</summary>
    private ScriptValue RemoveElement(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "removeElement";
        var runtime = Attached(fn);
        var element = ElementOf(runtime, Arg(arguments, 0, fn, "element"), fn);
        if (element == runtime.Tree.Root) throw new ScriptHostException($"{fn}: the App element cannot be removed");
        if (element.Parent is null) throw new ScriptHostException($"{fn}: {element} is not in the tree");
        runtime.RemoveElement(element);
        return ScriptValue.Null;
    }
}
