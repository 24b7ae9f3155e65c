using Kryon.Backends.Web.Tests.Support;
using Kryon.Registry;

namespace Kryon.Backends.Web.Tests.EndToEnd;

/// <summary>A person using the served apps in Chromium: clicks, typing, hover, Tab focus, resizing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InteractionTests(BrowserFixture browser)
{
    [Fact]
    public async Task Clicking_a_button_runs_its_handler_and_draws_the_new_state()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        var before = await tab.PixelsAsync();

        await tab.ClickAsync("increment");
        await tab.ClickAsync("increment");

        Assert.Equal("2", await tab.VariableAsync("count"));
        var after = await tab.PixelsAsync();
        Assert.NotEqual(before.Rgba, after.Rgba);
    }

    [Fact]
    public async Task Typing_into_an_input_updates_its_value_and_bound_variable()
    {
        await using var app = await ServedApp.StartAsync("greeter.kry");
        await using var context = await browser.NewContextAsync(420, 360);
        var tab = await AppPage.OpenAsync(context, app);

        await tab.ClickAsync("first");
        await tab.ActAsync(() => tab.Page.Keyboard.TypeAsync("Ada é"));

        await WaitUntilAsync(async () => await tab.VariableAsync("first") == "\"Ada é\"");
        Assert.Equal("first", await tab.InspectAsync(rt => rt.Focused?.Id));
    }

    [Fact]
    public async Task Composed_text_from_an_input_method_arrives_once_it_is_committed()
    {
        await using var app = await ServedApp.StartAsync("greeter.kry");
        await using var context = await browser.NewContextAsync(420, 360);
        var tab = await AppPage.OpenAsync(context, app);
        await tab.ClickAsync("first");

        // What an IME does: composition events around the text field, then the committed text.
        await tab.ActAsync(() => tab.Page.EvaluateAsync("""
            () => {
              const field = document.getElementById('kryon-ime');
              field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
              field.dispatchEvent(new InputEvent('input', { data: 'かん', inputType: 'insertCompositionText', isComposing: true }));
              field.dispatchEvent(new CompositionEvent('compositionend', { data: '漢字' }));
            }
            """));

        await WaitUntilAsync(async () => await tab.VariableAsync("first") == "\"漢字\"");
    }

    [Fact]
    public async Task A_composition_in_progress_is_drawn_in_the_Input_until_the_input_method_commits_it()
    {
        await using var app = await ServedApp.StartAsync("greeter.kry");
        await using var context = await browser.NewContextAsync(420, 360);
        var tab = await AppPage.OpenAsync(context, app);
        await tab.ClickAsync("first");
        // Chromium's own IME path (DevTools' Input domain), as a real input method drives the text field.
        var devtools = await context.NewCDPSessionAsync(tab.Page);

        await tab.ActAsync(() => devtools.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "かん", ["selectionStart"] = 1, ["selectionEnd"] = 1 }));

        await WaitUntilAsync(async () => await tab.InspectAsync(rt => rt.Composition) is { Text: "かん", Cursor: 1 });
        await tab.Page.WaitForFunctionAsync("() => window.kryon.stats.drawnVersion === window.kryon.stats.version && window.kryon.texts().some(t => t.text === 'かん')");
        Assert.Equal("\"\"", await tab.VariableAsync("first")); // composing is not typing

        await tab.ActAsync(() => devtools.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "漢" }));

        await WaitUntilAsync(async () => await tab.VariableAsync("first") == "\"漢\"");
        Assert.Null(await tab.InspectAsync(rt => rt.Composition));
    }

    [Fact]
    public async Task Hovering_a_button_shows_its_hover_style_and_cursor()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        var box = await tab.BoxOfAsync("increment");

        await tab.ActAsync(() => tab.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2));

        Assert.Equal("increment", await tab.InspectAsync(rt => rt.Hovered?.Id));
        await tab.Page.WaitForFunctionAsync("() => window.kryon.stats.cursor === 'pointer'");
        Assert.Equal("pointer", await tab.Page.EvalOnSelectorAsync<string>("#kryon-canvas", "c => c.style.cursor"));
        // The hover colour (#4338CA) is drawn at the button's centre.
        var pixels = await tab.PixelsAsync();
        int i = ((int)(box.Y + box.Height / 2 - 20) * pixels.Width + (int)(box.X + box.Width / 2)) * 4;
        Assert.Equal((0x43, 0x38, 0xCA), (pixels.Rgba[i], pixels.Rgba[i + 1], pixels.Rgba[i + 2]));
    }

    [Fact]
    public async Task Tab_moves_the_focus_through_the_app()
    {
        await using var app = await ServedApp.StartAsync("greeter.kry");
        await using var context = await browser.NewContextAsync(420, 360);
        var tab = await AppPage.OpenAsync(context, app);

        await tab.ActAsync(() => tab.Page.Keyboard.PressAsync("Tab"));
        string? first = await tab.InspectAsync(rt => rt.Focused?.Id);
        await tab.ActAsync(() => tab.Page.Keyboard.PressAsync("Tab"));
        string? second = await tab.InspectAsync(rt => rt.Focused?.Id);

        Assert.Equal("first", first);
        Assert.Equal("last", second);
        // The page's own focus stayed on the client's keyboard field: Tab went to the app, not the browser.
        Assert.Equal("kryon-ime", await tab.Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Resizing_the_viewport_lays_the_app_out_again_at_the_new_size()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420);
        var tab = await AppPage.OpenAsync(context, app);
        var before = await tab.BoxOfAsync("increment");

        await tab.ActAsync(() => tab.Page.SetViewportSizeAsync(600, 500));
        await WaitUntilAsync(async () => await tab.InspectAsync(rt => rt.ViewportWidth) == 600);

        var after = await tab.BoxOfAsync("increment");
        Assert.Equal(500, await tab.InspectAsync(rt => rt.ViewportHeight));
        Assert.True(after.X > before.X, $"the centred button moved right: {before.X} → {after.X}");
        var pixels = await tab.PixelsAsync();
        Assert.Equal((600, 500), (pixels.Width, pixels.Height));
    }

    [Fact]
    public async Task A_high_density_screen_gets_a_canvas_at_device_pixels()
    {
        await using var app = await ServedApp.StartAsync("counter.kry");
        await using var context = await browser.NewContextAsync(360, 420, scale: 2);
        var tab = await AppPage.OpenAsync(context, app);

        var pixels = await tab.PixelsAsync();
        Assert.Equal((720, 840), (pixels.Width, pixels.Height));
        Assert.Equal(360, await tab.InspectAsync(rt => rt.ViewportWidth));
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + AppPage.Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not hold in time");
            await Task.Delay(25);
        }
    }
}
