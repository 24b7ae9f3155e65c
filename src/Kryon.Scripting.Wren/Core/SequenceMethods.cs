using System.Text;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>
/// Iteration (<c>for</c> loops and the Sequence methods): lists, ranges, strings, maps (entries) and
/// script objects with <c>iterate(_)</c>/<c>iteratorValue(_)</c>. The Sequence methods (<c>map</c>,
/// <c>where</c>, <c>each</c>, <c>join</c>, <c>reduce</c> …) are eager here: they return lists.
/// </summary>
internal sealed partial class Interpreter
{
    public IEnumerable<object?> Iterate(object? sequence)
    {
        switch (sequence)
        {
            case WrenList list:
                return IterateList(list);
            case WrenRange range:
                return IterateRange(range);
            case string s:
                return s.EnumerateRunes().Select(r =>
                {
                    Step();
                    return (object?)r.ToString();
                });
            case WrenMap map:
                return map.Entries.ToList().Select(e =>
                {
                    Step();
                    return (object?)e;
                });
            case WrenInstance instance when instance.Class.FindMethod("iterate(_)") is not null:
                return IterateProtocol(instance);
            default:
                throw Error($"{ClassOf(sequence).Name} is not a sequence (it cannot be iterated).");
        }
    }

    // Every item counts as a step, so `(1..1e12).count` is stopped by the time budget like a loop is.
    private IEnumerable<object?> IterateList(WrenList list)
    {
        for (int i = 0; i < list.Items.Count; i++)
        {
            Step();
            yield return list.Items[i];
        }
    }

    private IEnumerable<object?> IterateRange(WrenRange range)
    {
        if (range.From <= range.To)
        {
            for (double i = range.From; range.IsInclusive ? i <= range.To : i < range.To; i++)
            {
                Step();
                yield return i;
            }
        }
        else
        {
            for (double i = range.From; range.IsInclusive ? i >= range.To : i > range.To; i--)
            {
                Step();
                yield return i;
            }
        }
    }

    private IEnumerable<object?> IterateProtocol(WrenInstance instance)
    {
        object? iterator = null;
        while (Truthy(iterator = CallMethod(instance, "iterate", "iterate(_)", [iterator])))
            yield return CallMethod(instance, "iteratorValue", "iteratorValue(_)", [iterator]);
    }

    private bool SequenceMethod(object? receiver, string signature, object?[] args, out object? result)
    {
        if (receiver is not (WrenList or WrenRange or string or WrenMap or WrenInstance)) return Nothing(out result);
        if (receiver is WrenInstance i && i.Class.FindMethod("iterate(_)") is null) return Nothing(out result);
        switch (signature)
        {
            case "map(_)":
            {
                var fn = FnArg(args[0], "Mapping");
                result = NewList(Iterate(receiver).Select(x => CallFn(fn, [x])));
                return true;
            }
            case "where(_)":
            {
                var fn = FnArg(args[0], "Predicate");
                result = NewList(Iterate(receiver).Where(x => Truthy(CallFn(fn, [x]))));
                return true;
            }
            case "each(_)":
            {
                var fn = FnArg(args[0], "Function");
                foreach (var x in Iterate(receiver)) CallFn(fn, [x]);
                result = null;
                return true;
            }
            case "all(_)":
            {
                var fn = FnArg(args[0], "Predicate");
                result = true;
                foreach (var x in Iterate(receiver))
                {
                    var r = CallFn(fn, [x]);
                    if (!Truthy(r)) { result = r; break; }
                }
                return true;
            }
            case "any(_)":
            {
                var fn = FnArg(args[0], "Predicate");
                result = false;
                foreach (var x in Iterate(receiver))
                {
                    var r = CallFn(fn, [x]);
                    if (Truthy(r)) { result = r; break; }
                }
                return true;
            }
            case "contains(_)":
                result = Iterate(receiver).Any(x => ScriptEquals(x, args[0]));
                return true;
            case "count":
                result = (double)Iterate(receiver).Count();
                return true;
            case "count(_)":
            {
                var fn = FnArg(args[0], "Predicate");
                result = (double)Iterate(receiver).Count(x => Truthy(CallFn(fn, [x])));
                return true;
            }
            case "isEmpty":
                result = !Iterate(receiver).Any();
                return true;
            case "reduce(_)":
            {
                var fn = FnArg(args[0], "Function");
                bool first = true;
                result = null;
                foreach (var x in Iterate(receiver))
                {
                    result = first ? x : CallFn(fn, [result, x]);
                    first = false;
                }
                if (first) throw Error("Can't reduce an empty sequence.");
                return true;
            }
            case "reduce(_,_)":
            {
                var fn = FnArg(args[1], "Function");
                result = args[0];
                foreach (var x in Iterate(receiver)) result = CallFn(fn, [result, x]);
                return true;
            }
            case "join()" or "join(_)":
            {
                var separator = args.Length == 0 ? "" : StrArg(args[0], "Separator");
                var text = new StringBuilder();
                bool first = true;
                foreach (var x in Iterate(receiver))
                {
                    if (!first) text.Append(separator);
                    var item = ToStr(x);
                    Allocate(2L * (item.Length + separator.Length));
                    text.Append(item);
                    first = false;
                }
                result = NewString(text.ToString());
                return true;
            }
            case "toList":
                result = NewList(Iterate(receiver));
                return true;
            case "take(_)":
                result = NewList(Iterate(receiver).Take(IntArg(args[0], "Count")));
                return true;
            case "skip(_)":
                result = NewList(Iterate(receiver).Skip(IntArg(args[0], "Count")));
                return true;
            case "iterate(_)" when receiver is WrenList or string:
            {
                int count = receiver is WrenList l ? l.Items.Count : ((string)receiver).Length;
                int next = args[0] is null ? 0 : IntArg(args[0], "Iterator") + 1;
                result = next < count ? (double)next : false;
                return true;
            }
            case "iteratorValue(_)" when receiver is WrenList or string:
                result = receiver is WrenList list ? list.Items[Index(args[0], list.Items.Count, "Iterator")] : ((string)receiver)[Index(args[0], ((string)receiver).Length, "Iterator")].ToString();
                return true;
        }
        return Nothing(out result);
    }

    private WrenList NewList(IEnumerable<object?> items)
    {
        var list = new List<object?>();
        foreach (var item in items)
        {
            Allocate(16);
            list.Add(item);
        }
        Allocate(40);
        return new WrenList(list);
    }
}
