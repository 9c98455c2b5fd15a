import type { Corpus, Example } from "../types.js";
import { comparisons } from "./comparisons.js";
import { periods } from "./periods.js";
import { places } from "./places.js";
import { predicates } from "./predicates.js";
import { quantities } from "./quantities.js";
import { subjects } from "./subjects.js";

/** Every English example corpus, by name: the runners, the invariants and the lexicon coverage read them all. */
export const englishCorpora: Readonly<Record<string, Corpus>> = { quantities, predicates, comparisons, periods, places, subjects };

/** Every English example with the corpus and behaviour it belongs to. */
export const allEnglishExamples: ReadonlyArray<{ corpus: string; behaviour: string; example: Example }> = Object.entries(englishCorpora).flatMap(([corpus, sections]) =>
  sections.flatMap((s) => s.examples.map((example) => ({ corpus, behaviour: s.behaviour, example }))),
);
