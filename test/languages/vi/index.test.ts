import { describe, expect, it } from "vitest";
import { vi } from "../../../src/languages/vi/index.js";

// The `vi` Language: the matchers the pipeline asks about the words around a figure.
describe("vi.scaleAt", () => {
  it.each([
    ["838 tỷ đồng", 4, "tỷ", 9],
    ["1,5 nghìn tỷ đồng", 4, "nghìn tỷ", 12],
    ["2 triệu tỉ đồng", 2, "triệu tỉ", 15],
    ["45 ngàn USD", 3, "ngàn", 3],
    ["2 vạn người", 2, "vạn", 4],
    ["5 trăm ha", 2, "trăm", 2],
  ])("reads the longest scale word in %s", (text, pos, word, power) => {
    expect(vi.scaleAt(text, pos)).toMatchObject({ text: word, value: power, start: pos, end: pos + word.length });
  });

  it("needs a whole word: 'tỷlệ' is no scale", () => {
    expect(vi.scaleAt("5 tỷlệ", 2)).toBeNull();
  });
});

describe("vi.unitAt", () => {
  it.each([
    ["94,3%", 4, "%", "%", "percent"],
    ["12 điểm phần trăm", 3, "điểm phần trăm", "pp", "points"],
    ["65 điểm", 3, "điểm", "score", "score"],
    ["5 đồng", 2, "đồng", "VND", "money"],
    ["5 đ", 2, "đ", "VND", "money"],
    ["4 US$", 2, "US$", "USD", "money"],
    ["5 đô la Mỹ", 2, "đô la Mỹ", "USD", "money"],
    ["9 km²", 2, "km²", "km2", "measure"],
    ["12 lượt khách", 3, "lượt khách", "count", "count"],
    ["5 người dân", 2, "người dân", "count", "count"],
    ["5 đơn vị", 2, "đơn vị", "count", "count"],
  ])("reads %s as %s → %s", (text, pos, surface, unit, kind) => {
    expect(vi.unitAt(text, pos)).toMatchObject({ text: surface, value: { unit, kind } });
  });

  it("gives 'tạ' its factor to the tonne", () => {
    expect(vi.unitAt("3 tạ", 2)?.value).toEqual({ unit: "t", kind: "measure", factor: "0.1" });
  });

  it("does not read the 'đ' at the start of 'đơn' as đồng", () => {
    expect(vi.unitAt("5 đơn vị", 2)?.value.unit).toBe("count");
  });
});

describe("vi.predicateBefore", () => {
  const before = (words: string) => vi.predicateBefore(`${words}5`, 0, words.length);

  it.each([
    ["Doanh thu ước tính đạt gần ", "đạt", "attainment", "nearly", "estimated", 10],
    ["dự kiến đạt trên ", "đạt", "attainment", "over", "forecast", 0],
    ["GRDP tăng ", "tăng", "change-up", null, null, 5],
    ["giá giảm ", "giảm", "change-down", null, null, 4],
    ["xuất khẩu gấp ", "gấp", "ratio", null, null, 10],
    ["ngành đóng góp ", "đóng góp", "contribution", null, null, 6],
    ["thu ngân sách bằng ", "bằng", "attainment", null, null, 14],
  ])("reads the status, verb and qualifier of '%s'", (words, verb, verbKind, qualifier, status, start) => {
    expect(before(words)).toMatchObject({ verb, verbKind, qualifier, status, start, glued: false });
  });

  it("finds no predicate after a bare noun", () => {
    expect(before("Sản lượng ")).toMatchObject({ verb: null, verbKind: null, qualifier: null, status: null });
  });

  it("marks a verb glued to the figure", () => {
    expect(before("tạotăng")).toMatchObject({ verb: "tăng", glued: true });
  });
});

describe("vi.trailingQualifierAt", () => {
  it.each([
    ["9% trở lên", "at least"],
    ["9% trở xuống", "at most"],
  ])("reads the qualifier after %s", (text, qualifier) => {
    expect(vi.trailingQualifierAt(text, 2)?.value).toBe(qualifier);
  });

  it("finds none after an ordinary word", () => {
    expect(vi.trailingQualifierAt("9% tăng", 2)).toBeNull();
  });
});

describe("vi.statusIn", () => {
  it("takes the last status word of a stretch", () => {
    const text = "Theo kế hoạch, số liệu sơ bộ năm nay";
    expect(vi.statusIn(text, 0, text.length)?.value).toBe("preliminary");
  });

  it("finds none in a plain stretch", () => {
    expect(vi.statusIn("doanh thu đạt", 0, 13)).toBeNull();
  });
});
