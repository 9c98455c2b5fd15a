import type { Comparison, ExtractOptions, ExtractWarning, Qualifier, Status } from "../../src/index.js";

/**
 * One record an example must yield. `value` and `unit` find the record; every other field given
 * is checked. `qualifier` and `status` left out mean null (as the gold files score them);
 * `period` left out is not checked.
 */
export interface ExpectedRecord {
  value: string;
  unit: string;
  /** Fragments that must all appear in `subject + " " + area` (case and "_" folded), as the scorer asks. */
  subject?: readonly string[];
  /** Fragments that must not appear in the subject: fillers and verbs that should have been trimmed. */
  subjectLacks?: readonly string[];
  area?: string | null;
  period?: string | null;
  qualifier?: Qualifier | null;
  status?: Status | null;
  valueMax?: string;
  per?: string;
  /** Matched in order with `toMatchObject`: the record has exactly these comparisons, with at least these fields. */
  comparisons?: readonly Comparison[];
  /** Compare `comparisons` with `toEqual`: no fields beyond the ones written. */
  exactComparisons?: boolean;
  stated?: { text?: string; number?: string; scale?: string | null; unitText?: string | null };
}

/** A text and the records it must yield. */
export interface Example {
  text: string;
  options?: Pick<ExtractOptions, "period" | "date">;
  expect: readonly ExpectedRecord[];
  /** The text may yield other records besides the expected ones (by default it yields exactly these). */
  others?: boolean;
  /** Warning codes the extraction must give. */
  warnings?: ReadonlyArray<ExtractWarning["code"]>;
  /** Strings of the text that are no figure: no record's stated text may overlap them. */
  mustNotExtract?: readonly string[];
  /**
   * Set when the engine is known to get this example wrong (what it does instead): the example
   * then runs under "known gaps" as a test that is expected to fail.
   */
  gap?: string;
}

/** Examples of one behaviour: the behaviour names the test group. */
export interface Section {
  behaviour: string;
  examples: readonly Example[];
}

export type Corpus = readonly Section[];
