import { D, toPlain, type Dec } from "./decimal.js";

/** How a document writes numbers: "vi" = 1.234,5 (dot thousands), "en" = 1,234.5. */
export type NumberStyle = "vi" | "en";

export interface Numeral {
  value: Dec;
  /** As written, with a dot for the decimal separator and no thousands separators. */
  number: string;
  /** True when the other style would read the same digits differently ("1,234" alone). */
  ambiguous: boolean;
  /** The other style's reading, when ambiguous. */
  otherReading?: string;
}

/** What the shape of a digit group says about the style, independent of the document. */
export type StyleEvidence = NumberStyle | "either" | "invalid";

/**
 * Tells which number style a written numeral can belong to ("94,3" "1.234.567" "1.234,56"
 * "1,234.56" "12"), in one pass over its characters: it runs for every number of a document.
 */
export function styleEvidence(raw: string): StyleEvidence {
  let seps = "";
  // Lengths of the digit groups after the first separator.
  const tail: number[] = [];
  let group = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      group++;
    } else if ((c === 0x2c || c === 0x2e) && group > 0) {
      if (seps) tail.push(group);
      seps += raw[i];
      group = 0;
    } else {
      return "invalid";
    }
  }
  if (group === 0) return "invalid";
  if (!seps) return "either";
  tail.push(group);
  if (seps.length === 1) {
    if (tail[0] === 3) return "either";
    return seps === "," ? "vi" : "en";
  }
  const first = seps[0] as string;
  const last = seps[seps.length - 1] as string;
  if ([...seps].every((c) => c === first)) return tail.every((g) => g === 3) ? (first === "." ? "vi" : "en") : "invalid";
  // Mixed: the last separator is the decimal one, the others group thousands of three.
  if (!tail.slice(0, -1).every((g) => g === 3) || seps.slice(0, -1).includes(last)) return "invalid";
  return last === "," ? "vi" : "en";
}

const isSeparator = (c: number): boolean => c === 0x2c || c === 0x2e;

/**
 * Digits with separators (a numeral styleEvidence found valid) as a plain decimal read in `style`:
 * a dot for the decimal separator, no thousands separators. A walk or two over its characters, without
 * patterns: it runs for every number of a document.
 */
function plainIn(raw: string, style: NumberStyle): string {
  let seps = 0;
  let first = -1;
  let alike = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!isSeparator(c)) continue;
    if (first < 0) first = i;
    else if (c !== raw.charCodeAt(first)) alike = false;
    seps++;
  }
  if (seps === 0) return raw;
  // A lone separator followed by other than three digits is decimal whatever the style.
  if (seps === 1 && raw.length - first - 1 !== 3) return `${raw.slice(0, first)}.${raw.slice(first + 1)}`;
  if (seps > 1 && alike) return raw.replace(/[.,]/g, "");
  // Else the style's thousands separators go, and its first decimal separator is a dot.
  const thousands = style === "vi" ? 0x2e : 0x2c;
  let out = "";
  let pointed = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === thousands) continue;
    if (isSeparator(c) && !pointed) {
      out += ".";
      pointed = true;
    } else {
      out += raw[i];
    }
  }
  return out;
}

/**
 * Reads digits with separators as an exact decimal, in the document's style.
 * Returns null for shapes that are not a number in either style ("1.2.3", "1,23,4").
 */
export function readNumeral(raw: string, style: NumberStyle): Numeral | null {
  const evidence = styleEvidence(raw);
  if (evidence === "invalid") return null;
  const chosen = evidence === "either" ? style : evidence;
  const number = plainIn(raw, chosen);
  const value = new D(number);
  const ambiguous = evidence === "either" && (raw.includes(".") || raw.includes(","));
  if (!ambiguous) return { value, number, ambiguous };
  const other = plainIn(raw, chosen === "vi" ? "en" : "vi");
  return { value, number, ambiguous, otherReading: toPlain(new D(other)) };
}

/** Decides a document's number style from the numerals it contains; the language's own (`fallback`) unless outvoted. */
export function decideNumberStyle(raws: Iterable<string>, fallback: NumberStyle = "vi"): { style: NumberStyle; decided: boolean } {
  let vi = 0;
  let en = 0;
  for (const raw of raws) {
    const e = styleEvidence(raw);
    if (e === "vi") vi++;
    else if (e === "en") en++;
  }
  // Decided only by a clear margin: one stray "25.9" (a date) must not settle a document.
  const style: NumberStyle = en > vi ? "en" : vi > en ? "vi" : fallback;
  const [win, lose] = style === "en" ? [en, vi] : [vi, en];
  return { style, decided: win >= 1 && (lose === 0 || win - lose >= 2) };
}
