import { describe, expect, it } from "vitest";
import { createExtractor, DEFAULT_MAX_LENGTH, extract } from "../src/index.js";

describe("extract", () => {
  it.each([
    ["an empty string", ""],
    ["blank lines", "   \n \t "],
  ])("warns of empty input and returns no records for %s", (_name, text) => {
    const result = extract(text);
    expect(result.records).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(["empty-input"]);
    expect(result.document).toEqual({ period: null, periodSource: "none", numberStyle: "vi" });
  });

  it("refuses a text in a language it does not read, and says so", () => {
    const text = "Les exportations de la province ont atteint 3,5 milliards de dollars en 2024, soit une hausse de 12 pour cent par rapport à l'année précédente, selon l'office des statistiques.";
    const result = extract(text);
    expect(result.language).toBe("fr");
    expect(result.records).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(["unsupported-language"]);
  });

  it("detects an English text and reads it with the English lexicons and number style", () => {
    const text = "The province's export turnover reached 3.5 billion USD in 2024, up 12 percent from the previous year, according to the statistics office.";
    const result = extract(text);
    expect(result.language).toBe("en");
    expect(result.warnings).toEqual([]);
    expect(result.document.numberStyle).toBe("en");
    expect(result.records.map((r) => [r.value, r.unit, r.period])).toEqual([["3500000000", "USD", "2024"]]);
    expect(result.records[0]?.rules[0]).toBe("en/quantity/numeral");
  });

  it.each([
    ["English that trigrams take for French", "In 2024, the province's coal output was 41 million tonnes, 3.5 percent lower than in 2023, the department said.", "en"],
    ["English that trigrams take for French, shorter", "In 2024, coal output was 41 million tonnes, 3.5 percent lower than in 2023.", "en"],
    ["French", "La production de charbon de la province a atteint 41 millions de tonnes en 2024, selon le ministère.", "fr"],
    ["Spanish", "La producción de carbón de la provincia alcanzó 41 millones de toneladas en 2024, según el ministerio.", "es"],
    ["German", "Die Kohleproduktion der Provinz erreichte 2024 41 Millionen Tonnen, teilte das Ministerium mit.", "de"],
  ])("tells %s by its common words when trigrams are close to English", (_name, text, language) => {
    expect(extract(text).language).toBe(language);
  });

  it("reads English when told to, however short the text", () => {
    expect(extract("Exports rose 12%.", { language: "en" }).records.map((r) => r.value)).toEqual(["12"]);
    expect(extract("Exports rose 12%.", { language: "en" }).language).toBe("en");
  });

  it("reads a text too short to tell its language as Vietnamese, with a warning", () => {
    const result = extract("Doanh thu đạt 5 tỷ đồng.");
    expect(result.language).toBe("und");
    expect(result.warnings.map((w) => w.code)).toContain("language-undetermined");
    expect(result.records.map((r) => [r.value, r.unit])).toEqual([["5000000000", "VND"]]);
  });

  it("does not detect the language when told it is Vietnamese", () => {
    const result = extract("Doanh thu đạt 5 tỷ đồng.", { language: "vi" });
    expect(result.warnings.map((w) => w.code)).not.toContain("language-undetermined");
    expect(result.records).toHaveLength(1);
  });

  it("reads a text whose UTF-8 was read as Windows-1252 as what it says, warns of it, and spans the damaged input", () => {
    const clean = "Năm 2025, tổng thu ngân sách trên địa bàn tỉnh ước đạt 62.450 tỷ đồng, tăng 12,4% so với năm 2024.";
    const damaged = new TextDecoder("windows-1252").decode(new TextEncoder().encode(clean));
    const result = extract(damaged);
    const { records } = extract(clean);
    expect(result.records.map((r) => [r.subject, r.value, r.unit, r.period])).toEqual(records.map((r) => [r.subject, r.value, r.unit, r.period]));
    expect(result.warnings.map((w) => w.code)).toContain("mojibake-repaired");
    expect(extract(clean).warnings.map((w) => w.code)).not.toContain("mojibake-repaired");
    const first = result.records[0];
    expect(first && damaged.slice(first.span.start, first.span.end)).toBe(first?.stated.text);
  });

  it("gives an ambiguous separator's warning the span of the numeral in the input", () => {
    const text = "Lợi nhuận trước thuế của các ngân hàng thương mại trên địa bàn đạt 108,987 tỷ đồng.";
    const warning = extract(text).warnings.find((w) => w.code === "ambiguous-separator");
    expect(warning?.span).not.toBeNull();
    expect(text.slice(warning!.span!.start, warning!.span!.end)).toBe("108,987");
  });

  it.each([
    ["a Vietnamese document", "Năm 2024, tỷ lệ hộ nghèo giảm còn 2,1%, thu nhập bình quân đạt 68,5 triệu đồng.", "vi"],
    ["an English-style document", "Năm 2024, kim ngạch xuất khẩu đạt 3.5 tỷ USD, nhập khẩu đạt 2.1 tỷ USD.", "en"],
  ])("reports the number style of %s", (_name, text, style) => {
    expect(extract(text).document.numberStyle).toBe(style);
  });

  it("writes every value as an exact decimal string, never a number", () => {
    const r = extract("Năm 2024, tổng phương tiện thanh toán của nền kinh tế đạt 1,26 triệu tỉ đồng.").records[0]!;
    expect(typeof r.value).toBe("string");
    expect(r.value).toBe("1260000000000000");
  });

  it("throws a TypeError for input that is not a string", () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
    expect(() => extract(null as unknown as string)).toThrow(/got null/);
  });

  it.each([
    ["a period that is no SDMX period", { period: "2024-13" }],
    ["a date that is no ISO date", { date: "27/12/2024" }],
    ["an unknown option", { foo: 1 }],
  ])("rejects %s", (_name, options) => {
    expect(() => extract("Doanh thu đạt 5 tỷ đồng.", options as never)).toThrow();
  });
});

describe("createExtractor", () => {
  const ex = createExtractor({ language: "vi" });

  it("extracts many documents with one set of options, each with its own period", () => {
    const text = "Doanh thu dịch vụ viễn thông đạt 838 tỷ đồng.";
    expect(ex.extract(text, { period: "2024-Q3" }).records[0]?.period).toBe("2024-Q3");
    expect(ex.extract(text).records[0]?.period).toBeNull();
    expect(ex.extract(text, { date: "2023-06-30" }).records[0]?.period).toBe("2023");
  });

  it("gives the same result for the same text twice", () => {
    const text = "Năm 2024, doanh thu đạt 838 tỷ đồng, tăng 18% so với năm 2023.";
    expect(ex.extract(text)).toEqual(ex.extract(text));
  });
});

describe("a text longer than one document may be", () => {
  it("is refused with an input-too-large warning that names the limit and how to stream", () => {
    const text = "Doanh thu đạt 838 tỷ đồng. ".repeat(40);
    const result = extract(text, { maxLength: 100 });
    expect(result.records).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe("input-too-large");
    expect(result.warnings[0]?.message).toContain("100");
    expect(result.warnings[0]?.message).toContain("--input jsonl");
  });

  it("is read as usual up to the limit", () => {
    expect(extract("Doanh thu đạt 838 tỷ đồng.", { maxLength: 100 }).records[0]?.value).toBe("838000000000");
  });

  it("has a default limit of 16 Mi characters", () => {
    expect(DEFAULT_MAX_LENGTH).toBe(16 * 1024 * 1024);
  });
});
