using System.Diagnostics;
using Kryon.Diagnostics;
using Kryon.Runtime.Elements;
using Kryon.Runtime.Frames;
using Kryon.Runtime.Scripting;

namespace Kryon.Runtime;

/// <summary>
/// Lifecycle (KRY.md §11, seed 000): `onStart`/`onStop` on the App, `onMount` when an element
/// enters the running tree (parents before children, a component's own hook before its usage's),
/// `onUnmount` when it leaves (children before parents), `onUpdate` once per frame for an element
/// whose properties changed. Each hook runs on its own: one that fails or runs too long is reported
/// (2401/2402) and the others still run.
/// </summary>
public sealed partial class KryonRuntime
{
    /// <summary>Starts the app: onStart, onMount for the whole tree, then the first frame.</summary>
    public void Start()
    {
        if (IsRunning) return;
        IsRunning = true;
        if (Tree.Root is not { } root) return;
        RunHooks(root, "onStart", IdOf(root));
        Mount(root);
        RunFrame(NowMs);
    }

    /// <summary>Stops the app: onStop, then onUnmount for the whole tree. Later frames do nothing.</summary>
    public void Stop()
    {
        if (!IsRunning) return;
        if (Tree.Root is { } root)
        {
            RunHooks(root, "onStop", IdOf(root));
            Unmount(root);
        }
        IsRunning = false;
    }

    /// <summary>onMount for a subtree that just entered the tree, in pre-order.</summary>
    internal void Mount(Element subtree)
    {
        foreach (var e in subtree.DescendantsAndSelf())
            if (e.Handlers.Count > 0) RunHooks(e, "onMount", IdOf(e));
    }

    /// <summary>onUnmount for a subtree about to leave the tree, children before their parents.</summary>
    internal void Unmount(Element subtree)
    {
        var order = subtree.DescendantsAndSelf().ToList();
        for (int i = order.Count - 1; i >= 0; i--)
            if (order[i].Handlers.Count > 0) RunHooks(order[i], "onUnmount", IdOf(order[i]));
    }

    /// <summary>onUpdate for the elements that changed this frame (each once).</summary>
    private void RunUpdateHooks()
    {
        if (!_hasUpdateHooks) return;
        long start = Stopwatch.GetTimestamp();
        var changed = Tree.Changed;
        // Hooks may change more elements; only those changed before the hooks ran get one this frame.
        for (int i = 0, n = changed.Count; i < n; i++)
        {
            var e = changed[i];
            if (e.IsAttached && e.FindHandler("onUpdate") is not null) RunHooks(e, "onUpdate", IdOf(e));
        }
        Profiler.Record(FrameStage.Hooks, Stopwatch.GetTimestamp() - start);
    }

    private bool _hasUpdateHooks;

    private void NoteUpdateHooks()
    {
        foreach (var e in Tree.Elements)
            if (e.FindHandler("onUpdate") is not null) { _hasUpdateHooks = true; return; }
    }

    /// <summary>Every handler an element has for a lifecycle event (a component root can have two).</summary>
    private void RunHooks(Element element, string hook, params ScriptValue[] arguments)
    {
        foreach (var handler in element.Handlers)
        {
            if (handler.EventName != hook || handler.FunctionName.Length == 0) continue;
            string context = $"{element}.{hook}";
            long start = Stopwatch.GetTimestamp();
            var result = Invoke(handler.FunctionName, arguments, context, DiagnosticCodes.HookFailed);
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (result.Succeeded && ms > Options.HookBudgetMs)
                Log.Report(DiagnosticCodes.HookBudgetExceeded, $"{context}: '{handler.FunctionName}' ran {ms:0.#} ms, over the hook budget of {Options.HookBudgetMs} ms",
                    "move long work into a timer or split it across frames");
        }
    }
}
