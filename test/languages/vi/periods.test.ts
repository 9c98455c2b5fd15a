import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../src/languages/vi/periods.js";
import { firstMonths } from "../../../src/record/periods.js";
import { resolveMention, unitOfPeriod } from "../../../src/stages/resolve-periods.js";

// The document year used to resolve mentions that name no year of their own.
const DOC_YEAR = 2024;

const only = (text: string) => {
  const found = findPeriods(text);
  expect(found, `periods in "${text}"`).toHaveLength(1);
  return found[0]!;
};

describe("findPeriods", () => {
  describe.each([
    {
      behaviour: "reads a year",
      cases: [
        ["năm 2024", "2024"],
        ["cả năm 2022", "2022"],
        ["Năm 2019", "2019"],
      ],
    },
    {
      behaviour: "reads a month with its year after a slash, a dash or 'năm'",
      cases: [
        ["tháng 7/2023", "2023-07"],
        ["tháng 7 năm 2023", "2023-07"],
        ["tháng 5-2019", "2019-05"],
        ["cuối tháng 12/2024", "2024-12"],
        ["tháng 10 của năm 2021", "2021-10"],
      ],
    },
    {
      behaviour: "reads a month written as a capitalised word after 'tháng'",
      cases: [
        ["tháng Giêng năm 2025", "2025-01"],
        ["tháng Một năm 2025", "2025-01"],
        ["tháng Hai năm 2025", "2025-02"],
        ["tháng Ba năm 2025", "2025-03"],
        ["tháng Tư/2025", "2025-04"],
        ["tháng Năm năm 2025", "2025-05"],
        ["tháng Sáu năm 2025", "2025-06"],
        ["tháng Bảy năm 2025", "2025-07"],
        ["tháng Tám năm 2025", "2025-08"],
        ["tháng Chín năm 2025", "2025-09"],
        ["tháng Mười năm 2025", "2025-10"],
        ["tháng Mười Một năm 2025", "2025-11"],
        ["tháng Mười hai năm 2025", "2025-12"],
        ["tháng Chạp năm 2025", "2025-12"],
        ["THÁNG CHÍN NĂM 2025", "2025-09"],
      ],
    },
    {
      behaviour: "reads a quarter in Roman or Arabic numerals",
      cases: [
        ["quý III/2024", "2024-Q3"],
        ["quý 3 năm 2024", "2024-Q3"],
        ["quí I/2023", "2023-Q1"],
        ["quý IV / 2018", "2018-Q4"],
        ["quý II năm 2022", "2022-Q2"],
      ],
    },
    {
      behaviour: "reads the first or second half of a year",
      cases: [
        ["6 tháng đầu năm 2024", "2024-S1"],
        ["6 tháng cuối năm 2023", "2023-S2"],
        ["sáu tháng cuối năm 2022", "2022-S2"],
        ["6 THÁNG CUỐI NĂM 2026", "2026-S2"],
        ["nửa đầu năm 2024", "2024-S1"],
        ["nửa năm đầu 2021", "2021-S1"],
      ],
    },
    {
      behaviour: "reads the first months of a year as a range from January",
      cases: [
        ["7 tháng năm 2023", "2023-01/2023-07"],
        ["7 tháng đầu năm 2023", "2023-01/2023-07"],
        ["10 tháng đầu năm 2024", "2024-01/2024-10"],
        ["tính chung 8 tháng năm 2024", "2024-01/2024-08"],
        ["luỹ kế 5 tháng năm 2024", "2024-01/2024-05"],
        ["chỉ trong 4 tháng đầu năm 2024", "2024-01/2024-04"],
        ["trong 5 tháng của năm 2024", "2024-01/2024-05"],
      ],
    },
    {
      behaviour: "writes 3, 6 and 12 first months in the compact forms",
      cases: [
        ["3 tháng đầu năm 2024", "2024-Q1"],
        ["6 tháng năm 2023", "2023-S1"],
        ["12 tháng năm 2024", "2024"],
      ],
    },
    {
      behaviour: "reads a multi-year span",
      cases: [
        ["giai đoạn 2021-2025", "2021/2025"],
        ["niên vụ 2024-2025", "2024/2025"],
        ["thời kỳ 2016–2020", "2016/2020"],
        ["nhiệm kỳ 2020-2025", "2020/2025"],
        ["(2024-2029)", "2024/2029"],
      ],
    },
  ])("$behaviour", ({ cases }) => {
    it.each(cases as Array<[string, string]>)("%s → %s", (text, period) => {
      const p = only(text);
      expect(p.year).not.toBeNull();
      expect(resolveMention(p, null, null)).toBe(period);
    });
  });

  describe("resolves mentions without a year with the document's year", () => {
    it.each([
      ["năm nay", "2024", 0],
      // The year reported on, whatever the date: no year relative to it.
      ["năm qua", "2024", null],
      ["cả năm", "2024", null],
      ["năm này", "2024", 0],
      ["năm hiện tại", "2024", 0],
      ["năm ngoái", "2023", -1],
      ["năm trước", "2023", -1],
      ["tháng 7", "2024-07", null],
      ["tháng 12 năm nay", "2024-12", 0],
      ["tháng Tám", "2024-08", null],
      ["tháng Mười Hai năm trước", "2023-12", -1],
      ["THÁNG 12 NĂM TRƯỚC", "2023-12", -1],
      ["quí I năm nay", "2024-Q1", 0],
      ["sáu tháng đầu năm", "2024-S1", null],
      ["nửa cuối năm", "2024-S2", null],
      ["10 tháng đầu năm", "2024-01/2024-10", null],
      ["lũy kế 9 tháng", "2024-01/2024-09", null],
      ["tính chung 10 tháng", "2024-01/2024-10", null],
      ["11 tháng qua", "2024-01/2024-11", null],
      ["6 tháng năm nay", "2024-S1", 0],
    ])("%s → %s in a 2024 document", (text, period, relative) => {
      const p = only(text);
      expect(p.year).toBeNull();
      expect(p.relative).toBe(relative);
      expect(resolveMention(p, DOC_YEAR, null)).toBe(period);
      expect(resolveMention(p, null, null)).toBeNull();
    });
  });

  it.each([
    ["năm nay", "2025"],
    ["năm ngoái", "2024"],
    ["6 tháng năm nay", "2025-S1"],
  ])("resolves %s against the year the document is dated, over the year it reports on", (text, period) => {
    expect(resolveMention(only(text), DOC_YEAR, 2025)).toBe(period);
  });

  it.each([
    ["tháng 13", "a thirteenth month"],
    ["quý V", "a fifth quarter"],
    ["sau 3 tháng", "a duration after 'sau'"],
    ["1 tháng", "one month is no cumulative stretch"],
    ["ngày 27", "a day"],
    ["những tháng năm khó khăn", "'tháng năm' in lower case is months and years"],
    ["tháng ba mươi", "a month word in lower case"],
  ])("finds no period in %s (%s)", (text) => {
    expect(findPeriods(text)).toEqual([]);
  });

  it.each([
    ["so với năm 2023", "năm 2023"],
    ["so với cùng kỳ năm 2022", "năm 2022"],
    ["so sánh với tháng 6/2024", "tháng 6/2024"],
  ])("marks the period of %s as a baseline", (text, mention) => {
    const p = findPeriods(text).find((x) => x.text === mention);
    expect(p?.baseline).toBe(true);
  });

  it.each([
    ["trong tháng", "month"],
    ["Trong tháng này", "month"],
    ["tháng này", "month"],
    ["trong quý", "quarter"],
    ["trong quí", "quarter"],
    ["quý này", "quarter"],
    ["trong năm", "year"],
  ])("reads %s as the %s the passage is about, to be worked out from around it", (text, kind) => {
    const p = only(text);
    expect(p.kind).toBe(kind);
    expect(p.ofPassage).toBe(true);
    expect(p.year).toBeNull();
  });

  it.each([["trong năm tới"], ["trong tháng đầu"], ["trong năm học"], ["trong quý sau"], ["trong năm năm qua"]])("reads no month, quarter or year of the passage in %s", (text) => {
    expect(findPeriods(text).filter((p) => p.ofPassage)).toEqual([]);
  });

  it("does not mark a period with no comparator before it as a baseline", () => {
    expect(only("Năm 2024, doanh thu đạt 838 tỷ đồng").baseline).toBe(false);
  });

  it.each([
    ["nhiệm vụ năm 2025", "2025"],
    ["kế hoạch năm 2025", "2025"],
    ["phương hướng năm 2026", "2026"],
  ])("marks %s as next year's tasks (relative +1)", (text, period) => {
    const p = only(text);
    expect(p.relative).toBe(1);
    expect(resolveMention(p, null, null)).toBe(period);
  });

  it("finds every period of a sentence in order, the longest where two overlap", () => {
    const found = findPeriods("Tháng 7 và 7 tháng năm 2023, giai đoạn 2021-2025 và quý III/2024.");
    expect(found.map((p) => [p.text, p.kind])).toEqual([
      ["Tháng 7", "month"],
      ["7 tháng năm 2023", "months"],
      ["giai đoạn 2021-2025", "span"],
      ["quý III/2024", "quarter"],
    ]);
  });
});

describe("firstMonths", () => {
  it.each([
    [2024, 1, "2024-01"],
    [2024, 2, "2024-01/2024-02"],
    [2024, 3, "2024-Q1"],
    [2023, 6, "2023-S1"],
    [2023, 7, "2023-01/2023-07"],
    [2024, 10, "2024-01/2024-10"],
    [2024, 12, "2024"],
  ])("the first months of %i, %i of them → %s", (year, n, period) => {
    expect(firstMonths(year, n)).toBe(period);
  });
});

describe("unitOfPeriod", () => {
  it.each([
    ["month", "2025-09", "2025-09"],
    ["month", "2025-01/2025-09", "2025-09"],
    ["month", "2025-Q3", null],
    ["month", "2025", null],
    ["quarter", "2025-Q3", "2025-Q3"],
    ["quarter", "2025-01/2025-09", "2025-Q3"],
    ["quarter", "2024-S1", "2024-Q2"],
    ["quarter", "2025-08", null],
    ["year", "2025-01/2025-09", "2025"],
    ["year", "2024-Q2", "2024"],
  ] as const)("gives the %s that %s is or ends in: %s", (kind, period, unit) => {
    expect(unitOfPeriod(kind, period)).toBe(unit);
  });
});

describe("the mentions findPeriods gives", () => {
  // One shape for V8: a stage reading mentions of several shapes is compiled again for each new one.
  it("have the same fields in the same order, whatever shape read them", () => {
    const found = findPeriods("Tính đến ngày 30/9/2025 cả giai đoạn 2021-2025 có 40 dự án; trong tháng vốn tăng 5% so với quý II/2025.");
    expect(found.map((p) => p.rule)).toEqual(["vi/period/until-day", "vi/period/span", "vi/period/of-passage", "vi/period/quarter"]);
    expect(new Set(found.map((p) => Object.keys(p).join(","))).size).toBe(1);
  });
});
