// The Kryon JavaScript host (issue 10): runs an app's JavaScript in a Node.js child process.
// It speaks length-prefixed JSON frames with the Kryon runtime over stdin/stdout, synchronously,
// so that a handler can call kryon.getProperty(...) and get the answer before it returns.
// Scripts run in a vm context that holds only `kryon` (also `window.kryon`) and `console`.
'use strict';
const fs = require('fs');
const vm = require('vm');

const header = Buffer.alloc(4);

function readExact(buffer) {
  let offset = 0;
  while (offset < buffer.length) {
    let n;
    try {
      n = fs.readSync(0, buffer, offset, buffer.length - offset, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') process.exit(0);
      throw e;
    }
    if (n === 0) process.exit(0); // the runtime closed the pipe: leave, never linger
    offset += n;
  }
}

function readFrame() {
  readExact(header);
  const body = Buffer.alloc(header.readUInt32LE(0));
  readExact(body);
  return JSON.parse(body.toString('utf8'));
}

function writeFrame(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32LE(body.length, 0);
  body.copy(frame, 4);
  let offset = 0;
  while (offset < frame.length) {
    try {
      offset += fs.writeSync(1, frame, offset, frame.length - offset);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

// ---- values ------------------------------------------------------------------------------------------

class KryonElement {
  constructor(handle) { this.handle = handle; }
  toString() { return `Element#${this.handle}`; }
}

const functions = new Map(); // handle -> function
const handles = new Map();   // function -> handle
let nextHandle = 1;

function encode(value, depth = 0) {
  if (depth > 200) throw new Error('value nested too deeply to pass to the runtime');
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean': case 'string': return value;
    case 'number': return Number.isFinite(value) ? value : null;
    case 'bigint': return Number(value);
    case 'function': {
      if (value.__kryonForeign) return value.__kryonForeign;
      let h = handles.get(value);
      if (h === undefined) { h = nextHandle++; handles.set(value, h); functions.set(h, value); }
      return { $f: h, lang: 'javascript', name: value.name || undefined };
    }
  }
  if (value instanceof KryonElement) return { $e: value.handle };
  if (Array.isArray(value)) return value.map(v => encode(v, depth + 1));
  const fields = {};
  for (const [k, v] of Object.entries(value)) fields[k] = encode(v, depth + 1);
  return { $o: fields };
}

function decode(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if ('$o' in value) {
    const result = {};
    for (const [k, v] of Object.entries(value.$o)) result[k] = decode(v);
    return result;
  }
  if ('$e' in value) return new KryonElement(value.$e);
  if ('$f' in value) {
    if (value.lang === 'javascript' && functions.has(value.$f)) return functions.get(value.$f);
    // Another language's function: calling it goes through the bridge.
    const foreign = (...args) => hostCall('callFunction', [foreign, ...args]);
    foreign.__kryonForeign = value;
    return foreign;
  }
  return value;
}

// ---- calls ---------------------------------------------------------------------------------------

let budget = { timeMs: 100, memoryBytes: 16 << 20, maxDepth: 200 };
let nextHostId = 1;

function hostCall(name, args) {
  const id = -(nextHostId++); // the child's ids are negative, the runtime's positive
  writeFrame({ op: 'host', id, fn: name, args: args.map(a => encode(a)) });
  while (true) {
    const message = readFrame();
    if ((message.op === 'result' || message.op === 'error') && message.id === id) {
      if (message.op === 'error') throw new Error(message.message);
      return decode(message.value);
    }
    handle(message); // the runtime calls back in (a listener, emit) before it answers
  }
}

function log(level, args) {
  const text = args.map(a => (typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })())).join(' ');
  writeFrame({ op: 'log', level, text });
}

const kryon = {};
function expose(name) {
  kryon[name] = (...args) => hostCall(name, args);
}

const sandbox = {
  kryon,
  console: {
    log: (...a) => log('info', a), info: (...a) => log('info', a), debug: (...a) => log('info', a),
    warn: (...a) => log('warning', a), error: (...a) => log('error', a),
  },
};
sandbox.window = sandbox;
sandbox.globalThis = sandbox;
const context = vm.createContext(sandbox, { name: 'kryon', codeGeneration: { strings: false, wasm: false } });
// Compiled once in the context: calling it costs no property writes on the context's global.
const invoke = vm.runInContext('(f, args) => f(...args)', context, { filename: 'kryon-host' });

// The time budget is the runtime's: a call that overruns it has its host killed and restarted
// (no watchdog in here could stop code mid-frame without breaking the protocol).
function callFunction(fn, args) {
  return invoke(fn, args);
}

// ES module files: `export` in front of a declaration is dropped, so the declarations become the
// script's globals (its entry points; `export const f = …` becomes `var f = …`). `import` has
// nothing to import in the sandbox and stays a syntax error. Lines keep their numbers.
function withoutExports(code) {
  return code
    .replace(/^([ \t]*)export[ \t]+default[ \t]+(?=(async[ \t]+)?function\b|class\b)/gm, '$1')
    .replace(/^([ \t]*)export[ \t]+(const|let)[ \t]+/gm, '$1var ')
    .replace(/^([ \t]*)export[ \t]+(?=(async[ \t]+)?function\b|class\b|var\b)/gm, '$1')
    .replace(/^([ \t]*)export[ \t]*\{[^}\n]*\};?/gm, '$1');
}

function userFunctions() {
  const found = new Map();
  for (const name of Object.getOwnPropertyNames(context)) {
    if (name === 'kryon' || name === 'console' || name === 'window' || name === 'globalThis' || name.startsWith('__kryon')) continue;
    const v = context[name];
    if (typeof v === 'function') found.set(name, v);
  }
  return found;
}

function errorReply(id, e) {
  const reply = { op: 'error', id, message: String(e && e.message || e) };
  if (e && e.name === 'RangeError' && /call stack/i.test(reply.message)) { // errors from the vm context are of its realm
    reply.message = 'stack overflow: ' + reply.message;
  }
  // The innermost frame of the user's code names its file and line.
  const stack = String(e && e.stack || '');
  const match = /\(?([^\s()]+):(\d+):(\d+)\)?/.exec(stack.split('\n').find(l => !l.includes('kryon-host') && /:\d+:\d+/.test(l)) || '');
  if (match && match[1] !== 'node:vm' && !match[1].startsWith('node:')) { reply.file = match[1]; reply.line = Number(match[2]); }
  if (e && e.__kryonSyntax) { reply.file = e.__kryonSyntax.file; reply.line = e.__kryonSyntax.line; }
  return reply;
}

function handle(message) {
  const id = message.id;
  try {
    switch (message.op) {
      case 'init':
        budget = { timeMs: message.timeMs, memoryBytes: message.memoryBytes, maxDepth: message.maxDepth };
        for (const name of message.host) expose(name);
        writeFrame({ op: 'result', id, value: process.version });
        return;
      case 'expose': expose(message.name); return;
      case 'release': {
        const fn = functions.get(message.ref);
        if (fn !== undefined) { functions.delete(message.ref); handles.delete(fn); }
        return;
      }
      case 'load': {
        let script;
        try {
          script = new vm.Script(withoutExports(message.code), { filename: message.name, lineOffset: message.firstLine - 1 });
        } catch (e) {
          const m = /:(\d+)\n/.exec(String(e.stack));
          e.__kryonSyntax = { file: message.name, line: m ? Number(m[1]) : message.firstLine };
          throw e;
        }
        const before = userFunctions();
        script.runInContext(context);
        const defined = [];
        for (const [name, fn] of userFunctions()) if (before.get(name) !== fn) defined.push(name);
        writeFrame({ op: 'result', id, value: defined.sort() });
        return;
      }
      case 'call': {
        const fn = context[message.fn];
        if (typeof fn !== 'function') {
          writeFrame({ op: 'error', id, kind: 'notFound', message: `no JavaScript function named '${message.fn}' is loaded` });
          return;
        }
        writeFrame({ op: 'result', id, value: encode(callFunction(fn, message.args.map(decode))) });
        return;
      }
      case 'callRef': {
        const fn = functions.get(message.ref);
        if (fn === undefined) { writeFrame({ op: 'error', id, kind: 'notFound', message: `the JavaScript function value #${message.ref} was released` }); return; }
        writeFrame({ op: 'result', id, value: encode(callFunction(fn, message.args.map(decode))) });
        return;
      }
      case 'setGlobal': context[message.name] = decode(message.value); writeFrame({ op: 'result', id, value: null }); return;
      case 'getGlobal': writeFrame({ op: 'result', id, value: encode(context[message.name]) }); return;
      case 'undefine': {
        const was = typeof context[message.name] === 'function';
        if (was) delete context[message.name];
        writeFrame({ op: 'result', id, value: was });
        return;
      }
      default:
        writeFrame({ op: 'error', id, message: `unknown request ${message.op}` });
    }
  } catch (e) {
    writeFrame(errorReply(id, e));
  }
}

while (true) handle(readFrame());
