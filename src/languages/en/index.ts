import { alternation, foldKey, invert, lexiconKey, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { isWordGap } from "../../grammar/ends-with.js";
import type { Qualifier, Status } from "../../record/schema.js";
import { countedNounAt, hitAt, lastHitIn, OPENS_WITH_WORD, periodAtBreak, rankWordsFinder, sticky, verbKindsOf } from "../builders.js";
import { furnitureFinder } from "../furniture.js";
import * as furnitureWords from "./lexicon/furniture.js";
import type { Hit, Language, Predicate, UnitEntry } from "../language.js";
import { findBaselines } from "./baselines.js";
import { attainmentVerbs, changeVerbs, contributionVerbs, negativeContributionVerbs, levelVerbs, ratioVerbs, reachVerbs } from "./lexicon/changes.js";
import { grammar } from "./grammar.js";
import { findNumberWords, findRatioWords } from "./number-words.js";
import { ordinalWords, rankLeads } from "./lexicon/numbers.js";
import { findPeriods } from "./periods.js";
import { qualifiers, statuses, trailingQualifiers } from "./lexicon/qualifiers.js";
import { scales } from "./lexicon/scales.js";
import { countNouns, currencies, currenciesBefore, durationUnits, functionWords, measures, notCounted, percents, scores, times } from "./lexicon/units.js";

// "billion", "bn", "trillion": the longest scale right at a position.
const scaleByWord = invert(scales as Lexicon);
const scalePattern = sticky(`(?:${alternation(scaleByWord.keys())})${WORD_END}`);

// Every unit surface written after a figure, longest first: "percentage points" before "points".
const unitByWord = new Map<string, UnitEntry>();
const addUnits = (lexicon: Lexicon, kind: UnitEntry["kind"]): void => {
  for (const [unit, surfaces] of Object.entries(lexicon)) for (const s of surfaces) unitByWord.set(foldKey(s), { unit, kind });
};
addUnits(currencies as Lexicon, "money");
for (const [unit, surfaces] of Object.entries(percents)) for (const s of surfaces) unitByWord.set(foldKey(s), { unit, kind: unit === "pp" ? "points" : "percent" });
addUnits(measures as Lexicon, "measure");
addUnits(durationUnits as Lexicon, "duration");
for (const s of times) unitByWord.set(foldKey(s), { unit: "times", kind: "times" });
for (const s of scores) unitByWord.set(foldKey(s), { unit: "score", kind: "score" });
for (const s of countNouns) unitByWord.set(foldKey(s), { unit: "count", kind: "count" });
// Symbols need no word end; words do. "-fold" may touch the number ("3-fold").
const unitPattern = sticky(`(?:${alternation(unitByWord.keys())})(?:(?<=[%$²³])|${WORD_END})`);

// A currency that ends right before a number: "US$21.68", "VND477", "USD 1.2".
const beforeByWord = invert(currenciesBefore as Lexicon);
const unitBeforePattern = new RegExp(`(?:^|(?<![\\p{L}\\p{M}\\p{N}$]))(?:${alternation(beforeByWord.keys())})\\s?$`, "iu");

// Up to four lower-case words right at a position, for a counted noun the lexicon does not list
// ("106 economies"); the first has three letters at least ("mm" is no noun). An acronym may come
// before them ("2.14 million SIM cards", "5 ASEAN countries").
const lowerWords = /(?:\p{Lu}{2,5} )?(?=\p{Ll}{3})\p{Ll}[\p{L}\p{M}'-]*(?: \p{Ll}[\p{L}\p{M}'-]*){0,3}(?![\p{L}\p{M}\p{N}])/uy;
const notANoun = new RegExp(`${WORD_START}(?:${alternation(functionWords)})${WORD_END}`, "iu");
const notCountedWord = sticky(`(?:${alternation(notCounted)})${WORD_END}`);
const countedNouns = { words: lowerWords, notCounted: notCountedWord, stops: [grammar.nounPhraseStop, grammar.describedStop, notANoun] };

const verbKinds = verbKindsOf({ levelVerbs, attainmentVerbs, contributionVerbs: [...contributionVerbs, ...negativeContributionVerbs], changeVerbs, ratioVerbs, reachVerbs });

const qualifierByWord = invert(qualifiers as Lexicon<Qualifier>);
const statusByWord = invert(statuses as Lexicon<Status>);
const trailingQualifierByWord = invert(trailingQualifiers as Partial<Lexicon<Qualifier>> as Lexicon<Qualifier>);

// The words between a subject and its figure, read backwards from the figure: "is estimated to
// have increased by nearly 7.5%" → status "estimated", verb "increased", qualifier "nearly";
// "was up only 1.7%", "reached a record US$5 billion".
const AUX = "(?:(?:is|was|were|are|has\\s+been|have\\s+been|had\\s+been|will\\s+be|would\\s+be|be|has|have|had)\\s+)";
const predicatePattern = new RegExp(
  `(?:${AUX}?(?<status>${alternation(statusByWord.keys())})\\s+(?:to\\s+(?:have\\s+)?)?)?` +
    `(?:${AUX}?(?<verb>${alternation(verbKinds.keys())})\\s+)?` +
    `(?:(?:by|at|to|of|from)\\s+)?(?:(?:an|a)\\s+(?<status2>${alternation(statusByWord.keys())})\\s+)?(?:(?:only|just(?!\\s+(?:under|over|above|below))|a\\s+record|a\\s+total\\s+of|a\\s+combined|a\\s+further|an\\s+additional|another|an|a)\\s+)?` +
    `(?:${WORD_START}(?<qualifier>${alternation(qualifierByWord.keys())})\\s*)?$`,
  "iu",
);
const predicateSticky = new RegExp(predicatePattern.source, "iuy");
const statusPattern = new RegExp(`${WORD_START}(?:${alternation(statusByWord.keys())})${WORD_END}`, "giu");
const trailingQualifierPattern = sticky(`\\s*(?:${alternation(trailingQualifierByWord.keys())})${WORD_END}`);

/** The leftmost match of an end-anchored sticky pattern, tried only where a word starts. */
function matchToEnd(pattern: RegExp, window: string): RegExpExecArray | null {
  for (let i = 0; i < window.length; i++) {
    if (i > 0 && !isWordGap(window.charCodeAt(i - 1))) continue;
    if (window[i] === " ") continue;
    pattern.lastIndex = i;
    const m = pattern.exec(window);
    if (m) return m;
  }
  return null;
}

/**
 * "exports of\nVietnam", "US$5\nbillion": the line goes on when it ends on a dangling word, or
 * when a period or a unit read across the break straddles it.
 */
function continuesLine(before: string, after: string): boolean {
  if (grammar.dangling.test(before)) return true;
  const joined = `${before} ${after}`;
  const cut = before.length;
  const period = periodAtBreak(joined, cut, after, findPeriods);
  if (period !== null) return period === "across";
  // "5.7 billion\nUSD" runs on; "| 58.4\nHouseholds …" opens a row with a word that is also a unit.
  return /\d$/u.test(before) && !OPENS_WITH_WORD.test(after) && (en.unitAt(joined, cut + 1) !== null || en.scaleAt(joined, cut + 1) !== null);
}

/** English: lexicons in ./lexicon, compiled once when the module loads. */
export const en: Language = {
  code: "en",
  numberStyle: "en",
  scaleAt: (text, pos) => hitAt(scalePattern, (s) => {
    const p = scaleByWord.get(s);
    return p === undefined ? undefined : Number(p);
  }, text, pos),
  unitAt: (text, pos) => hitAt(unitPattern, (s) => unitByWord.get(s), text, pos),
  unitBefore(text, pos) {
    const m = unitBeforePattern.exec(text.slice(Math.max(0, pos - 5), pos));
    if (!m) return null;
    const surface = m[0].trimEnd();
    const unit = beforeByWord.get(foldKey(surface));
    if (!unit) return null;
    const start = pos - m[0].length;
    return { value: { unit, kind: "money" }, text: surface, start, end: start + surface.length };
  },
  // "106 economies investing in": the words stop where a verb, a preposition or a joint starts.
  countedNounAt: (text, pos) => countedNounAt(countedNouns, text, pos),
  trailingQualifierAt: (text, pos) => hitAt(trailingQualifierPattern, (s) => trailingQualifierByWord.get(s), text, pos),
  predicateBefore(text, from, end): Predicate {
    const base = Math.max(from, end - 70);
    const window = text.slice(base, end);
    const m = matchToEnd(predicateSticky, window);
    const g = m?.groups ?? {};
    const none: Predicate = { start: end, verb: null, verbKind: null, qualifier: null, status: null, glued: false };
    if (!m || m[0].trim() === "") return none;
    const verb = g.verb ? lexiconKey(g.verb) : null;
    return {
      start: base + m.index,
      verb,
      verbKind: verb ? (verbKinds.get(verb) ?? null) : null,
      qualifier: g.qualifier ? (qualifierByWord.get(lexiconKey(g.qualifier)) ?? null) : null,
      status: g.status ?? g.status2 ? (statusByWord.get(lexiconKey((g.status ?? g.status2) as string)) ?? null) : null,
      glued: false,
    };
  },
  statusIn: (text, from, to) => lastHitIn(statusPattern, (s) => statusByWord.get(s), text, from, to),
  grammar,
  periods: findPeriods,
  writtenNumbers: findNumberWords,
  writtenRatios: findRatioWords,
  writtenRanks: rankWordsFinder(rankLeads, ordinalWords),
  baselines: findBaselines,
  continuesLine,
  furniture: furnitureFinder(furnitureWords),
};
