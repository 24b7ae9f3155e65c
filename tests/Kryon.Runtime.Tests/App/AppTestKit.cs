using Kryon.Compiler;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Events;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Scripting;
using Kryon.Runtime.Tests.State;

namespace Kryon.Runtime.Tests.App;

/// <summary>Runs KRY source the way `kryon run` does: compile to KRB bytes, read them back, load and start a runtime.</summary>
internal static class AppTestKit
{
    public static KrbDocument Compile(string kry, string path = "test.kry")
    {
        var result = KryCompiler.CheckText(path, kry);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var bag = new DiagnosticBag();
        var bytes = KrbWriter.Write(result.App!, bag);
        Assert.True(bytes is not null, string.Join("\n", bag.Items));
        return KrbReader.Read(bytes!);
    }

    /// <summary>
    /// Budgets so generous that no call in a test goes over them: a slow first (JIT-compiling) call
    /// must not log 2303/2402, so tests assert on behaviour, not timing. A test about budgets sets
    /// its own through <c>configure</c>.
    /// </summary>
    public static readonly FrameBudgets GenerousBudgets = new(FrameMs: 60_000, ScriptMs: 60_000, LayoutMs: 60_000);

    public const double GenerousHookBudgetMs = 60_000;

    /// <summary>A started runtime over <paramref name="kry"/>, with a fixed-advance text measurer so that sizes are exact.</summary>
    public static KryonRuntime Start(string kry, FakeScriptFunctions? scripts = null, float width = 400, float height = 300, RuntimeLog? log = null,
        Func<RuntimeOptions, RuntimeOptions>? configure = null)
    {
        var runtime = Load(kry, scripts, width, height, log, configure);
        runtime.Start();
        return runtime;
    }

    public static KryonRuntime Load(string kry, FakeScriptFunctions? scripts = null, float width = 400, float height = 300, RuntimeLog? log = null,
        Func<RuntimeOptions, RuntimeOptions>? configure = null)
        => KryonRuntime.Load(Compile(kry), Options(scripts, width, height, configure), log);

    /// <summary>The options every test runtime gets: the given scripts, exact test font metrics, generous budgets.</summary>
    public static RuntimeOptions Options(IScriptFunctions? scripts = null, float? width = 400, float? height = 300, Func<RuntimeOptions, RuntimeOptions>? configure = null)
    {
        var options = new RuntimeOptions
        {
            Scripts = scripts ?? new FakeScriptFunctions(),
            Measurer = new TestFontMeasurer(),
            Width = width,
            Height = height,
            Budgets = GenerousBudgets,
            HookBudgetMs = GenerousHookBudgetMs,
        };
        return configure is null ? options : configure(options);
    }

    public static Element ById(this KryonRuntime runtime, string id)
        => runtime.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"no element with id '{id}'");

    /// <summary>Runs frames until nothing is pending (at most 10), advancing the clock 16 ms each.</summary>
    public static void Settle(this KryonRuntime runtime)
    {
        for (int i = 0; i < 10; i++)
        {
            runtime.RunFrame(runtime.NowMs + 16);
            if (runtime.PendingEvents == 0 && !runtime.State.HasPendingChanges) return;
        }
    }

    /// <summary>A click at the centre of an element, as a pointer would do it, then a frame.</summary>
    public static void Click(this KryonRuntime runtime, string id)
    {
        var box = runtime.ById(id).ScreenBox;
        float x = box.X + box.Width / 2, y = box.Y + box.Height / 2;
        runtime.Enqueue(new PointerMoveEvent(x, y));
        runtime.Enqueue(new PointerDownEvent(x, y, PointerButton.Primary));
        runtime.Enqueue(new PointerUpEvent(x, y, PointerButton.Primary));
        runtime.Settle();
    }

    public static void Type(this KryonRuntime runtime, string text)
    {
        runtime.Enqueue(new TextInputEvent(text));
        runtime.Settle();
    }

    public static void Key(this KryonRuntime runtime, string key, KeyModifiers modifiers = KeyModifiers.None)
    {
        runtime.Enqueue(new KeyDownEvent(key, modifiers));
        runtime.Enqueue(new KeyUpEvent(key, modifiers));
        runtime.Settle();
    }

    /// <summary>The text an element shows.</summary>
    public static string Text(this KryonRuntime runtime, string id) => ElementText.Displayed(runtime.ById(id)) ?? "";

    public static bool Logged(this KryonRuntime runtime, DiagnosticDescriptor code) => runtime.Log.Contains(code.Code);
}
