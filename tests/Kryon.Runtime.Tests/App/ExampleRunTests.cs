using Kryon.Diagnostics;
using Kryon.Registry;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Headless;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.State;
using Kryon.Testing;
using Kryon.Values;

namespace Kryon.Runtime.Tests.App;

/// <summary>
/// The real example apps, end to end as `kryon run app.kry --headless --events steps.json` runs
/// them: each .kry is compiled from disk (includes resolved next to it), its bytes read back,
/// loaded without script engines (2301 once per @script block; a handler call then reports 2304),
/// started by a <see cref="HeadlessDriver"/> and fed steps parsed by <see cref="EventScriptParser"/>.
/// The interactions are the ones that work without scripts: typing, Tab order, checkboxes and
/// radios, hover and press states. Text is measured as the CLI measures it (estimated advances),
/// so layout assertions are about structure: inside the window, gaps, no overlap, widths adding up.
/// </summary>
public class ExampleRunTests
{
    // ---- finding and running the examples ----------------------------------------------------------

    /// <summary>The repository's examples folder, as recorded at build time (artifacts may be built anywhere).</summary>
    private static string ExamplesDir() => RepositoryPaths.Examples;

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExamplesDir(), "*.kry").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>A started headless run of an example at the App's window size, with generous script budgets.</summary>
    private static (KryonRuntime Runtime, HeadlessDriver Driver) Start(string example)
    {
        string path = Path.Combine(ExamplesDir(), example);
        return Start(AppTestKit.Compile(File.ReadAllText(path), path));
    }

    private static (KryonRuntime Runtime, HeadlessDriver Driver) Start(Kryon.Krb.KrbDocument document)
    {
        var log = new RuntimeLog();
        MissingScriptEngines.Report(document, log);
        // The CLI's text measurer (estimated advances, lines break at spaces), not the test font, which
        // breaks only at U+200B and so would make every long label overflow a real app's window.
        var options = AppTestKit.Options(NoScriptFunctions.Instance, width: null, height: null) with { Measurer = null };
        var runtime = KryonRuntime.Load(document, options, log);
        var driver = new HeadlessDriver(runtime);
        driver.Start();
        return (runtime, driver);
    }

    /// <summary>Plays a JSON events file's steps (the file must parse without a diagnostic).</summary>
    private static void Play(HeadlessDriver driver, string json)
    {
        var diagnostics = new DiagnosticBag();
        var script = EventScriptParser.ParseText("steps.json", json, diagnostics);
        Assert.True(script is not null, string.Join("\n", diagnostics.Items));
        Assert.Empty(diagnostics.Items);
        driver.Run(script!);
    }

    /// <summary>The errors in the log other than the missing engines (2301) and the handler calls that therefore find no function (2304).</summary>
    private static List<Diagnostic> UnexpectedErrors(KryonRuntime rt)
        => rt.Log.Entries.Where(d => d.IsError && d.Code is not (2301 or 2304)).ToList();

    private static LayoutBox Box(KryonRuntime rt, string id) => rt.ById(id).ScreenBox;

    private static bool Inside(LayoutBox inner, LayoutBox outer)
        => inner.X >= outer.X && inner.Y >= outer.Y && inner.Right <= outer.Right && inner.Bottom <= outer.Bottom;

    private static LayoutBox Viewport(KryonRuntime rt) => new(0, 0, rt.ViewportWidth, rt.ViewportHeight);

    private static ColorValue Rgb(uint rgb) => new(new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255));

    /// <summary>Siblings laid out left to right with exactly <paramref name="gap"/> px between neighbours (no overlap), their widths adding up.</summary>
    private static void AssertRow(KryonRuntime rt, float gap, params string[] ids)
    {
        var boxes = ids.Select(id => Box(rt, id)).ToArray();
        for (int i = 1; i < boxes.Length; i++) Assert.Equal(boxes[i - 1].Right + gap, boxes[i].X);
        Assert.Equal(boxes[^1].Right - boxes[0].X, boxes.Sum(b => b.Width) + gap * (boxes.Length - 1));
    }

    // ---- every example ------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Every_example_loads_and_runs_frames_with_no_error_but_the_missing_script_engines(string example)
    {
        var (rt, driver) = Start(example);
        long frames = rt.Profiler.Frames;
        driver.Wait(3 * HeadlessDriver.FrameMs);

        Assert.Equal(frames + 3, rt.Profiler.Frames);
        Assert.True(rt.IsRunning);
        Assert.True(driver.IsSettled, $"{example} still has work pending after its first frames");
        Assert.True(rt.Tree.Count > 1, $"{example} has {rt.Tree.Count} elements");
        Assert.True(rt.DisplayList.Version > 0, $"{example} was never painted");
        Assert.Empty(UnexpectedErrors(rt));
        Assert.Equal(rt.Document.Scripts.Count, rt.Log.Entries.Count(d => d.Code == 2301));
        // The root fills the window, and every element with an id that is shown has a finite box.
        Assert.Equal(Viewport(rt), rt.Tree.Root!.ScreenBox);
        foreach (var e in rt.Tree.Elements.Where(e => e.Id is not null && e.IsPainted))
            Assert.True(float.IsFinite(e.ScreenBox.X) && float.IsFinite(e.ScreenBox.Y) && e.ScreenBox.Width >= 0 && e.ScreenBox.Height >= 0, $"{example}: {e} has box {e.ScreenBox}");
    }

    // ---- login.kry: typing, Tab order, focus styles, a disabled button ------------------------------

    [Fact]
    public void Login_typing_and_tab_order_fill_the_form_and_move_the_focus_ring()
    {
        var (rt, driver) = Start("login.kry");
        Play(driver, """
            [
              {"click": "email"},
              {"text": "ada@example.com"},
              {"key": "Tab"},
              {"text": "correct horse"}
            ]
            """);

        Assert.Equal(new StringValue("ada@example.com"), rt.ById("email").Get(Props.Value));
        Assert.Equal("ada@example.com", rt.Text("email"));
        Assert.Equal(new StringValue("correct horse"), rt.ById("password").Get(Props.Value));
        Assert.Equal(new string('•', 13), rt.Text("password")); // type: "password" shows bullets
        Assert.Same(rt.ById("password"), rt.Focused);
        // The field style's &:focus set follows the focus.
        Assert.True(rt.ById("password").State.HasFlag(InteractionState.Focus));
        Assert.False(rt.ById("email").State.HasFlag(InteractionState.Focus));
        Assert.Equal(new IntValue(2), rt.ById("password").Get(Props.BorderWidth));
        Assert.Equal(new IntValue(1), rt.ById("email").Get(Props.BorderWidth));

        // Tab: the checkbox, the link button, then (the disabled Sign in is skipped) round to the email field.
        var focusOrder = new List<string?>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            Play(driver, """[{"key": "Tab"}]""");
            focusOrder.Add(rt.Focused?.Id);
        }
        Assert.Equal(["remember", "forgot", "email"], focusOrder);
        Play(driver, """[{"key": "Tab", "modifiers": ["shift"]}, {"key": "Tab", "modifiers": ["shift"]}]""");
        Assert.Equal("remember", rt.Focused?.Id);

        // Space toggles the focused checkbox (it starts checked).
        Assert.True(rt.ById("remember").State.HasFlag(InteractionState.Checked));
        Play(driver, """[{"key": " "}]""");
        Assert.False(rt.ById("remember").State.HasFlag(InteractionState.Checked));
        Assert.Equal(new BoolValue(false), rt.ById("remember").Get(Props.Checked));

        // Without the Lua engine the handlers are named but not found: 2304, nothing else.
        Assert.Empty(UnexpectedErrors(rt));
        var missing = rt.Log.Entries.Where(d => d.Code == 2304).Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("'emailChanged'"));
        Assert.Contains(missing, m => m.Contains("'passwordChanged'"));
        Assert.Contains(missing, m => m.Contains("'passwordFocused'"));
        Assert.Contains(missing, m => m.Contains("'validateEmail'")); // onBlur of the email field
        Assert.Equal(0, driver.StepsSkipped);
    }

    [Fact]
    public void Login_form_is_one_card_centred_in_the_window_with_its_fields_stacked_inside()
    {
        var (rt, _) = Start("login.kry");
        var viewport = Viewport(rt);
        Assert.Equal(new LayoutBox(0, 0, 420, 560), viewport);
        var card = rt.ById("email").Parent!.ScreenBox;
        // `layout: column center` on the App centres the 340 px card both ways.
        Assert.Equal(340, card.Width);
        Assert.Equal(viewport.Width, card.X + card.Right);
        Assert.Equal(viewport.Height, card.Y + card.Bottom);

        // The fields start at the card's content edge (border 1 + padding 28), stay inside it, and
        // are stacked top to bottom with the card's gap of 10 px.
        string[] stack = ["email", "email_error_label", "password", "password_error_label", "sign_in", "form_message_label"];
        foreach (var id in stack)
        {
            Assert.Equal(card.X + 29, Box(rt, id).X);
            Assert.True(Box(rt, id).Right <= card.Right - 29, $"{id} {Box(rt, id)} is wider than the card's content");
            Assert.True(Box(rt, id).Y >= card.Y + 29 && Box(rt, id).Bottom <= card.Bottom - 29, $"{id} {Box(rt, id)} is outside {card}");
        }
        Assert.Equal(Box(rt, "email").Bottom + 10, Box(rt, "email_error_label").Y);
        for (int i = 1; i < stack.Length; i++) Assert.True(Box(rt, stack[i - 1]).Bottom + 10 <= Box(rt, stack[i]).Y, $"{stack[i - 1]} and {stack[i]} are closer than the gap");
        // The cross axis does not stretch (KRY.md §6.2), so the fields ask for the card's content width
        // (`width: "100%"` in the "field" style): 340 − 2 × (border 1 + padding 28).
        foreach (var id in new[] { "email", "password" }) Assert.Equal(card.Width - 58, Box(rt, id).Width);
        // The checkbox and the link share a full-width `space_between` row: one at each end.
        Assert.Equal(card.X + 29, Box(rt, "remember").X);
        Assert.Equal(card.Right - 29, Box(rt, "forgot").Right);
        Assert.True(Box(rt, "remember").Right < Box(rt, "forgot").X);
    }

    [Fact]
    public void Login_hover_over_the_disabled_button_shows_the_disabled_colours_and_clicking_it_does_nothing()
    {
        var (rt, driver) = Start("login.kry");
        var signIn = rt.ById("sign_in");
        Play(driver, """[{"hover": "sign_in"}]""");
        Assert.True(signIn.State.HasFlag(InteractionState.Hover));
        Assert.True(signIn.State.HasFlag(InteractionState.Disabled));
        // Sets apply in order: the later &:disabled wins over &:hover.
        Assert.Equal(Rgb(0x93C5FD), signIn.Get(Props.BackgroundColor));

        Play(driver, """[{"click": "sign_in"}, {"hover": "forgot"}]""");
        Assert.DoesNotContain(rt.Log.Entries, d => d.Message.Contains("submitLogin"));
        Assert.Null(rt.Focused); // a disabled button takes no focus
        Assert.False(signIn.State.HasFlag(InteractionState.Hover));
        Assert.True(rt.ById("forgot").State.HasFlag(InteractionState.Hover));
        Assert.Empty(UnexpectedErrors(rt));
    }

    // ---- settings.kry: checkboxes, radios, chained &:hover:checked, component rows -----------------

    [Fact]
    public void Settings_checkboxes_and_radios_toggle_and_the_chained_hover_checked_style_follows()
    {
        var (rt, driver) = Start("settings.kry");
        var email = rt.ById("notify_email");
        var desktop = rt.ById("notify_desktop");
        Assert.True(email.State.HasFlag(InteractionState.Checked));
        Assert.False(desktop.State.HasFlag(InteractionState.Checked));
        Assert.Equal(Rgb(0x334155), desktop.Get(Props.TextColor));

        Play(driver, """[{"click": "notify_desktop"}]""");
        Assert.True(desktop.State.HasFlag(InteractionState.Checked));
        Assert.Equal(new BoolValue(true), desktop.Get(Props.Checked));
        Assert.Equal(Rgb(0x115E59), desktop.Get(Props.TextColor)); // still under the pointer: &:hover:checked

        Play(driver, """[{"hover": "notify_email"}]""");
        Assert.Equal(Rgb(0x0F766E), desktop.Get(Props.TextColor)); // &:checked only
        Assert.Equal(Rgb(0x115E59), email.Get(Props.TextColor));

        Play(driver, """[{"click": "notify_email"}]""");
        Assert.False(email.State.HasFlag(InteractionState.Checked));
        Assert.Equal(Rgb(0x334155), email.Get(Props.TextColor));
        Assert.Equal("☐ On", rt.Text("notify_email"));

        // Radios of one group: picking one unchecks the others.
        Play(driver, """[{"click": "theme_dark"}]""");
        Assert.Equal([false, false, true], new[] { "theme_system", "theme_light", "theme_dark" }.Select(id => rt.ById(id).State.HasFlag(InteractionState.Checked)));
        Play(driver, """[{"click": "theme_dark"}, {"click": "theme_light"}]""");
        Assert.Equal([false, true, false], new[] { "theme_system", "theme_light", "theme_dark" }.Select(id => rt.ById(id).State.HasFlag(InteractionState.Checked)));

        Assert.Empty(UnexpectedErrors(rt));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'toggleSetting'"));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'chooseTheme'"));
    }

    [Fact]
    public void Settings_typing_appends_to_the_prefilled_input()
    {
        var (rt, driver) = Start("settings.kry");
        Assert.Equal("Ada Lovelace", rt.Text("display_name"));
        Play(driver, """
            [
              {"focus": "display_name"},
              {"key": "End"},
              {"text": " Byron"},
              {"key": "Backspace"}
            ]
            """);
        Assert.Equal(new StringValue("Ada Lovelace Byro"), rt.ById("display_name").Get(Props.Value));
        Assert.Same(rt.ById("display_name"), rt.Focused);
        Play(driver, """[{"key": "Escape"}]""");
        Assert.Null(rt.Focused);
        Assert.Empty(UnexpectedErrors(rt));
    }

    [Fact]
    public void Settings_rows_put_the_label_left_and_the_controls_right_inside_the_window()
    {
        var (rt, _) = Start("settings.kry");
        var viewport = Viewport(rt);
        var content = new LayoutBox(24, 24, viewport.Width - 48, viewport.Height - 48); // the App's padding
        foreach (var id in new[] { "display_name", "notify_email", "notify_desktop", "volume", "volume_label", "theme_system", "theme_light", "theme_dark", "reset", "save" })
        {
            Assert.True(rt.ById(id).IsPainted, id);
            Assert.True(Inside(Box(rt, id), content), $"{id} {Box(rt, id)} is outside {content}");
        }

        // Each SettingRow is a row (its template's layout; the usage sets none): the label column,
        // the gap of 16, then the content_slot with the controls, ending at the row's right edge.
        foreach (var control in new[] { "display_name", "notify_email", "notify_desktop", "volume", "theme_system" })
        {
            var slot = rt.ById(control).Parent!;
            var row = slot.Parent!;
            Assert.Equal("content_slot", slot.Id);
            Assert.Equal(LayoutDirection.Row, row.LayoutByte.Direction);
            var label = row.Children[0].ScreenBox;
            Assert.Equal((row.ScreenBox.X, row.ScreenBox.Y), (label.X, label.Y));
            Assert.Equal(label.Right + 16, slot.ScreenBox.X);
            Assert.Equal(row.ScreenBox.Right, slot.ScreenBox.Right);
            Assert.Equal(row.ScreenBox.Width, label.Width + 16 + slot.ScreenBox.Width);
        }
        AssertRow(rt, 12, "theme_system", "theme_light", "theme_dark");
        AssertRow(rt, 12, "volume", "volume_label");
        Assert.Equal(180, Box(rt, "volume").Width);
        // `row center`: the label is centred on the slider's line (the slider has no height of its own).
        Assert.Equal(Box(rt, "volume_label").Y + Box(rt, "volume_label").Height / 2, Box(rt, "volume").Y + Box(rt, "volume").Height / 2, 0.5);
        Assert.Equal(200, Box(rt, "display_name").Width);
        // The action row: the note (right margin 8), then the two buttons 12 px apart.
        AssertRow(rt, 12, "reset", "save");
        Assert.Equal(Box(rt, "save_state").Right + 8 + 12, Box(rt, "reset").X);

        // The three sections are stacked with the App's gap of 18 px, each left-aligned at the padding.
        var sections = rt.Tree.Root!.Children.Where(e => e.ComponentName == "SettingsSection").Select(e => e.ScreenBox).ToList();
        Assert.Equal(3, sections.Count);
        for (int i = 1; i < sections.Count; i++) Assert.Equal(sections[i - 1].Bottom + 18, sections[i].Y);
        Assert.All(sections, section => Assert.Equal(content.X, section.X));
        Assert.All(sections, section => Assert.True(Inside(section, content), section.ToString()));
    }

    // ---- signup_form.kry: radio groups, checkboxes, focus order, rows of radios --------------------

    [Fact]
    public void Signup_form_radios_checkboxes_and_name_field_follow_the_input()
    {
        var (rt, driver) = Start("signup_form.kry");
        Play(driver, """
            [
              {"click": "full_name"},
              {"text": "Ada Lovelace"},
              {"key": "Tab"},
              {"click": "ticket_vip"},
              {"click": "ws_layout"},
              {"click": "ws_binary"},
              {"click": "ws_binary"},
              {"click": "meal_vegan"},
              {"click": "register"}
            ]
            """);
        Assert.Equal(new StringValue("Ada Lovelace"), rt.ById("full_name").Get(Props.Value));
        bool Checked(string id) => rt.ById(id).State.HasFlag(InteractionState.Checked);
        // Two independent groups.
        Assert.Equal([false, false, true], new[] { "ticket_student", "ticket_standard", "ticket_vip" }.Select(Checked));
        Assert.Equal([false, false, true], new[] { "meal_any", "meal_veg", "meal_vegan" }.Select(Checked));
        Assert.Equal([true, false, false], new[] { "ws_layout", "ws_scripting", "ws_binary" }.Select(Checked));
        Assert.True(Checked("newsletter"));
        // The register button stays disabled (termsChanged is a Lua handler): clicking it calls nothing.
        Assert.True(rt.ById("register").State.HasFlag(InteractionState.Disabled));
        Assert.DoesNotContain(rt.Log.Entries, d => d.Message.Contains("'register'"));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'ticketChanged'"));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'workshopChanged'"));
        Assert.Empty(UnexpectedErrors(rt));
    }

    [Fact]
    public void Signup_form_tab_order_follows_the_tree_and_skips_the_disabled_button()
    {
        var (rt, driver) = Start("signup_form.kry");
        Play(driver, """[{"focus": "full_name"}]""");
        var order = new List<string?> { rt.Focused?.Id };
        for (int i = 0; i < 13; i++)
        {
            Play(driver, """[{"key": "Tab"}]""");
            order.Add(rt.Focused?.Id);
        }
        Assert.Equal(
        [
            "full_name", "ticket_student", "ticket_standard", "ticket_vip", "ws_layout", "ws_scripting", "ws_binary",
            "meal_any", "meal_veg", "meal_vegan", "newsletter", "terms", "full_name", "ticket_student",
        ], order);
        // Space on a focused radio selects it.
        Play(driver, """[{"key": " "}]""");
        Assert.True(rt.ById("ticket_student").State.HasFlag(InteractionState.Checked));
        Assert.False(rt.ById("ticket_standard").State.HasFlag(InteractionState.Checked));
    }

    [Fact]
    public void Signup_form_radio_rows_are_as_wide_as_their_options_and_inside_the_window()
    {
        var (rt, _) = Start("signup_form.kry");
        var viewport = Viewport(rt);
        foreach (var row in new[] { new[] { "ticket_student", "ticket_standard", "ticket_vip" }, new[] { "meal_any", "meal_veg", "meal_vegan" } })
        {
            AssertRow(rt, 8, row);
            Assert.Equal(28, Box(rt, row[0]).X); // the App's padding
            foreach (var id in row)
            {
                // The "option" style's padding is 10 px a side around the text ("○ " or "◉ " included).
                float text = rt.Layout.Measurer.MaxContentWidth(rt.ById(id).LayoutNode, rt.Text(id));
                Assert.InRange(Box(rt, id).Width, text + 20 - 1, text + 20 + 1);
                Assert.True(Inside(Box(rt, id), viewport), $"{id} {Box(rt, id)}");
            }
        }
        // The other options start at the padding too, one under the other.
        string[] column = ["full_name", "ws_layout", "ws_scripting", "ws_binary", "newsletter", "terms"];
        Assert.All(column, id => Assert.Equal(28, Box(rt, id).X));
        for (int i = 1; i < column.Length; i++) Assert.True(Box(rt, column[i - 1]).Bottom <= Box(rt, column[i]).Y);
        // The summary box: Register at its right end (padding 14), everything inside the window.
        var summary = rt.ById("register").Parent!;
        Assert.Equal(summary.ScreenBox.Right - 14, Box(rt, "register").Right);
        Assert.True(Inside(summary.ScreenBox, viewport), summary.ScreenBox.ToString());
        Assert.True(Box(rt, "terms").Bottom <= summary.ScreenBox.Y);
    }

    // ---- calculator.kry: component buttons in space_between rows, hover and press -----------------

    [Fact]
    public void Calculator_keys_fill_their_rows_without_overlapping_and_react_to_hover_and_press()
    {
        var (rt, driver) = Start("calculator.kry");
        string[][] rows =
        [
            ["clear", "sign", "percent", "op_div"],
            ["digit_7", "digit_8", "digit_9", "op_mul"],
            ["digit_4", "digit_5", "digit_6", "op_sub"],
            ["digit_1", "digit_2", "digit_3", "op_add"],
            ["digit_0", "decimal", "equals"],
        ];
        var viewport = Viewport(rt);
        foreach (var row in rows)
        {
            // A row fills the App's content width (`width: "100%"`: the cross axis does not stretch,
            // KRY.md §6.2) and space_between spreads its keys from padding to padding, evenly.
            Assert.Equal(16, Box(rt, row[0]).X);
            Assert.Equal(viewport.Width - 16, Box(rt, row[^1]).Right);
            float gap = (viewport.Width - 32 - row.Sum(id => Box(rt, id).Width)) / (row.Length - 1);
            for (int i = 1; i < row.Length; i++) Assert.InRange(Box(rt, row[i]).X - Box(rt, row[i - 1]).Right, gap - 1, gap + 1);
            Assert.All(row, id => Assert.Equal(64, Box(rt, id).Height));
            Assert.All(row, id => Assert.True(Inside(Box(rt, id), viewport), id));
        }
        Assert.All(rows.Take(4).SelectMany(r => r), id => Assert.Equal(64, Box(rt, id).Width));
        Assert.Equal(140, Box(rt, "digit_0").Width); // the usage overrides the template's 64
        Assert.Equal(64, Box(rt, "decimal").Width);
        // Rows are stacked with the App's gap of 12 and end at the bottom padding (layout: column end).
        for (int i = 1; i < rows.Length; i++) Assert.Equal(Box(rt, rows[i - 1][0]).Bottom + 12, Box(rt, rows[i][0]).Y);
        Assert.Equal(viewport.Height - 16, Box(rt, "digit_0").Bottom);

        var seven = rt.ById("digit_7");
        Play(driver, """[{"hover": "digit_7"}]""");
        Assert.True(seven.State.HasFlag(InteractionState.Hover));
        Assert.Equal(0.85, Assert.IsType<FloatValue>(seven.Get(Props.Opacity)).Value, 2);
        Play(driver, """[{"press": "digit_7"}]""");
        Assert.True(seven.State.HasFlag(InteractionState.Active));
        Assert.Equal(0.6, Assert.IsType<FloatValue>(seven.Get(Props.Opacity)).Value, 2);
        Play(driver, """[{"release": "digit_7"}, {"hover": "digit_8"}]""");
        Assert.False(seven.State.HasFlag(InteractionState.Active));
        Assert.False(seven.State.HasFlag(InteractionState.Hover));
        Assert.True(rt.ById("digit_8").State.HasFlag(InteractionState.Hover));
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'pressDigit'")); // the click of the release
        Assert.Empty(UnexpectedErrors(rt));
    }

    // ---- dashboard.kry: full-width order rows and bar tracks --------------------------------------

    [Fact]
    public void Dashboard_order_rows_put_the_amount_at_the_far_end_and_the_traffic_bars_have_their_percent_widths()
    {
        var (rt, _) = Start("dashboard.kry");
        Element TextOf(string text) => rt.Tree.Elements.Single(e => e.Is(ElementKind.Text) && ElementText.Displayed(e) == text);

        // The cross axis does not stretch (KRY.md §6.2): a row without a width would be as wide as its
        // two texts, and space_between would have nothing to spread ("Maria K.129.00"). The rows ask
        // for the panel's full width, so the amount ends where the row does.
        var name = TextOf("#1042  Maria K.");
        var amount = TextOf("129.00");
        var row = name.Parent!;
        Assert.Same(row, amount.Parent);
        Assert.Equal(row.Parent!.ScreenBox.Width, row.ScreenBox.Width);
        Assert.Equal(row.ScreenBox.Right, amount.ScreenBox.Right);
        Assert.True(amount.ScreenBox.X - name.ScreenBox.Right > 100, $"{name.ScreenBox} and {amount.ScreenBox} nearly touch");

        // A percent width inside an auto-width track resolved against 0 (no bar drawn); the tracks
        // now fill the panel, and each bar is its percentage of its track.
        var tracks = rt.Tree.Elements.Where(e => e.Children.Count == 1 && e.Children[0].Get(Props.Width) is LengthValue { Value.Unit: LengthUnit.Percent }).ToList();
        Assert.Equal(4, tracks.Count);
        foreach (var track in tracks)
        {
            Assert.Equal(track.Parent!.ScreenBox.Width, track.ScreenBox.Width);
            double percent = ((LengthValue)track.Children[0].Get(Props.Width)!).Value.Value;
            Assert.InRange(track.Children[0].ScreenBox.Width, track.ScreenBox.Width * percent / 100 - 1, track.ScreenBox.Width * percent / 100 + 1);
        }
    }

    // ---- tabs.kry: steps on hidden elements are reported and skipped -----------------------------

    [Fact]
    public void Tabs_shows_one_screen_and_a_step_on_a_hidden_element_is_skipped_with_2207()
    {
        var (rt, driver) = Start("tabs.kry");
        Assert.True(rt.ById("screen_home").IsPainted);
        Assert.False(rt.ById("screen_search").IsPainted);
        Assert.False(rt.ById("screen_profile").IsPainted);

        Play(driver, """[{"click": "query"}, {"focus": "query"}, {"click": "tab_search"}, {"click": "no_such_tab"}]""");

        Assert.Equal(3, driver.StepsSkipped);
        Assert.Equal(3, rt.Log.Entries.Count(d => d.Code == DiagnosticCodes.UnknownRuntimeTarget.Code));
        Assert.Contains(rt.Log.Entries, d => d.Message.Contains("'no_such_tab'"));
        Assert.Equal("tab_search", rt.Focused?.Id); // the hidden Input never took the focus
        Assert.Contains(rt.Log.Entries, d => d.Code == 2304 && d.Message.Contains("'selectTab'"));
        // The screens' container grows, which puts the tab bar at the bottom; its tabs sit side by side.
        var bar = rt.Tree.Root!.Children[^1];
        Assert.Equal("TabBar", bar.ComponentName);
        Assert.Equal(rt.ViewportHeight, bar.ScreenBox.Bottom);
        Assert.Equal(bar.ScreenBox.Y, rt.Tree.Root.Children[^2].ScreenBox.Bottom);
        AssertRow(rt, 0, "tab_home", "tab_search", "tab_profile");
        Assert.All(new[] { "tab_home", "tab_search", "tab_profile" }, id => Assert.True(Inside(Box(rt, id), bar.ScreenBox), id));
    }

    // ---- hello.kry: a centred column ---------------------------------------------------------------

    [Fact]
    public void Hello_centres_its_column_in_the_window()
    {
        var (rt, driver) = Start("hello.kry");
        var children = rt.Tree.Root!.Children.Select(e => e.ScreenBox).ToList();
        Assert.Equal(4, children.Count);
        // `layout: column center`: each child centred across, the block (gap 12, last margin 16) centred down.
        Assert.All(children, b => Assert.InRange(b.X + b.Right, rt.ViewportWidth - 1, rt.ViewportWidth + 1));
        for (int i = 1; i < children.Count; i++) Assert.Equal(children[i - 1].Bottom + 12 + (i == 3 ? 16 : 0), children[i].Y);
        Assert.InRange(children[0].Y + children[^1].Bottom, rt.ViewportHeight - 1, rt.ViewportHeight + 1);
        Assert.Equal(new LayoutBox(208, children[2].Y, 64, 4), children[2]); // the 64 × 4 accent bar
        Assert.Equal("Hello, Kryon!", ElementText.Displayed(rt.Tree.Root.Children[0]));

        // Nothing to run: resizing re-centres it.
        Play(driver, """[{"resize": [600, 400]}]""");
        var bar = rt.Tree.Root.Children[2].ScreenBox;
        Assert.Equal((268f, 64f), (bar.X, bar.Width));
        Assert.Empty(rt.Log.Entries);
    }

    // ---- found by running the examples -------------------------------------------------------------

    [Fact]
    public void A_component_usage_without_layout_keeps_its_template_roots_layout()
    {
        // Regression: the loader copied a usage's layout byte unless it was 0, but a usage without
        // `layout` carries the default 0x01 (column), so every SettingRow of settings.kry was a column.
        var rt = AppTestKit.Start("""
            Define Pair { Container { layout: row; gap: 4; Text { text: "aa" } Text { text: "bb" } } }
            Define Stack { Container { gap: 4; Text { text: "aa" } Text { text: "bb" } } }
            App { layout: column
                Pair { id: "pair" }
                Stack { id: "stack_as_row"; layout: row }
            }
            """);
        foreach (var id in new[] { "pair", "stack_as_row" })
        {
            var e = rt.ById(id);
            Assert.Equal(LayoutDirection.Row, e.LayoutByte.Direction);
            var (a, b) = (e.Children[0].ScreenBox, e.Children[1].ScreenBox);
            Assert.Equal((a.Right + 4, a.Y), (b.X, b.Y));
        }
    }

    // ---- counter.kry: typed variables stay as declared when the handlers cannot run ---------------

    [Fact]
    public void Counter_keeps_its_typed_variables_and_shows_hover_and_press_colours_without_its_handlers()
    {
        var (rt, driver) = Start("counter.kry");
        Assert.Equal(VariableType.Int, rt.State.GlobalVariables["count"].Type);
        Assert.Equal(VariableType.Int, rt.State.GlobalVariables["step"].Type);
        Assert.Equal(new StringLiteral("Press + or - to begin"), rt.State.GetVariable("status"));

        var increment = rt.ById("increment");
        Assert.Equal(Rgb(0x4F46E5), increment.Get(Props.BackgroundColor));
        Play(driver, """[{"hover": "increment"}]""");
        Assert.Equal(Rgb(0x4338CA), increment.Get(Props.BackgroundColor));
        Play(driver, """[{"press": "increment"}]""");
        Assert.Equal(Rgb(0x3730A3), increment.Get(Props.BackgroundColor));
        Play(driver, """[{"release": "increment"}, {"click": "decrement"}, {"key": "Tab"}]""");
        Assert.Equal(Rgb(0x4F46E5), increment.Get(Props.BackgroundColor));
        Assert.Equal(Rgb(0xBE185D), rt.ById("decrement").Get(Props.BackgroundColor)); // minus_button's own &:hover

        // The clicks reached the handlers' names, which no engine defines: the count stays 0.
        Assert.Equal(2, rt.Log.Entries.Count(d => d.Code == 2304));
        Assert.Equal(new NumberLiteral(0, true), rt.State.GetVariable("count"));
        Assert.Equal("increment", rt.Focused?.Id); // Tab from the clicked "-" moves to "+"
        Assert.Empty(UnexpectedErrors(rt));
        // The two round buttons sit side by side with the row's gap of 24, centred in the window.
        AssertRow(rt, 24, "decrement", "increment");
        Assert.Equal(rt.ViewportWidth, Box(rt, "decrement").X + Box(rt, "increment").Right);
    }

    // ---- a bound Input, through the same headless path ---------------------------------------------

    [Fact]
    public void Typing_into_an_input_bound_to_a_variable_sets_the_variable_and_what_shows_it()
    {
        // No example binds an Input's value (their inputs are read by scripts), so this app does.
        var (rt, driver) = Start(AppTestKit.Compile("""
            @variables { name: String = ""; agree: Bool = false }
            App { window_width: 300; window_height: 200; layout: column; gap: 4
                Input { id: "name"; value: $name; placeholder: "your name"; width: 200 }
                Text { id: "hello"; text: "Hello, ${name}!" }
                Checkbox { id: "agree"; text: "ok"; checked: $agree }
            }
            """, "bound.kry"));
        Play(driver, """
            [
              {"click": "name"},
              {"text": "Ada"},
              {"paste": " Lovelace"},
              {"key": "Backspace", "modifiers": ["control"]},
              {"key": "Tab"},
              {"key": " "}
            ]
            """);
        Assert.Equal(new StringLiteral("Ada "), rt.State.GetVariable("name"));
        Assert.Equal("Hello, Ada !", rt.Text("hello"));
        Assert.Equal("agree", rt.Focused?.Id);
        Assert.True(rt.ById("agree").State.HasFlag(InteractionState.Checked));
        // A program change of the variable reaches the field.
        rt.State.SetVariable("name", new StringLiteral("Grace"));
        driver.Settle();
        Assert.Equal(new StringValue("Grace"), rt.ById("name").Get(Props.Value));
        Assert.Equal("Hello, Grace!", rt.Text("hello"));
        Assert.Empty(rt.Log.Entries);
    }
}
