// LSP's Range (start/end positions) is meant wherever this project says Range; System.Range is only used through `..` slices.
global using Range = Kryon.LanguageServer.Protocol.Range;
