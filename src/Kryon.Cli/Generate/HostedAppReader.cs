using System.Text.RegularExpressions;
using Kryon.Compiler;
using Kryon.Compiler.Binding;
using Kryon.Compiler.Emit;
using Kryon.Diagnostics;
using Kryon.Krb;
using Kryon.Runtime;
using Kryon.Runtime.Diagnostics;
using Kryon.Runtime.Loading;
using Kryon.Text;

namespace Kryon.Cli.Generate;

/// <summary>
/// Reads a .kry file into a <see cref="HostedApp"/>. The app is compiled and loaded exactly as
/// `kryon run` loads it (KRB bytes read back, then the runtime's <see cref="AppLoader"/>), so the
/// variable types, element ids (component instances included) and handlers are the ones a
/// <c>KryonRuntime</c> will have; the bound model adds source lines and the scripts' code.
/// </summary>
public static partial class HostedAppReader
{
    /// <summary>Lifecycle hooks run through their own path (KryonRuntime.Lifecycle), not through listeners, so no .NET event can hear them.</summary>
    private static readonly HashSet<string> LifecycleHooks = ["onStart", "onStop", "onMount", "onUnmount", "onUpdate"];

    /// <summary>The app, or null when it has errors (they are in <paramref name="diagnostics"/>).</summary>
    public static HostedApp? Read(string path, DiagnosticBag diagnostics)
    {
        if (string.Equals(Path.GetExtension(path), ".krb", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCodes.GenerateNeedsSource, null, $"'{path}' is a compiled app; the C# class is generated from the .kry source (for its source lines and its scripts' emitted events)",
                $"pass the .kry file, e.g. '{Path.ChangeExtension(path, ".kry")}'");
            return null;
        }
        if (Load(path, diagnostics) is not { } app) return null;
        var ids = ElementIds(app);
        foreach (var shared in ids.Where(i => i.Count > 1))
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.GenerateSharedElementId, app.IdLocation(shared.Id),
                $"{shared.Count} elements have the id \"{shared.Id}\" (component instances repeat their template's ids); the generated class has its constant but no events for it",
                "give each instance its own id to get typed events for it"));
        return new HostedApp(Path.GetFileName(path), Variables(app), ids, Events(app, ids));
    }

    /// <summary>The app as the compiler bound it (source lines, scripts' code) and as the runtime loads it (types, ids, handlers).</summary>
    private sealed class CompiledApp(BoundApp bound, LoadedApp loaded, string folder)
    {
        private readonly Dictionary<string, SourceSpan> _idLocations = IdLocations(bound);

        public BoundApp Bound { get; } = bound;

        public LoadedApp Loaded { get; } = loaded;

        /// <summary>The app file's folder: locations are written relative to it, so the output does not depend on the working directory.</summary>
        public string Folder { get; } = folder;

        public SourceSpan? IdLocation(string id) => _idLocations.TryGetValue(id, out var span) ? span : null;

        public string? Where(SourceSpan? span) => span is { } s ? $"{Relative(Folder, s.File.Path)}:{s.Start.Line}" : null;

        private static Dictionary<string, SourceSpan> IdLocations(BoundApp app)
        {
            var locations = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var element in BoundElements(app))
                if (element.Id is { } id) locations.TryAdd(id, element.Location);
            return locations;
        }
    }

    /// <summary>Compiles the file and reads the KRB bytes back into the runtime's loader, as `kryon run` does.</summary>
    private static CompiledApp? Load(string path, DiagnosticBag diagnostics)
    {
        var result = KryCompiler.Check(path);
        diagnostics.AddRange(result.Diagnostics);
        if (!result.Success || result.App is not { } bound) return null;
        if (Loading.AppDocumentLoader.EmitInMemory(path, bound, diagnostics) is not { } document) return null;
        return new CompiledApp(bound, AppLoader.Load(document, new RuntimeLog()), Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    private static List<HostedVariable> Variables(CompiledApp app)
    {
        var declared = app.Bound.Variables.ToDictionary(v => v.Name, v => v.Location, StringComparer.Ordinal);
        return app.Loaded.Variables
            .Select(v => new HostedVariable(v.Name, v.Type, v.Initial, declared.TryGetValue(v.Name, out var at) ? app.Where(at) : null))
            .ToList();
    }

    /// <summary>Each id once, in tree order, with how many elements carry it.</summary>
    private static List<HostedElementId> ElementIds(CompiledApp app)
        => app.Loaded.Tree.Elements.Where(e => e.Id is not null)
            .GroupBy(e => e.Id!, StringComparer.Ordinal)
            .Select(g => new HostedElementId(g.Key, g.First().TypeName, g.Count(), app.Where(app.IdLocation(g.Key))))
            .ToList();

    /// <summary>
    /// The handlers of elements a host can find by id (an id no other element has) and of the App, then the
    /// custom events scripts emit to the App; each (element, event) once.
    /// </summary>
    private static List<HostedEvent> Events(CompiledApp app, List<HostedElementId> ids)
    {
        var unique = ids.Where(i => i.Count == 1).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string?, string)>();
        var events = new List<HostedEvent>();
        var root = app.Loaded.Tree.Root;
        foreach (var element in app.Loaded.Tree.Elements)
        {
            if (element != root && (element.Id is null || !unique.Contains(element.Id))) continue;
            foreach (var handler in element.Handlers)
                if (!LifecycleHooks.Contains(handler.EventName) && seen.Add((element.Id, handler.EventName)))
                    events.Add(new HostedEvent(element.Id, element.TypeName, handler.EventName, $"its {handler.EventName} handler \"{handler.FunctionName}\"",
                        element.Id is null ? null : app.Where(app.IdLocation(element.Id))));
        }
        if (root is null) return events;
        foreach (var (name, location) in EmittedEvents(app.Bound, app.Folder))
        {
            string eventName = KryonRuntime.HandlerNameOf(name);
            if (seen.Add((root.Id, eventName))) events.Add(new HostedEvent(root.Id, root.TypeName, eventName, $"emit(\"{name}\")", location));
        }
        return events;
    }

    /// <summary>The main tree and every component template (a template's ids appear once per instance at run time).</summary>
    private static IEnumerable<BoundElement> BoundElements(BoundApp app)
    {
        var roots = new List<BoundElement>();
        if (app.Root is { } root) roots.Add(root);
        roots.AddRange(app.Components.Select(c => c.Template).OfType<BoundElement>());
        return roots.SelectMany(r => r.DescendantsAndSelf());
    }

    /// <summary>
    /// Custom events the app's scripts emit with a literal name, in every language's spelling:
    /// <c>kryon.emit("saved", …)</c> (Lua, JavaScript, Python), <c>Kryon.emit("saved")</c> (Wren),
    /// <c>(emit-event! "saved" …)</c> (Kryon Lisp). In order of appearance, each name once.
    /// </summary>
    private static IEnumerable<(string Name, string Location)> EmittedEvents(BoundApp app, string folder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var script in app.Scripts)
        {
            if (script.Code is not { } code) continue;
            string file = script.ExternalPath ?? Relative(folder, script.Location.File.Path);
            foreach (Match m in EmitCall().Matches(code))
            {
                string name = m.Groups["name"].Value;
                if (!seen.Add(name)) continue;
                int line = script.FirstLine + code.AsSpan(0, m.Index).Count('\n');
                yield return (name, $"{file}:{line}");
            }
        }
    }

    private static string Relative(string folder, string path)
        => Path.GetRelativePath(folder, Path.GetFullPath(path)).Replace('\\', '/');

    [GeneratedRegex("""(?:\bemit\s*\(\s*|\(\s*emit-event!\s+)(?<quote>["'])(?<name>[A-Za-z_][A-Za-z0-9_-]*)\k<quote>""")]
    private static partial Regex EmitCall();
}
