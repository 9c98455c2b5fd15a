import { franc } from "franc-min";

// Languages a Vietnamese report may be confused with, or written in instead.
const CANDIDATES = ["vie", "eng", "fra", "cmn", "ind", "spa", "deu"];
const ISO1: Record<string, string> = { vie: "vi", eng: "en", fra: "fr", cmn: "zh", ind: "id", spa: "es", deu: "de" };
// Letters only Vietnamese writes: ơ ư đ and the stacked tones, upper and lower case.
const VIETNAMESE_LETTERS = new Set([..."ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"].flatMap((c) => [c, c.toUpperCase()]).map((c) => c.charCodeAt(0)));
const LETTER = /\p{L}/u;

/** The language of a document, once: "vi", "en", ... or "und" when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  // One pass that counts letters and Vietnamese letters, without building strings or arrays.
  let letters = 0;
  let viLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    else if (c >= 0xc0 && LETTER.test(sample[i] as string)) {
      letters++;
      if (VIETNAMESE_LETTERS.has(c)) viLetters++;
    }
  }
  if (letters < 30) return "und";
  // Diacritics settle it for Vietnamese long before trigrams do.
  if (viLetters / letters > 0.08) return "vi";
  const code = franc(sample, { only: CANDIDATES, minLength: 30 });
  return ISO1[code] ?? "und";
}
