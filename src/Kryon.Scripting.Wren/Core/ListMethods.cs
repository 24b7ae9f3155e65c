using System.Text;
using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>List: adding, inserting, removing, subscripts, searching, sorting, concatenation.</summary>
internal sealed partial class Interpreter
{
    private bool ListMethod(WrenList list, string signature, object?[] args, out object? result)
    {
        var items = list.Items;
        switch (signature)
        {
            case "add(_)":
                Allocate(16);
                items.Add(args[0]);
                result = args[0];
                return true;
            case "addAll(_)":
            {
                var added = Iterate(args[0]).ToList();
                Allocate(16L * added.Count);
                items.AddRange(added);
                result = args[0];
                return true;
            }
            case "insert(_,_)":
            {
                int index = IntArg(args[0], "Index");
                if (index < 0) index += items.Count + 1;
                if (index < 0 || index > items.Count) throw Error("Index out of bounds.");
                Allocate(16);
                items.Insert(index, args[1]);
                result = args[1];
                return true;
            }
            case "removeAt(_)":
            {
                int index = Index(args[0], items.Count, "Index");
                result = items[index];
                items.RemoveAt(index);
                return true;
            }
            case "remove(_)":
            {
                int index = IndexOf(items, args[0]);
                result = null;
                if (index >= 0)
                {
                    result = items[index];
                    items.RemoveAt(index);
                }
                return true;
            }
            case "clear()": items.Clear(); result = null; return true;
            case "count": result = (double)items.Count; return true;
            case "isEmpty": result = items.Count == 0; return true;
            case "[_]":
                if (args[0] is WrenRange range)
                {
                    var (start, count, step) = RangeIndices(range, items.Count);
                    var slice = new List<object?>(count);
                    for (int i = 0, k = start; i < count; i++, k += step) slice.Add(items[k]);
                    Allocate(40 + 16L * count);
                    result = new WrenList(slice);
                }
                else result = items[Index(args[0], items.Count)];
                return true;
            case "[_]=(_)":
                items[Index(args[0], items.Count)] = args[1];
                result = args[1];
                return true;
            case "indexOf(_)": result = (double)IndexOf(items, args[0]); return true;
            case "contains(_)": result = IndexOf(items, args[0]) >= 0; return true;
            case "swap(_,_)":
            {
                int a = Index(args[0], items.Count, "Index 0"), b = Index(args[1], items.Count, "Index 1");
                (items[a], items[b]) = (items[b], items[a]);
                result = null;
                return true;
            }
            case "sort()":
                Sort(items, null);
                result = list;
                return true;
            case "sort(_)":
                Sort(items, FnArg(args[0], "Comparer"));
                result = list;
                return true;
            case "+(_)":
            {
                var joined = new List<object?>(items);
                joined.AddRange(Iterate(args[0]));
                Allocate(40 + 16L * joined.Count);
                result = new WrenList(joined);
                return true;
            }
            case "*(_)":
            {
                int times = IntArg(args[0], "Count");
                if (times < 0) throw Error("Count must be a non-negative integer.");
                Allocate(40 + 16L * items.Count * times);
                var repeated = new List<object?>(items.Count * times);
                for (int i = 0; i < times; i++) repeated.AddRange(items);
                result = new WrenList(repeated);
                return true;
            }
            case "toList":
                Allocate(40 + 16L * items.Count);
                result = new WrenList([.. items]);
                return true;
        }
        result = null;
        return false;
    }

    private int IndexOf(List<object?> items, object? value)
    {
        for (int i = 0; i < items.Count; i++)
            if (ScriptEquals(items[i], value)) return i;
        return -1;
    }

    /// <summary>A stable merge sort; <paramref name="before"/> says whether its first argument goes before its second (default: <c>&lt;</c>).</summary>
    private void Sort(List<object?> items, WrenFn? before)
    {
        bool Less(object? a, object? b)
        {
            Step();
            if (before is not null) return Truthy(CallFn(before, [a, b]));
            return (a, b) switch
            {
                (double x, double y) => x < y,
                (string x, string y) => string.CompareOrdinal(x, y) < 0,
                _ => Truthy(CallMethod(a, "<", "<(_)", [b])),
            };
        }

        var array = items.ToArray();
        var buffer = new object?[array.Length];
        for (int width = 1; width < array.Length; width *= 2)
        {
            for (int lo = 0; lo < array.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, array.Length), hi = Math.Min(lo + 2 * width, array.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) buffer[k++] = Less(array[j], array[i]) ? array[j++] : array[i++];
                while (i < mid) buffer[k++] = array[i++];
                while (j < hi) buffer[k++] = array[j++];
            }
            (array, buffer) = (buffer, array);
        }
        for (int i = 0; i < array.Length; i++) items[i] = array[i];
    }
}
