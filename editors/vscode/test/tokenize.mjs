// Tokenizes .kry files with the extension's TextMate grammar, exactly as VS Code does
// (vscode-textmate + the Oniguruma regex engine), and prints the result as JSON for the tests:
//   node test/tokenize.mjs file.kry...
// → [{ "file", "lines": [[{ "text", "scopes": [...] }, ...], ...], "openRulesAtEnd", "stoppedEarly": [line numbers] }]
// `openRulesAtEnd` counts the grammar rules (blocks, strings, comments) still open after the last
// line: 0 means every `{`, string and comment the grammar opened was closed again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = join(root, 'syntaxes', 'kry.tmLanguage.json');

await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new textmate.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  }),
  // The embedded languages' grammars (source.lua, source.js, source.python) ship with VS Code, not
  // with this extension: empty stand-ins keep the embedded code in its meta.embedded scope.
  loadGrammar: async (scopeName) =>
    scopeName === 'source.kry'
      ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
      : { scopeName, patterns: [], repository: {} },
});
const grammar = await registry.loadGrammar('source.kry');
if (!grammar) throw new Error(`cannot load ${grammarPath}`);

const results = process.argv.slice(2).map((file) => {
  let stack = textmate.INITIAL;
  const lines = [];
  const stoppedEarly = [];
  readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    if (result.stoppedEarly) stoppedEarly.push(index + 1);
    lines.push(result.tokens.map((t) => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes })));
    stack = result.ruleStack;
  });
  let openRulesAtEnd = 0;
  for (let s = stack; s && s.parent; s = s.parent) openRulesAtEnd++;
  return { file, lines, openRulesAtEnd, stoppedEarly };
});
process.stdout.write(JSON.stringify(results));
