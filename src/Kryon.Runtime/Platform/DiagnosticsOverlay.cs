using Kryon.Runtime.Layout;
using Kryon.Runtime.Rendering;
using Kryon.Values;

namespace Kryon.Runtime.Platform;

/// <summary>Where and how big <see cref="DiagnosticsOverlay"/> draws its panel.</summary>
public sealed record OverlayStyle(OverlayPlacement Placement, float LineHeight, float FontSize, float Padding, int MaxLines, bool Wrap)
{
    /// <summary>A window or a browser tab: a panel at the top, up to 16 lines of 13 px text, long lines wrapped.</summary>
    public static readonly OverlayStyle Window = new(OverlayPlacement.Top, 18, 13, 10, 16, Wrap: true);

    /// <summary>A terminal: a status line in the last row (one cell is 16 px high), cut short with an ellipsis.</summary>
    public static readonly OverlayStyle StatusLine = new(OverlayPlacement.Bottom, 16, 16, 0, 1, Wrap: false);

    /// <summary>A monospace character's advance as a share of the font size (DejaVu Sans Mono, Liberation Mono: 0.6; a little more for hinting).</summary>
    public const float MonospaceAdvance = 0.62f;
}

public enum OverlayPlacement { Top, Bottom }

/// <summary>
/// Draws text over an app without the app knowing: the app's display list with a dark panel of
/// lines on top (the diagnostics of an edit `kryon dev` could not apply). It is made of the draw
/// commands every backend already has, so any platform shows it by drawing the list
/// <see cref="Compose"/> returns instead of the app's own.
/// </summary>
public sealed class DiagnosticsOverlay(OverlayStyle style)
{
    private static readonly Color Panel = new(0x1F, 0x1F, 0x23, 0xFF);
    private static readonly Color Headline = new(0xFC, 0xA5, 0xA5, 0xFF);
    private static readonly Color Body = new(0xE5, 0xE7, 0xEB, 0xFF);

    private readonly DisplayList _composed = new();
    private DisplayList? _app;
    private int _appVersion = -1;
    private IReadOnlyList<string>? _lines;

    /// <summary>
    /// The list to draw: <paramref name="app"/> itself when there are no lines, else a copy of it
    /// with the panel on top (rebuilt only when the app's list or the lines changed). More lines than
    /// the style allows end with "… n more lines".
    /// </summary>
    public DisplayList Compose(DisplayList app, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0) return app;
        if (ReferenceEquals(app, _app) && app.Version == _appVersion && ReferenceEquals(lines, _lines)) return _composed;
        _app = app;
        _appVersion = app.Version;
        _lines = lines;

        _composed.Clear();
        _composed.Width = app.Width;
        _composed.Height = app.Height;
        _composed.Background = app.Background;
        _composed.AddRange(app.Commands);
        // The first line is the headline; wrapped, it may take several rows, all drawn as the headline.
        int headlineRows = style.Wrap ? Wrapped([lines[0]], app.Width).Count : 1;
        var shown = Shown(style.Wrap ? Wrapped(lines, app.Width) : lines);
        float height = Math.Min(app.Height, style.Padding * 2 + shown.Count * style.LineHeight);
        float top = style.Placement == OverlayPlacement.Top ? 0 : app.Height - height;
        _composed.Add(new DisplayCommand(DisplayCommandKind.FillRect, new LayoutBox(0, top, app.Width, height), Panel));
        for (int i = 0; i < shown.Count; i++)
        {
            var bounds = new LayoutBox(style.Padding, top + style.Padding + i * style.LineHeight, Math.Max(0, app.Width - 2 * style.Padding), style.LineHeight);
            bool headline = i < headlineRows;
            var run = new TextRun(shown[i], "monospace", style.FontSize, headline ? 700 : 400, false, headline ? Headline : Body,
                TextAlign.Start, style.LineHeight / style.FontSize, Wrap: false, Ellipsis: true);
            _composed.Add(new DisplayCommand(DisplayCommandKind.Text, bounds, Text: run));
        }
        _composed.SetFullDamage();
        _composed.Publish();
        return _composed;
    }

    /// <summary>Long lines broken into the columns the panel has (monospace text, so counting characters is enough).</summary>
    private List<string> Wrapped(IReadOnlyList<string> lines, float width)
    {
        int columns = Math.Max(20, (int)((width - 2 * style.Padding) / (style.FontSize * OverlayStyle.MonospaceAdvance)));
        var wrapped = new List<string>();
        const string Indent = "  "; // continuation rows are indented, so each message stands out
        foreach (string line in lines)
        {
            wrapped.Add(line[..Math.Min(columns, line.Length)]);
            for (int start = columns; start < line.Length; start += columns - Indent.Length)
                wrapped.Add(Indent + line[start..Math.Min(start + columns - Indent.Length, line.Length)]);
        }
        return wrapped;
    }

    private List<string> Shown(IReadOnlyList<string> lines)
    {
        if (lines.Count <= style.MaxLines) return [.. lines];
        var shown = lines.Take(Math.Max(0, style.MaxLines - 1)).ToList();
        int more = lines.Count - shown.Count;
        // One line only (a status line): the first line, with the count of the rest after it.
        if (shown.Count == 0) return [$"{lines[0]} (… {more - 1} more)"];
        shown.Add($"… {more} more lines");
        return shown;
    }
}
