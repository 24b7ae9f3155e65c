namespace Kryon.Compiler.Syntax;

/// <summary>Script languages and their KRB ids (KRY.md §12.2).</summary>
public enum ScriptLanguage : byte
{
    Unknown = 0,
    Lua = 0x01,
    JavaScript = 0x02,
    Python = 0x03,
    Wren = 0x04,
    Lisp = 0x05,
}

public static class ScriptLanguages
{
    /// <summary>Names are case-insensitive; `js`, `py` and `kryon-lisp` are accepted short/long forms.</summary>
    public static ScriptLanguage FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "lua" => ScriptLanguage.Lua,
        "javascript" or "js" => ScriptLanguage.JavaScript,
        "python" or "py" => ScriptLanguage.Python,
        "wren" => ScriptLanguage.Wren,
        "lisp" or "kryon-lisp" or "kryonlisp" => ScriptLanguage.Lisp,
        _ => ScriptLanguage.Unknown,
    };

    public static readonly string[] Names = ["lua", "javascript", "js", "python", "py", "wren", "lisp", "kryon-lisp"];

    public static string CanonicalName(ScriptLanguage language) => language switch
    {
        ScriptLanguage.Lua => "lua",
        ScriptLanguage.JavaScript => "javascript",
        ScriptLanguage.Python => "python",
        ScriptLanguage.Wren => "wren",
        ScriptLanguage.Lisp => "lisp",
        _ => "unknown",
    };
}
