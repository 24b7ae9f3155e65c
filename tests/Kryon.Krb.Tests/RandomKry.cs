using System.Globalization;
using System.Text;

namespace Kryon.Krb.Tests;

/// <summary>
/// Builds a random but valid KRY app from a seed: variables, styles with extends and states,
/// a component with every property type, and an element tree mixing standard, extension,
/// flexbox and custom properties, events, bindings and component usages.
/// </summary>
internal sealed class RandomKry(int seed)
{
    private readonly Random _r = new(seed);
    private readonly StringBuilder _sb = new();
    private readonly List<string> _styles = [];
    private readonly List<string> _variables = [];
    private int _ids;
    private bool _component;

    private string Pick(params string[] options) => options[_r.Next(options.Length)];

    private string Color() => $"\"#{_r.Next(0x1000000):X6}{_r.Next(256):X2}\"";

    private string Words() => string.Join(' ', Enumerable.Range(0, 1 + _r.Next(3)).Select(_ => Pick("alpha", "beta", "Grüße", "x", "hello world", "42", "ünï", "$$")).Select(w => w.Replace("$", "\\$")));

    public string Build()
    {
        int variables = _r.Next(4);
        if (variables > 0)
        {
            _sb.Append("@variables {\n");
            for (int i = 0; i < variables; i++)
            {
                var name = $"v{i}";
                _variables.Add(name);
                // v0 is an integer so `font_size: $v0` type-checks; the others vary.
                var value = i == 0 ? _r.Next(8, 40).ToString(CultureInfo.InvariantCulture) : Pick("1", "250", "\"text\"", "true", "0.75", "\"#102030FF\"");
                _sb.Append($"    {name}: {value}\n");
            }
            _sb.Append("}\n");
        }
        int styles = _r.Next(4);
        for (int i = 0; i < styles; i++)
        {
            var name = $"s{i}";
            _sb.Append($"style \"{name}\" {{\n");
            if (i > 0 && _r.Next(2) == 0) _sb.Append($"    extends: \"s{_r.Next(i)}\"\n");
            for (int p = _r.Next(5); p > 0; p--) _sb.Append("    ").Append(StyleProperty()).Append('\n');
            if (_r.Next(2) == 0) _sb.Append($"    &:{Pick("hover", "active", "focus", "hover:disabled")} {{ {StateProperty()} }}\n");
            _sb.Append("}\n");
            _styles.Add(name);
        }
        if (_r.Next(2) == 0)
        {
            _component = true;
            var look = _styles.Count > 0 ? $"\n        look: StyleID = \"{_styles[0]}\"" : "";
            _sb.Append($$"""
                Define Card {
                    Properties {
                        title: String = "Card"
                        count: Int = 2
                        on: Bool = true
                        tint: Color = "#FF0000FF"
                        kind: Enum(small, large) = small
                        ratio: Float = 0.5
                        required: String{{look}}
                    }
                    Container {
                        background_color: $tint
                        Text { text: $title; opacity: $ratio }
                        Button { text: "Count $count"; visible: $on; onClick: "cardClicked" }
                    }
                }

                """);
        }
        _sb.Append("App {\n");
        _sb.Append($"    window_title: \"{Words()}\"\n");
        if (_r.Next(2) == 0) _sb.Append($"    window_width: {_r.Next(100, 2000)}\n");
        Body(1, 1);
        _sb.Append("}\n");
        if (_r.Next(2) == 0) _sb.Append("@script \"lua\" {\n    function cardClicked(id)\n        kryon.log(id)\n    end\n}\n");
        return _sb.ToString();
    }

    private void Body(int depth, int indent)
    {
        var pad = new string(' ', indent * 4);
        int children = depth > 4 ? 0 : _r.Next(depth == 1 ? 1 : 0, 4);
        for (int i = 0; i < children; i++)
        {
            var kind = _component && _r.Next(5) == 0 ? "Card" : Pick("Container", "Container", "Text", "Button", "Input", "Image");
            _sb.Append(pad).Append(kind).Append(" {\n");
            var inner = pad + "    ";
            if (_r.Next(3) == 0) _sb.Append(inner).Append($"id: \"e{_ids++}\"\n");
            if (_styles.Count > 0 && _r.Next(3) == 0) _sb.Append(inner).Append($"style: \"{_styles[_r.Next(_styles.Count)]}\"\n");
            var used = new HashSet<string>();
            for (int p = _r.Next(6); p > 0; p--)
            {
                var (name, line) = ElementProperty(kind);
                if (used.Add(name)) _sb.Append(inner).Append(line).Append('\n');
            }
            if (kind == "Card")
            {
                _sb.Append(inner).Append($"title: \"{Words()}\"\n").Append(inner).Append("required: \"yes\"\n");
                if (_r.Next(2) == 0) _sb.Append(inner).Append($"kind: {Pick("small", "large")}\n");
                if (_r.Next(2) == 0) _sb.Append(inner).Append($"count: {_r.Next(-5, 100)}\n");
                if (_r.Next(2) == 0) _sb.Append(inner).Append($"on: {Pick("true", "false")}\n");
            }
            if (_r.Next(4) == 0) _sb.Append(inner).Append($"&:{Pick("hover", "focus", "active:checked")} {{ {StateProperty()} }}\n");
            if (kind == "Container") Body(depth + 1, indent + 1);
            _sb.Append(pad).Append("}\n");
        }
    }

    private string StyleProperty() => Pick(
        $"background_color: {Color()}", $"text_color: {Color()}", $"border_width: {_r.Next(0, 256)}", $"border_radius: {_r.Next(0, 40)}",
        $"padding: {_r.Next(0, 30)}", $"margin: \"{_r.Next(10)} {_r.Next(10)}\"", $"font_size: {_r.Next(8, 64)}", $"font_weight: {Pick("bold", "normal", "light", "600")}",
        $"width: {_r.Next(1, 500)}", $"height: {_r.Next(1, 50)}%", $"opacity: 0.{_r.Next(10)}", $"layout: {Pick("row", "column center", "row wrap grow")}",
        $"cursor: {Pick("pointer", "text", "move")}", $"flex_grow: {_r.Next(1, 5)}.5", $"font_family: \"{Pick("Mono", "Serif")}\"", $"gap: {_r.Next(30)}",
        $"min_width: {Pick("10", "25%", "auto")}", $"margin_left: {Pick("4px", "10%", "auto")}", $"align_items: {Pick("center", "flex-start")}");

    private string StateProperty() => Pick($"background_color: {Color()}", $"border_width: {_r.Next(5)}", $"opacity: 0.5", $"width: {_r.Next(10, 90)}", $"flex_grow: 2", $"text_color: {Color()}");

    private (string Name, string Line) ElementProperty(string kind)
    {
        var common = new List<(string, string)>
        {
            ("background_color", $"background_color: {Color()}"),
            ("padding", $"padding: \"{_r.Next(20)} {_r.Next(20)} {_r.Next(20)} {_r.Next(20)}\""),
            ("width", $"width: {Pick(_r.Next(1, 900).ToString(CultureInfo.InvariantCulture), _r.Next(1, 100) + "%", "auto", "min-content", "0")}"),
            ("height", $"height: {Pick(_r.Next(1, 900).ToString(CultureInfo.InvariantCulture), _r.Next(1, 100) + "%")}"),
            ("pos_x", $"pos_x: {_r.Next(0, 2000)}"),
            ("z_index", $"z_index: {_r.Next(-100, 100)}"),
            ("visible", $"visible: {Pick("true", "false")}"),
            ("layout", $"layout: {Pick("row", "column center", "row space_between", "grow", "absolute")}"),
            ("opacity", $"opacity: {Pick("0.25", "1.0", "0.333")}"),
            ("disabled", $"disabled: {Pick("true", "false")}"),
            ("flex", $"flex_grow: {_r.Next(0, 4)}"),
            ("position", $"position: {Pick("relative", "absolute")}"),
            ("top", $"top: {Pick("5px", "10%", "auto")}"),
            ("font_family", "font_family: \"Fira Code\""),
            ("min_height", $"min_height: {Pick("12", "30%", "auto")}"),
            ("onHover", "onHover: \"hovered\""),
        };
        if (_variables.Count > 0) common.Add(("font_size", $"font_size: {(_r.Next(2) == 0 ? "$v0" : _r.Next(8, 40).ToString(CultureInfo.InvariantCulture))}"));
        switch (kind)
        {
            case "Text" or "Button":
                common.Add(("text", _variables.Count > 0 && _r.Next(2) == 0 ? $"text: \"Value ${_variables[_r.Next(_variables.Count)]}!\"" : $"text: \"{Words()}\""));
                common.Add(("text_alignment", $"text_alignment: {Pick("center", "end", "justify")}"));
                common.Add(("letter_spacing", "letter_spacing: 1.5"));
                common.Add(("onClick", "onClick: \"clicked\""));
                break;
            case "Input":
                common.Add(("placeholder", $"placeholder: \"{Words()}\""));
                common.Add(("type", $"type: {Pick("password", "email", "number")}"));
                common.Add(("max_length", $"max_length: {_r.Next(1, 100)}"));
                common.Add(("onInput", "onInput: \"typed\""));
                common.Add(("onChange", "onChange: \"changed\""));
                break;
            case "Image":
                common.Add(("src", $"src: \"img/{Pick("a", "b", "c")}.png\""));
                common.Add(("fit", $"fit: {Pick("cover", "fill")}"));
                break;
        }
        return common[_r.Next(common.Count)];
    }
}
