using System.Text.Json.Nodes;

namespace Kryon.LanguageServer.Tests;

/// <summary>Documents the tests open, and helpers to find positions in them by their text.</summary>
public static class Samples
{
    public const string CounterUri = "file:///tmp/kryon-lsp-tests/counter.kry";

    public const string Counter = """
        @variables {
            count: Int = 0
            accent: "#4F46E5"
        }

        style "button" {
            background_color: $accent
            text_color: "#FFFFFF"
            &:hover { background_color: "#4338CA" }
        }

        style "primary" {
            extends: "button"
            font_weight: bold
        }

        Define Card {
            Properties {
                title: String = "Untitled"
                size: Enum(small, large) = small
            }
            Container {
                padding: 8
                Text { text: $title }
            }
        }

        App {
            window_title: "Counter"
            window_width: 320
            window_height: 200
            layout: column center
            gap: 12

            Text { id: "label"; text: "Count: $count"; font_size: 24; text_alignment: center }
            Button { style: "primary"; text: "+1"; onClick: "increment" }
            Card { title: "Hello" }
        }

        @script "lua" {
            function increment()
                kryon.setVariable("count", kryon.getVariable("count") + 1)
            end
        }

        """;

    /// <summary>The 0-based (line, character) of the <paramref name="occurrence"/>-th match of <paramref name="needle"/>, plus <paramref name="delta"/> characters.</summary>
    public static (int Line, int Character) Find(string text, string needle, int delta = 0, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{needle}' (#{occurrence}) is not in the sample");
        }
        return PositionAt(text, at + delta);
    }

    /// <summary>The 0-based (line, character) of an offset.</summary>
    public static (int Line, int Character) PositionAt(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart);
    }

    public static object At(string uri, string text, string needle, int delta = 0, int occurrence = 1)
    {
        var (line, character) = Find(text, needle, delta, occurrence);
        return LspClient.At(uri, line, character);
    }

    public static IEnumerable<string> Labels(JsonNode? completion)
    {
        var items = completion is JsonArray array ? array : completion!["items"]!.AsArray();
        return items.Select(i => i!["label"]!.GetValue<string>());
    }

    /// <summary>The text a range covers.</summary>
    public static string TextAt(string text, JsonNode range)
    {
        var lines = text.Split('\n');
        int Offset(JsonNode p)
        {
            int line = p["line"]!.GetValue<int>(), character = p["character"]!.GetValue<int>();
            return lines.Take(line).Sum(l => l.Length + 1) + character;
        }
        int start = Offset(range["start"]!), end = Offset(range["end"]!);
        return text[start..end];
    }
}
