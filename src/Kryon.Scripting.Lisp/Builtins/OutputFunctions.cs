using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>
/// Printing and logging (LISP.md §5): <c>print println prn</c> and <c>log warn error</c>, written to
/// <see cref="Interpreter.Output"/>. Arguments are display-joined with spaces (<c>prn</c>: readable).
/// A host that registers the bridge's <c>log</c> replaces the core one.
/// </summary>
internal static class OutputFunctions
{
    public static void Install(Interpreter i)
    {
        i.DefineBuiltin("print", (interp, a) => Write(interp, "print", a, readable: false));
        i.DefineBuiltin("println", (interp, a) => Write(interp, "print", a, readable: false));
        i.DefineBuiltin("prn", (interp, a) => Write(interp, "print", a, readable: true));
        foreach (var level in new[] { "log", "warn", "error" })
        {
            string output = level == "log" ? "info" : level;
            i.DefineBuiltin(level, (interp, a) =>
            {
                if (a.Length == 0) throw new LispError(ErrorKind.InvalidArguments, $"{level} needs at least one argument");
                return Write(interp, output, a, readable: false);
            });
        }
    }

    /// <summary>Arguments as <c>log</c> shows them: display form, joined by spaces, nil as "nil".</summary>
    public static string Join(object?[] args, bool readable = false) => string.Join(" ", args.Select(x => Printer.Print(x, readable)));

    private static object? Write(Interpreter interp, string level, object?[] args, bool readable)
    {
        interp.Output?.Invoke(level, Join(args, readable));
        return null;
    }
}
