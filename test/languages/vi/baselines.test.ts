import { describe, expect, it } from "vitest";
import { findBaselines } from "../../../src/languages/vi/baselines.js";
import { shiftYears } from "../../../src/record/periods.js";

const only = (text: string) => {
  const found = findBaselines(text);
  expect(found, `baselines in "${text}"`).toHaveLength(1);
  return found[0]!;
};

describe("findBaselines", () => {
  // text, against, the baseline's period for a record of July 2024, of 2024, of Jan–Jul 2024, of 2024-Q3
  describe.each([
    {
      behaviour: "shifts the record's period back one year for the same period last year",
      cases: [
        ["so với cùng kỳ năm trước", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với cùng kỳ", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so cùng kỳ", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với cùng thời điểm năm trước", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so sánh với cùng kỳ", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với năm trước", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với năm ngoái", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với năm liền trước", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
      ],
    },
    {
      behaviour: "moves the record's period into the year a same-period baseline names",
      cases: [
        ["so với cùng kỳ năm 2022", "previous", "2022-07", "2022", "2022-01/2022-07", "2022-Q3"],
        ["so với cùng thời điểm năm 2021", "previous", "2021-07", "2021", "2021-01/2021-07", "2021-Q3"],
      ],
    },
    {
      behaviour: "takes the month or the quarter before for 'tháng trước' and 'quý trước'",
      cases: [
        ["so với tháng trước", "previous", "2024-06", null, null, null],
        ["so với tháng liền trước", "previous", "2024-06", null, null, null],
        ["so với quý trước", "previous", null, null, null, "2024-Q2"],
        ["so với quí trước", "previous", null, null, null, "2024-Q2"],
        ["so với quý liền trước", "previous", null, null, null, "2024-Q2"],
      ],
    },
    {
      behaviour: "compares a year with the year named, and a stretch of months with the same stretch of it",
      cases: [
        ["so với năm 2023", "previous", "2023-07", "2023", "2023-01/2023-07", "2023-Q3"],
        ["so với cả năm 2022", "previous", "2022-07", "2022", "2022-01/2022-07", "2022-Q3"],
        ["so với 2020", "previous", "2020-07", "2020", "2020-01/2020-07", "2020-Q3"],
      ],
    },
    {
      behaviour: "takes a month named in the baseline as it is",
      cases: [
        ["so với tháng 12/2023", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với tháng 12 năm 2023", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với thời điểm cuối năm 2023", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
      ],
    },
    {
      behaviour: "takes a month of last year in the year before the record's",
      cases: [
        ["so với tháng 12 năm trước", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với tháng 6 năm ngoái", "previous", "2023-06", "2023-06", "2023-06", "2023-06"],
        ["so với tháng Mười Hai năm trước", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với cuối năm trước", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với thời điểm cuối năm ngoái", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
        ["so với tháng 3 năm nay", "previous", "2024-03", "2024-03", "2024-03", "2024-03"],
      ],
    },
    {
      behaviour: "takes a month without a year as the last such month before the record's",
      cases: [
        ["so với tháng Tám", "previous", "2023-08", "2024-08", "2023-08", "2024-08"],
        ["so với tháng 6", "previous", "2024-06", "2024-06", "2024-06", "2024-06"],
        ["so với cuối tháng 12", "previous", "2023-12", "2023-12", "2023-12", "2023-12"],
      ],
    },
    {
      behaviour: "reads plans, estimates and targets as the plan, with the year when named",
      cases: [
        ["so với kế hoạch", "plan", null, null, null, null],
        ["so với KH", "plan", null, null, null, null],
        ["so với dự toán được giao", "plan", null, null, null, null],
        ["so với kế hoạch năm 2024", "plan", "2024", "2024", "2024", "2024"],
        ["so với chỉ tiêu kế hoạch", "plan", null, null, null, null],
      ],
    },
    {
      behaviour: "reads an average or the whole country as another baseline",
      cases: [
        ["so với bình quân cả nước", "other", null, null, null, null],
        ["so với mức trung bình", "other", null, null, null, null],
        ["so với mức bình quân chung", "other", null, null, null, null],
        ["so với trung bình cả nước", "other", null, null, null, null],
      ],
    },
  ])("$behaviour", ({ cases }) => {
    it.each(cases as Array<[string, string, string | null, string | null, string | null, string | null]>)(
      "%s → %s",
      (text, against, month, year, months, quarter) => {
        const b = only(text);
        expect(b.against).toBe(against);
        expect(b.comparator).toBe(true);
        expect(b.text).toBe(text);
        expect([b.period("2024-07", 2024), b.period("2024", 2024), b.period("2024-01/2024-07", 2024), b.period("2024-Q3", 2024)]).toEqual([
          month,
          year,
          months,
          quarter,
        ]);
      },
    );
  });

  it.each([
    ["tăng 2,1% cùng kỳ năm 2018", "cùng kỳ năm 2018", "previous"],
    ["bằng 36,6% dự toán năm", "dự toán năm", "plan"],
    ["đạt 95% kế hoạch", "kế hoạch", "plan"],
    ["vượt 5% chỉ tiêu giao", "chỉ tiêu giao", "plan"],
  ])("reads a baseline without a comparator when the words can be nothing else: %s", (text, mention, against) => {
    const b = only(text);
    expect(b.text).toBe(mention);
    expect(b.against).toBe(against);
    expect(b.comparator).toBe(false);
  });

  it.each([
    ["năm 2023", "a year with no comparator"],
    ["tháng trước", "'tháng trước' with no comparator"],
    ["đạt 2020 ha", "a bare number"],
    ["so với tháng năm trước", "'tháng năm' in lower case is no month"],
  ])("finds no baseline in %s (%s)", (text) => {
    expect(findBaselines(text)).toEqual([]);
  });

  it("gives no period for a same-period baseline when the record has none", () => {
    expect(only("so với cùng kỳ năm trước").period(null, 2024)).toBeNull();
  });
});

describe("shiftYears", () => {
  it.each([
    ["2023-07", -1, "2022-07"],
    ["2023-01/2023-07", -1, "2022-01/2022-07"],
    ["2024-Q3", -2, "2022-Q3"],
    ["2021/2025", 1, "2022/2026"],
    ["2024", -1, "2023"],
  ])("shifts %s by %i years to %s", (period, by, shifted) => {
    expect(shiftYears(period, by)).toBe(shifted);
  });
});

describe("the mentions findBaselines gives", () => {
  // One shape for V8, as for periods: a baseline with a stretch and one without have the same fields.
  it("have the same fields in the same order, with or without a stretch", () => {
    const found = findBaselines("Giá tăng 2% so với cùng kỳ năm trước và đạt 90% kế hoạch năm.");
    expect(found.map((b) => b.stretch)).toEqual(["same", undefined]);
    expect(new Set(found.map((b) => Object.keys(b).join(","))).size).toBe(1);
  });
});
