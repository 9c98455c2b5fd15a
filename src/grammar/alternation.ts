/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One regex alternation from surface forms: longest first, so "nghìn tỷ" wins over "nghìn", escaped,
 * and with any single space matching a run of spaces (scraped text doubles them).
 */
export function alternation(surfaces: Iterable<string>): string {
  const unique = [...new Set(surfaces)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((s) => escapeRegExp(s.normalize("NFC")).replace(/ /g, "\\s+")).join("|");
}

/** Each surface as listed and with a capital first letter, as it may open a sentence or a heading. */
export function withCapitals(surfaces: Iterable<string>): string[] {
  return [...surfaces].flatMap((s) => [s, s.charAt(0).toUpperCase() + s.slice(1)]);
}

/** Letters and digits of any script: the edges of a word. */
export const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
/** Start of a word: no letter or digit just before. */
export const WORD_START = `(?<!${WORD_CHAR})`;
/** End of a word: no letter or digit just after. */
export const WORD_END = `(?!${WORD_CHAR})`;

/**
 * A pattern for a text made only of `pieces` (regex sources) in any order and number. Each piece
 * is taken whole where it matches, the first that matches (lookahead and backreference make it
 * atomic), so a text that is not made of them fails in time linear in its length. A plain
 * `^(?:was|up|was up|\s)*$` would try every way of splitting "was up was up … x" before failing,
 * twice as many for every two more words: minutes for forty.
 */
export function madeOf(pieces: readonly string[], flags = "iu"): RegExp {
  return new RegExp(`^(?:(?=(${pieces.join("|")}))\\1)*$`, flags);
}

/**
 * A pattern that never matches, for a phrasing a language does not have. Anchored, so that it fails
 * at the first position instead of trying every one of a long text.
 */
export const NEVER = /^(?!)/u;

/** A lexicon written as canonical value → surface forms, as readable data. */
export type Lexicon<V extends string = string> = Readonly<Record<V, readonly string[]>>;

/** Surface form → canonical value, with surfaces folded to lower case NFC. */
export function invert<V extends string>(lexicon: Lexicon<V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [value, surfaces] of Object.entries(lexicon) as [V, readonly string[]][]) {
    for (const s of surfaces) out.set(foldKey(s), value);
  }
  return out;
}

/** The key a surface form is looked up by: NFC, lower case, single spaces. */
export function foldKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

// The keys of the words lexicon patterns matched, by the words as written; emptied when full.
const lexiconKeys = new Map<string, string>();
const LEXICON_KEYS = 4096;

/**
 * foldKey of what a lexicon's pattern matched ("tỷ đồng", "Ước tính"): such words are few and come
 * again and again, in every document, so each is folded once.
 */
export function lexiconKey(matched: string): string {
  let key = lexiconKeys.get(matched);
  if (key === undefined) {
    if (lexiconKeys.size >= LEXICON_KEYS) lexiconKeys.clear();
    key = foldKey(matched);
    lexiconKeys.set(matched, key);
  }
  return key;
}

/**
 * A lookahead for the characters the given surfaces start with, plus `extra` (a class body such as
 * "\\d"). Put before WORD_START, it lets the engine skip at once every position where no surface can
 * start, instead of first testing the word-start lookbehind there: several times faster for some
 * patterns scanned over a whole document (written numbers, places, English spans of years), but
 * several times slower for others: where a pattern soon needs a fixed word ("tháng", "năm"), V8
 * finds that word faster than it tests the lookahead at every position. Time both before using it.
 */
export function startingWith(surfaces: Iterable<string>, extra = ""): string {
  const firsts = new Set<string>();
  for (const s of surfaces) {
    const c = s.normalize("NFC")[0];
    if (c !== undefined) firsts.add(c);
  }
  return `(?=[${[...firsts].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("")}${extra}])`;
}

/**
 * WORD_START where `lead` follows, `lead` being a pattern every match opens with (the words of an
 * alternation, say): the first characters of `surfaces` are tested first (see startingWith), then
 * the lead, and the word-start lookbehind last. V8 tests a lookbehind of Unicode properties slowly;
 * only where the lead matched, it made the scans of written numbers and of places 3-4 times faster.
 */
export function wordStartBefore(surfaces: Iterable<string>, lead: string, extra = ""): string {
  return `${startingWith(surfaces, extra)}(?=${lead})${WORD_START}`;
}

/** "2019 = 100", "2019=100": a year set equal to 100, the base of an index, in either language. */
export const INDEX_BASE = "(?<![\\d.,])(?:19|20)\\d{2}[ \\t]*=";
