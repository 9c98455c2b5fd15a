/**
 * The text the pipeline reads, and the way back to the caller's string.
 *
 * Normalisation composes to NFC, turns the "_" of word-segmented corpora and every kind of space
 * into a plain space, folds runs of spaces into one, and drops zero-width characters and soft
 * hyphens. `toInput` maps a half-open range of the normalised text to the caller's own offsets, so
 * a span always satisfies `input.slice(start, end) === stated.text`.
 */
export interface NormalizedText {
  readonly text: string;
  /** Offset in the input where normalised character i starts. Length text.length + 1. */
  readonly starts: Int32Array;
  /** Offset in the input where normalised character i ends. */
  readonly ends: Int32Array;
}

const DROPPED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000_]/u;
const COMBINING = /\p{M}/u;

export function normalizeText(input: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (chunk: string, start: number, end: number): void => {
    for (const ch of chunk) {
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k] as string);
        starts.push(start);
        ends.push(end);
      }
    }
  };
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    let j = i + ch.length;
    if (DROPPED.test(ch)) {
      i = j;
      continue;
    }
    if (ch === "\r") {
      // CRLF and lone CR both read as one line break.
      if (input[j] === "\n") j++;
      push("\n", i, j);
      i = j;
      continue;
    }
    if (SPACE.test(ch)) {
      while (j < input.length && SPACE.test(input[j] as string)) j++;
      if (out.length && out[out.length - 1] !== " ") push(" ", i, j);
      i = j;
      continue;
    }
    // A base character with the combining marks that follow it composes as one cluster.
    while (j < input.length && COMBINING.test(String.fromCodePoint(input.codePointAt(j) as number))) {
      j += String.fromCodePoint(input.codePointAt(j) as number).length;
    }
    push(input.slice(i, j).normalize("NFC"), i, j);
    i = j;
  }
  starts.push(input.length);
  ends.push(input.length);
  return { text: out.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The caller's offsets for the normalised range [start, end). */
export function toInputSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.starts[start] ?? 0, end: n.starts[start] ?? 0 };
  return { start: n.starts[start] as number, end: n.ends[end - 1] as number };
}
