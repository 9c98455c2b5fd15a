/** A sentence of the normalised text, with the paragraph (line block) it sits in. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// Abbreviations whose dot does not end a sentence: "TP. HCM", "v.v.", "ThS."
const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|Th|St|Mr|Ms|Dr|v\.v|P|Q|H|TX|No|Nr)$/u;

/**
 * Splits text into sentences: at line breaks, at ". ! ? …" followed by a space and a capital,
 * digit or quote, and at a dot glued to the capitalised word after it ("(GSO).Retail"). Semicolons stay inside a sentence; the pipeline reads them as clause breaks.
 */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < text.length && /[.…!?"”’)]/u.test(text[j] as string)) j++;
      // "(GSO).Retail sales", "percent).Localities": paragraphs glued by a scraper, no space after the stop.
      const glued = ch === "." && j < text.length && /[\p{Ll})%]/u.test(text[i - 1] ?? "") && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2)) && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
      if (glued) {
        push(j);
        start = j;
        i = j - 1;
        continue;
      }
      if (j < text.length && text[j] !== " ") continue;
      let k = j;
      while (k < text.length && text[k] === " ") k++;
      const next = text[k] ?? "";
      if (k < text.length && !/[\p{L}\d"“‘(\-–•+−]/u.test(next)) continue;
      if (ch === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(text.length);
  return out.flatMap((sentence) => splitLong(text, sentence));
}

/** Longer than any real sentence: a text without punctuation, a table flattened, a hostile input. */
export const MAX_SENTENCE = 1200;

/**
 * Cuts an over-long "sentence" into pieces of at most MAX_SENTENCE characters, at a clause break
 * or a space, so that no work done per sentence can grow with the size of the whole text.
 */
function splitLong(text: string, sentence: Sentence): Sentence[] {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return [sentence];
  const out: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf(";"), window.lastIndexOf(","));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_SENTENCE / 4) cut = MAX_SENTENCE - 1;
    out.push({ start, end: start + cut + 1, paragraph: sentence.paragraph });
    start += cut + 1;
  }
  out.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  return out;
}
