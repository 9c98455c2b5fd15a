import { areas } from "./areas.js";
import { comparisons } from "./comparisons.js";
import { counts } from "./counts.js";
import { furniture } from "./furniture.js";
import { lineBreaks } from "./line-breaks.js";
import { nonRecords } from "./non-records.js";
import { numberWords } from "./number-words.js";
import { numbers } from "./numbers.js";
import { periods } from "./periods.js";
import { qualifiers } from "./qualifiers.js";
import { scales } from "./scales.js";
import { subjects } from "./subjects.js";
import type { Corpus, Example } from "./types.js";
import { units } from "./units.js";

/** Every example corpus, by name: the invariants and the lexicon coverage read them all. */
export const corpora: Readonly<Record<string, Corpus>> = {
  numbers,
  scales,
  units,
  counts,
  qualifiers,
  numberWords,
  periods,
  comparisons,
  subjects,
  areas,
  nonRecords,
  lineBreaks,
  furniture,
};

/** Every example of every corpus, with where it comes from. */
export const allExamples: ReadonlyArray<{ corpus: string; behaviour: string; example: Example }> = Object.entries(corpora).flatMap(([corpus, sections]) =>
  sections.flatMap((s) => s.examples.map((example) => ({ corpus, behaviour: s.behaviour, example }))),
);
