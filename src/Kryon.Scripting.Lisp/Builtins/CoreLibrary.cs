using Kryon.Scripting.Lisp.Evaluation;

namespace Kryon.Scripting.Lisp.Builtins;

/// <summary>Installs the core builtins of LISP.md §5 into an interpreter, one group per file.</summary>
internal static class CoreLibrary
{
    public static void Install(Interpreter interpreter)
    {
        Arithmetic.Install(interpreter);
        Comparison.Install(interpreter);
        Predicates.Install(interpreter);
        CollectionFunctions.Install(interpreter);
        HigherOrder.Install(interpreter);
        StringFunctions.Install(interpreter);
        AtomFunctions.Install(interpreter);
        OutputFunctions.Install(interpreter);
        MiscFunctions.Install(interpreter);
    }
}
