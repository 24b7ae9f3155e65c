using System.Diagnostics;
using System.Text.Json;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Layout.Conformance;

namespace Kryon.Benchmarks.Layout;

/// <summary>Loads the shared layout benchmark trees (../shared/bench next to the repository):
/// layout-10k.json (11,111 nodes) as stored, and the 111,111-node tree generated on demand with
/// <c>python3 ../shared/bench/gen_layout_bench.py OUT.json OUT.txt 5 10 43</c> into a temporary directory.</summary>
internal static class BenchmarkTrees
{
    public static string SharedBenchDirectory()
    {
        return Path.Combine(Kryon.Testing.RepositoryPaths.Shared, "bench");
    }

    public static LayoutNode Load10k() => Load(Path.Combine(SharedBenchDirectory(), "layout-10k.json"));

    public static LayoutNode Generate111k()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kryon-layout-bench");
        Directory.CreateDirectory(dir);
        string json = Path.Combine(dir, "layout-111k.json");
        if (!File.Exists(json))
        {
            var start = new ProcessStartInfo("python3")
            {
                ArgumentList = { Path.Combine(SharedBenchDirectory(), "gen_layout_bench.py"), json, Path.Combine(dir, "layout-111k.txt"), "5", "10", "43" },
                RedirectStandardError = true,
            };
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("gen_layout_bench.py failed");
        }
        return Load(json);
    }

    /// <summary>Reads <c>{"nodes": N, "root": node}</c> with CSS-named styles (as in the conformance cases).</summary>
    public static LayoutNode Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using JsonDocument doc = JsonDocument.Parse(stream);
        return Build(doc.RootElement.GetProperty("root"));
    }

    private static LayoutNode Build(JsonElement e)
    {
        var style = new LayoutStyle();
        if (e.TryGetProperty("style", out JsonElement s))
            foreach (JsonProperty p in s.EnumerateObject()) CssStyleParser.Apply(style, p.Name, p.Value.GetString()!);
        var node = new LayoutNode(style);
        if (e.TryGetProperty("children", out JsonElement children))
            foreach (JsonElement child in children.EnumerateArray()) node.AddChild(Build(child));
        return node;
    }

    /// <summary>The first leaf in pre-order.</summary>
    public static LayoutNode FirstLeaf(LayoutNode root)
    {
        LayoutNode n = root;
        while (n.Children.Count > 0) n = n.Children[0];
        return n;
    }
}
