/** Anything with a half-open range in the text. */
export interface Ranged {
  start: number;
  end: number;
}

/** Index of the first item (sorted by start) whose start is >= pos. */
export function lowerBound<T extends Ranged>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) lying wholly inside [from, to), found by binary search. */
export function within<T extends Ranged>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from); i < items.length; i++) {
    const it = items[i] as T;
    if (it.start >= to) break;
    if (it.end <= to) out.push(it);
  }
  return out;
}

/** The first item (sorted by start) starting at or after pos. */
export function firstFrom<T extends Ranged>(items: readonly T[], pos: number): T | undefined {
  return items[lowerBound(items, pos)];
}

/**
 * The stretch of text starting at `offset`, with the given ranges (sorted by start, possibly
 * overlapping) replaced by spaces of the same length, so that offsets inside it keep their meaning.
 */
export function blankRanges(s: string, offset: number, ranges: readonly Ranged[]): string {
  if (!ranges.length) return s;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    const a = Math.min(s.length, Math.max(at, r.start - offset));
    const b = Math.min(s.length, Math.max(a, r.end - offset));
    out += s.slice(at, a) + " ".repeat(b - a);
    at = Math.max(at, b);
  }
  return out + s.slice(at);
}

// Brackets, whole and not nested: "(kỳ gốc 2019 = 100)", "(kế hoạch năm: 95%)".
const BRACKETS = /\([^()]*\)/gu;

/** `s` with each pair of brackets and what they hold replaced by spaces of the same length. */
export const blankBrackets = (s: string): string => (s.includes("(") ? s.replace(BRACKETS, (m) => " ".repeat(m.length)) : s);

/** The lines of a text, without their line breaks, in order. */
export function lineRanges(text: string): Ranged[] {
  const lines: Ranged[] = [];
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf("\n", at);
    lines.push({ start: at, end: end < 0 ? text.length : end });
    if (end < 0) break;
    at = end + 1;
  }
  return lines;
}
