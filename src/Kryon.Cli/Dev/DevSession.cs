using System.Diagnostics;
using Kryon.Cli.Loading;
using Kryon.Diagnostics;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Layout;
using Kryon.Runtime.Platform;
using Kryon.Runtime.Snapshots;
using Kryon.Scripting;
using static Kryon.Cli.Output.Plural;

namespace Kryon.Cli.Dev;

/// <summary>How a <see cref="DevSession"/> loads each version of the app.</summary>
public sealed record DevSessionOptions(string AppPath)
{
    /// <summary>The platform's text measurer (null: the runtime's estimate, as headless runs use).</summary>
    public ITextMeasurer? Measurer { get; init; }

    public IClipboard? Clipboard { get; init; }

    /// <summary>The first version's viewport (later versions keep the running app's).</summary>
    public float? Width { get; init; }

    public float? Height { get; init; }

    public int? RandomSeed { get; init; }

    /// <summary>Called for every report to the running app's log (from the version running then).</summary>
    public Action<Diagnostic>? RuntimeReported { get; init; }

    /// <summary>
    /// Compilations shared with other sessions on the same app (the tabs of `kryon dev --platform
    /// web`), so one save compiles once; null: the session compiles for itself.
    /// </summary>
    public DevCompilations? Compilations { get; init; }
}

/// <summary>
/// The reload core of `kryon dev`, independent of any platform: owns the running version of the app
/// (document, runtime, script manager) inside a <see cref="RuntimeHost"/> the platform's loop
/// draws, and on <see cref="Reload"/> (called on the loop's thread) compiles the files again and
/// swaps the running app, keeping its state: snapshot → load the new version → tolerant restore
/// by variable name and element id. An edit that does not compile, or whose scripts do not load,
/// changes nothing and shows its diagnostics over the app; an edit to `from` script files only
/// reloads those scripts into the running engines, leaving the app's state untouched.
/// </summary>
public sealed class DevSession : IDisposable
{
    private readonly DevSessionOptions _options;
    private readonly DevCompilations _compilations;
    private readonly FileFingerprints _fingerprints = new();
    private DevCompilation _compiled;
    private ScriptManager _scripts;
    /// <summary>The last full reload failed: the running app is older than the `.kry` files, so only a full reload can catch up.</summary>
    private bool _appBehindFiles;

    private DevSession(DevSessionOptions options, DevCompilations compilations, DevCompilation compiled, ScriptManager scripts, KryonRuntime runtime)
    {
        _options = options;
        _compilations = compilations;
        _compiled = compiled;
        _scripts = scripts;
        Host = new RuntimeHost(runtime);
        _fingerprints.Follow(compiled.Files);
        Follow(runtime.Log);
    }

    /// <summary>Holds the running version of the app and the overlay; the platform's loop reads it.</summary>
    public RuntimeHost Host { get; }

    public KryonRuntime Runtime => Host.Runtime;

    public ScriptManager Scripts => _scripts;

    /// <summary>The files to watch (full paths): the `.kry`, its includes and `from` scripts, of the last good version and of the edit being tried.</summary>
    public IReadOnlyCollection<string> WatchedFiles => _fingerprints.Files;

    /// <summary>
    /// Compiles, loads and starts the app as its files are now. When they have errors (added to
    /// <paramref name="diagnostics"/>) it starts the last version of them that compiled, with the
    /// errors over it as after a broken save, if the shared <see cref="DevSessionOptions.Compilations"/>
    /// have one; else it returns null: there is no good version to fall back on yet.
    /// </summary>
    public static DevSession? Open(DevSessionOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        var compilations = options.Compilations ?? new DevCompilations(options.AppPath);
        var newest = compilations.Compile();
        diagnostics.AddRange(newest.Diagnostics);
        var compiled = newest.Succeeded ? newest : compilations.LastGood;
        if (compiled is null) return null;
        var (scripts, runtime) = Load(options, compiled, new RuntimeLog(), options.Width, options.Height);
        runtime.Start();
        // A snapshot now compiles the snapshot and restore code (JIT), which the first save would
        // otherwise wait for; the baseline it compares with was kept at load (PrepareSnapshots).
        runtime.TakeSnapshot();
        var session = new DevSession(options, compilations, compiled, scripts, runtime);
        if (!newest.Succeeded)
        {
            // The files are ahead of the version running: the next save must recompile the app.
            session._fingerprints.Follow(compiled.Files.Union(newest.Files));
            session._appBehindFiles = true;
            var broken = newest.Diagnostics.Where(d => d.IsError && d.Location is not null).Select(d => Path.GetFullPath(d.Location!.Value.File.Path)).Distinct().ToList();
            session.Host.ShowOverlay(ReloadReport.OverlayLines(Failed(broken, ReloadStages.None, newest.Diagnostics)));
        }
        return session;
    }

    /// <summary>
    /// Reloads what changed since the last reload (nothing changed: null, nothing happens). Call on
    /// the thread that runs the app (the platform loop, through <see cref="RuntimeHost.Post"/>).
    /// </summary>
    public ReloadResult? Reload()
    {
        var changed = _fingerprints.TakeChanges();
        if (changed.Count == 0) return null;
        bool scriptsOnly = !_appBehindFiles && changed.All(_compiled.ScriptFiles.Contains);
        var result = scriptsOnly ? ReloadScripts(changed) : ReloadApp(changed);
        // A script that failed to reload changed nothing: the app still matches its `.kry` files.
        if (result.Kind == ReloadKind.Full) _appBehindFiles = false;
        else if (result.Kind == ReloadKind.Failed && result.ReloadedScripts.Count == 0) _appBehindFiles = true;
        Host.ShowOverlay(result.Ok ? [] : ReloadReport.OverlayLines(result));
        return result;
    }

    private ReloadResult ReloadApp(IReadOnlyList<string> changed)
    {
        var old = Runtime;
        long snapshotStart = Stopwatch.GetTimestamp();
        var snapshot = old.TakeSnapshot();
        double snapshotMs = Ms(snapshotStart);
        var compiled = _compilations.Compile();
        // Watch what the edit reads too (a new include), even when it does not compile yet.
        _fingerprints.Follow(compiled.Files.Union(_compiled.Files));
        var stages = new ReloadStages(compiled.Parse.TotalMilliseconds, compiled.Bind.TotalMilliseconds, compiled.Emit.TotalMilliseconds, 0, 0, 0, 0);
        if (compiled.Document is null) return Failed(changed, stages, compiled.Diagnostics);

        long start = Stopwatch.GetTimestamp();
        var log = new RuntimeLog();
        var (scripts, runtime) = Load(_options, compiled, log, old.ViewportWidth, old.ViewportHeight);
        // A script that does not compile (it has a location; a language this build lacks has none) breaks the edit.
        var brokenScripts = log.Entries.Where(d => d.IsError && d.Code == DiagnosticCodes.ScriptLoadFailed.Code && d.Location is not null).ToList();
        if (brokenScripts.Count > 0)
        {
            scripts.Dispose();
            return Failed(changed, stages with { Load = Ms(start) }, [.. compiled.Diagnostics, .. brokenScripts]);
        }
        stages = stages with { Load = Ms(start) };

        start = Stopwatch.GetTimestamp();
        runtime.Start();
        stages = stages with { Layout = Ms(start) };

        start = Stopwatch.GetTimestamp();
        var fit = runtime.RestoreSnapshotTolerant(snapshot);
        stages = stages with { Restore = snapshotMs + Ms(start) };

        start = Stopwatch.GetTimestamp();
        runtime.RunFrame(runtime.NowMs);
        stages = stages with { FirstFrame = Ms(start) };

        // The old version is dropped without onStop: to the person the app goes on running.
        Unfollow(old.Log);
        _scripts.Dispose();
        _scripts = scripts;
        _compiled = compiled;
        _fingerprints.Follow(compiled.Files);
        Host.Replace(runtime);
        Follow(log);

        var diagnostics = new List<Diagnostic>(compiled.Diagnostics);
        diagnostics.AddRange(log.Entries);
        if (!fit.Dropped.IsEmpty) diagnostics.Add(DroppedState(fit.Dropped));
        return new ReloadResult(ReloadKind.Full, changed, stages, fit.Kept, fit.Dropped, diagnostics);
    }

    private ReloadResult ReloadScripts(IReadOnlyList<string> changed)
    {
        long start = Stopwatch.GetTimestamp();
        var diagnostics = new List<Diagnostic>();
        var reloaded = new List<string>();
        foreach (string file in changed)
        {
            // A `from` script small enough was embedded in the KRB: it is known by its `from` path, not a file.
            var loaded = _scripts.Scripts.FirstOrDefault(s => SameFile(s.FilePath ?? s.Source.SourceName, file));
            if (loaded is null) return ReloadApp(changed); // not loaded as a script of its own (an unsupported language): recompile
            string code;
            try
            {
                code = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.ScriptLoadFailed, null, $"cannot read {file}: {e.Message}", "check that the file exists"));
                continue;
            }
            // Reload changes nothing when the new code does not compile, so the others can still go in.
            diagnostics.AddRange(_scripts.Reload(loaded.Key, code));
            reloaded.Add(loaded.Key);
        }
        var stages = ReloadStages.None with { Load = Ms(start) };
        if (diagnostics.Any(d => d.IsError)) return Failed(changed, stages, diagnostics) with { ReloadedScripts = reloaded };

        start = Stopwatch.GetTimestamp();
        Runtime.RunFrame(Runtime.NowMs);
        stages = stages with { FirstFrame = Ms(start) };
        var kept = new SnapshotParts([.. Runtime.State.GlobalVariables.Keys], [], [], Runtime.Focused?.Id);
        return new ReloadResult(ReloadKind.Script, changed, stages, kept, SnapshotParts.None, diagnostics) { ReloadedScripts = reloaded };
    }

    private bool SameFile(string path, string fullPath)
    {
        string directory = AppDocumentLoader.DirectoryOf(_options.AppPath);
        return string.Equals(Path.GetFullPath(Path.Combine(directory, path)), fullPath, StringComparison.Ordinal);
    }

    private static ReloadResult Failed(IReadOnlyList<string> changed, ReloadStages stages, IReadOnlyList<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.IsError);
        var summary = Diagnostic.Create(DiagnosticCodes.ReloadFailed, null,
            $"the edit was not applied ({Count(errors, "error")}); the last good version of the app keeps running",
            "fix the error and save again");
        return new ReloadResult(ReloadKind.Failed, changed, stages, SnapshotParts.None, SnapshotParts.None, [.. diagnostics, summary]);
    }

    private static Diagnostic DroppedState(SnapshotParts dropped)
    {
        var parts = new List<string>();
        if (dropped.Variables.Count > 0) parts.Add("variables " + string.Join(", ", dropped.Variables));
        if (dropped.Elements.Count > 0) parts.Add("element state of " + string.Join(", ", dropped.Elements));
        if (dropped.Inputs.Count > 0) parts.Add("input text of " + string.Join(", ", dropped.Inputs));
        if (dropped.Focus is { } focus) parts.Add("focus on " + focus);
        return Diagnostic.Create(DiagnosticCodes.ReloadStateDropped, null, "state the changed app has no place for was dropped: " + string.Join("; ", parts));
    }

    private static (ScriptManager, KryonRuntime) Load(DevSessionOptions options, DevCompilation compiled, RuntimeLog log, float? width, float? height)
    {
        var document = compiled.Document!;
        var scripts = ScriptManager.Create(document, log, AppScripts.Options(options.AppPath, compiled.ScriptSources));
        var runtime = KryonRuntime.Load(document, new RuntimeOptions
        {
            Scripts = scripts,
            Measurer = options.Measurer,
            Clipboard = options.Clipboard ?? new InMemoryClipboard(),
            AppDirectory = AppDocumentLoader.DirectoryOf(options.AppPath),
            Width = width,
            Height = height,
            RandomSeed = options.RandomSeed,
            PrepareSnapshots = true,
        }, log);
        scripts.Attach(runtime);
        return (scripts, runtime);
    }

    private void Follow(RuntimeLog log)
    {
        if (_options.RuntimeReported is { } reported) log.Reported += reported;
    }

    private void Unfollow(RuntimeLog log)
    {
        if (_options.RuntimeReported is { } reported) log.Reported -= reported;
    }

    private static double Ms(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    public void Dispose() => _scripts.Dispose();
}
