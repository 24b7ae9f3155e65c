using System.Diagnostics;

namespace Kryon.LanguageServer.Tests;

/// <summary>Starts the real `kryon` (kryon.dll is copied next to the tests) the way an editor does, and kills it if a test leaves it running.</summary>
public static class KryonProcess
{
    public static string Dll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "kryon.dll");
            Assert.True(File.Exists(dll), "kryon.dll not next to the tests: " + dll);
            return dll;
        }
    }

    public static Process StartLsp()
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        psi.ArgumentList.Add("lsp");
        psi.Environment["NO_COLOR"] = "1";
        return Process.Start(psi)!;
    }

    public static void KillIfRunning(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { /* already gone */ }
    }
}
