using System.Globalization;
using System.Text;
using System.Text.Json;
using Kryon.Diagnostics;
using Kryon.Runtime.Events;
using Kryon.Text;

namespace Kryon.Runtime.Headless;

/// <summary>
/// Reads an events file: a JSON array with one object per step. A step names its kind with
/// <c>"type"</c> and its fields by name; targets are element ids. Comments and trailing commas are
/// allowed (the files are written by hand).
/// <code>
/// [
///   {"type": "click", "target": "name"},              // move + press + release at the element's centre
///   {"type": "text", "target": "name", "text": "Ada"}, // focus the target (optional), then type
///   {"type": "key", "key": "Tab", "modifiers": ["shift"]},   // "target" optional, as for text
///   {"type": "press", "target": "ok"}, {"type": "release", "target": "ok"},
///   {"type": "move", "x": 10, "y": 20}, {"type": "hover", "target": "menu"},
///   {"type": "scroll", "target": "list", "dy": 40},   // also "dx"
///   {"type": "resize", "width": 800, "height": 600},
///   {"type": "wait", "ms": 500},                      // milliseconds of app time
///   {"type": "focus", "target": "name"}, {"type": "focus", "target": null},
///   {"type": "paste", "text": "hello"},               // "target" optional
///   {"type": "compose", "text": "かん", "cursor": 1}   // an IME's composition; "target", "cursor" optional
/// ]
/// </code>
/// A shorter spelling names the kind by its key: <c>{"click": "name"}</c>, <c>{"text": "Ada"}</c>,
/// <c>{"key": "Tab", "modifiers": ["shift"]}</c>, <c>{"move": [10, 20]}</c>, <c>{"resize": [800, 600]}</c>,
/// <c>{"wait": 500}</c>, <c>{"scroll": "list", "dy": 40}</c>, <c>{"focus": null}</c>.
/// Every problem is a 2501 diagnostic with the file, line and column, the JSON path of the value
/// (<c>$[2].ms</c>) and what was expected; all steps are checked, so one run reports every
/// mistake. Nothing is returned when there is one.
/// </summary>
public static class EventScriptParser
{
    /// <summary>A wait longer than this is a mistake (an hour of app time at one frame per 16 ms is 225,000 frames).</summary>
    public const double MaxWaitMs = 3_600_000;

    public const int MaxViewport = 65535;

    /// <summary>Named keys (KeyboardEvent.key values) the runtime and its text editor know; any single character is a key too.</summary>
    public static IReadOnlyList<string> NamedKeys { get; } =
    [
        "Tab", "Enter", "Escape", "Backspace", "Delete", "Insert",
        "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown",
        "Shift", "Control", "Alt", "Meta", "CapsLock", "ContextMenu",
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
    ];

    private static readonly Dictionary<string, string> KeyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Space"] = " ", ["Spacebar"] = " ", ["Esc"] = "Escape", ["Return"] = "Enter", ["Del"] = "Delete",
        ["Left"] = "ArrowLeft", ["Right"] = "ArrowRight", ["Up"] = "ArrowUp", ["Down"] = "ArrowDown",
        ["Ctrl"] = "Control", ["Cmd"] = "Meta", ["Command"] = "Meta", ["Super"] = "Meta", ["Win"] = "Meta",
    };

    private static readonly Dictionary<string, KeyModifiers> Modifiers = new(StringComparer.Ordinal)
    {
        ["shift"] = KeyModifiers.Shift,
        ["control"] = KeyModifiers.Control,
        ["ctrl"] = KeyModifiers.Control,
        ["alt"] = KeyModifiers.Alt,
        ["meta"] = KeyModifiers.Meta,
    };

    /// <summary>Each kind and the extra keys its step may have.</summary>
    private static readonly Dictionary<string, string[]> Kinds = new(StringComparer.Ordinal)
    {
        ["click"] = [], ["press"] = [], ["release"] = [], ["move"] = [], ["hover"] = [],
        ["text"] = [], ["paste"] = [], ["compose"] = ["cursor"], ["key"] = ["modifiers"], ["scroll"] = ["dx", "dy"],
        ["resize"] = [], ["wait"] = [], ["focus"] = [],
    };

    private static readonly string[] Examples =
    [
        "{\"click\": \"id\"}", "{\"text\": \"hello\"}", "{\"key\": \"Tab\", \"modifiers\": [\"shift\"]}", "{\"wait\": 100}",
    ];

    /// <summary>Reads and parses an events file; a file that cannot be read is reported (2501) too.</summary>
    public static EventScript? Load(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message;
            diagnostics.Report(DiagnosticCodes.InvalidEventsFile, null, $"Cannot read the events file '{path}': {why}", "check the path given to --events");
            return null;
        }
        return Parse(path, bytes, diagnostics);
    }

    public static EventScript? ParseText(string path, string text, DiagnosticBag diagnostics) => Parse(path, Encoding.UTF8.GetBytes(text), diagnostics);

    public static EventScript? Parse(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        int bom = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var json = bytes.AsMemory(bom);
        var file = new SourceFile(path, Encoding.UTF8.GetString(json.Span));
        var context = new Context(file, json, diagnostics);

        if (string.IsNullOrWhiteSpace(file.Text))
        {
            context.Error(0, 0, "$", "the events file is empty; expected a JSON array of steps", "an events file looks like [{\"click\": \"id\"}, {\"text\": \"hello\"}]");
            return null;
        }
        Node root;
        try
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
            if (!reader.Read())
            {
                context.Error(0, 0, "$", "the events file is empty; expected a JSON array of steps", "an events file looks like [{\"click\": \"id\"}, {\"text\": \"hello\"}]");
                return null;
            }
            root = ReadNode(ref reader);
            if (reader.Read())
            {
                context.Error((int)reader.TokenStartIndex, 1, "$", "unexpected content after the array of steps; expected the end of the file");
                return null;
            }
        }
        catch (JsonException e)
        {
            int offset = context.ByteOffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            context.Error(offset, 1, "$", $"not valid JSON: {PlainJsonMessage(e.Message)}", "an events file is a JSON array of step objects, e.g. [{\"click\": \"id\"}]");
            return null;
        }

        if (root.Kind != JsonValueKind.Array)
        {
            context.Error(root, "$", $"expected a JSON array of steps, got {Describe(root)}", "wrap the steps in [ … ], e.g. [{\"click\": \"id\"}]");
            return null;
        }
        var steps = new List<EventStep>(root.Items!.Count);
        for (int i = 0; i < root.Items.Count; i++)
        {
            if (ParseStep(context, root.Items[i], i) is { } step) steps.Add(step);
        }
        return context.Failed ? null : new EventScript(path, steps);
    }

    // ---- steps -------------------------------------------------------------------------------------

    private static EventStep? ParseStep(Context c, Node node, int index)
    {
        string at = $"$[{index}]";
        if (node.Kind != JsonValueKind.Object)
        {
            c.Error(node, at, $"expected a step object such as {{\"type\": \"click\", \"target\": \"id\"}}, got {Describe(node)}");
            return null;
        }
        var properties = node.Properties!;
        if (properties.Any(p => p.Name == "type")) return ParseTypedStep(c, node, index);
        var kinds = properties.Where(p => Kinds.ContainsKey(p.Name)).ToList();
        if (kinds.Count == 0)
        {
            if (properties.Count == 0)
            {
                c.Error(node, at, "the step is empty; expected one kind key: " + KindList(), Examples);
                return null;
            }
            var first = properties[0];
            var extraOf = Kinds.FirstOrDefault(k => k.Value.Contains(first.Name)).Key;
            if (extraOf is not null)
                c.Error(first.NameStart, first.NameLength, at, $"'{first.Name}' belongs to a '{extraOf}' step, but the step has no '{extraOf}' key", $"e.g. {{\"{extraOf}\": …, \"{first.Name}\": …}}");
            else if (SpellingSuggestions.Closest(first.Name, Kinds.Keys) is { } suggestion)
                c.Error(first.NameStart, first.NameLength, $"{at}.{first.Name}", $"unknown step kind '{first.Name}'; expected one of {KindList()}", $"did you mean '{suggestion}'?");
            else
                c.Error(first.NameStart, first.NameLength, $"{at}.{first.Name}", $"unknown step kind '{first.Name}'; expected one of {KindList()}", Examples);
            return null;
        }
        if (kinds.Count > 1)
        {
            c.Error(kinds[1].NameStart, kinds[1].NameLength, $"{at}.{kinds[1].Name}", $"a step has one kind, but this one has both '{kinds[0].Name}' and '{kinds[1].Name}'", "split it into two steps");
            return null;
        }
        var kind = kinds[0];
        var allowed = Kinds[kind.Name];
        bool ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            if (!seen.Add(p.Name))
            {
                c.Error(p.NameStart, p.NameLength, $"{at}.{p.Name}", $"'{p.Name}' is given twice in this step", "keep one");
                ok = false;
            }
            else if (p != kind && !allowed.Contains(p.Name))
            {
                string has = allowed.Length == 0 ? $"a '{kind.Name}' step has no other keys" : $"a '{kind.Name}' step may also have {string.Join(", ", allowed.Select(a => $"'{a}'"))}";
                var close = SpellingSuggestions.Closest(p.Name, allowed);
                c.Error(p.NameStart, p.NameLength, $"{at}.{p.Name}", $"unexpected key '{p.Name}' in a '{kind.Name}' step; {has}", close is null ? [] : [$"did you mean '{close}'?"]);
                ok = false;
            }
        }
        string path = $"{at}.{kind.Name}";
        var value = kind.Value;
        EventStep? step = kind.Name switch
        {
            "click" => Target(c, value, path, "click") is { } t ? new ClickStep(t) : null,
            "press" => Target(c, value, path, "press") is { } t ? new PressStep(t) : null,
            "release" => Target(c, value, path, "release") is { } t ? new ReleaseStep(t) : null,
            "hover" => Target(c, value, path, "hover") is { } t ? new HoverStep(t) : null,
            "move" => Pair(c, value, path, "a window position [x, y] in px", positive: false) is { } xy ? new MoveStep(xy.A, xy.B) : null,
            "resize" => Pair(c, value, path, $"a window size [width, height] in px, each from 1 to {MaxViewport}", positive: true) is { } wh ? new ResizeStep(wh.A, wh.B) : null,
            "text" => Text(c, value, path, "text") is { } s ? new TextStep(s) : null,
            "paste" => Text(c, value, path, "paste") is { } s ? new PasteStep(s) : null,
            "compose" => ParseCompose(c, node, value, path, at, target: null),
            "key" => ParseKey(c, node, value, path, at),
            "scroll" => ParseScroll(c, node, value, path, at),
            "wait" => ParseWait(c, value, path),
            "focus" => value.Kind == JsonValueKind.Null ? new FocusStep(null) : Target(c, value, path, "focus") is { } t ? new FocusStep(t) : null,
            _ => null,
        };
        if (!ok || step is null) return null;
        return step with { Index = index, Location = c.Span(node) };
    }

    /// <summary>Each kind's fields in the <c>"type"</c> spelling: those it needs, then those it may have.</summary>
    private static readonly Dictionary<string, (string[] Required, string[] Optional)> TypedFields = new(StringComparer.Ordinal)
    {
        ["click"] = (["target"], []), ["press"] = (["target"], []), ["release"] = (["target"], []), ["hover"] = (["target"], []),
        ["move"] = (["x", "y"], []), ["resize"] = (["width", "height"], []),
        ["text"] = (["text"], ["target"]), ["paste"] = (["text"], ["target"]), ["compose"] = (["text"], ["cursor", "target"]),
        ["key"] = (["key"], ["modifiers", "target"]), ["scroll"] = (["target"], ["dx", "dy"]),
        ["wait"] = (["ms"], []), ["focus"] = (["target"], []),
    };

    private static EventStep? ParseTypedStep(Context c, Node node, int index)
    {
        string at = $"$[{index}]";
        var properties = node.Properties!;
        var type = properties.First(p => p.Name == "type");
        if (type.Value.Kind != JsonValueKind.String || !TypedFields.TryGetValue(type.Value.String!, out var fields))
        {
            var close = type.Value.Kind == JsonValueKind.String ? SpellingSuggestions.Closest(type.Value.String!, TypedFields.Keys) : null;
            c.Error(type.Value, $"{at}.type", $"unknown step type {Describe(type.Value)}; expected one of {KindList()}",
                close is null ? ["e.g. {\"type\": \"click\", \"target\": \"id\"}"] : [$"did you mean \"{close}\"?"]);
            return null;
        }
        string kind = type.Value.String!;
        bool ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            if (!seen.Add(p.Name))
            {
                c.Error(p.NameStart, p.NameLength, $"{at}.{p.Name}", $"'{p.Name}' is given twice in this step", "keep one");
                ok = false;
            }
            else if (p != type && !fields.Required.Contains(p.Name) && !fields.Optional.Contains(p.Name))
            {
                var allowed = fields.Required.Concat(fields.Optional).ToArray();
                var close = SpellingSuggestions.Closest(p.Name, allowed);
                c.Error(p.NameStart, p.NameLength, $"{at}.{p.Name}", $"unexpected key '{p.Name}' in a '{kind}' step; it has {string.Join(", ", allowed.Select(a => $"'{a}'"))}",
                    close is null ? [] : [$"did you mean '{close}'?"]);
                ok = false;
            }
        }
        foreach (var name in fields.Required)
        {
            if (seen.Contains(name)) continue;
            c.Error(node, at, $"a '{kind}' step needs '{name}'", $"e.g. {TypedExample(kind)}");
            ok = false;
        }
        if (!ok) return null;

        Node Field(string name) => properties.First(p => p.Name == name).Value;
        string Path(string name) => $"{at}.{name}";
        // Every field is checked before the step is built, so one step reports all its mistakes.
        bool hasTarget = seen.Contains("target");
        string? target = hasTarget && !(kind == "focus" && Field("target").Kind == JsonValueKind.Null) ? Target(c, Field("target"), Path("target"), kind) : null;
        bool targetOk = !hasTarget || target is not null || (kind == "focus" && Field("target").Kind == JsonValueKind.Null);
        EventStep? step;
        switch (kind)
        {
            case "move":
            {
                var x = Number(c, Field("x"), Path("x"), "a window x position in px", positive: false);
                var y = Number(c, Field("y"), Path("y"), "a window y position in px", positive: false);
                step = x is { } mx && y is { } my ? new MoveStep(mx, my) : null;
                break;
            }
            case "resize":
            {
                var w = Number(c, Field("width"), Path("width"), $"a window width in px, from 1 to {MaxViewport}", positive: true);
                var h = Number(c, Field("height"), Path("height"), $"a window height in px, from 1 to {MaxViewport}", positive: true);
                step = w is { } rw && h is { } rh ? new ResizeStep(rw, rh) : null;
                break;
            }
            case "text":
                step = Text(c, Field("text"), Path("text"), kind) is { } typed && targetOk ? new TextStep(typed, target) : null;
                break;
            case "paste":
                step = Text(c, Field("text"), Path("text"), kind) is { } pasted && targetOk ? new PasteStep(pasted, target) : null;
                break;
            case "compose":
                step = ParseCompose(c, node, Field("text"), Path("text"), at, target) is { } composed && targetOk ? composed : null;
                break;
            case "key":
                step = ParseKey(c, node, Field("key"), Path("key"), at) is { } key && targetOk ? key with { Target = target } : null;
                break;
            case "scroll":
                step = targetOk ? ParseScroll(c, node, Field("target"), Path("target"), at) : null;
                break;
            case "wait":
                step = ParseWait(c, Field("ms"), Path("ms"));
                break;
            case "focus":
                step = targetOk ? new FocusStep(target) : null;
                break;
            default: // click, press, release, hover: a target is all they have
                step = target is null ? null : kind switch
                {
                    "click" => new ClickStep(target),
                    "press" => new PressStep(target),
                    "release" => new ReleaseStep(target),
                    _ => new HoverStep(target),
                };
                break;
        }
        return step is null ? null : step with { Index = index, Location = c.Span(node) };
    }

    private static string TypedExample(string kind) => kind switch
    {
        "move" => "{\"type\": \"move\", \"x\": 10, \"y\": 20}",
        "resize" => "{\"type\": \"resize\", \"width\": 800, \"height\": 600}",
        "text" or "paste" => $"{{\"type\": \"{kind}\", \"target\": \"name\", \"text\": \"Ada\"}}",
        "compose" => "{\"type\": \"compose\", \"target\": \"name\", \"text\": \"かん\", \"cursor\": 1}",
        "key" => "{\"type\": \"key\", \"key\": \"Tab\", \"modifiers\": [\"shift\"]}",
        "scroll" => "{\"type\": \"scroll\", \"target\": \"list\", \"dy\": 40}",
        "wait" => "{\"type\": \"wait\", \"ms\": 250}",
        "focus" => "{\"type\": \"focus\", \"target\": \"name\"} (or null to clear focus)",
        _ => $"{{\"type\": \"{kind}\", \"target\": \"submit\"}}",
    };

    private static float? Number(Context c, Node value, string path, string expected, bool positive)
    {
        bool fits = value.Kind == JsonValueKind.Number && double.IsFinite(value.Number)
            && (positive ? value.Number >= 1 && value.Number <= MaxViewport : Math.Abs(value.Number) <= 1e6);
        if (fits) return (float)value.Number;
        c.Error(value, path, $"expected {expected}, got {Describe(value)}");
        return null;
    }

    private static string? Target(Context c, Node value, string path, string kind)
    {
        if (value.Kind == JsonValueKind.String && value.String!.Length > 0) return value.String;
        string got = value.Kind == JsonValueKind.String ? "an empty string" : Describe(value);
        c.Error(value, path, $"expected the id of an element (a non-empty string), got {got}", kind == "focus" ? $"e.g. {{\"focus\": \"name\"}}, or {{\"focus\": null}} to clear focus" : $"e.g. {{\"{kind}\": \"submit\"}}");
        return null;
    }

    private static string? Text(Context c, Node value, string path, string kind)
    {
        if (value.Kind == JsonValueKind.String) return value.String;
        c.Error(value, path, $"expected the text to {(kind == "paste" ? "paste" : "type")} (a string), got {Describe(value)}", $"e.g. {{\"{kind}\": \"hello\"}}");
        return null;
    }

    private static (float A, float B)? Pair(Context c, Node value, string path, string expected, bool positive)
    {
        if (value.Kind != JsonValueKind.Array || value.Items!.Count != 2)
        {
            string got = value.Kind == JsonValueKind.Array ? value.Items!.Count == 1 ? "an array of 1 value" : $"an array of {value.Items.Count} values" : Describe(value);
            c.Error(value, path, $"expected {expected}, got {got}");
            return null;
        }
        var result = new float[2];
        for (int i = 0; i < 2; i++)
        {
            var item = value.Items[i];
            bool fits = item.Kind == JsonValueKind.Number && double.IsFinite(item.Number)
                && (positive ? item.Number >= 1 && item.Number <= MaxViewport : Math.Abs(item.Number) <= 1e6);
            if (!fits)
            {
                c.Error(item, $"{path}[{i}]", $"expected {expected}, got {Describe(item)}");
                return null;
            }
            result[i] = (float)item.Number;
        }
        return (result[0], result[1]);
    }

    /// <summary>A compose step: the composed text (a string; "" ends the composition) and an optional cursor, a whole number from 0 to the text's length.</summary>
    private static ComposeStep? ParseCompose(Context c, Node step, Node value, string path, string at, string? target)
    {
        if (value.Kind != JsonValueKind.String)
        {
            c.Error(value, path, $"expected the text an input method has composed so far (a string; \"\" ends the composition), got {Describe(value)}", "e.g. {\"compose\": \"かん\", \"cursor\": 1}");
            return null;
        }
        string text = value.String!;
        if (step.Properties!.FirstOrDefault(p => p.Name == "cursor") is not { } cursor) return new ComposeStep(text, null, target);
        var n = cursor.Value;
        if (n.Kind == JsonValueKind.Number && n.Number == Math.Floor(n.Number) && n.Number >= 0 && n.Number <= text.Length)
            return new ComposeStep(text, (int)n.Number, target);
        c.Error(n, $"{at}.cursor", $"expected the cursor's place in the composed text, a whole number from 0 to {text.Length}, got {Describe(n)}", $"e.g. \"cursor\": {text.Length} (after the last character)");
        return null;
    }

    private static KeyStep? ParseKey(Context c, Node step, Node value, string path, string at)
    {
        if (value.Kind != JsonValueKind.String || value.String!.Length == 0)
        {
            c.Error(value, path, $"expected a key name as the web's KeyboardEvent.key names it (\"Tab\", \"Enter\", \"ArrowLeft\", \"a\"), got {Describe(value)}");
            return null;
        }
        string key = value.String;
        bool single = new StringInfo(key).LengthInTextElements == 1;
        if (!single && !NamedKeys.Contains(key))
        {
            string? suggestion = KeyAliases.TryGetValue(key, out var alias) ? alias
                : NamedKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? SpellingSuggestions.Closest(key, NamedKeys);
            var help = suggestion is null ? "named keys: " + string.Join(", ", NamedKeys) + "; or a single character" : $"did you mean {JsonValueDescription.Quote(suggestion)}?";
            c.Error(value, path, $"unknown key '{key}'; expected a KeyboardEvent.key name or a single character", help);
            return null;
        }
        var modifiers = KeyModifiers.None;
        if (step.Properties!.FirstOrDefault(p => p.Name == "modifiers") is { } m)
        {
            string mpath = $"{at}.modifiers";
            if (m.Value.Kind != JsonValueKind.Array)
            {
                c.Error(m.Value, mpath, $"expected an array of modifier names (\"shift\", \"control\", \"alt\", \"meta\"), got {Describe(m.Value)}", "e.g. \"modifiers\": [\"shift\"]");
                return null;
            }
            for (int i = 0; i < m.Value.Items!.Count; i++)
            {
                var item = m.Value.Items[i];
                if (item.Kind == JsonValueKind.String && Modifiers.TryGetValue(item.String!.ToLowerInvariant(), out var bit)) modifiers |= bit;
                else
                {
                    var close = item.Kind == JsonValueKind.String ? SpellingSuggestions.Closest(item.String!, Modifiers.Keys) : null;
                    c.Error(item, $"{mpath}[{i}]", $"expected a modifier name (\"shift\", \"control\", \"alt\", \"meta\"), got {Describe(item)}", close is null ? [] : [$"did you mean \"{close}\"?"]);
                    return null;
                }
            }
        }
        return new KeyStep(key, modifiers);
    }

    private static ScrollStep? ParseScroll(Context c, Node step, Node value, string path, string at)
    {
        if (Target(c, value, path, "scroll") is not { } target) return null;
        float dx = 0, dy = 0;
        foreach (var p in step.Properties!)
        {
            if (p.Name is not ("dx" or "dy")) continue;
            if (p.Value.Kind != JsonValueKind.Number || !double.IsFinite(p.Value.Number) || Math.Abs(p.Value.Number) > 1e6)
            {
                c.Error(p.Value, $"{at}.{p.Name}", $"expected a scroll distance in px (a number; positive {(p.Name == "dy" ? "shows what is below" : "shows what is to the right")}), got {Describe(p.Value)}");
                return null;
            }
            if (p.Name == "dx") dx = (float)p.Value.Number; else dy = (float)p.Value.Number;
        }
        if (dx == 0 && dy == 0)
        {
            c.Error(step, at, "a scroll step needs a distance: \"dy\" (vertical) or \"dx\" (horizontal), in px", $"e.g. {{\"scroll\": {JsonValueDescription.Quote(target)}, \"dy\": 40}}");
            return null;
        }
        return new ScrollStep(target, dx, dy);
    }

    private static WaitStep? ParseWait(Context c, Node value, string path)
    {
        if (value.Kind == JsonValueKind.Number && double.IsFinite(value.Number) && value.Number >= 0 && value.Number <= MaxWaitMs) return new WaitStep(value.Number);
        string expected = $"a number of milliseconds from 0 to {MaxWaitMs:0}";
        c.Error(value, path, $"expected {expected}, got {Describe(value)}", "e.g. {\"wait\": 500}");
        return null;
    }

    private static string KindList() => string.Join(", ", Kinds.Keys);

    private static string Describe(Node node) => JsonValueDescription.Of(node.Kind, node.String, node.Raw);

    /// <summary>System.Text.Json's message without its own position suffix (the diagnostic has the position).</summary>
    private static string PlainJsonMessage(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (at >= 0 ? message[..at] : message).Trim();
        if (text.StartsWith("Expected depth to be zero", StringComparison.Ordinal)) return "the file ends inside an array or object; expected its closing ']' or '}'";
        return text.EndsWith('.') ? text[..^1] : text;
    }

    // ---- a JSON tree with positions -------------------------------------------------------------------

    private sealed record Property(string Name, int NameStart, int NameLength, Node Value);

    /// <summary>A JSON value with its byte range in the file (JsonDocument does not keep positions).</summary>
    private sealed class Node
    {
        public JsonValueKind Kind;
        public int Start;
        public int End;
        public string? String;
        public double Number;
        public string? Raw;
        public List<Node>? Items;
        public List<Property>? Properties;
    }

    private static Node ReadNode(ref Utf8JsonReader reader)
    {
        var node = new Node { Start = (int)reader.TokenStartIndex };
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                node.Kind = JsonValueKind.Array;
                node.Items = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) node.Items.Add(ReadNode(ref reader));
                break;
            case JsonTokenType.StartObject:
                node.Kind = JsonValueKind.Object;
                node.Properties = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    int nameStart = (int)reader.TokenStartIndex;
                    string name = reader.GetString()!;
                    int nameLength = (int)reader.BytesConsumed - nameStart;
                    reader.Read();
                    node.Properties.Add(new Property(name, nameStart, nameLength, ReadNode(ref reader)));
                }
                break;
            case JsonTokenType.String:
                node.Kind = JsonValueKind.String;
                node.String = reader.GetString();
                break;
            case JsonTokenType.Number:
                node.Kind = JsonValueKind.Number;
                node.Raw = Encoding.UTF8.GetString(reader.ValueSpan); // one contiguous buffer: never a value sequence
                node.Number = reader.TryGetDouble(out var d) ? d : double.NaN;
                break;
            case JsonTokenType.True: node.Kind = JsonValueKind.True; break;
            case JsonTokenType.False: node.Kind = JsonValueKind.False; break;
            default: node.Kind = JsonValueKind.Null; break;
        }
        node.End = (int)reader.BytesConsumed;
        return node;
    }

    /// <summary>The file, its bytes and the diagnostics; turns byte offsets into source spans.</summary>
    private sealed class Context(SourceFile file, ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
    {
        public bool Failed { get; private set; }

        private int CharOffset(int byteOffset) => Encoding.UTF8.GetCharCount(bytes.Span[..Math.Clamp(byteOffset, 0, bytes.Length)]);

        public SourceSpan Span(int byteStart, int byteLength)
        {
            int start = CharOffset(byteStart);
            return new SourceSpan(file, new TextSpan(start, Math.Max(0, CharOffset(byteStart + byteLength) - start)));
        }

        public SourceSpan Span(Node node) => Span(node.Start, node.End - node.Start);

        /// <summary>System.Text.Json counts lines by '\n' and positions in bytes.</summary>
        public int ByteOffsetOf(long line, long bytePositionInLine)
        {
            var span = bytes.Span;
            int offset = 0;
            for (long l = 0; l < line && offset < span.Length; l++)
            {
                int next = span[offset..].IndexOf((byte)'\n');
                if (next < 0) { offset = span.Length; break; }
                offset += next + 1;
            }
            return (int)Math.Min(span.Length, offset + bytePositionInLine);
        }

        public void Error(Node node, string path, string message, params string[] suggestions)
        {
            // An object or array is pointed at by its first character; a scalar by all of it.
            int length = node.Kind is JsonValueKind.Object or JsonValueKind.Array ? 1 : node.End - node.Start;
            Error(node.Start, length, path, message, suggestions);
        }

        public void Error(int byteStart, int byteLength, string path, string message, params string[] suggestions)
        {
            Failed = true;
            diagnostics.Report(DiagnosticCodes.InvalidEventsFile, Span(byteStart, byteLength), $"{path}: {message}", suggestions);
        }
    }
}
