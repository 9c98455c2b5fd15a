import { allMatches } from "../../grammar/ends-with.js";
import { alternation, foldKey, invert, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { D, type Dec } from "../../numbers/decimal.js";
import type { Hit } from "../language.js";
import { numberWords, ratioWords } from "./lexicon/numbers.js";

const byWord = invert(numberWords as Lexicon);
const ratioByWord = invert(ratioWords as Lexicon);
const TENS = Object.entries(numberWords).filter(([v]) => Number(v) >= 20).flatMap(([, forms]) => forms);
const UNITS = Object.entries(numberWords).filter(([v]) => Number(v) >= 1 && Number(v) <= 9).flatMap(([, forms]) => forms);
// "twenty-five", "forty two", "seven", "half": a number in words, up to ninety-nine.
const NUMBER = new RegExp(`${WORD_START}(?:(?<tens>${alternation(TENS)})(?:[-\\s](?<units>${alternation(UNITS)}))?|(?<word>${alternation(byWord.keys())}))${WORD_END}`, "giu");
const RATIO = new RegExp(`${WORD_START}(?:${alternation(ratioByWord.keys())})${WORD_END}(?![-‐])`, "giu");

/** Numbers written in words: "seven", "twenty-five", "half". */
export function findNumberWords(text: string): Hit<Dec>[] {
  const out: Hit<Dec>[] = [];
  for (const m of allMatches(NUMBER, text)) {
    const g = m.groups ?? {};
    const tens = g.tens ? byWord.get(foldKey(g.tens)) : undefined;
    const units = g.units ? byWord.get(foldKey(g.units)) : undefined;
    const word = g.word ? byWord.get(foldKey(g.word)) : undefined;
    const value = tens !== undefined ? new D(tens).plus(units ?? 0) : word !== undefined ? new D(word) : null;
    if (value) out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Ratios written in words: "doubled", "tripled". */
export function findRatioWords(text: string): Hit<Dec>[] {
  const out: Hit<Dec>[] = [];
  for (const m of allMatches(RATIO, text)) {
    const v = ratioByWord.get(foldKey(m[0]));
    if (v !== undefined) out.push({ value: new D(v), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
