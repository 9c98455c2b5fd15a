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
 * Whether a regex source has a `|` outside every group and class: an alternation of the whole
 * pattern, whose first branch alone a leading assertion belongs to.
 */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * Where a lookbehind that opens a regex source ends ("(?<![\\p{L}\\p{M}\\p{N}])", WORD_START), or -1
 * when the source opens with none, or with one that holds a group (which would count among the
 * pattern's groups).
 */
function leadingLookbehindEnd(source: string): number {
  if (!source.startsWith("(?<!") && !source.startsWith("(?<=")) return -1;
  let inClass = false;
  for (let i = 4; i < source.length; i++) {
    const c = source[i];
    // (A backreference would name a group of the rest.)
    if (c === "\\" && /[1-9k]/u.test(source[i + 1] ?? "")) return -1;
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") return -1;
    else if (c === ")") return i + 1;
  }
  return -1;
}

/** A pattern that opens with a lookbehind (WORD_START, say), as the rest of it and the lookbehind on its own. */
interface LookbehindSplit {
  rest: RegExp;
  lookbehind: RegExp;
}

const splitCache = new WeakMap<RegExp, LookbehindSplit | null>();

/**
 * For a pattern written lookbehind + rest (most of the lexicons' scans open with WORD_START: "năm
 * 2024", "quý III"), the rest, global, and the lookbehind as a sticky test; null for any other
 * pattern. V8 cannot skip ahead to the characters a pattern can start with past a lookbehind, so
 * the whole pattern is tried at every position of the text, the lookbehind first; the rest alone
 * is searched fast.
 */
function splitLookbehind(pattern: RegExp): LookbehindSplit | null {
  let split = splitCache.get(pattern);
  if (split === undefined) {
    const end = leadingLookbehindEnd(pattern.source);
    const rest = pattern.source.slice(end);
    split =
      end > 0 && !alternatesAtTop(rest)
        ? { rest: new RegExp(rest, pattern.flags), lookbehind: new RegExp(pattern.source.slice(0, end), `${pattern.flags.replace(/[gy]/g, "")}y`) }
        : null;
    splitCache.set(pattern, split);
  }
  return split;
}

/**
 * Every match of a global `pattern` in `text`, from its start, as `text.matchAll(pattern)` gives
 * them. matchAll copies the pattern on every call (a new object, a look-up of its compiled code),
 * which cost some 2% of extract's time where a stage calls it per sentence. All the matches are
 * taken before any is used, so a caller may run the same pattern again while it walks them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const split = splitLookbehind(pattern);
  if (split) return lookbehindMatches(pattern, split, text);
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

/**
 * The matches of lookbehind + rest (`pattern`): each match of the rest where the lookbehind holds
 * (where a word starts, for WORD_START); past one where it does not, the search goes on from the
 * next character, as the engine's own would. The same matches, groups and all (the lookbehind is
 * zero-width and captures nothing). Next to a surrogate the engine's steps are its own (it tries
 * the middle of a pair, but will not start a search there): the whole pattern is searched instead.
 */
function lookbehindMatches(pattern: RegExp, { rest, lookbehind }: LookbehindSplit, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    rest.lastIndex = from;
    let m = rest.exec(text);
    if (m === null) break;
    if (isSurrogate(text.charCodeAt(m.index)) || isSurrogate(text.charCodeAt(m.index - 1))) {
      pattern.lastIndex = from;
      m = pattern.exec(text);
      if (m === null) break;
    } else {
      lookbehind.lastIndex = m.index;
      if (!lookbehind.test(text)) {
        from = m.index + 1;
        continue;
      }
    }
    found.push(m);
    // (An empty match moves on as in allMatches.)
    from = m.index + (m[0] === "" ? (rest.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1) : m[0].length);
  }
  rest.lastIndex = 0;
  pattern.lastIndex = 0;
  return found;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * `text.replace(pattern, by)` for a global `pattern`, its matches found by allMatches (so that a
 * pattern opening with a lookbehind is searched as fast). `by` is taken as it is: no "$" in it.
 */
export function replaceMatches(pattern: RegExp, text: string, by: string): string {
  if (by.includes("$")) throw new TypeError(`replaceMatches takes no "$" in its replacement: ${by}`);
  const found = allMatches(pattern, text);
  if (found.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.index) + by;
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
