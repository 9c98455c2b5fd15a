import { describe, expect, it } from "vitest";
import { extract, ExtractResultSchema, IndicatorRecordSchema, type IndicatorRecord } from "../../src/index.js";
import { allEnglishExamples } from "../corpus/en/index.js";
import { allExamples } from "../corpus/index.js";

// Every example of every corpus, in either language, must keep the contract of RECORDS.md.
const cases = [...allExamples, ...allEnglishExamples.map((e) => ({ ...e, corpus: `en/${e.corpus}` }))].map(({ corpus, example }) => [`${corpus}: ${example.text}`, example] as const);

/** What a record says, apart from where it is: the same in every spelling of the text. */
const reading = (r: IndicatorRecord) => ({
  subject: r.subject.normalize("NFC").replace(/_/gu, " "),
  value: r.value,
  unit: r.unit,
  valueMax: r.valueMax,
  per: r.per?.normalize("NFC").replace(/_/gu, " "),
  period: r.period,
  qualifier: r.qualifier,
  status: r.status,
  area: r.area?.normalize("NFC").replace(/_/gu, " "),
  comparisons: r.comparisons,
  number: r.stated.number,
});

const expectSpansHold = (input: string, records: IndicatorRecord[]): void => {
  for (const r of records) {
    expect(input.slice(r.span.start, r.span.end)).toBe(r.stated.text);
    expect(r.span.start).toBeLessThan(r.span.end);
    expect(r.sentence.start).toBeLessThanOrEqual(r.span.start);
    expect(r.sentence.end).toBeGreaterThanOrEqual(r.span.end);
    expect(r.sentence.end).toBeLessThanOrEqual(input.length);
  }
};

describe("every record of every example", () => {
  it.each(cases)("validates against the schema, with a span that slices to its stated text: %s", (_name, ex) => {
    const result = extract(ex.text, ex.options ?? {});
    expect(() => ExtractResultSchema.parse(result)).not.toThrow();
    for (const r of result.records) expect(IndicatorRecordSchema.safeParse(r).success).toBe(true);
    expectSpansHold(ex.text, result.records);
  });

  it.each(cases)("reads decomposed (NFD) text as it reads NFC, with spans into the NFD string: %s", (_name, ex) => {
    const nfc = extract(ex.text.normalize("NFC"), ex.options ?? {});
    const nfdText = ex.text.normalize("NFD");
    const nfd = extract(nfdText, ex.options ?? {});
    expect(nfd.records.map(reading)).toEqual(nfc.records.map(reading));
    expect(nfd.records.map((r) => r.stated.text.normalize("NFC"))).toEqual(nfc.records.map((r) => r.stated.text));
    expectSpansHold(nfdText, nfd.records);
  });

  it.each(cases)("reads word-segmented text (syllables joined by '_') as it reads spaced text: %s", (_name, ex) => {
    const segmented = ex.text.replace(/(?<=[\p{L}\p{M}]) (?=[\p{L}\p{M}])/gu, "_");
    const plain = extract(ex.text, ex.options ?? {});
    const seg = extract(segmented, ex.options ?? {});
    expect(seg.records.map(reading)).toEqual(plain.records.map(reading));
    expectSpansHold(segmented, seg.records);
  });

  it.each(cases)("reads the text with CRLF line breaks and doubled spaces as it reads it plain: %s", (_name, ex) => {
    const crlf = ex.text.replace(/\n/gu, "\r\n").replace(/, /gu, ",  ");
    const plain = extract(ex.text, ex.options ?? {});
    const other = extract(crlf, ex.options ?? {});
    expect(other.records.map(reading)).toEqual(plain.records.map(reading));
    expectSpansHold(crlf, other.records);
  });
});

describe("spelling variants of one report", () => {
  const report = "Báo cáo tình hình kinh tế - xã hội năm 2024\nNăm 2024, toàn tỉnh có 1.186 doanh nghiệp thành lập mới, tăng 8,4% so với năm 2023.\nDoanh thu dịch vụ viễn thông đạt 1.250 tỷ đồng.";
  const base = extract(report);

  it("finds the records of the plain report", () => {
    expect(base.records.map((r) => [r.value, r.unit, r.period])).toEqual([
      ["1186", "count", "2024"],
      ["1250000000000", "VND", "2024"],
    ]);
  });

  it.each([
    ["CRLF line breaks", report.replace(/\n/gu, "\r\n")],
    ["lone CR line breaks", report.replace(/\n/gu, "\r")],
    ["NFD letters", report.normalize("NFD")],
    ["word-segmented syllables", report.replace("doanh nghiệp", "doanh_nghiệp").replace("Doanh thu dịch vụ viễn thông", "Doanh_thu dịch_vụ viễn_thông")],
    ["no-break spaces", report.replace(/ /gu, "\u00A0")],
    ["zero-width spaces", report.replace(/tỷ/gu, "t\u200Bỷ")],
    ["a byte-order mark", `\uFEFF${report}`],
  ])("reads the same records from %s, with spans into that string", (_name, variant) => {
    const result = extract(variant);
    expect(result.records.map(reading)).toEqual(base.records.map(reading));
    expectSpansHold(variant, result.records);
  });

  it("keeps the underscores of a segmented unit in the stated text", () => {
    const variant = report.replace("doanh nghiệp", "doanh_nghiệp");
    const r = extract(variant).records[0]!;
    expect(r.stated.text).toBe("1.186 doanh_nghiệp");
    expect(r.subject.replace(/_/gu, " ")).toContain("doanh nghiệp");
  });
});
