using Kryon.Runtime;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Scripting;
using Kryon.Values;

namespace Kryon.Scripting;

/// <summary>animate and cancelAnimation; now and random (the runtime's clock and seeded generator).</summary>
internal sealed partial class DomBridge
{
    /// <summary>
    /// animate(element, {property, to, from?, duration (ms), easing?, onComplete?}) → animation id.
    /// Keys may be written camelCase, snake_case or kebab-case (Lisp's <c>:duration-ms</c>).
    /// </summary>
    private ScriptValue Animate(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "animate";
        var runtime = Attached(fn);
        var element = ElementOf(runtime, Arg(arguments, 0, fn, "element"), fn);
        var config = Arg(arguments, 1, fn, "animation {property, to, duration, ...}");
        if (config.Kind != ScriptValueKind.Object)
            throw new ScriptHostException($"{fn}: the second argument must be a table/map like {{property = \"opacity\", to = 0, duration = 300}}, not {KindName(config)}");
        var fields = new Dictionary<string, ScriptValue>(StringComparer.Ordinal);
        foreach (var (key, value) in config.AsObject()) fields[key.Replace("-", "").Replace("_", "").ToLowerInvariant()] = value;
        foreach (var key in fields.Keys)
            if (key is not ("property" or "to" or "from" or "duration" or "durationms" or "easing" or "oncomplete"))
                throw new ScriptHostException($"{fn}: unknown key '{key}' (known: property, to, from, duration, easing, onComplete)");

        var property = PropertyOf(Text(Required(fields, "property", fn), fn, "property"), fn);
        var to = Converted(property, Required(fields, "to", fn), $"{fn}: {element}.{property.Name}");
        PropertyValue? from = fields.TryGetValue("from", out var f) && !f.IsNull ? Converted(property, f, $"{fn}: {element}.{property.Name} (from)") : null;
        var durationValue = fields.TryGetValue("duration", out var d) ? d : fields.TryGetValue("durationms", out var dm) ? dm : ScriptValue.From(300L);
        double duration = MillisecondsOf(durationValue, fn);
        var easing = Easing.Ease;
        if (fields.TryGetValue("easing", out var e) && !e.IsNull && !Easing.TryParse(Text(e, fn, "easing"), out easing))
            throw new ScriptHostException($"{fn}: unknown easing '{e.AsString()}' (known: {string.Join(", ", Easing.All.Select(x => x.Name))})");
        ScriptFunctionRef? onComplete = fields.TryGetValue("oncomplete", out var c) && !c.IsNull ? FunctionOf(c, fn, "onComplete") : null;
        try
        {
            return ScriptValue.From(runtime.Animate(element, property, from, to, duration, easing, onComplete));
        }
        catch (ArgumentException ex)
        {
            throw new ScriptHostException($"{fn}: {element}.{property.Name}: {ex.Message}");
        }
    }

    private static ScriptValue Required(Dictionary<string, ScriptValue> fields, string key, string fn)
        => fields.TryGetValue(key, out var value) && !value.IsNull ? value : throw new ScriptHostException($"{fn}: the animation needs '{key}'");

    private ScriptValue CancelAnimation(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "cancelAnimation";
        var runtime = Attached(fn);
        return ScriptValue.From(runtime.CancelAnimation(IdOf(Arg(arguments, 0, fn, "animation id"), fn, "the animation id")));
    }

    /// <summary>now() → the runtime clock in milliseconds (fixed steps in a headless run, so repeatable).</summary>
    private ScriptValue Now(ReadOnlySpan<ScriptValue> arguments) => ScriptValue.From(Attached("now").NowMs);

    /// <summary>random() → a float in [0, 1); random(n) → an integer in [1, n]; random(m, n) → an integer in [m, n] (Lua's math.random convention).</summary>
    private ScriptValue RandomNumber(ReadOnlySpan<ScriptValue> arguments)
    {
        const string fn = "random";
        var random = Attached(fn).Random;
        if (arguments.Length == 0) return ScriptValue.From(random.NextDouble());
        long lo = 1, hi = Bound(arguments[0]);
        if (arguments.Length > 1) (lo, hi) = (hi, Bound(arguments[1]));
        if (lo > hi) throw new ScriptHostException($"{fn}: the interval [{lo}, {hi}] is empty");
        return ScriptValue.From(random.NextInt64(lo, hi + 1 > hi ? hi + 1 : hi));

        static long Bound(ScriptValue v) => v.Kind is ScriptValueKind.Int || v.Kind is ScriptValueKind.Float && v.AsFloat() == Math.Floor(v.AsFloat()) && Math.Abs(v.AsFloat()) < 9e15
            ? v.AsInt()
            : throw new ScriptHostException($"random: the bounds must be whole numbers, not {v}");
    }
}
