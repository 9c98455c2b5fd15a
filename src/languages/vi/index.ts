import { alternation, foldKey, invert, lexiconKey, wordStartBefore, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { allMatches, isWordGap } from "../../grammar/ends-with.js";
import type { Qualifier, Status } from "../../record/schema.js";
import { countedNounAt, hitAt, lastHitIn, OPENS_WITH_WORD, periodAtBreak, rankWordsFinder, sticky, verbKindsOf } from "../builders.js";
import type { Hit, Language, Predicate, UnitEntry } from "../language.js";
import { findBaselines } from "./baselines.js";
import { furnitureFinder } from "../furniture.js";
import * as furnitureWords from "./lexicon/furniture.js";
import { changeVerbs, ratioVerbs, attainmentVerbs, levelVerbs, contributionVerbs, negativeContributionVerbs, reachVerbs } from "./lexicon/changes.js";
import { grammar } from "./grammar.js";
import { findNumberWords, findRatioWords } from "./number-words.js";
import { ordinalWords, rankLeads } from "./lexicon/numbers.js";
import { findPeriods } from "./periods.js";
import { nounsHoldingStatus, qualifiers, statuses, trailingQualifiers } from "./lexicon/qualifiers.js";
import { scales } from "./lexicon/scales.js";
import { countNouns, currencies, durationUnits, functionWords, measures, notCounted, percents, scaledMeasures, scores, times } from "./lexicon/units.js";

// "tỷ", "nghìn tỷ", "triệu tỉ": the longest scale right at a position.
const scaleByWord = invert(scales as Lexicon);
const scalePattern = sticky(`(?:${alternation(scaleByWord.keys())})${WORD_END}`);
// "đạt 5 tỷ", "1.200": a figure or its scale, at the end of a line.
const figureAtEnd = new RegExp(`(?:\\d|${WORD_START}(?:${alternation(scaleByWord.keys())}))$`, "iu");

// Every unit surface, longest first: "điểm phần trăm" before "điểm", "lượt khách" before "lượt".
const unitByWord = new Map<string, UnitEntry>();
const addUnits = (lexicon: Lexicon, kind: UnitEntry["kind"]): void => {
  for (const [unit, surfaces] of Object.entries(lexicon)) for (const s of surfaces) unitByWord.set(foldKey(s), { unit, kind });
};
addUnits(currencies as Lexicon, "money");
for (const [unit, surfaces] of Object.entries(percents)) for (const s of surfaces) unitByWord.set(foldKey(s), { unit, kind: unit === "pp" ? "points" : "percent" });
addUnits(measures as Lexicon, "measure");
for (const [s, [unit, factor]] of Object.entries(scaledMeasures)) unitByWord.set(foldKey(s), { unit, kind: "measure", factor });
for (const s of times) unitByWord.set(foldKey(s), { unit: "times", kind: "times" });
for (const s of scores) unitByWord.set(foldKey(s), { unit: "score", kind: "score" });
for (const s of countNouns) unitByWord.set(foldKey(s), { unit: "count", kind: "count" });
addUnits(durationUnits as Lexicon, "duration");
// Symbols need no word end; words do ("đ" must not match the start of "đơn vị").
const unitPattern = sticky(`(?:${alternation(unitByWord.keys())})(?:(?<=[%$²³])|${WORD_END})`);

// Up to four lower-case words right at a position, for a counted noun the lexicon does not list
// ("đơn thư khiếu nại"); the first has a letter beyond ASCII or three letters ("mm" is no noun).
const lowerWords = /(?=\p{Ll}*[^\0-\x7f]|\p{Ll}{3})\p{Ll}[\p{L}\p{M}]*(?: \p{Ll}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}\p{N}])/uy;
const notANoun = new RegExp(`${WORD_START}(?:${alternation(functionWords)})${WORD_END}`, "iu");
const notCountedWord = sticky(`(?:${alternation(notCounted)})${WORD_END}`);
// The words stop where a predicate, a preposition or a joint starts.
const countedNouns = { words: lowerWords, notCounted: notCountedWord, stops: [grammar.nounPhraseStop, grammar.describedStop, notANoun] };

const RESPECTIVELY_AT = /lần\s+lượt(?![\p{L}\p{M}])/iuy;
// A lower-case word right after a unit: the start of a noun of its own, unless it opens a period
// ("248,7 điểm cuối năm 2025").
const WORD_AFTER = /^ (?=\p{Ll})(?!(?:cuối|đầu|giữa|hết)\s)/u;

const verbKinds = verbKindsOf({ levelVerbs, attainmentVerbs, contributionVerbs: [...contributionVerbs, ...negativeContributionVerbs], changeVerbs, ratioVerbs, reachVerbs });

const qualifierByWord = invert(qualifiers as Lexicon<Qualifier>);
const statusByWord = invert(statuses as Lexicon<Status>);
const trailingQualifierByWord = invert(trailingQualifiers as Partial<Lexicon<Qualifier>> as Lexicon<Qualifier>);

// The words between a subject and its figure, read backwards from the figure:
// "ước tính đạt gần 3,09" → status "ước tính", verb "đạt", qualifier "gần".
const predicatePattern = new RegExp(
  `(?:${WORD_START}(?<status>${alternation(statusByWord.keys())})\\s*)?` +
    `(?:(?<verb>${alternation(verbKinds.keys())})\\s*)?` +
    `(?:${WORD_START}(?<qualifier>${alternation(qualifierByWord.keys())})\\s*)?` +
    `(?:tới\\s*|đến\\s*|mức\\s*|con số\\s*|kỷ lục\\s*|khoảng\\s*|từ\\s*)?$`,
  "iu",
);
const STATUS = alternation(statusByWord.keys());
const statusPattern = new RegExp(`${wordStartBefore(statusByWord.keys(), STATUS)}(?:${STATUS})${WORD_END}`, "giu");
const nounHoldingStatus = new RegExp(`${WORD_START}(?:${alternation(nounsHoldingStatus)})${WORD_END}`, "giu");
/** Whether the status word at `at` is inside the name of a noun ("giường bệnh kế hoạch"). */
function insideNounHoldingStatus(text: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  return allMatches(nounHoldingStatus, text.slice(from, at + 24)).some((m) => from + m.index < at && from + m.index + m[0].length > at);
}
const trailingQualifierPattern = sticky(`\\s*(?:${alternation(trailingQualifierByWord.keys())})${WORD_END}`);

const predicateSticky = new RegExp(predicatePattern.source, "iuy");

/**
 * The leftmost match of an end-anchored sticky pattern, trying only where a word starts (and, for
 * the word touching the end, inside it: "tạotăng"). Much cheaper than letting the engine try every
 * position of the window.
 */
function matchToEnd(pattern: RegExp, window: string): RegExpExecArray | null {
  const starts: number[] = [0];
  for (let i = 1; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (isWordGap(window.charCodeAt(i - 1)) && c !== 0x20 && c !== 0x0a) starts.push(i);
  }
  // A word glued to the figure may hide a verb at its end ("tạotăng", "có34").
  if (!/\s$/u.test(window)) {
    const last = starts[starts.length - 1] as number;
    for (let i = last + 1; i < window.length; i++) starts.push(i);
  }
  for (const s of starts) {
    pattern.lastIndex = s;
    const m = pattern.exec(window);
    if (m) return m;
  }
  return null;
}

/** A capitalised word inside a sentence ("Sở Kế hoạch", "Cao Bằng") is part of a name. */
function startsName(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text[at] ?? "")) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  // A word at the start of a line ("2024\nPhấn đấu …") starts the line, not a name.
  return /[\p{L}\p{M}\d,)][ \t]*$/u.test(before);
}

/**
 * "của\nHà Nội", "Đà\nNẵng", "Quý\nII/2024", "5 tỷ\nUSD": the line goes on when it ends on a
 * dangling word, or when a place, a period or a unit read across the break straddles it, unless the
 * next line opens with a period of its own ("Năm 2024, ...": a sentence after a heading).
 */
/** Whether a name is a place the lexicon knows by itself: "Đà Nẵng", "Hà Nội". */
function knownPlace(name: string): boolean {
  grammar.place.lastIndex = 0;
  const m = grammar.place.exec(name.replace(/\s+/gu, " "));
  grammar.place.lastIndex = 0;
  return m !== null && m.index === 0 && m.groups?.known !== undefined && m[0].length === name.replace(/\s+/gu, " ").length;
}

/** Whether a number other than a year stands right before `at` ("trong 30 chỉ tiêu"). */
function countedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  return /\d[ \t]*$/u.test(before) && !/(?<![\d.,])(?:19|20)\d{2}[ \t]*$/u.test(before);
}

function continuesLine(before: string, after: string): boolean {
  if (grammar.dangling.test(before)) return true;
  const joined = `${before} ${after}`;
  const cut = before.length;
  const straddles = (start: number, end: number): boolean => start < cut && end > cut + 1;
  const period = periodAtBreak(joined, cut, after, findPeriods);
  if (period !== null) return period === "across";
  // After an administrative word, a name of one word is more likely a sentence's first word
  // ("thành phố\nGiá dịch vụ ...") than a place: it takes two ("tỉnh\nHậu Giang").
  // A name of two words or more before the break ("tỉnh Thái Bình\nTổng thu …") has ended at it;
  // one word is half a name ("tỉnh Đông\nAnh"), and a known place runs on ("thành phố Đà\nNẵng").
  for (const m of allMatches(grammar.place, joined)) {
    if (!straddles(m.index, m.index + m[0].length)) continue;
    const named = m.groups?.named;
    if (named === undefined) return true;
    if (/^\S+$/u.test(named)) continue;
    const namedStart = m.index + m[0].length - named.length;
    const wordsBefore = namedStart < cut ? joined.slice(namedStart, cut).trim().split(/\s+/u).length : 0;
    if (wordsBefore < 2 || knownPlace(named)) return true;
  }
  // "5,7 tỷ\nUSD" runs on; "| 58,4\nHộ gia đình …" opens a row with a word that is also a unit.
  return figureAtEnd.test(before) && !OPENS_WITH_WORD.test(after) && vi.unitAt(joined, cut + 1) !== null;
}

/** Vietnamese: lexicons in ./lexicon, compiled once when the module loads. */
export const vi: Language = {
  code: "vi",
  numberStyle: "vi",
  // Vietnamese writes the currency after the figure ("5 tỷ USD").
  unitBefore: () => null,
  scaleAt: (text, pos) => hitAt(scalePattern, (s) => {
    const p = scaleByWord.get(s);
    return p === undefined ? undefined : Number(p);
  }, text, pos),
  // "lần lượt" (respectively) is no "lần" (times): "2022 và 2023 lần lượt là …". "điểm" before a
  // noun of its own names places, counted by `countedNounAt` ("45 điểm giao dịch", "326 điểm rò
  // rỉ"), no score ("70,15 điểm, tăng 1,2 điểm so với …").
  unitAt: (text, pos) => {
    RESPECTIVELY_AT.lastIndex = pos;
    if (RESPECTIVELY_AT.test(text)) return null;
    const hit = hitAt(unitPattern, (s) => unitByWord.get(s), text, pos);
    if (hit?.value.kind !== "score" || !WORD_AFTER.test(text.slice(hit.end, hit.end + 8))) return hit;
    return countedNounAt(countedNouns, text, hit.end + 1) === null ? hit : null;
  },
  // "64 đơn thư được" → "đơn thư"; "trang 12 của báo cáo", "21 có": none.
  countedNounAt: (text, pos) => countedNounAt(countedNouns, text, pos),
  trailingQualifierAt: (text, pos) => hitAt(trailingQualifierPattern, (s) => trailingQualifierByWord.get(s), text, pos),
  predicateBefore(text, from, end): Predicate {
    const base = Math.max(from, end - 60);
    const window = text.slice(base, end);
    const m = matchToEnd(predicateSticky, window);
    const g = m?.groups ?? {};
    const none: Predicate = { start: end, verb: null, verbKind: null, qualifier: null, status: null, glued: false };
    if (!m || m[0] === "") return none;
    const start = base + m.index;
    const verb = g.verb ? lexiconKey(g.verb) : null;
    // A verb glued to the word before it ("tạotăng1,36%") counts only when it touches the figure;
    // otherwise it is the tail of a longer word and there is no verb.
    const gluedBefore = Boolean(verb) && /[\p{L}\p{M}]/u.test(text[start - 1] ?? "");
    const touches = !/\s$/u.test(m[0]);
    if (gluedBefore && !touches) return none;
    // "Cao Bằng 56,3%": a capital inside a sentence starts a name, not a verb.
    if (g.verb && startsName(text, start + m[0].indexOf(g.verb))) return none;
    // "giường bệnh kế hoạch là 5.000 giường": a status word inside a noun's name is the noun's; the
    // predicate, if any, is what follows it.
    if (g.status) {
      const statusAt = start + m[0].indexOf(g.status);
      if (insideNounHoldingStatus(text, statusAt)) return vi.predicateBefore(text, statusAt + g.status.length, end);
    }
    // "thuế giá trị gia tăng 2.345 tỷ đồng", "chứng chỉ đạt 31,2%": the verb's first word ends a noun
    // of the subject; the predicate, if any, is what follows it.
    if (g.verb) {
      const firstWordEnd = start + m[0].indexOf(g.verb) + (/^\S+/u.exec(g.verb)?.[0].length ?? 0);
      if (grammar.nounEndingInFiller.test(text.slice(Math.max(from, firstWordEnd - 30), firstWordEnd))) return vi.predicateBefore(text, firstWordEnd, end);
    }
    // "lao động nước ngoài 640 người": the "ngoài" of "nước ngoài" is a word of the subject, no "over".
    if (g.qualifier && !g.verb && !g.status) {
      const at = m.index + m[0].indexOf(g.qualifier);
      if (grammar.qualifierInNoun.test(window.slice(0, at + g.qualifier.length))) return { ...none, start: base + at + g.qualifier.length };
    }
    return {
      start,
      verb,
      verbKind: verb ? (verbKinds.get(verb) ?? null) : null,
      qualifier: g.qualifier ? (qualifierByWord.get(lexiconKey(g.qualifier)) ?? null) : null,
      status: g.status ? (statusByWord.get(lexiconKey(g.status)) ?? null) : null,
      glued: gluedBefore,
    };
  },
  // A capitalised status word starts a name; "trong 30 chỉ tiêu": one counted by the number before it
  // is a noun (not after a year: "9 tháng năm 2026 ước tính"); "giường bệnh kế hoạch": one inside a
  // noun's name is that noun's.
  statusIn: (text, from, to) =>
    lastHitIn(statusPattern, (s) => statusByWord.get(s), text, from, to, (at) => startsName(text, at) || countedBefore(text, at) || insideNounHoldingStatus(text, at)),
  grammar,
  periods: findPeriods,
  writtenNumbers: findNumberWords,
  writtenRatios: findRatioWords,
  writtenRanks: rankWordsFinder(rankLeads, ordinalWords),
  baselines: findBaselines,
  furniture: furnitureFinder(furnitureWords),
  continuesLine,
};
