// Space, tab, line break, and , ; : ( ) " “ ”: what may stand before a word.
export const isWordGap = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x201c || c === 0x201d;

const stickyCache = new WeakMap<RegExp, RegExp>();

/**
 * Whether `pattern` (which ends in `$`) matches a stretch ending at `end` and starting at a word
 * start within the `window` characters before it. The engine then tries a handful of positions,
 * not every one: the difference is large for the long word alternations of a grammar.
 */
export function endsWith(pattern: RegExp, text: string, end: number, window: number): boolean {
  return endingStart(pattern, text, end, window) >= 0;
}

/** Where the stretch `endsWith` finds starts in `text` (the earliest such start), or -1. */
export function endingStart(pattern: RegExp, text: string, end: number, window: number): number {
  let sticky = stickyCache.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    stickyCache.set(pattern, sticky);
  }
  const from = Math.max(0, end - window);
  const slice = text.slice(from, end);
  for (let i = 0; i < slice.length; i++) {
    if (i > 0 && !isWordGap(slice.charCodeAt(i - 1))) continue;
    sticky.lastIndex = i;
    if (sticky.test(slice)) return from + i;
  }
  return -1;
}

const atCache = new WeakMap<RegExp, RegExp>();

/**
 * `pattern` (written anchored with a leading `^`) matched right at `pos` of `text`, without
 * slicing a window out of the text first: the figures of a report are many, and each slice is an
 * allocation the collector pays for.
 */
export function matchAt(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  let sticky = atCache.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source.replace(/^\^/, ""), `${pattern.flags.replace(/[gy]/g, "")}y`);
    atCache.set(pattern, sticky);
  }
  sticky.lastIndex = pos;
  return sticky.exec(text);
}

/**
 * Every match of a global `pattern` in `text`, from its start, as `text.matchAll(pattern)` gives
 * them. matchAll copies the pattern on every call (a new object, a look-up of its compiled code),
 * which cost some 2% of extract's time where a stage calls it per sentence. All the matches are
 * taken before any is used, so a caller may run the same pattern again while it walks them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a whole surrogate pair in a unicode pattern), as matchAll does.
    if (m[0] === "") pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return found;
}
