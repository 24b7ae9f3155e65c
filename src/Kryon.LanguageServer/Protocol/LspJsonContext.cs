using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kryon.LanguageServer.Protocol;

/// <summary>
/// Source-generated (reflection-free, native-AOT-safe) serialization for every protocol type the
/// server reads or writes. Results and notification params travel in `object` properties, so
/// each type a handler can return must be listed here too; a missing one makes the writer throw
/// NotSupportedException instead of silently falling back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
// JSON-RPC envelopes.
[JsonSerializable(typeof(SuccessResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(NotificationMessage))]
// Params the server reads.
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(CancelParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(DocumentParams))]
// Results and notification params the server writes (the runtime types behind `object`).
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(SemanticTokens))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
public sealed partial class LspJsonContext : JsonSerializerContext;
