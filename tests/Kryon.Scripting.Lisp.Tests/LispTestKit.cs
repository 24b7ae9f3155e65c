using Kryon.Scripting.Lisp.Data;
using Kryon.Scripting.Lisp.Evaluation;
using Kryon.Scripting.Lisp.Reading;

namespace Kryon.Scripting.Lisp.Tests;

/// <summary>Runs Lisp source on a fresh interpreter with generous budgets and shows results in readable form.</summary>
internal static class LispTestKit
{
    public static Interpreter NewInterpreter()
    {
        var interpreter = new Interpreter();
        interpreter.Budget.MaxTime = TimeSpan.FromSeconds(60);
        interpreter.Budget.MaxDepth = 1000;
        return interpreter;
    }

    public static object? Run(string source, Interpreter? interpreter = null)
    {
        interpreter ??= NewInterpreter();
        var read = Reader.Read(source);
        Assert.True(read.Succeeded, read.Error?.ToString());
        interpreter.BeginCall();
        object? result = null;
        foreach (var form in read.Forms) result = interpreter.EvalTopLevel(form);
        return result;
    }

    /// <summary>The readable printed form of the last value.</summary>
    public static string Eval(string source, Interpreter? interpreter = null) => Printer.Readable(Run(source, interpreter));

    public static LispError Fails(string source, Interpreter? interpreter = null) => Assert.Throws<LispError>(() => Run(source, interpreter));
}
