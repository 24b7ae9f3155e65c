// Bundles the extension and its npm dependencies (vscode-languageclient) into dist/extension.js,
// so the packaged extension needs no node_modules. `vscode` is provided by the editor at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built dist/extension.js');
