import { allMatches } from "../../grammar/ends-with.js";
import { alternation, foldKey, invert, wordStartBefore, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { D, pow10, type Dec } from "../../numbers/decimal.js";
import type { Hit } from "../language.js";
import { countingWords, decimalPoints, numberJoints, numberWords, ratioWords } from "./lexicon/numbers.js";
import { scales } from "./lexicon/scales.js";

const digitOf = invert(numberWords as Lexicon);
const WORDS = [...Object.values(numberWords).flat(), ...numberJoints, "trăm"];
const WORD = alternation(WORDS);
// Scales that split a written number into groups below a thousand: "bốn nghìn hai trăm".
const groupScales = Object.entries(scales).filter(([power]) => Number(power) >= 3);
const powerOf = invert(Object.fromEntries(groupScales) as Lexicon);
const GROUP = `(?:${WORD})(?:\\s+(?:${WORD}))*`;
const BIG = alternation(groupScales.flatMap(([, surfaces]) => surfaces));
// "giảm một nửa": a half standing alone, a figure only after a verb of change.
const HALF = new RegExp(`${WORD_START}(?:${alternation(numberWords["0.5"])})${WORD_END}`, "giu");
const TRAILING_BIG = new RegExp(`\\s+(?:${BIG})$`, "iu");
// "bốn nghìn hai trăm", "hai mươi hai nghìn năm trăm": groups joined by a scale; "mười lăm",
// "hai mươi mốt", "một trăm linh năm": runs of two or more number words; or one word before a
// scale or a percent ("hai triệu", "năm phần trăm"): a lone "năm" is mostly a year.
const POINT = alternation(decimalPoints);
const RUN = new RegExp(
  `${wordStartBefore(WORDS, `(?:${WORD})[\\s%]`)}(?:${GROUP}\\s+(?:${POINT})\\s+${GROUP}|${GROUP}(?:\\s+(?:${BIG})\\s+${GROUP})+(?:\\s+(?:${BIG}))?|(?:${WORD})(?:(?:\\s+(?:${WORD}))+|(?=\\s+(?:${alternation([...Object.values(scales).flat(), "phần trăm"])})${WORD_END}|\\s*%)))${WORD_END}`,
  "giu",
);
// "hai vụ cháy": one counting word before a word in lower case, the noun it may count.
const COUNTING = alternation(countingWords);
const LONE = new RegExp(`${wordStartBefore(countingWords, COUNTING)}(?:${COUNTING})${WORD_END}(?=\\s+\\p{Ll})`, "giu");
const RATIO_WORDS = alternation(Object.values(ratioWords).flat());
const RATIO = new RegExp(`${wordStartBefore(Object.values(ratioWords).flat(), RATIO_WORDS)}(?:${RATIO_WORDS})${WORD_END}`, "giu");
const ratioOf = invert(ratioWords as Lexicon);

/**
 * Reads a written Vietnamese number: groups below a thousand ("mười lăm" = 15, "hai mươi mốt" = 21,
 * "một trăm linh năm" = 105) joined by scales in falling order ("bốn nghìn hai trăm" = 4200), or
 * "một nửa" = 0.5. Returns null for words that do not form one.
 */
export function readNumberWords(words: string): Dec | null {
  const key = foldKey(words);
  if (key === "một nửa" || key === "nửa") return new D("0.5");
  // "năm phẩy hai" = 5.2, "hai phẩy không năm" is not read (no "không"), "ba phẩy hai lăm" = 3.25.
  const point = key.split(new RegExp(` (?:${POINT}) `, "u"));
  if (point.length === 2) {
    const whole = readNumberWords(point[0] as string);
    const tokens = (point[1] as string).split(" ");
    const digits = tokens.every((t) => /^\d$/u.test(digitOf.get(t) ?? "")) ? tokens.map((t) => digitOf.get(t)).join("") : readGroup(point[1] as string)?.toFixed();
    return whole && digits ? new D(`${whole.toFixed()}.${digits}`) : null;
  }
  const parts = key.split(new RegExp(` (${BIG})(?: |$)`, "u"));
  if (parts.length === 1) return readGroup(key);
  // "một triệu hai trăm nghìn": a scale after the last group is that group's when it is smaller
  // than the one before; "bốn nghìn hai trăm tỷ" is left whole, and the tỷ multiplies it all.
  let total = new D(0);
  let lastPower = Infinity;
  for (let i = 0; i < parts.length; i += 2) {
    const words = parts[i] as string;
    if (!words) break;
    const group = readGroup(words);
    const scale = parts[i + 1];
    const power = scale === undefined ? 0 : Number(powerOf.get(scale));
    // "ba nghìn hai" (3 200 in speech, or 3 002?) and "tám nghìn năm" (years?): a lone word after
    // a scale is not read.
    if (!group || group.gte(1000) || power >= lastPower || (i > 0 && !words.includes(" ") && digitOf.get(words) !== "10")) return null;
    total = total.plus(group.times(pow10(power)));
    lastPower = power;
  }
  return total;
}

/** One group below a thousand: "hai trăm linh năm". */
function readGroup(key: string): Dec | null {
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
  for (const m of allMatches(RUN, text)) {
    let words = m[0];
    let value = readNumberWords(words);
    // "bốn nghìn hai trăm tỷ": a closing scale larger than the ones inside multiplies the whole,
    // as the scale after any figure does.
    const closing = value ? null : TRAILING_BIG.exec(words);
    if (closing) {
      words = words.slice(0, closing.index);
      value = readNumberWords(words);
    }
    if (value) out.push({ value, text: words, start: m.index, end: m.index + words.length });
  }
  // Whether a stretch is free of the runs, asked in order of position: one walk over the runs.
  const runs = [...out];
  const outsideRuns = (): ((s: number, e: number) => boolean) => {
    let k = 0;
    return (s, e) => {
      while (k < runs.length && (runs[k] as Hit<Dec>).end <= s) k++;
      return k >= runs.length || (runs[k] as Hit<Dec>).start >= e;
    };
  };
  const halfFree = outsideRuns();
  for (const m of allMatches(HALF, text)) {
    const end = m.index + m[0].length;
    if (halfFree(m.index, end)) out.push({ value: new D("0.5"), text: m[0], start: m.index, end });
  }
  const loneFree = outsideRuns();
  for (const m of allMatches(LONE, text)) {
    const end = m.index + m[0].length;
    const value = readNumberWords(m[0]);
    if (value && loneFree(m.index, end)) out.push({ value, text: m[0], start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "gấp đôi" = 2, "gấp rưỡi" = 1.5: ratios written in words. */
export function findRatioWords(text: string): Hit<Dec>[] {
  const out: Hit<Dec>[] = [];
  for (const m of allMatches(RATIO, text)) {
    const v = ratioOf.get(foldKey(m[0]));
    if (v) out.push({ value: new D(v), text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
