using System.Diagnostics.CodeAnalysis;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>The core library's classes (their methods are C#, in Core/*.cs), visible to every script as module variables.</summary>
internal sealed class CoreClasses
{
    private readonly Dictionary<string, WrenClass> _byName = new(StringComparer.Ordinal);

    public CoreClasses()
    {
        Object = Add("Object", null);
        Class = Add("Class", Object);
        Sequence = Add("Sequence", Object);
        Bool = Add("Bool", Object);
        Null = Add("Null", Object);
        Num = Add("Num", Object);
        String = Add("String", Sequence);
        List = Add("List", Sequence);
        Map = Add("Map", Sequence);
        Range = Add("Range", Sequence);
        Fn = Add("Fn", Object);
        MapEntry = Add("MapEntry", Object);
        Fiber = Add("Fiber", Object);
        System = Add("System", Object);
        Element = Add("Element", Object);
        Kryon = Add("Kryon", Object);
    }

    public WrenClass Object { get; }
    public WrenClass Class { get; }
    public WrenClass Sequence { get; }
    public WrenClass Bool { get; }
    public WrenClass Null { get; }
    public WrenClass Num { get; }
    public WrenClass String { get; }
    public WrenClass List { get; }
    public WrenClass Map { get; }
    public WrenClass Range { get; }
    public WrenClass Fn { get; }
    public WrenClass MapEntry { get; }
    public WrenClass Fiber { get; }
    public WrenClass System { get; }
    public WrenClass Element { get; }
    /// <summary>The host's functions as static methods (<c>import "kryon" for Kryon</c>).</summary>
    public WrenClass Kryon { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out WrenClass? cls) => _byName.TryGetValue(name, out cls);

    private WrenClass Add(string name, WrenClass? superclass)
    {
        var cls = new WrenClass(name, superclass, true);
        _byName[name] = cls;
        return cls;
    }
}
