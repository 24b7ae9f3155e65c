using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Kryon.LanguageServer.Tests;

/// <summary>
/// End to end with a real editor: headless Neovim's built-in LSP client starts `kryon lsp`
/// for a .kry buffer, waits for diagnostics, edits the buffer, and asks for completion, hover
/// and definition (nvim/session.lua). The test reads what Neovim saw.
/// </summary>
public sealed class NeovimTests
{
    private const string Nvim = "/usr/bin/nvim";

    private const string App = """
        @variables {
            count: Int = 0
        }

        App {
            window_title: "Counter"
            window_width: 320
            Text { text: "Count: $count"; colr: red }
            Text { text_alignment: center }
        }

        """;

    [Fact]
    public async Task Neovim_gets_diagnostics_completion_hover_and_definition_from_kryon_lsp()
    {
        Assert.True(File.Exists(Nvim), "Neovim is not installed (apt-get install neovim)");
        var folder = Directory.CreateTempSubdirectory("kryon-nvim-");
        try
        {
            var file = Path.Combine(folder.FullName, "app.kry");
            File.WriteAllText(file, App);
            var output = Path.Combine(folder.FullName, "results.json");
            var psi = new ProcessStartInfo(Nvim) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "-n", "-i", "NONE", "-u", Path.Combine(AppContext.BaseDirectory, "nvim", "session.lua"), file }) psi.ArgumentList.Add(a);
            psi.Environment["KRYON_DLL"] = KryonProcess.Dll;
            psi.Environment["KRYON_LSP_OUT"] = output;
            psi.Environment["XDG_CONFIG_HOME"] = folder.FullName; // no user configuration
            psi.Environment["XDG_DATA_HOME"] = folder.FullName;
            psi.Environment["XDG_STATE_HOME"] = folder.FullName;
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                KryonProcess.KillIfRunning(process);
            }
            Assert.True(File.Exists(output), $"Neovim wrote no results. stdout: {await stdout} stderr: {await stderr}");
            var results = JsonNode.Parse(File.ReadAllText(output))!;
            Assert.Null(results["error"]);
            Assert.True(results["attached"]!.GetValue<bool>());

            var diagnostic = Assert.Single(results["diagnostics"]!.AsArray())!;
            Assert.Equal(1107, diagnostic["code"]!.GetValue<int>());
            Assert.Equal(7, diagnostic["line"]!.GetValue<int>());
            Assert.Contains("colr", diagnostic["message"]!.GetValue<string>());
            Assert.True(results["fixed"]!.GetValue<bool>(), "diagnostics did not clear after the edit");

            var completion = results["completion"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
            Assert.Contains("center", completion);
            Assert.Contains("justify", completion);
            Assert.Contains("window_width", results["hover"]!.GetValue<string>());
            Assert.Equal(1, results["definition"]!.GetValue<int>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
