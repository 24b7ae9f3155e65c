// The Kryon extension: starts the language server (`kryon lsp`, speaking LSP over stdio) for .kry
// files. Highlighting and editor settings come from package.json's contributions and need no code.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let fileWatcher: vscode.FileSystemWatcher | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Included files and `from` scripts change the diagnostics of the .kry files that use them.
  fileWatcher = vscode.workspace.createFileSystemWatcher('**/*.{kry,lua,js,py,wren,lisp}');
  context.subscriptions.push(
    fileWatcher,
    vscode.commands.registerCommand('kryon.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (change.affectsConfiguration('kryon.path')) await restart();
    }),
    { dispose: () => void stop() },
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const command = kryonExecutable();
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'kry' }],
    synchronize: { fileEvents: fileWatcher },
  };
  // The client reads the `kryon.trace.server` setting itself: 'kryon' is its configuration prefix.
  const starting = new LanguageClient('kryon', 'Kryon Language Server', serverOptions, clientOptions);
  try {
    await starting.start();
    client = starting;
  } catch (error) {
    await starting.dispose().catch(() => undefined); // nothing to stop: the server never came up
    const message = error instanceof Error ? error.message : String(error);
    const choice = await vscode.window.showErrorMessage(
      `Kryon: could not start the language server with "${command} lsp" (${message}). ` +
        'Install the kryon command or set "kryon.path" to it.',
      'Open Settings',
    );
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'kryon.path');
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

/** `kryon.path`: a bare name is found on PATH by the OS; a relative path is taken from the first workspace folder. */
function kryonExecutable(): string {
  const configured = vscode.workspace.getConfiguration('kryon').get<string>('path', 'kryon').trim() || 'kryon';
  const isBareName = !configured.includes('/') && !configured.includes('\\');
  if (isBareName || path.isAbsolute(configured)) return configured;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? path.join(folder.uri.fsPath, configured) : configured;
}
