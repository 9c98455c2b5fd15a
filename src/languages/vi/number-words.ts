import { alternation, foldKey, invert, startingWith, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { D, type Dec } from "../../numbers/decimal.js";
import type { Hit } from "../language.js";
import { numberJoints, numberWords, ratioWords } from "./lexicon/numbers.js";
import { scales } from "./lexicon/scales.js";

const digitOf = invert(numberWords as Lexicon);
const WORDS = [...Object.values(numberWords).flat(), ...numberJoints, "trăm"];
const WORD = alternation(WORDS);
// "mười lăm", "hai mươi mốt", "một trăm linh năm": runs of two or more number words, or one
// word before a scale or a percent ("hai triệu", "năm phần trăm"); a lone "năm" is mostly a year.
const RUN = new RegExp(`${startingWith(WORDS)}${WORD_START}(?:${WORD})(?:(?:\\s+(?:${WORD}))+|(?=\\s+(?:${alternation([...Object.values(scales).flat(), "phần trăm"])})${WORD_END}|\\s*%))${WORD_END}`, "giu");
const RATIO = new RegExp(`${startingWith(Object.values(ratioWords).flat())}${WORD_START}(?:${alternation(Object.values(ratioWords).flat())})${WORD_END}`, "giu");
const ratioOf = invert(ratioWords as Lexicon);

/**
 * Reads a written Vietnamese number below a thousand: "mười lăm" = 15, "hai mươi mốt" = 21,
 * "một trăm linh năm" = 105, "một nửa" = 0.5. Returns null for words that do not form one.
 */
export function readNumberWords(words: string): Dec | null {
  const key = foldKey(words);
  if (key === "một nửa" || key === "nửa") return new D("0.5");
  const tokens = key.split(" ");
  let hundreds = 0;
  let tens: number | null = null;
  let units: number | null = null;
  let pending: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const d = digitOf.get(t);
    if (t === "trăm") {
      if (pending === null || hundreds) return null;
      hundreds = pending * 100;
      pending = null;
    } else if (t === "mười") {
      if (tens !== null || pending !== null) return null;
      tens = 1;
    } else if (t === "mươi") {
      if (pending === null || tens !== null) return null;
      tens = pending;
      pending = null;
    } else if (t === "linh" || t === "lẻ") {
      if (!hundreds || tens !== null) return null;
      tens = 0;
    } else if (d !== undefined && d !== "10" && d !== "0.5") {
      if (pending !== null || units !== null) return null;
      // "mốt", "lăm", "tư" stand only after a ten: "hai mươi mốt", "mười lăm".
      if ((t === "mốt" || t === "lăm" || t === "nhăm" || t === "tư") && (tens === null || tens === 0 && t !== "tư")) return null;
      if (tens !== null) units = Number(d);
      else pending = Number(d);
    } else {
      return null;
    }
  }
  const value = hundreds + (tens ?? 0) * 10 + (units ?? 0) + (pending ?? 0);
  return value > 0 ? new D(value) : null;
}

/** Written numbers in a text, longest runs first: "mười lăm", "hai mươi mốt". */
export function findNumberWords(text: string): Hit<Dec>[] {
  const out: Hit<Dec>[] = [];
  for (const m of text.matchAll(RUN)) {
    const value = readNumberWords(m[0]);
    if (value) out.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "gấp đôi" = 2, "gấp rưỡi" = 1.5: ratios written in words. */
export function findRatioWords(text: string): Hit<Dec>[] {
  const out: Hit<Dec>[] = [];
  for (const m of text.matchAll(RATIO)) {
    const v = ratioOf.get(foldKey(m[0]));
    if (v) out.push({ value: new D(v), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
