import { franc } from "franc-min";

// Languages a Vietnamese report may be confused with, or written in instead.
const CANDIDATES = ["vie", "eng", "fra", "cmn", "ind", "spa", "deu"];
const ISO1: Record<string, string> = { vie: "vi", eng: "en", fra: "fr", cmn: "zh", ind: "id", spa: "es", deu: "de" };
// Letters only Vietnamese writes: ơ ư đ and the stacked tones.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** The language of a document, once: "vi", "en", ... or "und" when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const letters = sample.replace(/[^\p{L}]/gu, "").length;
  if (letters < 30) return "und";
  const viLetters = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  // Diacritics settle it for Vietnamese long before trigrams do.
  if (viLetters / letters > 0.08) return "vi";
  const code = franc(sample, { only: CANDIDATES, minLength: 30 });
  return ISO1[code] ?? "und";
}
