using Kryon.Cli.Dev;
using Kryon.Diagnostics;
using Kryon.Runtime.Headless;

namespace Kryon.Cli.Tests.Dev;

/// <summary>A temporary folder holding an app being developed: write its files, open a headless session on it, click things.</summary>
internal sealed class DevAppFolder : IDisposable
{
    public DevAppFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "kryon-dev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public string Write(string name, string text)
    {
        string path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Opens a headless session on <paramref name="app"/>; the test fails with the diagnostics when it does not compile.</summary>
    public DevSession Open(string app = "app.kry")
    {
        var diagnostics = new DiagnosticBag();
        var session = DevSession.Open(new DevSessionOptions(PathOf(app)) { RandomSeed = 0 }, diagnostics);
        Assert.True(session is not null, DiagnosticFormatter.FormatHuman(diagnostics.Items));
        return session!;
    }

    /// <summary>Plays input steps (`kryon run --events` JSON) into the session's running app.</summary>
    public static void Play(DevSession session, string steps)
    {
        var diagnostics = new DiagnosticBag();
        var script = EventScriptParser.ParseText("steps.json", steps, diagnostics);
        Assert.True(script is not null && !diagnostics.HasErrors, DiagnosticFormatter.FormatHuman(diagnostics.Items));
        new HeadlessDriver(session.Runtime).Run(script!);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the temp folder is cleaned by the system.
        }
    }
}
