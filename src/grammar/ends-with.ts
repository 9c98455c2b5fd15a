// Space, tab, line break, and , ; : ( ) " “ ”: what may stand before a word.
export const isWordGap = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x201c || c === 0x201d;

// The same characters as a class, for a lookbehind.
const WORD_GAP = '[ \\t\\n,;:()"\\u201c\\u201d]';

const suffixCache = new WeakMap<RegExp, RegExp>();

/**
 * Whether `pattern` (which ends in `$`) matches a stretch ending at `end` and starting at a word
 * start within the `window` characters before it.
 */
export function endsWith(pattern: RegExp, text: string, end: number, window: number): boolean {
  return endingStart(pattern, text, end, window) >= 0;
}

/**
 * Where the stretch `endsWith` finds starts in `text` (the earliest such start), or -1. One search
 * of the window by a pattern that may start only at its start or after a word gap, rather than a
 * sticky try at each word start: the engine walks the window itself, skipping the positions where
 * the pattern cannot start, without a call for each.
 */
export function endingStart(pattern: RegExp, text: string, end: number, window: number): number {
  let suffix = suffixCache.get(pattern);
  if (!suffix) {
    // (In a multiline pattern "^" would match after any line break, not only at the window's start.)
    const atStart = pattern.multiline ? "(?<![\\s\\S])" : "^";
    suffix = new RegExp(`(?:${atStart}|(?<=${WORD_GAP}))(?:${pattern.source})`, pattern.flags.replace(/[gy]/g, ""));
    suffixCache.set(pattern, suffix);
  }
  const from = Math.max(0, end - window);
  const slice = text.slice(from, end);
  const m = suffix.exec(slice);
  // (A match that starts at the window's end is no stretch.)
  return m !== null && m.index < slice.length ? from + m.index : -1;
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
