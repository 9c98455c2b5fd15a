/** A sentence of the normalised text, with the paragraph (line block) it sits in. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

// Abbreviations whose dot does not end a sentence: "TP. HCM", "v.v.", "ThS."
const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|Th|St|Mr|Ms|Dr|v\.v|P|Q|H|TX|No|Nr)$/u;

/**
 * Splits text into sentences: at line breaks, and at ". ! ? …" followed by a space and a capital,
 * digit or quote. Semicolons stay inside a sentence; the pipeline reads them as clause breaks.
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
  return out;
}
