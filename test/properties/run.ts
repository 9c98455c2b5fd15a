import fc from "fast-check";
import type { IndicatorRecord } from "../../src/index.js";

/**
 * The seed every property runs with: fixed, so CI sees the same cases each run. Set FC_SEED to
 * replay another (FC_SEED=random picks a fresh one, printed on failure).
 */
export const seed: number =
  process.env.FC_SEED === "random" ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(process.env.FC_SEED ?? 20261126);

/** How many cases a property runs: its default, or FC_NUM_RUNS for all of them. */
export const runs = (byDefault: number): number => Number(process.env.FC_NUM_RUNS ?? byDefault);

/**
 * Runs a property with the fixed seed, after the given examples (counterexamples found before,
 * kept so that every run checks them); on failure, the error says how to reproduce it. FC_PATH
 * (printed by fast-check) replays the one shrunk counterexample of the test named with -t.
 */
export function check<Ts>(name: string, property: fc.IProperty<Ts>, numRuns: number, examples: Ts[] = []): void {
  const path = process.env.FC_PATH;
  try {
    fc.assert(property, { seed, numRuns, examples, ...(path ? { path, endOnFailure: true } : {}) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const replayPath = /path: "([^"]*)"/u.exec(message)?.[1];
    throw new Error(
      `${message}\n\nReproduce with:\n  FC_SEED=${seed} npx vitest run test/properties -t ${JSON.stringify(name)}` +
        (replayPath ? `\nor only the shrunk counterexample:\n  FC_SEED=${seed} FC_PATH=${replayPath} npx vitest run test/properties -t ${JSON.stringify(name)}` : ""),
      { cause: error },
    );
  }
}

/**
 * A string as a JSON literal that shows what it holds: printable ASCII and Latin letters (Vietnamese
 * included) as they are, everything else (spaces of other kinds, marks, controls, surrogates) as \uXXXX.
 */
export const show = (text: string): string =>
  JSON.stringify(text).replace(/[^\x20-\x7e\u00c0-\u024f\u1e00-\u1eff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** What a record says, apart from where it is. */
export const reading = (r: IndicatorRecord) => ({ value: r.value, unit: r.unit, subject: r.subject.normalize("NFC") });

/** Just the figures: value and unit. */
export const figures = (r: IndicatorRecord) => ({ value: r.value, unit: r.unit });

/** The records' spans, checked against the caller's own string; returns the first mismatch or null. */
export function spanMismatch(input: string, records: readonly IndicatorRecord[]): string | null {
  for (const r of records) {
    const sliced = input.slice(r.span.start, r.span.end);
    if (sliced !== r.stated.text)
      return `span ${r.span.start}-${r.span.end} slices ${show(sliced)}, stated.text is ${show(r.stated.text)}`;
  }
  return null;
}
