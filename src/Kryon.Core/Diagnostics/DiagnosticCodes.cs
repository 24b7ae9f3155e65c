namespace Kryon.Diagnostics;

/// <summary>
/// Every diagnostic code the compiler can report. Codes and names follow KRY.md §14's table;
/// codes marked "project" fill gaps the table leaves (they keep the table's numbering scheme).
/// </summary>
public static class DiagnosticCodes
{
    private const string Lexical = "LEXICAL";
    private const string Syntax = "SYNTAX";
    private const string Semantic = "SEMANTIC";
    private const string Component = "COMPONENT";
    private const string Script = "SCRIPT";
    private const string Output = "OUTPUT";
    private const string Krb = "KRB";
    private const string Runtime = "RUNTIME";
    private const string ScriptRuntime = "SCRIPT_RUNTIME";
    private const string Lifecycle = "LIFECYCLE";
    private const string Input = "INPUT";

    // 1xxx lexical
    public static readonly DiagnosticDescriptor InvalidCharacter = new(1001, "INVALID_CHARACTER", Lexical, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnterminatedString = new(1002, "UNTERMINATED_STRING", Lexical, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidNumberFormat = new(1003, "INVALID_NUMBER_FORMAT", Lexical, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidColorFormat = new(1004, "INVALID_COLOR_FORMAT", Lexical, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor IdentifierTooLong = new(1005, "IDENTIFIER_TOO_LONG", Lexical, DiagnosticSeverity.Error);
    /// <summary>project: an escape other than \n \t \r \\ \" \' \$ inside a string (kept verbatim).</summary>
    public static readonly DiagnosticDescriptor UnknownEscape = new(1006, "UNKNOWN_ESCAPE", Lexical, DiagnosticSeverity.Warning);

    // 11xx syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new(1101, "UNEXPECTED_TOKEN", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingLeftBrace = new(1102, "MISSING_LBRACE", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingRightBrace = new(1103, "MISSING_RBRACE", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingColon = new(1104, "MISSING_COLON", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingSemicolon = new(1105, "MISSING_SEMICOLON", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidElementType = new(1106, "INVALID_ELEMENT_TYPE", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidPropertyName = new(1107, "INVALID_PROPERTY_NAME", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingAppElement = new(1108, "MISSING_APP_ELEMENT", Syntax, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MultipleAppElements = new(1109, "MULTIPLE_APP_ELEMENTS", Syntax, DiagnosticSeverity.Error);
    /// <summary>project: a name declared twice where the later one wins (variable, style, property in one block).</summary>
    public static readonly DiagnosticDescriptor DuplicateDefinition = new(1110, "DUPLICATE_DEFINITION", Syntax, DiagnosticSeverity.Warning);
    /// <summary>project: a non-canonical spelling that is accepted (camelCase property names, children-block properties).</summary>
    public static readonly DiagnosticDescriptor NonCanonicalSyntax = new(1111, "NON_CANONICAL_SYNTAX", Syntax, DiagnosticSeverity.Warning);

    // 12xx semantic
    public static readonly DiagnosticDescriptor UndefinedVariable = new(1201, "UNDEFINED_VARIABLE", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor CircularDependency = new(1202, "CIRCULAR_DEPENDENCY", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor TypeMismatch = new(1203, "TYPE_MISMATCH", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UndefinedStyle = new(1204, "UNDEFINED_STYLE", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UndefinedComponent = new(1205, "UNDEFINED_COMPONENT", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidStyleInheritance = new(1206, "INVALID_STYLE_INHERITANCE", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidPropertyValue = new(1207, "INVALID_PROPERTY_VALUE", Semantic, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingRequiredProperty = new(1208, "MISSING_REQUIRED_PROPERTY", Semantic, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor IncompatibleProperties = new(1209, "INCOMPATIBLE_PROPERTIES", Semantic, DiagnosticSeverity.Error);

    // 13xx components
    public static readonly DiagnosticDescriptor InvalidPropertyType = new(1301, "INVALID_PROPERTY_TYPE", Component, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicatePropertyDefinition = new(1302, "DUPLICATE_PROPERTY_DEFINITION", Component, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidComponentTemplate = new(1303, "INVALID_COMPONENT_TEMPLATE", Component, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidComponentRoot = new(1304, "INVALID_COMPONENT_ROOT", Component, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidEnumDefinition = new(1305, "INVALID_ENUM_DEFINITION", Component, DiagnosticSeverity.Error);

    // 14xx scripts
    public static readonly DiagnosticDescriptor InvalidScriptLanguage = new(1401, "INVALID_SCRIPT_LANGUAGE", Script, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ScriptSyntaxError = new(1402, "SCRIPT_SYNTAX_ERROR", Script, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ScriptFileNotFound = new(1403, "SCRIPT_FILE_NOT_FOUND", Script, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidScriptMode = new(1404, "INVALID_SCRIPT_MODE", Script, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingScriptFunction = new(1405, "MISSING_SCRIPT_FUNCTION", Script, DiagnosticSeverity.Warning);

    // 15xx output / limits / files
    public static readonly DiagnosticDescriptor StringTableOverflow = new(1501, "STRING_TABLE_OVERFLOW", Output, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ResourceTableOverflow = new(1502, "RESOURCE_TABLE_OVERFLOW", Output, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PropertySizeOverflow = new(1503, "PROPERTY_SIZE_OVERFLOW", Output, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ElementTreeTooDeep = new(1504, "ELEMENT_TREE_TOO_DEEP", Output, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FileError = new(1505, "OUTPUT_FILE_ERROR", Output, DiagnosticSeverity.Error);
    /// <summary>project: diagnostics stopped after too many (garbage input).</summary>
    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(1506, "TOO_MANY_DIAGNOSTICS", Output, DiagnosticSeverity.Error);
    /// <summary>project: `kryon fmt`'s safety check: the formatted text would not parse back to the same tree and comments, so the file is left as it is.</summary>
    public static readonly DiagnosticDescriptor FormatWouldChangeMeaning = new(1507, "FORMAT_WOULD_CHANGE_MEANING", Output, DiagnosticSeverity.Error);
    /// <summary>project: `kryon generate csharp --class/--namespace` is not a valid C# name.</summary>
    public static readonly DiagnosticDescriptor GenerateInvalidName = new(1513, "GENERATE_INVALID_NAME", Output, DiagnosticSeverity.Error);
    /// <summary>project: several elements share an id, so the generated C# class has its constant but no events for it.</summary>
    public static readonly DiagnosticDescriptor GenerateSharedElementId = new(1514, "GENERATE_SHARED_ELEMENT_ID", Output, DiagnosticSeverity.Warning);
    /// <summary>project: two KRY names map to the same C# member name; the later one gets a numbered name.</summary>
    public static readonly DiagnosticDescriptor GenerateNameCollision = new(1515, "GENERATE_NAME_COLLISION", Output, DiagnosticSeverity.Warning);
    /// <summary>project: `kryon generate csharp` was given a .krb, which keeps neither source lines nor `from` scripts' code; it needs the .kry.</summary>
    public static readonly DiagnosticDescriptor GenerateNeedsSource = new(1516, "GENERATE_NEEDS_SOURCE", Output, DiagnosticSeverity.Error);

    // 2xxx KRB reader (KRB.md §15): a file that violates the format
    public static readonly DiagnosticDescriptor InvalidKrbMagic = new(2001, "INVALID_KRB_MAGIC", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnsupportedKrbVersion = new(2002, "UNSUPPORTED_VERSION", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor CorruptedKrbFile = new(2003, "CORRUPTED_FILE", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidKrbSection = new(2005, "INVALID_SECTION_SIZE", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidKrbStringIndex = new(2104, "INVALID_STRING_INDEX", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidKrbResourceIndex = new(2105, "INVALID_RESOURCE_INDEX", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MalformedKrbProperty = new(2106, "MALFORMED_PROPERTY", Krb, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidKrbChildReference = new(2107, "INVALID_CHILD_REFERENCE", Krb, DiagnosticSeverity.Error);

    // 22xx runtime: elements, components, state (KRB.md §15 step 8; KRY.md §10.5, §7.7)
    public static readonly DiagnosticDescriptor ComponentNotFound = new(2201, "COMPONENT_NOT_FOUND", Runtime, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidComponentProperty = new(2202, "INVALID_COMPONENT_PROPERTY", Runtime, DiagnosticSeverity.Warning);
    /// <summary>project: a value given at run time (setProperty, a binding's result) does not fit the property; the old value stays.</summary>
    public static readonly DiagnosticDescriptor InvalidRuntimeValue = new(2203, "INVALID_RUNTIME_VALUE", Runtime, DiagnosticSeverity.Error);
    /// <summary>project: reading a variable that does not exist (kryonlabs E150).</summary>
    public static readonly DiagnosticDescriptor UndefinedRuntimeVariable = new(2204, "UNDEFINED_RUNTIME_VARIABLE", Runtime, DiagnosticSeverity.Error);
    /// <summary>project: a typed variable was set to a value of another type; the old value stays.</summary>
    public static readonly DiagnosticDescriptor VariableTypeMismatch = new(2205, "VARIABLE_TYPE_MISMATCH", Runtime, DiagnosticSeverity.Error);
    /// <summary>project: state changes kept causing further changes (a watcher cycle); the frame stopped applying them.</summary>
    public static readonly DiagnosticDescriptor StateUpdateLoop = new(2206, "STATE_UPDATE_LOOP", Runtime, DiagnosticSeverity.Error);
    /// <summary>project: an element id, property or store named at run time does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownRuntimeTarget = new(2207, "UNKNOWN_TARGET", Runtime, DiagnosticSeverity.Error);
    /// <summary>project: component instantiation nests too deep (a template that uses itself) or creates too many elements.</summary>
    public static readonly DiagnosticDescriptor ComponentExpansionLimit = new(2208, "COMPONENT_EXPANSION_LIMIT", Runtime, DiagnosticSeverity.Error);

    // 23xx scripts at run time (KRB.md §15 step 8, KRY.md §11)
    public static readonly DiagnosticDescriptor ScriptLoadFailed = new(2301, "SCRIPT_LOAD_FAILED", ScriptRuntime, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ScriptError = new(2302, "SCRIPT_ERROR", ScriptRuntime, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ScriptBudgetExceeded = new(2303, "SCRIPT_BUDGET_EXCEEDED", ScriptRuntime, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FunctionNotFound = new(2304, "FUNCTION_NOT_FOUND", ScriptRuntime, DiagnosticSeverity.Error);

    // 24xx lifecycle hooks (ARCHITECTURE.md, seeds 002/003)
    /// <summary>project: a lifecycle hook threw; the other hooks still ran.</summary>
    public static readonly DiagnosticDescriptor HookFailed = new(2401, "HOOK_FAILED", Lifecycle, DiagnosticSeverity.Error);
    /// <summary>project: a lifecycle hook ran longer than its time budget.</summary>
    public static readonly DiagnosticDescriptor HookBudgetExceeded = new(2402, "HOOK_BUDGET_EXCEEDED", Lifecycle, DiagnosticSeverity.Warning);

    // 25xx files the runtime reads besides KRB
    /// <summary>project: a headless events file (`kryon run --events`) is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidEventsFile = new(2501, "INVALID_EVENTS_FILE", Input, DiagnosticSeverity.Error);
    /// <summary>project: a runtime snapshot (`--state`) is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidSnapshot = new(2502, "INVALID_SNAPSHOT", Input, DiagnosticSeverity.Error);
    /// <summary>project: an image an element shows (image_source) is missing, unreadable or not decodable; its box stays empty.</summary>
    public static readonly DiagnosticDescriptor ImageLoadFailed = new(2503, "IMAGE_LOAD_FAILED", Input, DiagnosticSeverity.Warning);

    // 27xx dev mode / hot reload (`kryon dev`)
    /// <summary>project: an edit could not be applied (it does not compile, or a script in it does not load); the last good app keeps running.</summary>
    public static readonly DiagnosticDescriptor ReloadFailed = new(2701, "RELOAD_FAILED", Input, DiagnosticSeverity.Error);
    /// <summary>project: state the changed app no longer has a place for (a removed variable, an element id that is gone) was dropped on reload.</summary>
    public static readonly DiagnosticDescriptor ReloadStateDropped = new(2702, "RELOAD_STATE_DROPPED", Input, DiagnosticSeverity.Info);
    /// <summary>project: the file watcher failed (too many watches, a folder that went away); `kryon dev` polls the files instead.</summary>
    public static readonly DiagnosticDescriptor WatchFailed = new(2703, "WATCH_FAILED", Input, DiagnosticSeverity.Warning);

    // 2601–2619 the web platform (`kryon serve`, src/Kryon.Backends.Web/README.md)
    /// <summary>project: a browser client sent a message that breaks the protocol; that session is closed, the others go on.</summary>
    public static readonly DiagnosticDescriptor WebProtocolViolation = new(2601, "WEB_PROTOCOL_VIOLATION", "WEB", DiagnosticSeverity.Error);
    /// <summary>project: a browser client sent more messages per second than the limit allows; that session is closed.</summary>
    public static readonly DiagnosticDescriptor WebRateLimitExceeded = new(2602, "WEB_RATE_LIMIT_EXCEEDED", "WEB", DiagnosticSeverity.Error);
    /// <summary>project: a browser client sent a message larger than the limit; that session is closed.</summary>
    public static readonly DiagnosticDescriptor WebMessageTooLarge = new(2603, "WEB_MESSAGE_TOO_LARGE", "WEB", DiagnosticSeverity.Error);
    /// <summary>project: a WebSocket handshake came from another origin or a non-loopback Host; it was refused (403).</summary>
    public static readonly DiagnosticDescriptor WebOriginRejected = new(2604, "WEB_ORIGIN_REJECTED", "WEB", DiagnosticSeverity.Warning);
    /// <summary>project: the app could not be started for a browser session (or stopped with an error); that session is closed.</summary>
    public static readonly DiagnosticDescriptor WebSessionFailed = new(2605, "WEB_SESSION_FAILED", "WEB", DiagnosticSeverity.Error);
    /// <summary>project: `kryon serve` cannot listen on the host and port it was given (in use, not an address of this machine).</summary>
    public static readonly DiagnosticDescriptor WebListenFailed = new(2606, "WEB_LISTEN_FAILED", "WEB", DiagnosticSeverity.Error);
    /// <summary>project: the font files the server measures with cannot be found (fontconfig missing): the browser's text may not fit the layout.</summary>
    public static readonly DiagnosticDescriptor WebFontsUnavailable = new(2607, "WEB_FONTS_UNAVAILABLE", "WEB", DiagnosticSeverity.Warning);

    /// <summary>All descriptors, for documentation and tests that every code is reachable.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code)
        .ToArray();
}
