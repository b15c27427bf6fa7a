// A terminal in the page, for a program that reads stdin (driver/terminal.rs
// decides). It is small and our own: a grid of cells drawn as rows of text in
// the page's output element (the default shell's #output, a --shell-file
// page's #terminal or #output, or a <pre> it adds), so that plain output
// looks as the output box does, and escapes (colours, cursor addressing,
// erasing, the alternate screen, scrolling) land in cells as in xterm.
//
// Keys go through a line discipline that follows the attributes tcsetattr()
// sets (libc-shims/terminal.c tells the runtime): in canonical mode a line
// is edited (echo, Backspace, ^U) and delivered on Enter, ^D ends input;
// without ICANON each key is delivered at once, arrows and function keys as
// xterm's escape sequences. ^C raises SIGINT in the program, a resize SIGWINCH.
//
// A read with nothing to read sleeps through Asyncify (the driver links
// such programs with it) until a key arrives, so the page keeps running.

//! terminal needs: asyncify, isNode, mem, ExitStatus, wasmState
const terminal = {
  active: !isNode && typeof document == 'object',
  el: null,
  cols: 80,
  rows: 24,
  cellW: 8,
  cellH: 16,
  ended: false,
  // The termios fields the discipline and the output follow (Linux's cooked defaults).
  iflag: 0o400,
  oflag: 0o5,
  lflag: 0o105073,
  cc: [3, 0o34, 0o177, 0o25, 4, 0, 1, 0, 0o21, 0o23, 0o32],
  // Input: the line being edited, and what reads can take (lines, or raw bytes).
  line: [],
  chunks: [],
  eof: false,
  waiter: null,
  pending: [],
  // Output: the parser's state, the screens and the pen.
  state: 0,
  params: '',
  osc: '',
  decoders: [null, new TextDecoder(), new TextDecoder()],
  queued: false,

  open() {
    if (this.el || !this.active) return;
    const find = (id) => document.getElementById(id);
    let el = (typeof Module == 'object' && Module.terminalElement) || find('terminal') || find('output');
    if (!el) {
      el = document.createElement('pre');
      document.body.append(el);
    }
    this.el = el;
    el.textContent = '';
    el.classList.add('wasmcc-terminal');
    el.tabIndex = 0;
    const style = document.createElement('style');
    style.textContent =
      '.wasmcc-terminal{white-space:pre;overflow:auto;outline:none;cursor:text}' +
      '.wasmcc-terminal>div>div{white-space:pre;min-height:1lh}' +
      // Backgrounds fill the whole line's height, so blocks of colour join up.
      '.wasmcc-terminal>div>div>span{display:inline-block;height:1lh;vertical-align:top}';
    document.head.append(style);
    this.history = document.createElement('div');
    this.screenEl = document.createElement('div');
    el.append(this.history, this.screenEl);
    const cs = getComputedStyle(el);
    this.fgDefault = cs.color;
    this.bgDefault = cs.backgroundColor;
    this.measure();
    this.normal = this.blankScreen();
    this.alt = this.blankScreen();
    this.reset();
    el.addEventListener('keydown', (e) => this.onKey(e));
    el.addEventListener('paste', (e) => {
      if (this.ended) return;
      e.preventDefault();
      this.type(e.clipboardData.getData('text'));
    });
    addEventListener('resize', () => this.resize());
    el.focus({ preventScroll: true });
    if (typeof Module == 'object') Module.terminal = this;
    // wasmrun --stdin FILE: the file is typed, then input ends.
    const typed = globalThis.wasmccStdin;
    if (typed instanceof Uint8Array) {
      for (const b of typed) this.discipline(b);
      this.endInput();
    }
  },

  /** Columns and rows that fit the element (its maximum height, else 70% of the window). */
  measure() {
    // A row's height is the line height (a block), a cell's width a character's (inline).
    const row = document.createElement('div');
    const probe = document.createElement('span');
    probe.textContent = 'MMMMMMMMMM';
    row.append(probe);
    this.el.append(row);
    const width = probe.getBoundingClientRect().width;
    const height = row.getBoundingClientRect().height;
    row.remove();
    if (width > 0) this.cellW = width / 10;
    if (height > 0) this.cellH = height;
    const cs = getComputedStyle(this.el);
    const padX = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) || 0;
    const padY = parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) || 0;
    const room = this.el.clientWidth - padX;
    const tall = (parseFloat(cs.maxHeight) || this.el.clientHeight || innerHeight * 0.7) - padY;
    this.cols = room > 0 ? Math.max(20, Math.min(400, Math.floor(room / this.cellW))) : 80;
    this.rows = tall > 0 ? Math.max(5, Math.min(200, Math.floor(tall / this.cellH))) : 24;
  },

  resize() {
    if (!this.el) return;
    const [cols, rows] = [this.cols, this.rows];
    this.measure();
    if (cols === this.cols && rows === this.rows) return;
    for (const s of [this.normal, this.alt]) {
      while (s.lines.length > this.rows) {
        const gone = s.lines.shift();
        if (s === this.normal) this.toHistory(gone);
      }
      while (s.lines.length < this.rows) s.lines.push(this.blankLine());
      for (const line of s.lines) {
        line.length = Math.min(line.length, this.cols);
        while (line.length < this.cols) line.push(this.blank());
      }
    }
    this.top = 0;
    this.bottom = this.rows - 1;
    this.cy = Math.min(this.cy, this.rows - 1);
    this.cx = Math.min(this.cx, this.cols - 1);
    this.draw();
    this.signal(28); // SIGWINCH
  },

  blank() {
    return { c: ' ', fg: -1, bg: this.pen ? this.pen.bg : -1, f: 0 };
  },
  blankLine() {
    return Array.from({ length: this.cols }, () => this.blank());
  },
  blankScreen() {
    const saved = { cx: 0, cy: 0, pen: { fg: -1, bg: -1, f: 0 } };
    return { lines: Array.from({ length: this.rows }, () => this.blankLine()), saved };
  },
  reset() {
    this.screen = this.normal;
    this.cx = this.cy = 0;
    this.pen = { fg: -1, bg: -1, f: 0 };
    this.top = 0;
    this.bottom = this.rows - 1;
    this.wrapPending = false;
    this.autowrap = true;
    this.appCursor = false;
    this.cursorVisible = true;
  },

  // ---- output ----

  /** Bytes the program wrote to stdout (1) or stderr (2), whose plain text shows in red. */
  write(fd, bytes) {
    this.open();
    if (!this.el) return;
    this.feed(this.decoders[fd].decode(bytes, { stream: true }), fd === 2);
  },

  feed(text, err) {
    for (const ch of text) {
      const code = ch.codePointAt(0);
      switch (this.state) {
        case 0: // ground
          if (code === 0x1b) this.state = 1;
          else if (code < 0x20 || code === 0x7f) this.control(code);
          else this.print(ch, err);
          break;
        case 1: // after ESC
          this.escape(ch);
          break;
        case 2: // CSI: parameters, intermediates, final byte
          if (code >= 0x20 && code <= 0x3f) this.params += ch;
          else if (code >= 0x40 && code <= 0x7e) {
            this.state = 0;
            this.csi(ch);
          } else if (code === 0x1b) this.state = 1;
          else if (code < 0x20) this.control(code);
          else this.state = 0;
          break;
        case 3: // OSC, until BEL or ESC \
          if (code === 7 || code === 0x1b) {
            this.state = code === 7 ? 0 : 4;
            const m = /^[02];(.*)$/s.exec(this.osc);
            if (m) document.title = m[1];
          } else this.osc += ch;
          break;
        default: // the byte after ESC ( or ESC \
          this.state = 0;
      }
    }
    this.schedule();
  },

  print(ch, err) {
    if (this.wrapPending) {
      this.cx = 0;
      this.lineFeed();
    }
    const p = this.pen;
    const f = p.f | (err && p.fg === -1 && p.bg === -1 ? 256 : 0);
    this.screen.lines[this.cy][this.cx] = { c: ch, fg: p.fg, bg: p.bg, f };
    if (this.cx === this.cols - 1) this.wrapPending = this.autowrap;
    else this.cx++;
  },

  control(code) {
    this.wrapPending = false;
    if (code === 8) this.cx = Math.max(0, this.cx - 1);
    else if (code === 9) this.cx = Math.min(this.cols - 1, (Math.floor(this.cx / 8) + 1) * 8);
    else if (code >= 10 && code <= 12) {
      // OPOST and ONLCR: a newline returns the carriage too.
      if ((this.oflag & 5) === 5) this.cx = 0;
      this.lineFeed();
    } else if (code === 13) this.cx = 0;
  },

  lineFeed() {
    this.wrapPending = false;
    if (this.cy === this.bottom) this.scrollUp(1);
    else if (this.cy < this.rows - 1) this.cy++;
  },

  scrollUp(n) {
    const lines = this.screen.lines;
    for (let i = 0; i < n; i++) {
      const [gone] = lines.splice(this.top, 1);
      lines.splice(this.bottom, 0, this.blankLine());
      if (this.screen === this.normal && this.top === 0) this.toHistory(gone);
    }
  },

  scrollDown(n) {
    const lines = this.screen.lines;
    for (let i = 0; i < n; i++) {
      lines.splice(this.bottom, 1);
      lines.splice(this.top, 0, this.blankLine());
    }
  },

  /** A line that scrolled off the normal screen joins the history above it. */
  toHistory(line) {
    if (!this.history) return;
    const row = document.createElement('div');
    row.innerHTML = this.lineHtml(line, -1);
    this.history.append(row);
    if (this.history.childElementCount > 5000) this.history.firstElementChild.remove();
  },

  escape(ch) {
    this.state = 0;
    switch (ch) {
      case '[':
        this.state = 2;
        this.params = '';
        break;
      case ']':
        this.state = 3;
        this.osc = '';
        break;
      case '(':
      case ')':
      case '*':
      case '+':
        this.state = 5;
        break;
      case '7':
        this.save();
        break;
      case '8':
        this.restore();
        break;
      case 'D':
        this.lineFeed();
        break;
      case 'E':
        this.cx = 0;
        this.lineFeed();
        break;
      case 'M':
        this.wrapPending = false;
        if (this.cy === this.top) this.scrollDown(1);
        else if (this.cy > 0) this.cy--;
        break;
      case 'c':
        this.normal = this.blankScreen();
        this.alt = this.blankScreen();
        this.reset();
        if (this.history) this.history.textContent = '';
        break;
    }
  },

  save() {
    this.screen.saved = { cx: this.cx, cy: this.cy, pen: { ...this.pen } };
  },
  restore() {
    const s = this.screen.saved;
    this.cx = Math.min(s.cx, this.cols - 1);
    this.cy = Math.min(s.cy, this.rows - 1);
    this.pen = { ...s.pen };
    this.wrapPending = false;
  },

  /** Erases cells [from, to) of row y with the pen's background, as xterm does. */
  erase(y, from, to) {
    const line = this.screen.lines[y];
    for (let x = Math.max(0, from); x < Math.min(to, this.cols); x++) line[x] = this.blank();
  },

  csi(final) {
    let text = this.params;
    const mark = /^[?>=<]/.test(text) ? text[0] : '';
    if (mark) text = text.slice(1);
    const p = text.replace(/:/g, ';').split(';').map((x) => parseInt(x, 10));
    const n = (i, d = 1) => (p[i] > 0 ? p[i] : d);
    const clampX = (x) => Math.max(0, Math.min(this.cols - 1, x));
    const clampY = (y) => Math.max(0, Math.min(this.rows - 1, y));
    const lines = this.screen.lines;
    if (final !== 'm') this.wrapPending = false;
    if (mark === '?') {
      if (final === 'h' || final === 'l') for (const mode of p) this.mode(mode, final === 'h');
      return;
    }
    if (mark) return;
    switch (final) {
      case 'A':
        this.cy = clampY(this.cy - n(0));
        break;
      case 'B':
      case 'e':
        this.cy = clampY(this.cy + n(0));
        break;
      case 'C':
      case 'a':
        this.cx = clampX(this.cx + n(0));
        break;
      case 'D':
        this.cx = clampX(this.cx - n(0));
        break;
      case 'E':
        this.cy = clampY(this.cy + n(0));
        this.cx = 0;
        break;
      case 'F':
        this.cy = clampY(this.cy - n(0));
        this.cx = 0;
        break;
      case 'G':
      case '`':
        this.cx = clampX(n(0) - 1);
        break;
      case 'd':
        this.cy = clampY(n(0) - 1);
        break;
      case 'H':
      case 'f':
        this.cy = clampY(n(0) - 1);
        this.cx = clampX(n(1) - 1);
        break;
      case 'J': {
        const how = p[0] || 0;
        if (how === 0) {
          this.erase(this.cy, this.cx, this.cols);
          for (let y = this.cy + 1; y < this.rows; y++) this.erase(y, 0, this.cols);
        } else if (how === 1) {
          for (let y = 0; y < this.cy; y++) this.erase(y, 0, this.cols);
          this.erase(this.cy, 0, this.cx + 1);
        } else {
          for (let y = 0; y < this.rows; y++) this.erase(y, 0, this.cols);
          if (how === 3 && this.history) this.history.textContent = '';
        }
        break;
      }
      case 'K': {
        const how = p[0] || 0;
        if (how === 0) this.erase(this.cy, this.cx, this.cols);
        else if (how === 1) this.erase(this.cy, 0, this.cx + 1);
        else this.erase(this.cy, 0, this.cols);
        break;
      }
      case 'X':
        this.erase(this.cy, this.cx, this.cx + n(0));
        break;
      case '@': {
        const line = lines[this.cy];
        for (let i = 0; i < n(0); i++) {
          line.splice(this.cx, 0, this.blank());
          line.pop();
        }
        break;
      }
      case 'P': {
        const line = lines[this.cy];
        for (let i = 0; i < n(0); i++) {
          line.splice(this.cx, 1);
          line.push(this.blank());
        }
        break;
      }
      case 'L':
      case 'M':
        if (this.cy >= this.top && this.cy <= this.bottom) {
          const top = this.top;
          this.top = this.cy;
          if (final === 'L') this.scrollDown(n(0));
          else this.scrollLines(n(0));
          this.top = top;
          this.cx = 0;
        }
        break;
      case 'S':
        this.scrollUp(n(0));
        break;
      case 'T':
        this.scrollDown(n(0));
        break;
      case 'r':
        this.top = clampY(n(0) - 1);
        this.bottom = clampY(n(1, this.rows) - 1);
        if (this.bottom <= this.top) {
          this.top = 0;
          this.bottom = this.rows - 1;
        }
        this.cx = this.cy = 0;
        break;
      case 's':
        this.save();
        break;
      case 'u':
        this.restore();
        break;
      case 'm':
        this.sgr(p);
        break;
      case 'n':
        // Device status: the cursor's position, as a terminal answers on its input.
        if (p[0] === 6) this.reply(`\x1b[${this.cy + 1};${this.cx + 1}R`);
        else if (p[0] === 5) this.reply('\x1b[0n');
        break;
      case 'c':
        this.reply('\x1b[?1;2c');
        break;
      case 't':
        if (p[0] === 18) this.reply(`\x1b[8;${this.rows};${this.cols}t`);
        break;
    }
  },

  /** Deleting lines: the lines below the cursor move up within the scrolling region. */
  scrollLines(count) {
    const lines = this.screen.lines;
    for (let i = 0; i < count; i++) {
      lines.splice(this.top, 1);
      lines.splice(this.bottom, 0, this.blankLine());
    }
  },

  mode(mode, on) {
    if (mode === 1) this.appCursor = on;
    else if (mode === 7) this.autowrap = on;
    else if (mode === 25) this.cursorVisible = on;
    else if (mode === 47 || mode === 1047 || mode === 1049) {
      if (on === (this.screen === this.alt)) return;
      if (mode === 1049 && on) this.save();
      this.screen = on ? this.alt : this.normal;
      if (on) for (let y = 0; y < this.rows; y++) this.erase(y, 0, this.cols);
      if (mode === 1049 && !on) this.restore();
    }
  },

  sgr(p) {
    const pen = this.pen;
    for (let i = 0; i < p.length; i++) {
      const v = Number.isNaN(p[i]) ? 0 : p[i];
      const flags = { 1: 1, 2: 2, 3: 4, 4: 8, 7: 16, 8: 32, 9: 64 };
      if (v === 0) Object.assign(pen, { fg: -1, bg: -1, f: 0 });
      else if (flags[v]) pen.f |= flags[v];
      else if (v === 21 || v === 22) pen.f &= ~3;
      else if (v >= 23 && v <= 29 && flags[v - 20]) pen.f &= ~flags[v - 20];
      else if (v >= 30 && v <= 37) pen.fg = v - 30;
      else if (v >= 40 && v <= 47) pen.bg = v - 40;
      else if (v >= 90 && v <= 97) pen.fg = v - 90 + 8;
      else if (v >= 100 && v <= 107) pen.bg = v - 100 + 8;
      else if (v === 39) pen.fg = -1;
      else if (v === 49) pen.bg = -1;
      else if (v === 38 || v === 48) {
        let colour = null;
        if (p[i + 1] === 5) {
          colour = p[i + 2] & 255;
          i += 2;
        } else if (p[i + 1] === 2) {
          colour = 0x1000000 | ((p[i + 2] & 255) << 16) | ((p[i + 3] & 255) << 8) | (p[i + 4] & 255);
          i += 4;
        }
        if (colour !== null) pen[v === 38 ? 'fg' : 'bg'] = colour;
      }
    }
  },

  // ---- drawing ----

  /** The CSS colour of a cell colour: xterm's 256-colour palette, or 24-bit. */
  css(v) {
    if (v >= 0x1000000) return '#' + (v & 0xffffff).toString(16).padStart(6, '0');
    const base = [
      '#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5',
      '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff',
    ];
    if (v < 16) return base[v];
    if (v < 232) {
      const level = (c) => (c ? 55 + c * 40 : 0);
      const i = v - 16;
      return `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`;
    }
    const g = 8 + (v - 232) * 10;
    return `rgb(${g},${g},${g})`;
  },

  cellStyle(cell, isCursor) {
    let fg = cell.fg === -1 ? (cell.f & 256 ? '#ff8a80' : null) : this.css(cell.f & 1 && cell.fg < 8 ? cell.fg + 8 : cell.fg);
    let bg = cell.bg === -1 ? null : this.css(cell.bg);
    if (!!(cell.f & 16) !== isCursor) {
      [fg, bg] = [bg || this.bgDefault, fg || this.fgDefault];
    }
    let s = '';
    if (fg) s += `color:${fg};`;
    if (bg) s += `background:${bg};`;
    if (cell.f & 1) s += 'font-weight:bold;';
    if (cell.f & 2) s += 'opacity:.7;';
    if (cell.f & 4) s += 'font-style:italic;';
    if (cell.f & 8 || cell.f & 64) s += `text-decoration:${cell.f & 8 ? 'underline ' : ''}${cell.f & 64 ? 'line-through' : ''};`;
    if (cell.f & 32) s += 'visibility:hidden;';
    return s;
  },

  /** One row as HTML: runs of cells that look alike, trailing blanks left out. */
  lineHtml(line, cursorX) {
    let end = line.length;
    while (end > 0 && end - 1 !== cursorX && line[end - 1].c === ' ' && line[end - 1].bg === -1 && !(line[end - 1].f & 16)) end--;
    let html = '';
    let run = '';
    let style = null;
    const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const flush = () => {
      if (run) html += style ? `<span style="${style}">${escape(run)}</span>` : escape(run);
      run = '';
    };
    for (let x = 0; x < end; x++) {
      const s = this.cellStyle(line[x], x === cursorX);
      if (s !== style) {
        flush();
        style = s;
      }
      run += line[x].c;
    }
    flush();
    return html;
  },

  schedule() {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => this.draw());
  },

  /** Draws the screen: on the normal screen, the rows down to the last written or the cursor's. */
  draw() {
    this.queued = false;
    if (!this.el) return;
    const lines = this.screen.lines;
    let last = this.rows - 1;
    if (this.screen === this.normal) {
      while (last > this.cy && this.lineHtml(lines[last], -1) === '') last--;
    }
    const showCursor = this.cursorVisible && !this.ended;
    let html = '';
    for (let y = 0; y <= last; y++) {
      html += `<div>${this.lineHtml(lines[y], showCursor && y === this.cy ? this.cx : -1)}</div>`;
    }
    this.screenEl.innerHTML = html;
    this.el.scrollTop = this.el.scrollHeight;
  },

  // ---- queries (tests, and pages that look at the screen) ----

  /** The text of row y of the screen shown now. */
  text(y) {
    return this.screen.lines[y].map((cell) => cell.c).join('').replace(/ +$/, '');
  },
  /** Cell (y, x): its character, colours (-1 default, 0-255, or '#rrggbb') and attributes. */
  cell(y, x) {
    const c = this.screen.lines[y][x];
    const colour = (v) => (v >= 0x1000000 ? this.css(v) : v);
    return {
      ch: c.c,
      fg: colour(c.fg),
      bg: colour(c.bg),
      bold: !!(c.f & 1),
      underline: !!(c.f & 8),
      inverse: !!(c.f & 16),
    };
  },
  cursor() {
    return { row: this.cy, col: this.cx };
  },

  // ---- input ----

  onKey(e) {
    if (this.ended || e.isComposing) return;
    const seq = this.keySequence(e);
    if (seq === null) return;
    e.preventDefault();
    this.type(seq);
  },

  /** What xterm sends for a key, or null for keys the browser keeps. */
  keySequence(e) {
    const k = e.key;
    const mods = 1 + (e.shiftKey ? 1 : 0) + (e.altKey ? 2 : 0) + (e.ctrlKey ? 4 : 0);
    const letters = { ArrowUp: 'A', ArrowDown: 'B', ArrowRight: 'C', ArrowLeft: 'D', Home: 'H', End: 'F' };
    const ss3 = { F1: 'P', F2: 'Q', F3: 'R', F4: 'S' };
    const tilde = { Insert: 2, Delete: 3, PageUp: 5, PageDown: 6, F5: 15, F6: 17, F7: 18, F8: 19, F9: 20, F10: 21, F11: 23, F12: 24 };
    if (k in letters || k in ss3) {
      const letter = letters[k] || ss3[k];
      if (mods > 1) return `\x1b[1;${mods}${letter}`;
      return (this.appCursor && k in letters) || k in ss3 ? `\x1bO${letter}` : `\x1b[${letter}`;
    }
    if (k in tilde) return mods > 1 ? `\x1b[${tilde[k]};${mods}~` : `\x1b[${tilde[k]}~`;
    switch (k) {
      case 'Enter':
        return '\r';
      case 'Backspace':
        return e.ctrlKey ? '\b' : '\x7f';
      case 'Tab':
        return e.shiftKey ? '\x1b[Z' : '\t';
      case 'Escape':
        return '\x1b';
    }
    if ([...k].length !== 1 || e.metaKey) return null;
    if (e.ctrlKey && !e.altKey) {
      if (k === 'v' || k === 'V') return null; // the browser pastes
      if (k === ' ' || k === '@' || k === '2') return '\0';
      if (k === '?') return '\x7f';
      const c = k.toUpperCase().charCodeAt(0);
      return c >= 64 && c <= 95 ? String.fromCharCode(c - 64) : null;
    }
    return (e.altKey ? '\x1b' : '') + k;
  },

  /** Text typed (or pasted, or answered by the terminal) goes through the discipline. */
  type(text) {
    for (const b of new TextEncoder().encode(text)) this.discipline(b);
    this.schedule();
  },

  reply(text) {
    for (const b of new TextEncoder().encode(text)) this.take1(b);
  },

  echo(bytes) {
    this.feed(new TextDecoder().decode(new Uint8Array(bytes)), false);
  },

  /** A control character echoed as ^X (ECHOCTL), others as themselves. */
  echoByte(b) {
    if (!(this.lflag & 8)) return;
    if ((b < 32 && b !== 9 && b !== 10) || b === 127) {
      if (this.lflag & 0o1000) this.echo([94, b === 127 ? 63 : b + 64]);
    } else this.echo([b]);
  },

  discipline(b) {
    const [ISIG, ICANON, ECHO, ECHOE, ECHOK, ECHONL] = [1, 2, 8, 16, 32, 64];
    const cc = this.cc;
    if (b === 13) {
      if (this.iflag & 0o200) return; // IGNCR
      if (this.iflag & 0o400) b = 10; // ICRNL
    } else if (b === 10 && this.iflag & 0o100) b = 13; // INLCR
    if (this.lflag & ISIG && (b === cc[0] || b === cc[1])) {
      this.line = [];
      this.echoByte(b);
      this.signal(b === cc[0] ? 2 : 3);
      return;
    }
    if (!(this.lflag & ICANON)) {
      this.take1(b);
      this.echoByte(b);
      return;
    }
    if (b === cc[2] || b === 8) {
      // Erase one character (its UTF-8 continuation bytes with it).
      if (!this.line.length) return;
      while (this.line.length && (this.line[this.line.length - 1] & 0xc0) === 0x80) this.line.pop();
      const gone = this.line.pop();
      if (this.lflag & ECHO && this.lflag & ECHOE) this.echo(gone < 32 ? [8, 8, 32, 32, 8, 8] : [8, 32, 8]);
    } else if (b === cc[3]) {
      while (this.line.length) {
        const gone = this.line.pop();
        if ((gone & 0xc0) === 0x80) continue;
        if (this.lflag & ECHO && this.lflag & (ECHOE | ECHOK)) this.echo([8, 32, 8]);
      }
    } else if (b === cc[4]) {
      this.deliver(this.line);
      this.line = [];
    } else if (b === 10) {
      this.line.push(10);
      this.deliver(this.line);
      this.line = [];
      if (this.lflag & (ECHO | ECHONL)) this.echo([10]);
    } else {
      this.line.push(b);
      this.echoByte(b);
    }
  },

  /** A line (canonical mode; empty: end of input) becomes readable. */
  deliver(bytes) {
    this.chunks.push({ bytes, off: 0, line: true });
    this.wake();
  },

  /** A byte (non-canonical mode) becomes readable. */
  take1(b) {
    const last = this.chunks[this.chunks.length - 1];
    if (last && !last.line) last.bytes.push(b);
    else this.chunks.push({ bytes: [b], off: 0, line: false });
    this.wake();
  },

  endInput() {
    if (this.line.length) this.deliver(this.line);
    this.line = [];
    this.eof = true;
    this.wake();
  },

  wake() {
    if (this.waiter) this.waiter();
  },

  readable() {
    return this.chunks.length > 0 || this.eof;
  },

  /** Bytes for one read: at most one line in canonical mode; 0 at the end of input. */
  takeBytes(buf) {
    let n = 0;
    while (n < buf.length && this.chunks.length) {
      const chunk = this.chunks[0];
      if (chunk.bytes.length === chunk.off) {
        if (n === 0) this.chunks.shift();
        break;
      }
      const k = Math.min(buf.length - n, chunk.bytes.length - chunk.off);
      buf.set(chunk.bytes.slice(chunk.off, chunk.off + k), n);
      n += k;
      chunk.off += k;
      if (chunk.off === chunk.bytes.length) this.chunks.shift();
      if (chunk.line) break;
    }
    return n;
  },

  /**
   * A read of stdin into `buf`. With nothing to read it sleeps (Asyncify)
   * until input, a signal, or VTIME's timeout, and is called again on the
   * rewind. Only the read's first buffer may wait (`mayWait`).
   */
  read(buf, mayWait) {
    this.open();
    let rewound = false;
    if (asyncify.state === asyncify.REWINDING) {
      asyncify.handleSleep();
      rewound = true;
    }
    this.deliverSignals();
    if (this.chunks.length) return this.takeBytes(buf);
    if (this.eof || !mayWait) return 0;
    const canonical = this.lflag & 2;
    const [vtime, vmin] = [this.cc[5], this.cc[6]];
    if (!canonical && vmin === 0 && (vtime === 0 || rewound)) return 0;
    this.sleep(!canonical && vmin === 0 ? vtime * 100 : null);
    return 0;
  },

  /** Sleeps until input or a signal arrives, or `ms` have passed (null: no limit). */
  sleep(ms) {
    this.schedule();
    asyncify.handleSleep((wake) => {
      let timer;
      const done = () => {
        clearTimeout(timer);
        this.waiter = null;
        wake(0);
      };
      this.waiter = done;
      if (ms !== null) timer = setTimeout(done, ms);
    });
  },

  /** A signal from the keyboard or a resize: raised now if the program is idle, else when it wakes. */
  signal(sig) {
    if (this.ended) return;
    this.pending.push(sig);
    if (asyncify.sleeping) this.wake();
    else if (asyncify.depth === 0) runGuarded(() => this.deliverSignals());
  },

  /** Raises the pending signals in the program: its handler, or the default action. */
  deliverSignals() {
    while (this.pending.length) {
      const sig = this.pending.shift();
      if (wasmExports.raise) wasmExports.raise(sig);
      else if (sig !== 28) throw new ExitStatus(128 + sig); // SIGWINCH is ignored by default
    }
  },

  /** tcsetattr(): the attributes at `ptr` (a struct termios). */
  setAttrs(ptr) {
    const v = dv();
    const lflag = v.getUint32(ptr + 12, true);
    // Leaving canonical mode: the line being edited becomes readable as it is.
    if (this.lflag & 2 && !(lflag & 2) && this.line.length) {
      for (const b of this.line) this.take1(b);
      this.line = [];
    }
    this.iflag = v.getUint32(ptr, true);
    this.oflag = v.getUint32(ptr + 4, true);
    this.lflag = lflag;
    this.cc = Array.from(u8().subarray(ptr + 17, ptr + 17 + 11));
  },

  /** The program has ended: no more input; the cursor goes. */
  end() {
    this.ended = true;
    this.waiter = null;
    if (this.el) this.draw();
  },
};
if (terminal.active) {
  if (document.readyState == 'loading') addEventListener('DOMContentLoaded', () => terminal.open());
  else terminal.open();
}

//! env.__wasmcc_terminal_attrs
/** tcsetattr() changed the attributes: a page's terminal follows them. */
function __wasmcc_terminal_attrs(ptr) {
  if (typeof terminal == 'object' && terminal.active) terminal.setAttrs(ptr);
}

//! env.__wasmcc_terminal_size needs: isNode, mem
/** TIOCGWINSZ: the page's terminal's rows and columns, Node's TTY's, or 24x80; 0 or an errno. */
function __wasmcc_terminal_size(ptr) {
  let rows = 24;
  let cols = 80;
  let width = 0;
  let height = 0;
  if (typeof terminal == 'object' && terminal.active) {
    terminal.open();
    [rows, cols] = [terminal.rows, terminal.cols];
    [width, height] = [Math.round(cols * terminal.cellW), Math.round(rows * terminal.cellH)];
  } else if (isNode) {
    const out = process.stdout;
    if (!out.isTTY) return 59; // ENOTTY
    [rows, cols] = [out.rows, out.columns];
  }
  const v = dv();
  v.setUint16(ptr, rows, true);
  v.setUint16(ptr + 2, cols, true);
  v.setUint16(ptr + 4, width, true);
  v.setUint16(ptr + 6, height, true);
  return 0;
}
