import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { charLevelText, endsSentence, render, reportLike, wordBoundaries } from "./arbitraries.js";
import { seed } from "./run.js";

// The properties compare records; on empty outputs they would pass vacuously. These keep them honest:
// the samples come from the same seed the properties run with.
describe("the arbitraries give the properties records to compare", () => {
  const reports = fc.sample(reportLike, { seed, numRuns: 500 }).map((report) => ({ report, records: extract(render(report)).records }));
  const share = (keep: (r: (typeof reports)[number]) => boolean): number => reports.filter(keep).length / reports.length;

  it("most report-like samples yield records", () => {
    expect(share((r) => r.records.length > 0)).toBeGreaterThan(0.6);
  });

  it("many report-like samples yield records with letters that NFD decomposes", () => {
    const decomposable = share((r) => r.records.some((rec) => rec.subject.normalize("NFD") !== rec.subject || rec.stated.text.normalize("NFD") !== rec.stated.text));
    expect(decomposable).toBeGreaterThan(0.4);
  });

  it("report-like samples with records have word boundaries, and many a line break or full stop where a CRLF can go", () => {
    expect(reports.every((r) => r.records.length === 0 || wordBoundaries(r.report).length > 0)).toBe(true);
    expect(share((r) => r.records.length > 0 && wordBoundaries(r.report, endsSentence).length > 0)).toBeGreaterThan(0.25);
  });

  it("report-like records spread over units, numbers written with separators, and several records per text", () => {
    const records = reports.flatMap((r) => r.records);
    expect(new Set(records.map((rec) => rec.unit)).size).toBeGreaterThanOrEqual(6);
    expect(records.filter((rec) => /[.,]/u.test(rec.stated.text)).length / records.length).toBeGreaterThan(0.3);
    expect(share((r) => r.records.length >= 2)).toBeGreaterThan(0.2);
  });

  it("a good share of character-level samples yield records too", () => {
    const texts = fc.sample(charLevelText(), { seed, numRuns: 1000 });
    expect(texts.filter((t) => extract(t).records.length > 0).length / texts.length).toBeGreaterThan(0.15);
  });
});
