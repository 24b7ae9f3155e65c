namespace Kryon.LanguageServer.Protocol;

// The subset of LSP 3.17 structures this server reads and writes. Names follow the
// specification; the JSON options turn them into its camelCase spelling.

/// <summary>Zero-based line and UTF-16 code-unit offset in the line (LSP's default position encoding).</summary>
public readonly record struct Position(int Line, int Character);

public readonly record struct Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One change: with a range it replaces that range (incremental sync); without, it is the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record DocumentParams(TextDocumentIdentifier TextDocument);

public sealed record CancelParams(System.Text.Json.JsonElement Id);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public static class DiagnosticSeverityLsp
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(Range Range, int Severity, int Code, string Source, string Message)
{
    public DiagnosticRelatedInformation[]? RelatedInformation { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

/// <summary>LSP CompletionItemKind values used here.</summary>
public enum CompletionItemKind
{
    Text = 1,
    Function = 3,
    Field = 5,
    Variable = 6,
    Class = 7,
    Property = 10,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    Color = 16,
    Reference = 18,
    EnumMember = 20,
    Event = 23,
    TypeParameter = 25,
}

public sealed record CompletionItem(string Label, CompletionItemKind Kind)
{
    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    /// <summary>What to insert when it differs from the label (`name: ` after a property name, quotes around a style name).</summary>
    public string? InsertText { get; init; }

    public string? SortText { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>LSP SymbolKind values used here.</summary>
public enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Class = 5,
    Property = 7,
    Field = 8,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Object = 19,
    Event = 24,
    Struct = 23,
}

public sealed record DocumentSymbol(string Name, SymbolKind Kind, Range Range, Range SelectionRange)
{
    public string? Detail { get; init; }

    public IReadOnlyList<DocumentSymbol>? Children { get; init; }
}

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record SemanticTokens(int[] Data);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

/// <summary>How documents are synced: open/close notifications, and didChange with ranges (TextDocumentSyncKind.Incremental = 2).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

/// <summary>The capabilities announced in the initialize result.</summary>
public sealed record ServerCapabilities
{
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new(OpenClose: true, Change: 2);

    public CompletionOptions CompletionProvider { get; init; } = new(["$", "\"", ":", " "], ResolveProvider: false);

    public bool HoverProvider { get; init; } = true;

    public bool DefinitionProvider { get; init; } = true;

    public bool ReferencesProvider { get; init; } = true;

    public RenameOptions RenameProvider { get; init; } = new(PrepareProvider: true);

    public bool DocumentSymbolProvider { get; init; } = true;

    public bool DocumentFormattingProvider { get; init; } = true;

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    /// <summary>LSP's default; columns are UTF-16 code units, which is what .NET strings index.</summary>
    public string PositionEncoding { get; init; } = "utf-16";
}

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
