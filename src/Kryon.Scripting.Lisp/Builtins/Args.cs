using Kryon.Scripting.Lisp.Data;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>Argument checks shared by the builtins: arity errors and type errors worded as LISP.md §8 shows them.</summary>
internal static class Args
{
    public static void Count(string name, object?[] args, int min, int max = int.MaxValue)
    {
        if (args.Length < min || args.Length > max)
            throw new LispError(ErrorKind.Arity, $"Wrong number of args ({args.Length}) passed to: {name}");
    }

    public static string String(string name, object? value) => value as string
        ?? throw new LispError(ErrorKind.Type, $"{name} expects a string, got {Printer.TypeName(value)}");

    /// <summary>An index: an integer, or a float with an integral value (slider values arrive as floats).</summary>
    public static int Index(string name, object? value) => value switch
    {
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        _ => throw new LispError(ErrorKind.Type, $"{name} expects an integer index, got {Printer.Readable(value)}"),
    };

    /// <summary>A name given as string, keyword or symbol (property and variable names).</summary>
    public static string Name(string name, object? value) => value switch
    {
        string s => s,
        Keyword k => k.Name,
        Symbol s => s.Name,
        _ => throw new LispError(ErrorKind.InvalidArguments, $"{name} expects a name (string, keyword or symbol), got {Printer.TypeName(value)}"),
    };
}
