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

/**
 * Reads digits with separators as an exact decimal, in the document's style.
 * Returns null for shapes that are not a number in either style ("1.2.3", "1,23,4").
 */
export function readNumeral(raw: string, style: NumberStyle): Numeral | null {
  const evidence = styleEvidence(raw);
  if (evidence === "invalid") return null;
  const decimalSep = (s: NumberStyle): string => (s === "vi" ? "," : ".");
  const read = (s: NumberStyle): string => {
    const dec = decimalSep(s);
    const thousands = s === "vi" ? "." : ",";
    const seps = raw.replace(/\d/g, "");
    // A lone separator followed by other than three digits is decimal whatever the style.
    if (seps.length === 1 && raw.split(/[.,]/)[1]?.length !== 3) return raw.replace(/[.,]/, ".");
    if (seps.length > 1 && [...seps].every((c) => c === seps[0])) return raw.replace(/[.,]/g, "");
    return raw.split(thousands).join("").replace(dec, ".");
  };
  const chosen = evidence === "either" ? style : evidence;
  const number = read(chosen);
  const value = new D(number);
  const ambiguous = evidence === "either" && /[.,]/.test(raw);
  if (!ambiguous) return { value, number, ambiguous };
  const other = read(chosen === "vi" ? "en" : "vi");
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
