using System.Text.Json;

namespace Kryon.Testing;

/// <summary>The small app the `kryon dev` tests edit: a title to change, a count that a Lua handler raises by a step.</summary>
internal static class DevTestApps
{
    /// <summary>The app; its handler is inline, or in `logic.lua` next to it (<see cref="Logic"/>) when <paramref name="scriptFile"/>.</summary>
    public static string Counter(string title = "Counter", bool scriptFile = false) => $$"""
        @variables {
            count: Int = 0
        }

        App {
            window_width: 300
            window_height: 200
            Text { id: "title"; text: "{{title}}" }
            Button { id: "increment"; text: "+"; onClick: "increment" }
        }

        {{(scriptFile ? "@script \"lua\" from \"logic.lua\"" : "@script \"lua\" {\n" + Logic(1) + "\n}")}}
        """;

    /// <summary>The handler: `increment` adds <paramref name="step"/> to `count`.</summary>
    public static string Logic(int step) => $$"""
        function increment(id)
            kryon.setVariable("count", (tonumber(kryon.getVariable("count")) or 0) + {{step}})
        end
        """;

    /// <summary>
    /// Saves as most editors do: a temporary file renamed over the app, so each save is one complete
    /// change (an in-place write on a loaded machine was once seen as two reloads).
    /// </summary>
    public static void Save(string path, string text)
    {
        string temporary = path + ".saving";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The lines of `kryon dev`'s JSON reload log once there are <paramref name="n"/>, whole (the test fails when there are more).</summary>
    public static async Task<JsonElement[]> WaitForReloadLogAsync(string log, int n, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(log))
            {
                string text;
                using (var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                using (var reader = new StreamReader(stream))
                    text = await reader.ReadToEndAsync();
                string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length >= n && text.EndsWith('\n'))
                {
                    Assert.True(lines.Length == n, text);
                    return [.. lines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];
                }
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the reload log has fewer than {n} lines after {patience.TotalSeconds} s");
    }
}
