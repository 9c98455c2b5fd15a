import type { Example, ExpectedRecord } from "../types.js";

/**
 * Examples that differ in one phrase of a sentence: `before` + the phrase + `after`, each with the
 * record it must yield (other records allowed). The tables below read as the lexicon they test.
 */
export function examples(before: string, after: string, rows: ReadonlyArray<readonly [string, ExpectedRecord]>): Example[] {
  return rows.map(([phrase, record]) => ({ text: `${before}${phrase}${after}`, expect: [record], others: true }));
}

/** Examples that differ in one phrase and must all yield the same record. */
export function sameRecord(before: string, after: string, record: ExpectedRecord, phrases: readonly string[]): Example[] {
  return examples(before, after, phrases.map((p) => [p, record] as const));
}
