using System.Diagnostics;
using System.Reflection;
using Kryon.Runtime.Scripting;

namespace Kryon.Scripting.Process;

/// <summary>
/// How to start the child for one language: its interpreter on PATH, the bootstrap it runs, the
/// sandbox and budget flags, and what to install when the interpreter is missing.
/// </summary>
public sealed record ProcessLanguage(
    string Id,
    string DisplayName,
    string Executable,
    string BootstrapResource,
    string InstallHint,
    Func<string, ScriptBudgets, Version?, IReadOnlyList<string>> Arguments,
    Version MinimumVersion,
    IReadOnlyList<string> RealPathQuery)
{
    /// <summary>
    /// Node.js ≥ 18. From Node 20 on, its permission model denies file writes, child processes and
    /// workers (reads only of the bootstrap); the scripts themselves run in a `vm` context that holds
    /// only `kryon`, `window.kryon` and `console`, with the per-call time budget as the vm timeout.
    /// The memory budget is V8's old-space size.
    /// </summary>
    public static readonly ProcessLanguage JavaScript = new("javascript", "JavaScript (Node.js)", "node", "kryon_host.js",
        "install Node.js 18 or newer (Debian: apt-get install nodejs)",
        (bootstrap, budgets, version) =>
        {
            var args = new List<string>();
            if (version is { Major: >= 20 }) args.AddRange(["--experimental-permission", $"--allow-fs-read={bootstrap}", "--no-warnings"]);
            args.Add($"--max-old-space-size={Math.Max(8, budgets.MemoryBytes / (1024 * 1024))}");
            args.Add("--stack-size=984");
            args.Add(bootstrap);
            return args;
        },
        new Version(18, 0),
        ["-p", "process.execPath"]);

    /// <summary>
    /// CPython 3. The bootstrap runs scripts with a reduced set of builtins (no open, no eval of
    /// files, imports limited to pure modules), caps its address space and file size with rlimits,
    /// and stops a call over its time budget with a timer signal.
    /// </summary>
    public static readonly ProcessLanguage Python = new("python", "Python (CPython 3)", "python3", "kryon_host.py",
        "install Python 3 (Debian: apt-get install python3)",
        (bootstrap, budgets, _) => ["-I", "-S", "-u", bootstrap],
        new Version(3, 8),
        ["-c", "import sys; print(sys.executable)"]);

    /// <summary>The bootstrap's source, written once per process to a temporary file the child runs.</summary>
    internal string BootstrapPath()
    {
        using var stream = typeof(ProcessLanguage).Assembly.GetManifestResourceStream(BootstrapResource)
            ?? throw new InvalidOperationException($"the {BootstrapResource} bootstrap is not embedded");
        using var reader = new StreamReader(stream);
        string text = reader.ReadToEnd();
        string directory = Path.Combine(Path.GetTempPath(), $"kryon-hosts-{Environment.UserName}");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16]}-{BootstrapResource}");
        if (!File.Exists(path))
        {
            string temp = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        return path;
    }

    /// <summary>
    /// The interpreter's full path and version, or why it cannot be used. The path is the
    /// interpreter itself, not a launcher in front of it (pyenv's shims are shell scripts that take
    /// half a second per start): the interpreter is asked where it lives, once per process.
    /// </summary>
    internal (string? Path, Version? Version, string? Problem) Locate()
    {
        string? path = FindOnPath(Executable);
        if (path is null) return (null, null, $"{DisplayName} scripts need '{Executable}', which is not on PATH: {InstallHint}");
        var version = Query(path, ["--version"], text =>
        {
            var match = System.Text.RegularExpressions.Regex.Match(text, @"(\d+)\.(\d+)(?:\.(\d+))?");
            return match.Success ? new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), match.Groups[3].Success ? int.Parse(match.Groups[3].Value) : 0) : null;
        });
        if (version is null) return (path, null, $"'{path}' did not report its version; {InstallHint}");
        if (version < MinimumVersion) return (path, version, $"{DisplayName} scripts need {Executable} {MinimumVersion.Major}.{MinimumVersion.Minor} or newer, found {version}: {InstallHint}");
        string? real = Query(path, RealPathQuery, text => text.Trim() is { Length: > 0 } p && File.Exists(p) ? p : null);
        return (real ?? path, version, null);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static readonly Dictionary<(string, string), object?> Answers = [];

    /// <summary>Runs the interpreter once with <paramref name="arguments"/> and parses what it prints; remembered per process.</summary>
    private static T? Query<T>(string path, IReadOnlyList<string> arguments, Func<string, T?> parse) where T : class
    {
        var key = (path, string.Join('\u0001', arguments));
        lock (Answers)
        {
            if (Answers.TryGetValue(key, out var known)) return (T?)known;
            T? answer = null;
            try
            {
                var info = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in arguments) info.ArgumentList.Add(a);
                using var p = System.Diagnostics.Process.Start(info);
                if (p is not null)
                {
                    var error = p.StandardError.ReadToEndAsync();
                    string text = p.StandardOutput.ReadToEnd();
                    p.WaitForExit(5000);
                    answer = parse(text + error.Result);
                }
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException) { }
            Answers[key] = answer;
            return answer;
        }
    }
}
