// The Kryon web client: a thin view of an app that runs on the server (README.md).
// It opens a WebSocket, receives display lists (the first in full, then deltas), draws them on a
// canvas at the device pixel ratio with the very font files the server measured with, and sends
// pointer, wheel, keyboard, text (IME included), paste, focus and resize events back.
'use strict';

(() => {
  const SESSION_KEY = 'kryon-session';
  /** Give up reconnecting after this long (the server keeps a session about as long). */
  const RECONNECT_GIVE_UP_MS = 30000;
  /** WebSocket close codes that mean "do not come back": the session ended, or the server closed it on purpose. */
  const FINAL_CLOSE_CODES = new Set([1000, 1003, 1007, 1008, 1009, 1011, 1013]);
  /** Command kinds (DisplayCommandKind on the server). */
  const FILL = 0, BORDER = 1, TEXT = 2, IMAGE = 3, PUSH_CLIP = 4, POP_CLIP = 5, PUSH_OPACITY = 6, POP_OPACITY = 7, CARET = 8, COPY = -1;
  const WHEEL_LINE_PX = 40;

  const canvas = document.getElementById('kryon-canvas');
  const ime = document.getElementById('kryon-ime');
  const statusBox = document.getElementById('kryon-status');
  const ctx = canvas.getContext('2d');

  const fonts = new Map();   // face id → Promise that settles when the font file is loaded
  const images = new Map();  // image id → { img, ok, ready: Promise }
  const colors = new Map();  // 0xRRGGBBAA → CSS colour
  const textLayouts = new Map(); // text, font and box → lines
  const fontMetrics = new Map(); // CSS font → { ascent, descent }
  const decorations = new Map(); // font face id → its underline and strikeout metrics in em (null: unknown)
  const layers = [];         // offscreen canvases for opacity groups, by depth

  let socket = null;
  let commands = [];
  let frame = null;          // the last frame's header: { v, w, h, bg }
  let work = Promise.resolve();
  let reconnectSince = 0;
  let pendingInputAt = null;
  const waiters = [];

  // What tests and the latency benchmark read: frames drawn, input-to-pixels times, bytes received.
  const stats = { framesDrawn: 0, version: 0, drawnVersion: 0, latencies: [], frameBytes: [], connects: 0, session: null, cursor: 'default' };
  window.kryon = {
    stats,
    /** Resolves when the next frame (or the one after version `after`) has been drawn. */
    nextFrame(after) {
      return new Promise(resolve => waiters.push({ after: after ?? stats.version, resolve }));
    },
    /** Drops the WebSocket as a network failure would (tests: the client must reconnect and resume). */
    dropConnection() { if (socket) socket.close(4000, 'dropped'); },
    /** Sends raw text on the WebSocket (tests: a misbehaving client). */
    sendRaw(text) { if (socket && socket.readyState === WebSocket.OPEN) socket.send(text); },
    /** The text of the last frame received (drawn once stats.drawnVersion reaches stats.version), with where: tests read what the page shows. */
    texts() { return commands.filter(c => c[0] === TEXT).map(c => ({ text: c[5], x: c[1], y: c[2], w: c[3], h: c[4] })); },
  };

  // ---- connection ------------------------------------------------------------------------------

  function connect() {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/kryon/ws`);
    socket = ws;
    ws.onopen = () => {
      stats.connects++;
      reconnectSince = 0;
      showStatus(null);
      send({ t: 'hello', session: sessionStorage.getItem(SESSION_KEY), w: viewportWidth(), h: viewportHeight() });
    };
    ws.onmessage = e => {
      const message = JSON.parse(e.data);
      if (message.t === 'frame') stats.frameBytes.push(new TextEncoder().encode(e.data).length);
      // In order: a frame may wait for fonts and images, and the next delta builds on it.
      work = work.then(() => handle(message)).catch(error => console.error('kryon:', error));
    };
    ws.onclose = e => {
      if (socket !== ws) return;
      socket = null;
      if (FINAL_CLOSE_CODES.has(e.code)) {
        showStatus(`Disconnected: ${e.reason || 'the server closed this session'}. Reload the page to start again.`);
        return;
      }
      if (!reconnectSince) reconnectSince = performance.now();
      if (performance.now() - reconnectSince > RECONNECT_GIVE_UP_MS) {
        showStatus('Disconnected from the server. Reload the page to try again.');
        return;
      }
      showStatus('Reconnecting…');
      setTimeout(connect, 250);
    };
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function showStatus(text) {
    statusBox.hidden = !text;
    statusBox.textContent = text || '';
  }

  async function handle(message) {
    switch (message.t) {
      case 'session':
        sessionStorage.setItem(SESSION_KEY, message.id);
        stats.session = message.id;
        break;
      case 'frame':
        await onFrame(message);
        break;
      case 'title':
        document.title = message.text;
        break;
      case 'cursor':
        canvas.style.cursor = message.c;
        stats.cursor = message.c;
        break;
      case 'ime':
        placeImeField(message);
        break;
      case 'clip':
        // The app copied: put it on the system clipboard too, where the page is allowed to.
        if (navigator.clipboard) navigator.clipboard.writeText(message.text).catch(() => {});
        break;
    }
  }

  // ---- frames ----------------------------------------------------------------------------------

  async function onFrame(message) {
    let next;
    if (message.cmds) next = message.cmds;
    else {
      if (message.base !== stats.version) throw new Error(`delta for frame ${message.base}, but frame ${stats.version} is shown`);
      next = [];
      for (const op of message.ops) {
        if (op[0] === COPY) for (let i = op[1], end = op[1] + op[2]; i < end; i++) next.push(commands[i]);
        else next.push(op);
      }
    }
    commands = next;
    frame = message;
    stats.version = message.v;
    // Text is drawn with the server's font files: wait for them (and the images) before drawing.
    await loadAssets(commands);
    if (frame !== message) return; // a newer frame arrived meanwhile: it is drawn instead
    draw();
    stats.framesDrawn++;
    stats.drawnVersion = message.v;
    const drawnAt = performance.now();
    if (pendingInputAt !== null) {
      stats.latencies.push(drawnAt - pendingInputAt);
      pendingInputAt = null;
    }
    send({ t: 'drawn', v: message.v });
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (message.v > waiters[i].after) {
        waiters[i].resolve({ version: message.v, latencyMs: stats.latencies[stats.latencies.length - 1] ?? null });
        waiters.splice(i, 1);
      }
    }
  }

  function loadAssets(list) {
    const pending = [];
    for (const c of list) {
      if (c[0] === TEXT && c[6] >= 0) pending.push(fontFace(c[6]));
      else if (c[0] === IMAGE && c[5] >= 0) pending.push(image(c[5]).ready);
    }
    return pending.length ? Promise.all(pending).then(() => document.fonts.ready) : Promise.resolve();
  }

  function fontFace(id) {
    let loading = fonts.get(id);
    if (!loading) {
      // Fetched as bytes: the file's own underline and strikeout metrics are read from it too.
      loading = fetch(`/kryon/fonts/${id}`)
        .then(response => { if (!response.ok) throw new Error(`HTTP ${response.status}`); return response.arrayBuffer(); })
        .then(bytes => {
          decorations.set(id, decorationMetrics(bytes));
          const face = new FontFace(`kf${id}`, bytes);
          document.fonts.add(face);
          return face.load();
        })
        .then(() => { fontMetrics.clear(); textLayouts.clear(); }, error => console.warn(`kryon: font ${id} did not load`, error));
      fonts.set(id, loading);
    }
    return loading;
  }

  function image(id) {
    let entry = images.get(id);
    if (!entry) {
      const img = new Image();
      entry = { img, ok: false, ready: null };
      img.src = `/kryon/images/${id}`;
      entry.ready = img.decode().then(() => { entry.ok = true; }, () => { entry.ok = false; });
      images.set(id, entry);
    }
    return entry;
  }

  // ---- drawing ---------------------------------------------------------------------------------

  function viewportWidth() { return Math.max(1, window.innerWidth); }
  function viewportHeight() { return Math.max(1, window.innerHeight); }

  /** Sizes the canvas to the window in CSS pixels and its backing store in device pixels. */
  function fitCanvas() {
    const dpr = window.devicePixelRatio || 1;
    const w = viewportWidth(), h = viewportHeight();
    const pw = Math.round(w * dpr), ph = Math.round(h * dpr);
    if (canvas.width !== pw || canvas.height !== ph) {
      canvas.width = pw;
      canvas.height = ph;
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    return dpr;
  }

  function draw() {
    if (!frame) return;
    const dpr = fitCanvas();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = color(frame.bg);
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const stack = [];
    let c = ctx;
    for (const cmd of commands) {
      switch (cmd[0]) {
        case FILL: {
          const [, x, y, w, h, rgba, radius] = cmd;
          if ((rgba & 0xff) === 0 || w <= 0 || h <= 0) break;
          c.beginPath();
          roundedRect(c, x, y, w, h, radius);
          c.fillStyle = color(rgba);
          c.fill();
          break;
        }
        case BORDER:
          drawBorder(c, cmd);
          break;
        case TEXT:
          drawText(c, cmd);
          break;
        case IMAGE:
          drawImage(c, cmd);
          break;
        case PUSH_CLIP: {
          const [, x, y, w, h, radius] = cmd;
          c.save();
          c.beginPath();
          roundedRect(c, x, y, Math.max(0, w), Math.max(0, h), radius);
          c.clip();
          stack.push({ kind: PUSH_CLIP, ctx: c });
          break;
        }
        case POP_CLIP:
          if (stack.length && stack[stack.length - 1].kind === PUSH_CLIP) stack.pop().ctx.restore();
          break;
        case PUSH_OPACITY: {
          // As CSS opacity (and cairo's groups): the subtree is drawn opaque, then composited once.
          const layer = layerAt(stack.filter(s => s.kind === PUSH_OPACITY).length);
          layer.ctx.setTransform(1, 0, 0, 1, 0, 0);
          layer.ctx.clearRect(0, 0, layer.canvas.width, layer.canvas.height);
          layer.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
          stack.push({ kind: PUSH_OPACITY, parent: c, layer, alpha: Math.max(0, Math.min(1, cmd[1])) });
          c = layer.ctx;
          break;
        }
        case POP_OPACITY:
          if (stack.length && stack[stack.length - 1].kind === PUSH_OPACITY) c = composite(stack.pop());
          break;
        case CARET: {
          const [, x, y, w, h, rgba] = cmd;
          if (w <= 0 || h <= 0) break;
          c.fillStyle = color(rgba);
          c.fillRect(x, y, w, h);
          break;
        }
      }
    }
    // A list that forgot a pop still shows what it drew.
    while (stack.length) {
      const top = stack.pop();
      if (top.kind === PUSH_CLIP) top.ctx.restore();
      else c = composite(top);
    }
  }

  function composite(group) {
    const p = group.parent;
    p.save();
    p.setTransform(1, 0, 0, 1, 0, 0);
    p.globalAlpha = group.alpha;
    p.drawImage(group.layer.canvas, 0, 0);
    p.restore();
    return p;
  }

  function layerAt(depth) {
    while (layers.length <= depth) {
      const layerCanvas = document.createElement('canvas');
      layers.push({ canvas: layerCanvas, ctx: layerCanvas.getContext('2d') });
    }
    const layer = layers[depth];
    if (layer.canvas.width !== canvas.width || layer.canvas.height !== canvas.height) {
      layer.canvas.width = canvas.width;
      layer.canvas.height = canvas.height;
    }
    return layer;
  }

  function color(rgba) {
    let css = colors.get(rgba);
    if (!css) {
      css = `rgba(${rgba >>> 24},${(rgba >>> 16) & 0xff},${(rgba >>> 8) & 0xff},${(rgba & 0xff) / 255})`;
      if (colors.size > 4096) colors.clear();
      colors.set(rgba, css);
    }
    return css;
  }

  /** The cairo backend's rounded box: circular corners, the radius at most half the smaller side. */
  function roundedRect(c, x, y, w, h, radius) {
    const r = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
    if (r <= 0) {
      c.rect(x, y, w, h);
      return;
    }
    c.moveTo(x + w - r, y);
    c.arc(x + w - r, y + r, r, -Math.PI / 2, 0);
    c.arc(x + w - r, y + h - r, r, 0, Math.PI / 2);
    c.arc(x + r, y + h - r, r, Math.PI / 2, Math.PI);
    c.arc(x + r, y + r, r, Math.PI, 3 * Math.PI / 2);
    c.closePath();
  }

  /**
   * A border inside the box, as cairo draws it: the ring between the outline and the padding box's
   * outline (each side inset by its own width, inner corners the outer radius less the two widths
   * meeting there — elliptical where they differ), filled even-odd.
   */
  function drawBorder(c, cmd) {
    const [, x, y, w, h, rgba, radius, top, right, bottom, left] = cmd;
    if ((rgba & 0xff) === 0 || Math.max(top, right, bottom, left) <= 0 || w <= 0 || h <= 0) return;
    const outer = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
    c.beginPath();
    roundedRect(c, x, y, w, h, outer);
    const iw = w - left - right, ih = h - top - bottom;
    if (iw > 0 && ih > 0) {
      if (top === right && right === bottom && bottom === left) roundedRect(c, x + left, y + top, iw, ih, Math.max(0, outer - top));
      else innerEdge(c, x + left, y + top, x + w - right, y + h - bottom, outer, top, right, bottom, left);
    }
    c.fillStyle = color(rgba);
    c.fill('evenodd');
  }

  /** The padding box's outline with CSS inner radii: one quarter ellipse per corner (a square corner where either radius is 0). */
  function innerEdge(c, x0, y0, x1, y1, r, top, right, bottom, left) {
    const corners = [
      [x1, y0, -Math.max(0, r - right), Math.max(0, r - top), -Math.PI / 2],
      [x1, y1, -Math.max(0, r - right), -Math.max(0, r - bottom), 0],
      [x0, y1, Math.max(0, r - left), -Math.max(0, r - bottom), Math.PI / 2],
      [x0, y0, Math.max(0, r - left), Math.max(0, r - top), Math.PI],
    ];
    // A sub-path of its own: without the move, the first arc would join the outer outline's end point.
    const [, , dx0, dy0] = corners[0];
    c.moveTo(dx0 !== 0 && dy0 !== 0 ? x1 + dx0 : x1, y0);
    for (const [cx, cy, dx, dy, start] of corners) {
      const rx = Math.abs(dx), ry = Math.abs(dy);
      if (rx <= 0 || ry <= 0) c.lineTo(cx, cy);
      else c.ellipse(cx + dx, cy + dy, rx, ry, 0, start, start + Math.PI / 2);
    }
    c.closePath();
  }

  function drawImage(c, cmd) {
    const [, x, y, w, h, id, fit] = cmd;
    if (id < 0 || w <= 0 || h <= 0) return;
    const entry = image(id);
    if (!entry.ok) return; // missing or undecodable: an empty box, as in cairo
    const iw = entry.img.naturalWidth, ih = entry.img.naturalHeight;
    if (iw <= 0 || ih <= 0) return;
    const contain = Math.min(w / iw, h / ih);
    let tx = x, ty = y, tw = w, th = h;
    if (fit !== 'fill') {
      const scale = fit === 'cover' ? Math.max(w / iw, h / ih) : fit === 'none' ? 1 : (fit === 'scale_down' || fit === 'scale-down') ? Math.min(1, contain) : contain;
      tw = iw * scale;
      th = ih * scale;
      tx = x + (w - tw) / 2;
      ty = y + (h - th) / 2;
    }
    c.save();
    c.beginPath();
    c.rect(x, y, w, h);
    c.clip();
    c.imageSmoothingQuality = 'high';
    c.drawImage(entry.img, tx, ty, tw, th);
    c.restore();
  }

  // ---- text ------------------------------------------------------------------------------------
  // The server laid the text out with Pango's metrics of the same font file; here it is broken into
  // lines, aligned and placed by the cairo backend's rules (TextPainter, TextPlacement).

  function drawText(c, cmd) {
    const [, x, y, w, h, text, face, generic, size, rgba, align, lineHeight, flags, decoration, letterSpacing, weight] = cmd;
    if (!text || (rgba & 0xff) === 0 || w <= 0) return;
    const wrap = (flags & 1) !== 0, ellipsis = (flags & 2) !== 0, rtl = (flags & 4) !== 0, italic = (flags & 8) !== 0;
    // The served face is already the right weight and slant; without one, the browser's own font.
    const font = face >= 0 ? `${size}px kf${face}, ${generic}` : `${italic ? 'italic ' : ''}${weight} ${size}px ${generic}`;
    c.font = font;
    c.letterSpacing = `${letterSpacing || 0}px`;
    c.direction = rtl ? 'rtl' : 'ltr';
    c.textAlign = 'left';
    c.textBaseline = 'alphabetic';
    c.fillStyle = color(rgba);
    const lineBox = Math.max(1, size) * lineHeight;
    const lines = layoutText(c, font, letterSpacing, text, w, h, wrap, ellipsis, lineBox, align === 3 && wrap);
    const { ascent, descent } = metricsOf(c, font);
    const blockHeight = lines.length * lineBox;
    const widest = lines.reduce((m, l) => Math.max(m, l.width), 0);
    // Pango aligns lines within the box when it wraps or ellipsizes; an unbounded block is placed by TextPlacement.LineStart.
    const bounded = wrap || ellipsis;
    const container = bounded ? w : widest;
    const blockX = bounded ? 0 : lineStart(w, widest, align, rtl);
    const top = wrap ? 0 : Math.max(0, (h - blockHeight) / 2);
    lines.forEach((line, i) => {
      const lx = x + blockX + lineStart(container, line.width, align, rtl);
      // Line height is exact, its leading split above and below (CSS line-height, Pango's absolute line height).
      const baseline = y + top + i * lineBox + (lineBox - (ascent + descent)) / 2 + ascent;
      if (line.words) {
        // The line's free space goes to its spaces, so it spans the box. Words of a right-to-left script run
        // from the right edge; a line of left-to-right words stays in their order (Unicode bidi, as Pango lays it out).
        const gap = line.space + (container - line.width) / (line.words.length - 1);
        const fromRight = rtl && RTL_SCRIPT.test(line.text);
        let wx = fromRight ? x + blockX + container : x + blockX;
        for (const word of line.words) {
          if (fromRight) {
            wx -= word.width;
            c.fillText(word.text, wx, baseline);
            wx -= gap;
          } else {
            c.fillText(word.text, wx, baseline);
            wx += word.width + gap;
          }
        }
        if (decoration) drawDecoration(c, decoration, x + blockX, baseline, container, size, ascent, decorations.get(face));
      } else {
        c.fillText(line.text, lx, baseline);
        if (decoration) drawDecoration(c, decoration, lx, baseline, line.width, size, ascent, decorations.get(face));
      }
    });
  }

  /** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
  const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

  function lineStart(boxWidth, lineWidth, align, rtl) {
    const free = boxWidth - lineWidth;
    if (align === 1) return free / 2; // center
    if (align === 2) return rtl ? 0 : free; // end
    return rtl ? free : 0; // start, justify
  }

  /**
   * Underline, line-through and overline where Pango puts them: the underline's top edge at the
   * font's underline position below the baseline, its thickness the font's; the line-through's top
   * edge at the font's strikeout position above the baseline; the overline at the line's ascent.
   * Without the font's metrics (a face the server has no file for), typical values.
   */
  function drawDecoration(c, decoration, x, baseline, width, size, ascent, metrics) {
    const m = metrics || { underlinePosition: -0.075, underlineThickness: 0.05, strikeoutPosition: 0.26, strikeoutSize: 0.05 };
    let top = null, thickness = m.underlineThickness * size;
    if (decoration === 'underline') top = baseline - m.underlinePosition * size;
    else if (decoration === 'overline') top = baseline - ascent;
    else if (decoration === 'line-through') {
      top = baseline - m.strikeoutPosition * size;
      thickness = m.strikeoutSize * size;
    }
    if (top !== null) c.fillRect(x, top, width, Math.max(thickness, 0.5));
  }

  /** The decoration metrics (in em) of a TrueType/OpenType file: `post` underline, `OS/2` strikeout; null when the file cannot be read. */
  function decorationMetrics(bytes) {
    try {
      const v = new DataView(bytes);
      // A collection ('ttcf'): the browser loads its first font, so read that one.
      const base = v.getUint32(0) === 0x74746366 ? v.getUint32(12) : 0;
      const tables = new Map();
      for (let i = 0, n = v.getUint16(base + 4); i < n; i++) {
        const record = base + 12 + 16 * i;
        const tag = String.fromCharCode(v.getUint8(record), v.getUint8(record + 1), v.getUint8(record + 2), v.getUint8(record + 3));
        tables.set(tag, v.getUint32(record + 8));
      }
      const head = tables.get('head'), post = tables.get('post'), os2 = tables.get('OS/2');
      if (head === undefined || post === undefined) return null;
      const em = v.getUint16(head + 18);
      if (!em) return null;
      const thickness = v.getInt16(post + 10) / em;
      return {
        underlinePosition: v.getInt16(post + 8) / em,
        underlineThickness: thickness > 0 ? thickness : 0.05,
        strikeoutSize: os2 !== undefined && v.getInt16(os2 + 26) > 0 ? v.getInt16(os2 + 26) / em : thickness,
        strikeoutPosition: os2 !== undefined ? v.getInt16(os2 + 28) / em : 0.26,
      };
    } catch {
      return null;
    }
  }

  function metricsOf(c, font) {
    let m = fontMetrics.get(font);
    if (!m) {
      const measured = c.measureText('Hg');
      m = { ascent: measured.fontBoundingBoxAscent, descent: measured.fontBoundingBoxDescent };
      fontMetrics.set(font, m);
    }
    return m;
  }

  function layoutText(c, font, letterSpacing, text, w, h, wrap, ellipsis, lineBox, justify) {
    const key = `${font}|${letterSpacing}|${w}|${h}|${wrap}|${ellipsis}|${lineBox}|${justify}|${text}`;
    let lines = textLayouts.get(key);
    if (lines) return lines;
    const measure = s => c.measureText(s).width;
    let texts = [];
    const paragraphEnds = new Set(); // indexes of lines that end a paragraph (never justified)
    for (const paragraph of text.split('\n')) {
      if (wrap) texts.push(...breakParagraph(paragraph, w, measure));
      else texts.push(paragraph);
      paragraphEnds.add(texts.length - 1);
    }
    if (ellipsis && !wrap) texts = texts.map(t => measure(t) > w + 0.01 ? ellipsize(t, w, measure) : t);
    else if (ellipsis && texts.length * lineBox > h + 0.01) {
      // Wrapped text that overflows keeps the lines that fit and ends the last one with "…".
      const fit = Math.max(1, Math.floor((h + 0.01) / lineBox));
      if (fit < texts.length) {
        const rest = texts.slice(fit - 1).join(' ');
        texts = texts.slice(0, fit - 1).concat(ellipsize(rest, w, measure));
      }
    }
    lines = texts.map((t, i) => ({ text: t, width: measure(t), words: null, space: 0, last: paragraphEnds.has(i) || i === texts.length - 1 }));
    // Justified lines (as Pango's: every wrapped line but a paragraph's last) draw word by word.
    for (const line of lines) {
      if (line.last || !justify) continue;
      const words = line.text.split(' ');
      if (words.length < 2) continue;
      line.words = words.map(word => ({ text: word, width: measure(word) }));
      line.space = measure(' ');
    }
    if (textLayouts.size > 2048) textLayouts.clear();
    textLayouts.set(key, lines);
    return lines;
  }

  /** Greedy breaking at spaces (trailing spaces hang), then inside words wider than the box (Pango's WORD_CHAR). */
  function breakParagraph(paragraph, width, measure) {
    const out = [];
    const tokens = paragraph.match(/\S+\s*|\s+/g) || [''];
    let line = '';
    const fits = s => measure(s.replace(/\s+$/, '')) <= width + 0.01;
    for (const token of tokens) {
      if (line === '' || fits(line + token)) {
        line += token;
      } else {
        out.push(line.replace(/\s+$/, ''));
        line = token;
      }
      // A word wider than the box breaks between characters.
      while (!fits(line)) {
        const chars = Array.from(line);
        let n = 1;
        while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
        if (n >= chars.length) break;
        out.push(chars.slice(0, n).join(''));
        line = chars.slice(n).join('');
      }
    }
    out.push(line.replace(/\s+$/, ''));
    return out;
  }

  function ellipsize(text, width, measure) {
    const chars = Array.from(text);
    let n = chars.length;
    while (n > 0 && measure(chars.slice(0, n).join('').replace(/\s+$/, '') + '…') > width + 0.01) n--;
    return chars.slice(0, n).join('').replace(/\s+$/, '') + '…';
  }

  // ---- input -----------------------------------------------------------------------------------

  function modifiers(e) {
    return (e.shiftKey ? 1 : 0) | (e.ctrlKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }

  function point(e) {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  canvas.addEventListener('pointermove', e => {
    const p = point(e);
    send({ t: 'move', x: p.x, y: p.y });
  });
  canvas.addEventListener('pointerdown', e => {
    e.preventDefault();
    ime.focus({ preventScroll: true });
    // Drags that leave the canvas still end here (a synthetic event has no pointer to capture).
    try { canvas.setPointerCapture(e.pointerId); } catch { /* nothing to capture */ }
    const p = point(e);
    pendingInputAt = performance.now();
    send({ t: 'down', x: p.x, y: p.y, b: Math.min(2, Math.max(0, e.button)), m: modifiers(e) });
  });
  canvas.addEventListener('pointerup', e => {
    const p = point(e);
    pendingInputAt = performance.now();
    send({ t: 'up', x: p.x, y: p.y, b: Math.min(2, Math.max(0, e.button)) });
  });
  canvas.addEventListener('pointerleave', () => send({ t: 'leave' }));
  canvas.addEventListener('contextmenu', e => e.preventDefault());
  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? WHEEL_LINE_PX : e.deltaMode === 2 ? viewportHeight() : 1;
    const p = point(e);
    send({ t: 'wheel', x: p.x, y: p.y, dx: e.deltaX * unit, dy: e.deltaY * unit });
  }, { passive: false });

  ime.addEventListener('keydown', e => {
    if (e.isComposing || e.keyCode === 229 || e.key === 'Dead' || e.key === 'Process' || e.key === 'Unidentified') return;
    // Ctrl/Cmd+V: the browser's paste event brings the system clipboard's text.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'v') return;
    pendingInputAt = performance.now();
    send({ t: 'keydown', key: e.key, m: modifiers(e), r: e.repeat });
    // Keys that type text go on to the field's input event; the rest (Tab, arrows, shortcuts) are the app's alone.
    const types = e.key.length === 1 || Array.from(e.key).length === 1;
    if (!types || e.ctrlKey || e.metaKey) e.preventDefault();
  });
  ime.addEventListener('keyup', e => {
    if (e.isComposing || e.keyCode === 229 || e.key === 'Dead' || e.key === 'Process' || e.key === 'Unidentified') return;
    send({ t: 'keyup', key: e.key, m: modifiers(e) });
  });
  ime.addEventListener('input', e => {
    if (e.isComposing) {
      // The composition so far, shown in the app's Input (underlined) until compositionend brings the result.
      // The field is emptied after every commit, so the composition ends the field's value; the IME's cursor is the field's.
      const text = e.data || '';
      const start = Math.max(0, ime.value.length - text.length);
      const cursor = Math.min(text.length, Math.max(0, (ime.selectionEnd ?? ime.value.length) - start));
      send({ t: 'compose', text, c: cursor });
      return;
    }
    if (e.inputType === 'insertText' && e.data) send({ t: 'text', text: e.data });
    ime.value = '';
  });
  ime.addEventListener('compositionend', e => {
    // The committed text ends the composition in the app; a cancelled one (no text) is ended explicitly.
    if (e.data) send({ t: 'text', text: e.data });
    else send({ t: 'compose', text: '', c: 0 });
    ime.value = '';
  });
  ime.addEventListener('paste', e => {
    e.preventDefault();
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) send({ t: 'paste', text });
  });

  function placeImeField(target) {
    if (target.x === undefined) {
      Object.assign(ime.style, { left: '0px', top: '0px', width: '1px', height: '1px' });
      return;
    }
    Object.assign(ime.style, { left: `${target.x}px`, top: `${target.y}px`, width: `${Math.max(1, target.w)}px`, height: `${Math.max(1, target.h)}px` });
  }

  window.addEventListener('focus', () => ime.focus({ preventScroll: true }));
  window.addEventListener('blur', () => send({ t: 'blur' }));
  window.addEventListener('pagehide', () => send({ t: 'bye' }));

  let resizeQueued = false;
  function onResize() {
    if (resizeQueued) return;
    resizeQueued = true;
    requestAnimationFrame(() => {
      resizeQueued = false;
      draw(); // the last frame at the new size until the new layout arrives
      send({ t: 'resize', w: viewportWidth(), h: viewportHeight() });
    });
  }
  window.addEventListener('resize', onResize);
  // The device pixel ratio changes when the window moves to another screen or the page is zoomed.
  function watchPixelRatio() {
    matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`).addEventListener('change', () => {
      draw();
      watchPixelRatio();
    }, { once: true });
  }
  watchPixelRatio();

  fitCanvas();
  ime.focus({ preventScroll: true });
  connect();
})();
