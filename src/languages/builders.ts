import { alternation, foldKey, invert, lexiconKey, wordStartBefore, WORD_END, type Lexicon } from "../grammar/alternation.js";
import { D, type Dec } from "../numbers/decimal.js";
import { allMatches, endingStart } from "../grammar/ends-with.js";
import { periodMention, type Hit, type PeriodMention, type Predicate, type UnitEntry } from "./language.js";

/** A capitalised word of lower-case letters: what opens a line, where a unit's code ("USD") would run on after a figure. */
export const OPENS_WITH_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * A stock market's index, by its name in any language: "VN-Index", "HNX-Index", "UPCoM-Index",
 * "VN30", "HNX30". Its points ("1,486.32 points", "1.486,32 điểm") are the index's value.
 */
export const MARKET_INDEX = /(?<![\p{L}\p{M}\d])(?:\p{Lu}[\p{L}\d]*-?Index|(?:VN|HNX)30)(?![\p{L}\p{M}\d])/u;

/** A case-insensitive pattern matched right at a position. */
export function sticky(source: string): RegExp {
  return new RegExp(source, "iuy");
}

/** The lexicon entry a sticky pattern matches right at `pos`, looked up by its folded surface. */
export function hitAt<V>(pattern: RegExp, lookup: (s: string) => V | undefined, text: string, pos: number): Hit<V> | null {
  pattern.lastIndex = pos;
  const m = pattern.exec(text);
  if (!m) return null;
  const value = lookup(lexiconKey(m[0]));
  return value === undefined ? null : { value, text: m[0], start: pos, end: pos + m[0].length };
}

/**
 * The last lexicon entry a global pattern matches in [from, to) of `text`, skipping the matches
 * `skip` rejects at their offset in `text`: the status word nearest a figure ("ước tính", "expected").
 */
export function lastHitIn<V>(pattern: RegExp, lookup: (s: string) => V | undefined, text: string, from: number, to: number, skip?: (at: number) => boolean): Hit<V> | null {
  let last: Hit<V> | null = null;
  pattern.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    const at = from + m.index;
    if (skip?.(at)) continue;
    const value = lookup(lexiconKey(m[0]));
    if (value !== undefined) last = { value, text: m[0], start: at, end: at + m[0].length };
  }
  return last;
}

/** What tells a counted noun no lexicon lists, for `countedNounAt`. */
export interface CountedNounRules {
  /** Sticky: lower-case words right at a position. */
  words: RegExp;
  /** Sticky: a word that names no counted thing (a duration, an order, a preposition). */
  notCounted: RegExp;
  /** Where the noun stops: a verb, a preposition, a joint. */
  stops: readonly RegExp[];
}

/** "64 đơn thư được", "106 economies investing": the lower-case words of a noun no lexicon lists, up to its first stop. */
export function countedNounAt(rules: CountedNounRules, text: string, pos: number): Hit<UnitEntry> | null {
  rules.words.lastIndex = pos;
  const m = rules.words.exec(text);
  if (!m) return null;
  rules.notCounted.lastIndex = pos;
  if (rules.notCounted.test(text)) return null;
  const cut = Math.min(...rules.stops.map((stop) => stop.exec(m[0])?.index ?? m[0].length));
  const words = m[0].slice(0, cut).trimEnd();
  if (!words) return null;
  return { value: { unit: "count", kind: "count", unlisted: true }, text: words, start: pos, end: pos + words.length };
}

/** One shape of a period mention: its pattern, and how its groups build the SDMX period. */
export interface PeriodShape {
  rule: string;
  kind: PeriodMention["kind"];
  upTo?: PeriodMention["upTo"];
  term?: PeriodMention["term"];
  pattern: RegExp;
  /**
   * The period's builder from the match's groups. It keeps the values it needs, never `g` itself:
   * a builder lives as long as its mention, the whole document, and a closure over `g` would keep
   * every match's groups alive with it (some 1 KB a mention, copied by each young collection).
   */
  make: (g: Record<string, string | undefined>) => ((year: number) => string) | null;
}

/** How a language reads a shape's groups: the year written out, and the year relative to the document's. */
export interface PeriodGroups {
  year: (g: Record<string, string | undefined>, kind: PeriodMention["kind"]) => number | null;
  relative: (g: Record<string, string | undefined>) => number | null;
  /** Ends with a comparator ("so với", "compared to"): the mention after it is a baseline. */
  comparatorBefore: RegExp;
  /**
   * A comparator that also means "during" ("over"): before a stretch of months that names no
   * year ("received 6.2 million visitors over the 11 months") it is no comparison, as "over the
   * first 11 months of 2024" is.
   */
  duringComparator?: RegExp;
}

/** Every mention of the shapes, in order of the shapes: an earlier (longer) shape keeps the characters it took. */
export function scanPeriods(text: string, shapes: readonly PeriodShape[], groups: PeriodGroups): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken = new Uint8Array(text.length + 1);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  for (const shape of shapes) {
    for (const m of allMatches(shape.pattern, text)) {
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      const raw = m[0].replace(/\s+$/u, "");
      const start = m.index;
      const end = start + raw.length;
      if (!free(start, end)) continue;
      const build = shape.make(g);
      if (!build) continue;
      taken.fill(1, start, end);
      // (44 characters: "four times the amount collected in the first half of 2025".)
      const year = groups.year(g, shape.kind);
      const relative = groups.relative(g);
      let comparedFrom = endingStart(groups.comparatorBefore, text, start, 44);
      if (comparedFrom >= 0 && shape.kind === "months" && year === null && relative === null && groups.duringComparator?.test(text.slice(comparedFrom, start))) comparedFrom = -1;
      found.push(
        periodMention({
          start,
          end,
          text: raw,
          build,
          year,
          relative,
          baseline: comparedFrom >= 0,
          comparedFrom: comparedFrom >= 0 ? comparedFrom : undefined,
          kind: shape.kind,
          upTo: shape.upTo,
          term: shape.term,
          rule: shape.rule,
        }),
      );
    }
  }
  return found;
}

/**
 * What the periods say of a line break in `joined` (the line, a space at `cut`, the next line):
 * "opens" when the next line opens with a period ("Năm 2024, …": a sentence after a heading),
 * "across" when one is read across the break ("quý\nIII/2024"), else null. One scan of both lines;
 * the next line is scanned alone only when a period crosses the break and may hide one opening it.
 */
export function periodAtBreak(joined: string, cut: number, after: string, find: (text: string) => PeriodMention[]): "opens" | "across" | null {
  const periods = find(joined);
  if (!periods.some((p) => p.start < cut && p.end > cut + 1)) return periods.some((p) => p.start === cut + 1) ? "opens" : null;
  return find(after).some((p) => p.start === 0) ? "opens" : "across";
}

/** The verbs of a language's change lexicon, by the kind of figure they introduce. */
export interface VerbLexicon {
  levelVerbs: readonly string[];
  attainmentVerbs: readonly string[];
  contributionVerbs: readonly string[];
  changeVerbs: { readonly increase: readonly string[]; readonly decrease: readonly string[] };
  ratioVerbs: readonly string[];
  reachVerbs: { readonly increase: readonly string[]; readonly decrease: readonly string[] };
}

/** Verb (folded) → the kind of figure it introduces; a later list wins where two list a verb. */
export function verbKindsOf(v: VerbLexicon): Map<string, NonNullable<Predicate["verbKind"]>> {
  const kinds = new Map<string, NonNullable<Predicate["verbKind"]>>();
  const add = (verbs: readonly string[], kind: NonNullable<Predicate["verbKind"]>): void => {
    for (const verb of verbs) kinds.set(foldKey(verb), kind);
  };
  add(v.levelVerbs, "level");
  add(v.attainmentVerbs, "attainment");
  add(v.contributionVerbs, "contribution");
  add(v.changeVerbs.increase, "change-up");
  add(v.changeVerbs.decrease, "change-down");
  add(v.ratioVerbs, "ratio");
  add(v.reachVerbs.increase, "reach-up");
  add(v.reachVerbs.decrease, "reach-down");
  return kinds;
}

/**
 * Places in a ranking written in words right after a verb of ranking ("ranking second nationwide",
 * "đứng thứ hai cả nước"): each ordinal, where it and its verb stand, and the place it names.
 */
export function rankWordsFinder(leads: readonly string[], ordinals: Lexicon): (text: string) => (Hit<Dec> & { leadStart: number })[] {
  const placeOf = invert(ordinals);
  const pattern = new RegExp(`${wordStartBefore(leads, alternation(leads))}(?:${alternation(leads)})\\s+(?<ordinal>${alternation(placeOf.keys())})${WORD_END}`, "giu");
  return (text) => {
    const out: (Hit<Dec> & { leadStart: number })[] = [];
    for (const m of allMatches(pattern, text)) {
      const ordinal = m.groups?.ordinal as string;
      const place = placeOf.get(foldKey(ordinal));
      const end = m.index + m[0].length;
      if (place !== undefined) out.push({ value: new D(place), text: ordinal, start: end - ordinal.length, end, leadStart: m.index });
    }
    return out;
  };
}
