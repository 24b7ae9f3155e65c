using System.Globalization;
using System.Text;

namespace Kryon.Benchmarks.Compiler;

/// <summary>
/// Deterministic generator of a realistic `.kry` application (about 1 MB, 10,000 elements: an
/// App root with nested Containers, Text, Buttons, Inputs, Images and component instances, with
/// typical properties, variables, styles, one component and a script) and of the equivalent
/// JSON document (same tree, same property values), so the two parsers get comparable input.
/// </summary>
public static class KryDocumentGenerator
{
    /// <summary>One element: its type, its properties as (name, KRY text, JSON value text), and its children.</summary>
    private sealed class Node(string type)
    {
        public string Type { get; } = type;
        public List<(string Name, string Kry, string Json)> Properties { get; } = [];
        public List<(string State, List<(string Name, string Kry, string Json)> Properties)> States { get; } = [];
        public List<Node> Children { get; } = [];
    }

    public sealed record Documents(string Kry, string Json, int Elements)
    {
        public int KryBytes => Encoding.UTF8.GetByteCount(Kry);

        public int JsonBytes => Encoding.UTF8.GetByteCount(Json);
    }

    private static readonly Lazy<Documents> Cached = new(() => Generate(10_000, 20240601));

    /// <summary>The standard benchmark input (10,000 elements, fixed seed), generated once per process.</summary>
    public static Documents Standard => Cached.Value;

    private static readonly string[] Words =
        ["Settings", "Profile", "Inbox", "Search", "Dashboard", "Reports", "Orders", "Customers", "Billing", "Help",
         "Overview", "Activity", "Messages", "Archive", "Drafts", "Team", "Projects", "Calendar", "Files", "Logout"];

    private static readonly string[] Colors = ["#333", "#FFFFFF", "#1E1E2EFF", "#3366FF", "#F5F5F7FF", "#E0E0E0", "#FF5555CC", "#222831FF"];

    private static readonly string[] Styles = ["card", "button", "primary_button", "title", "muted", "input_field"];

    public static Documents Generate(int elementCount, int seed)
    {
        var random = new Random(seed);
        int remaining = elementCount - 1;
        var app = new Node("App");
        app.Properties.Add(Str("window_title", "Benchmark App"));
        app.Properties.Add(Raw("window_width", "1280"));
        app.Properties.Add(Raw("window_height", "800"));
        app.Properties.Add(Var("background_color", "background"));

        // Breadth-first fill: each container gets 2–8 children (a third of them containers again,
        // down to depth 5) until the element budget is spent; a new top-level section starts
        // whenever the open containers run out.
        var queue = new Queue<(Node Node, int Depth)>();
        int counter = 0;
        while (remaining > 0)
        {
            if (queue.Count == 0)
            {
                var section = MakeContainer(random, ++counter);
                app.Children.Add(section);
                remaining--;
                queue.Enqueue((section, 1));
                continue;
            }
            var (parent, depth) = queue.Dequeue();
            int children = Math.Min(remaining, random.Next(2, 9));
            for (int i = 0; i < children; i++)
            {
                counter++;
                bool container = depth < 4 && random.Next(3) == 0;
                var node = container ? MakeContainer(random, counter) : MakeLeaf(random, counter);
                parent.Children.Add(node);
                remaining--;
                if (container) queue.Enqueue((node, depth + 1));
            }
        }
        return new Documents(WriteKry(app), WriteJson(app), elementCount);
    }

    private static (string, string, string) Str(string name, string value) => (name, Quote(value), Quote(value));

    private static (string, string, string) Raw(string name, string number) => (name, number, number);

    private static (string, string, string) Var(string name, string variable) => (name, "$" + variable, Quote("$" + variable));

    private static (string, string, string) Word(string name, string word) => (name, word, Quote(word));

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    private static Node MakeContainer(Random r, int n)
    {
        var node = new Node("Container");
        if (r.Next(2) == 0) node.Properties.Add(Str("id", "section_" + n));
        node.Properties.Add(Word("layout", r.Next(2) == 0 ? "row center" : "column"));
        if (r.Next(2) == 0) node.Properties.Add(Var("padding", "spacing"));
        if (r.Next(3) == 0) node.Properties.Add(Raw("gap", r.Next(0, 24).ToString(CultureInfo.InvariantCulture)));
        if (r.Next(3) == 0) node.Properties.Add(Str("style", "card"));
        else if (r.Next(2) == 0) node.Properties.Add(Str("background_color", Pick(r, Colors)));
        if (r.Next(4) == 0) node.Properties.Add(Str("width", r.Next(10, 100) + "%"));
        return node;
    }

    private static Node MakeLeaf(Random r, int n)
    {
        Node node;
        switch (r.Next(10))
        {
            case < 4:
                node = new Node("Text");
                node.Properties.Add(Str("text", Pick(r, Words) + " " + n));
                if (r.Next(3) == 0)
                {
                    var color = Pick(r, Colors);
                    node.Properties.Add(("text_color", color, Quote(color)));
                }
                if (r.Next(4) == 0) node.Properties.Add(Raw("font_size", r.Next(10, 32).ToString(CultureInfo.InvariantCulture)));
                if (r.Next(4) == 0) node.Properties.Add(Word("font_weight", "bold"));
                break;
            case < 7:
                node = new Node("Button");
                if (r.Next(4) == 0) node.Properties.Add(Str("id", "button_" + n));
                node.Properties.Add(Str("text", Pick(r, Words)));
                node.Properties.Add(Str("style", r.Next(2) == 0 ? "button" : "primary_button"));
                node.Properties.Add(Word("onClick", "handleClick"));
                if (r.Next(4) == 0) node.States.Add(("hover", [Str("background_color", Pick(r, Colors))]));
                break;
            case < 8:
                node = new Node("Input");
                node.Properties.Add(Str("placeholder", "Enter " + Pick(r, Words).ToLowerInvariant()));
                node.Properties.Add(Str("style", "input_field"));
                var width = r.Next(100, 400) + "px";
                node.Properties.Add(("width", width, Quote(width)));
                node.Properties.Add(Word("onChange", "handleChange"));
                break;
            case < 9:
                node = new Node("Image");
                node.Properties.Add(Str("source", "images/picture_" + (n % 50) + ".png"));
                node.Properties.Add(Raw("width", r.Next(16, 128).ToString(CultureInfo.InvariantCulture)));
                node.Properties.Add(Raw("height", r.Next(16, 128).ToString(CultureInfo.InvariantCulture)));
                break;
            default:
                node = new Node("InfoCard");
                node.Properties.Add(Str("title", Pick(r, Words) + " " + n));
                node.Properties.Add(Word("size", r.Next(2) == 0 ? "small" : "large"));
                break;
        }
        return node;
    }

    // ---- KRY ---------------------------------------------------------------------------------------

    private static string WriteKry(Node app)
    {
        var sb = new StringBuilder(1 << 20);
        sb.Append("# Generated benchmark application\n");
        sb.Append("@variables {\n");
        sb.Append("    primary_color: \"#3366FF\"\n    background: \"#F5F5F7FF\"\n    text_main: \"#222831FF\"\n");
        sb.Append("    spacing: 8\n    radius: 6\n    wide: Bool = true\n    title_size: $spacing * 3\n}\n\n");
        sb.Append("style \"card\" {\n    background_color: \"#FFFFFF\"\n    border_radius: $radius\n    border_width: 1\n    border_color: \"#E0E0E0\"\n    padding: 12\n}\n\n");
        sb.Append("style \"button\" {\n    background_color: \"#E0E0E0\"\n    text_color: $text_main\n    border_radius: $radius\n    padding: 8\n    &:hover {\n        background_color: \"#D0D0D0\"\n    }\n    &:active {\n        background_color: \"#C0C0C0\"\n    }\n}\n\n");
        sb.Append("style \"primary_button\" {\n    extends: \"button\"\n    background_color: $primary_color\n    text_color: \"#FFFFFF\"\n}\n\n");
        sb.Append("style \"title\" {\n    font_size: $title_size\n    font_weight: bold\n    text_color: $text_main\n}\n\n");
        sb.Append("style \"muted\" {\n    text_color: \"#888888\"\n}\n\n");
        sb.Append("style \"input_field\" {\n    border_width: 1\n    border_color: \"#CCCCCC\"\n    padding: 6\n    &:focus {\n        border_color: $primary_color\n    }\n}\n\n");
        sb.Append("Define InfoCard {\n    Properties {\n        title: String = \"Untitled\"\n        size: Enum(small, large) = small\n    }\n");
        sb.Append("    Container {\n        style: \"card\"\n        layout: column\n        Text {\n            text: $title\n            style: \"title\"\n        }\n        Text {\n            text: \"Details\"\n            style: \"muted\"\n        }\n    }\n}\n\n");
        WriteKryElement(sb, app, 0);
        sb.Append("\n@script \"lua\" {\n    function handleClick()\n        kryon.log(\"clicked\")\n    end\n\n    function handleChange()\n        kryon.log(\"changed\")\n    end\n}\n");
        return sb.ToString();
    }

    private static void WriteKryElement(StringBuilder sb, Node node, int depth)
    {
        sb.Append(' ', depth * 4).Append(node.Type).Append(" {\n");
        foreach (var (name, kry, _) in node.Properties) sb.Append(' ', depth * 4 + 4).Append(name).Append(": ").Append(kry).Append('\n');
        foreach (var (state, props) in node.States)
        {
            sb.Append(' ', depth * 4 + 4).Append("&:").Append(state).Append(" {\n");
            foreach (var (name, kry, _) in props) sb.Append(' ', depth * 4 + 8).Append(name).Append(": ").Append(kry).Append('\n');
            sb.Append(' ', depth * 4 + 4).Append("}\n");
        }
        foreach (var child in node.Children) WriteKryElement(sb, child, depth + 1);
        sb.Append(' ', depth * 4).Append("}\n");
    }

    // ---- JSON (same tree, same layout conventions: 4-space indent, one item per line) ----------------

    private static string WriteJson(Node app)
    {
        var sb = new StringBuilder(1 << 20);
        sb.Append("{\n    \"variables\": {\"primary_color\": \"#3366FF\", \"background\": \"#F5F5F7FF\", \"text_main\": \"#222831FF\", \"spacing\": 8, \"radius\": 6, \"wide\": true, \"title_size\": \"$spacing * 3\"},\n");
        sb.Append("    \"styles\": {\n");
        sb.Append("        \"card\": {\"background_color\": \"#FFFFFF\", \"border_radius\": \"$radius\", \"border_width\": 1, \"border_color\": \"#E0E0E0\", \"padding\": 12},\n");
        sb.Append("        \"button\": {\"background_color\": \"#E0E0E0\", \"text_color\": \"$text_main\", \"border_radius\": \"$radius\", \"padding\": 8, \"states\": {\"hover\": {\"background_color\": \"#D0D0D0\"}, \"active\": {\"background_color\": \"#C0C0C0\"}}},\n");
        sb.Append("        \"primary_button\": {\"extends\": \"button\", \"background_color\": \"$primary_color\", \"text_color\": \"#FFFFFF\"},\n");
        sb.Append("        \"title\": {\"font_size\": \"$title_size\", \"font_weight\": \"bold\", \"text_color\": \"$text_main\"},\n");
        sb.Append("        \"muted\": {\"text_color\": \"#888888\"},\n");
        sb.Append("        \"input_field\": {\"border_width\": 1, \"border_color\": \"#CCCCCC\", \"padding\": 6, \"states\": {\"focus\": {\"border_color\": \"$primary_color\"}}}\n");
        sb.Append("    },\n");
        sb.Append("    \"components\": {\"InfoCard\": {\"properties\": {\"title\": {\"type\": \"String\", \"default\": \"Untitled\"}, \"size\": {\"type\": \"Enum\", \"members\": [\"small\", \"large\"], \"default\": \"small\"}},\n");
        sb.Append("        \"template\": {\"type\": \"Container\", \"style\": \"card\", \"layout\": \"column\", \"children\": [{\"type\": \"Text\", \"text\": \"$title\", \"style\": \"title\"}, {\"type\": \"Text\", \"text\": \"Details\", \"style\": \"muted\"}]}}},\n");
        sb.Append("    \"root\": ");
        WriteJsonElement(sb, app, 1);
        sb.Append(",\n    \"scripts\": [{\"language\": \"lua\", \"code\": \"function handleClick()\\n    kryon.log(\\\"clicked\\\")\\nend\\n\\nfunction handleChange()\\n    kryon.log(\\\"changed\\\")\\nend\\n\"}]\n}\n");
        return sb.ToString();
    }

    /// <summary>An element object: its properties one per line, children in a "children" array, 4 spaces per level like the KRY.</summary>
    private static void WriteJsonElement(StringBuilder sb, Node node, int depth)
    {
        string pad = new(' ', depth * 4 + 4);
        sb.Append("{\n").Append(pad).Append("\"type\": \"").Append(node.Type).Append('"');
        foreach (var (name, _, json) in node.Properties) sb.Append(",\n").Append(pad).Append('"').Append(name).Append("\": ").Append(json);
        if (node.States.Count > 0)
        {
            sb.Append(",\n").Append(pad).Append("\"states\": {");
            for (int i = 0; i < node.States.Count; i++)
            {
                var (state, props) = node.States[i];
                if (i > 0) sb.Append(", ");
                sb.Append('"').Append(state).Append("\": {").Append(string.Join(", ", props.Select(p => $"\"{p.Name}\": {p.Json}"))).Append('}');
            }
            sb.Append('}');
        }
        if (node.Children.Count > 0)
        {
            sb.Append(",\n").Append(pad).Append("\"children\": [");
            for (int i = 0; i < node.Children.Count; i++)
            {
                sb.Append(i > 0 ? ", " : "");
                WriteJsonElement(sb, node.Children[i], depth + 1);
            }
            sb.Append(']');
        }
        sb.Append('\n').Append(' ', depth * 4).Append('}');
    }
}
