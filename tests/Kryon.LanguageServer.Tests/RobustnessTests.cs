using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Kryon.LanguageServer.Analysis;
using Kryon.LanguageServer.Documents;
using Kryon.LanguageServer.Features;
using Kryon.LanguageServer.Protocol;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Tests;

/// <summary>No text, however broken, makes a feature throw: the server answers every request on every keystroke's state.</summary>
public sealed class RobustnessTests
{
    /// <summary>Pieces of KRY, so random sequences look like a file being typed (unbalanced braces, half strings, stray `$`).</summary>
    private static readonly string[] Pieces =
    [
        "App", "Text", "Button", "Card", "Define", "Properties", "style", "\"card\"", "\"", "{", "}", "\n", ";", ":", " ", "$", "$count",
        "text", "onClick", "\"go\"", "layout", "row", "center", "#FFF", "12px", "@variables", "@include \"x.kry\"", "@script \"lua\"",
        "function go() end", "&:hover", "extends", "[", "]", "(", ")", "# c", "/*", "*/", "=", "Enum(a, b)", "\"$a ${b}\"", "😀",
    ];

    [Fact]
    public void Every_feature_answers_on_arbitrary_text()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));
        var cases = from text in texts from at in Gen.Choose(0, 10_000) select (text, at);
        Prop.ForAll(Arb.From(cases), c =>
        {
            var (text, at) = c;
            var document = new TextDocument("file:///tmp/robust.kry", "/tmp/robust.kry", 1, text);
            var context = new RequestContext(ImmutableDictionary<string, TextDocument>.Empty.Add(document.Uri, document), new Analyzer(), CancellationToken.None);
            var id = new TextDocumentIdentifier(document.Uri);
            var position = document.Lines.PositionOf(at % (text.Length + 1));
            var here = new TextDocumentPositionParams(id, position);
            CompletionHandler.Handle(here, context);
            HoverHandler.Handle(here, context);
            DefinitionHandler.Handle(here, context);
            ReferencesHandler.Handle(new ReferenceParams(id, position, new ReferenceContext(true)), context);
            RenameHandler.Prepare(here, context);
            try { RenameHandler.Handle(new RenameParams(id, position, "renamed"), context); }
            catch (LspException) { /* "cannot rename this" is an answer */ }
            DocumentSymbolHandler.Handle(new DocumentParams(id), context);
            SemanticTokensHandler.Handle(new DocumentParams(id), context);
            FormattingHandler.Handle(new DocumentParams(id), context);
            DiagnosticsPublisher.Convert(context.Analyze(document));
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
