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
}
