using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime.Diagnostics;

namespace Kryon.Runtime.Headless;

/// <summary>
/// A host that runs an app without a script manager (the golden-image and example-run tests; the
/// CLI uses Kryon.Scripting.ScriptManager, which reports only the languages it has no engine for)
/// says so once per script block (2301 SCRIPT_LOAD_FAILED) instead of failing silently: the app
/// runs without its scripts, and each handler that names one of their functions reports 2304 when it is called.
/// </summary>
public static class MissingScriptEngines
{
    /// <summary>Reports every script of <paramref name="document"/> to <paramref name="log"/>; returns how many there were.</summary>
    public static int Report(KrbDocument document, RuntimeLog log)
    {
        foreach (var script in document.Scripts)
        {
            string language = script.LanguageName;
            string name = script.Name is null ? "" : $" \"{script.Name}\"";
            string source = script.Storage == KrbScriptStorage.Inline
                ? "inline"
                : (uint)script.ResourceIndex < (uint)document.Resources.Count ? $"from \"{document.Resources[script.ResourceIndex].Path}\"" : "external";
            string functions = script.EntryPoints.Count switch
            {
                0 => "no functions",
                1 => $"function {script.EntryPoints[0]}",
                <= 6 => $"functions {string.Join(", ", script.EntryPoints)}",
                _ => $"functions {string.Join(", ", script.EntryPoints.Take(5))} and {script.EntryPoints.Count - 5} more",
            };
            log.Report(DiagnosticCodes.ScriptLoadFailed,
                $"@script \"{language}\"{name} ({source}; {functions}) was not loaded: the {language} engine is not part of this build yet; handlers written in {language} will report 2304 when called",
                "the app runs without its scripts until the script engines arrive; everything else (layout, bindings, input) works");
        }
        return document.Scripts.Count;
    }
}
