using System.IO.Pipes;
using Kryon.LanguageServer.Server;

namespace Kryon.LanguageServer.Tests;

/// <summary>The server running in this process, connected to a <see cref="LspClient"/> through two pipes (its stdin and stdout).</summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly AnonymousPipeServerStream _toServer;
    private readonly AnonymousPipeServerStream _fromServer;
    private readonly StringWriter _log = new();

    private InProcessServer(LanguageServerOptions? options)
    {
        _toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        _fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        var serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        var serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var server = new Server.LanguageServer(serverInput, serverOutput, _log, options);
        Exit = Task.Run(async () =>
        {
            int code = await server.RunAsync();
            // Closing the server's end ends the client's read loop, as a process exit would.
            serverOutput.Dispose();
            serverInput.Dispose();
            return code;
        });
        Client = new LspClient(_toServer, _fromServer);
    }

    public LspClient Client { get; }

    /// <summary>Completes with the server's exit code when it stops.</summary>
    public Task<int> Exit { get; }

    /// <summary>What the server wrote to its log (stderr).</summary>
    public string Log => _log.ToString();

    public static async Task<InProcessServer> StartAsync(LanguageServerOptions? options = null, bool initialize = true)
    {
        var server = new InProcessServer(options);
        if (initialize) await server.Client.InitializeAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            try
            {
                await Client.RequestAsync("shutdown");
                Client.Notify("exit");
            }
            catch (Exception) { /* the test may have shut it down or broken the stream on purpose */ }
        }
        await Client.DisposeAsync();
        await Exit.WaitAsync(LspClient.Timeout).ContinueWith(_ => { });
        _fromServer.Dispose();
    }
}
