import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, ExtractResultSchema, IndicatorRecordSchema, type ExtractOptions } from "../../src/index.js";
import { charLevelText, render, reportLike } from "./arbitraries.js";
import { check, runs, show, spanMismatch } from "./run.js";

const options: fc.Arbitrary<ExtractOptions> = fc.constantFrom<ExtractOptions>({}, { language: "vi" }, { period: "2024-Q3" }, { date: "2024-12-27" });

/** extract() must return, and what it returns must pass the exported schemas. */
const validates = (text: string, opts: ExtractOptions): void => {
  const result = extract(text, opts);
  const parsed = ExtractResultSchema.safeParse(result);
  expect(parsed.success, `${show(text)}: ${parsed.error?.message}`).toBe(true);
  for (const r of result.records) {
    const one = IndicatorRecordSchema.safeParse(r);
    expect(one.success, `${show(text)}: ${one.error?.message}`).toBe(true);
  }
};

/** Every record's span slices the caller's string to its stated text. */
const spansHold = (text: string, opts: ExtractOptions): void => {
  expect(spanMismatch(text, extract(text, opts).records), show(text)).toBeNull();
};

describe("arbitrary strings (letters with tones, digits, separators, whitespace, emoji, controls, lone surrogates, combining marks)", () => {
  it("extract never throws and its result passes the exported schemas", () => {
    check("extract never throws and its result passes the exported schemas", fc.property(charLevelText(), options, validates), runs(4000));
  });

  it("every record's span slices the input to its stated text", () => {
    check("every record's span slices the input to its stated text", fc.property(charLevelText(), options, spansHold), runs(4000));
  });
});

describe("report-like text", () => {
  it("extract never throws and its result passes the exported schemas (reports)", () => {
    check("extract never throws and its result passes the exported schemas (reports)", fc.property(reportLike.map(render), options, validates), runs(2000));
  });

  it("every record's span slices the input to its stated text (reports)", () => {
    check("every record's span slices the input to its stated text (reports)", fc.property(reportLike.map(render), options, spansHold), runs(2000));
  });
});
