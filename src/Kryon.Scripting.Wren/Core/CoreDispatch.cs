using Kryon.Scripting.Wren.Runtime;

namespace Kryon.Scripting.Wren.Evaluation;

/// <summary>Routes a call on a core value (or a script value's inherited Object methods) to its class's C# methods.</summary>
internal sealed partial class Interpreter
{
    private object? CallCore(object? receiver, string name, string signature, object?[] args, bool skipScriptMethods = false)
    {
        object? result;
        bool found = receiver switch
        {
            double d => NumMethod(d, signature, args, out result),
            string s => StringMethod(s, signature, args, out result),
            WrenList l => ListMethod(l, signature, args, out result),
            WrenMap m => MapMethod(m, signature, args, out result),
            WrenRange r => RangeMethod(r, signature, args, out result),
            WrenFn f => FnMethod(f, signature, args, out result),
            WrenFiber f => FiberMethod(f, signature, args, out result),
            MapEntry e => EntryMethod(e, signature, out result),
            ElementHandle e => ElementMethod(e, signature, out result),
            WrenClass c => ClassMethod(c, name, signature, args, out result),
            bool b => BoolMethod(b, signature, out result),
            null => NullMethod(signature, out result),
            _ => Nothing(out result),
        };
        if (found) return result;
        if (receiver is not WrenClass && SequenceMethod(receiver, signature, args, out result)) return result;
        if (ObjectMethod(receiver, signature, args, out result)) return result;
        var what = receiver is WrenClass cls ? cls.Name + " metaclass" : ClassOf(receiver).Name;
        var hint = ReferenceEquals(receiver, _frame.This) && Globals.ContainsKey(name)
            ? $" (inside a class, a lowercase name is a method call on this; module variable '{name}' is not visible there: give it a capitalized name)"
            : "";
        throw Error($"{what} does not implement '{signature}'.{hint}");
    }

    private static bool Nothing(out object? result)
    {
        result = null;
        return false;
    }

    /// <summary>What every object has: equality, <c>is</c>, <c>toString</c>, <c>type</c>.</summary>
    private bool ObjectMethod(object? receiver, string signature, object?[] args, out object? result)
    {
        switch (signature)
        {
            case "==(_)": result = ValuesEqual(receiver, args[0]); return true;
            case "!=(_)": result = !ScriptEquals(receiver, args[0]); return true;
            case "!": result = false; return true;
            case "is(_)":
                if (args[0] is not WrenClass cls) throw Error("Right operand must be a class.");
                result = ClassOf(receiver).IsSubclassOf(cls);
                return true;
            case "toString": result = NewString(ToStr(receiver)); return true;
            case "type": result = ClassOf(receiver); return true;
        }
        result = null;
        return false;
    }

    private static bool BoolMethod(bool b, string signature, out object? result)
    {
        result = signature switch
        {
            "!" => !b,
            "toString" => b ? "true" : "false",
            _ => null,
        };
        return result is not null;
    }

    private static bool NullMethod(string signature, out object? result)
    {
        result = signature switch
        {
            "!" => true,
            "toString" => "null",
            _ => null,
        };
        return result is not null;
    }

    private bool EntryMethod(MapEntry e, string signature, out object? result)
    {
        switch (signature)
        {
            case "key": result = e.Key; return true;
            case "value": result = e.Value; return true;
        }
        result = null;
        return false;
    }

    private static bool ElementMethod(ElementHandle e, string signature, out object? result)
    {
        switch (signature)
        {
            case "handle": result = (double)e.Handle; return true;
        }
        result = null;
        return false;
    }

    private bool FnMethod(WrenFn fn, string signature, object?[] args, out object? result)
    {
        if (signature.StartsWith("call(", StringComparison.Ordinal))
        {
            result = CallFn(fn, args);
            return true;
        }
        switch (signature)
        {
            case "arity": result = (double)fn.Arity; return true;
        }
        result = null;
        return false;
    }

    private bool FiberMethod(WrenFiber fiber, string signature, object?[] args, out object? result)
    {
        switch (signature)
        {
            case "call()" or "call(_)":
                if (fiber.IsDone) throw Error("Cannot call a finished fiber.");
                fiber.IsDone = true;
                result = CallFn(fiber.Fn, args);
                return true;
            case "try()" or "try(_)":
                if (fiber.IsDone) throw Error("Cannot try a finished fiber.");
                fiber.IsDone = true;
                try
                {
                    result = CallFn(fiber.Fn, args);
                }
                catch (WrenError e)
                {
                    fiber.Error = e.Value ?? e.Message;
                    result = fiber.Error;
                }
                return true;
            case "isDone": result = fiber.IsDone; return true;
            case "error": result = fiber.Error; return true;
        }
        result = null;
        return false;
    }

    // ---- argument checks ----

    public double NumArg(object? value, string what = "Right operand")
        => value is double d ? d : throw Error($"{what} must be a number.");

    public int IntArg(object? value, string what)
    {
        double d = NumArg(value, what);
        if (d != Math.Floor(d) || double.IsInfinity(d)) throw Error($"{what} must be an integer.");
        return d is > int.MaxValue or < int.MinValue ? throw Error($"{what} is out of bounds.") : (int)d;
    }

    public string StrArg(object? value, string what = "Argument")
        => value as string ?? throw Error($"{what} must be a string.");

    public WrenFn FnArg(object? value, string what = "Argument")
        => value as WrenFn ?? throw Error($"{what} must be a function.");

    public static uint ToUInt32(double d) => unchecked((uint)(long)d);

    /// <summary>An index into a sequence of <paramref name="count"/> items; negative counts from the end.</summary>
    public int Index(object? value, int count, string what = "Subscript")
    {
        int index = IntArg(value, what);
        if (index < 0) index += count;
        if (index < 0 || index >= count) throw Error($"{what} out of bounds.");
        return index;
    }

    /// <summary>Wren's range subscript over <paramref name="length"/> items: first index, item count, direction.</summary>
    public (int Start, int Count, int Step) RangeIndices(WrenRange range, int length)
    {
        if (range.From == length && range.To == (range.IsInclusive ? -1.0 : length)) return (0, 0, 1);
        int from = Index(range.From, length, "Range start");
        double to = range.To;
        if (to != Math.Floor(to)) throw Error("Range end must be an integer.");
        if (to < 0) to += length;
        if (!range.IsInclusive)
        {
            if (to == from) return (from, 0, 1);
            to += to >= from ? -1 : 1;
        }
        if (to < 0 || to >= length) throw Error("Range end out of bounds.");
        return (from, (int)Math.Abs(from - to) + 1, from <= to ? 1 : -1);
    }
}
