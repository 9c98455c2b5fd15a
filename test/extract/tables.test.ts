import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, ExtractResultSchema, type ExtractResult } from "../../src/index.js";
import { check, runs, show } from "../properties/run.js";

/** One figure cell of a table: where it is in the text, and the sentence that says the same. */
interface Cell {
  start: number;
  end: number;
  says: string;
}

interface Table {
  text: string;
  cells: Cell[];
}

interface TableShape {
  years: number[];
  /** A column "Đơn vị" after the labels; otherwise the unit is in each figure cell. */
  unitColumn: boolean;
  rows: Array<{ label: string; unit: string; figures: string[] }>;
  before: string;
  after: string;
}

/** The table written one cell per line, as PDF and HTML extraction leave it, with prose around it. */
function flatten(shape: TableShape): Table {
  const lines: string[] = [];
  const cells: Cell[] = [];
  let text = shape.before;
  const add = (line: string, figure?: { label: string; year: number; figure: string; unit: string }): void => {
    if (text) text += "\n";
    if (figure) cells.push({ start: text.length, end: text.length + line.length, says: `${figure.label} năm ${figure.year} đạt ${figure.figure} ${figure.unit}.` });
    text += line;
    lines.push(line);
  };
  add("Chỉ tiêu");
  if (shape.unitColumn) add("Đơn vị");
  for (const y of shape.years) add(`Năm ${y}`);
  for (const row of shape.rows) {
    add(row.label);
    if (shape.unitColumn) add(row.unit);
    row.figures.forEach((f, k) => add(shape.unitColumn ? f : `${f} ${row.unit}`, { label: row.label, year: shape.years[k] as number, figure: f, unit: row.unit }));
  }
  if (shape.after) text += `\n${shape.after}`;
  return { text, cells };
}

const within = (span: { start: number; end: number }, cell: Cell): boolean => span.start >= cell.start && span.end <= cell.end;

/**
 * Every figure cell is either read as the sentence that says the same reads it (value, unit, period)
 * or lies inside a warning's span; no record comes from a header or a label.
 */
function expectNoWrongFigure(table: Table, result: ExtractResult): void {
  const first = table.cells[0] as Cell;
  const last = table.cells[table.cells.length - 1] as Cell;
  for (const cell of table.cells) {
    const mine = result.records.filter((r) => within(r.span, cell));
    const warned = result.warnings.some((w) => w.span && w.span.start <= cell.start && w.span.end >= cell.end);
    const truth = extract(cell.says, { language: "vi" }).records.map((r) => ({ value: r.value, unit: r.unit, period: r.period }));
    const where = `${show(table.text)}, cell ${show(table.text.slice(cell.start, cell.end))}`;
    expect(mine.map((r) => ({ value: r.value, unit: r.unit, period: r.period })), where).toEqual(mine.length ? truth : []);
    if (!mine.length) expect(warned, `${where}: dropped without a warning`).toBe(true);
  }
  const fromTableLines = result.records.filter((r) => r.span.start >= first.start && r.span.end <= last.end && !table.cells.some((c) => within(r.span, c)));
  expect(fromTableLines, show(table.text)).toEqual([]);
}

const labels = ["Doanh thu bưu chính", "Vốn đầu tư", "Số thuê bao", "Sản lượng cà phê", "Lợi nhuận", "Khách quốc tế"];
const units = ["tỷ đồng", "triệu USD", "%", "tấn", "người", "doanh nghiệp"];
/** Figures as tables print them: "838", "1.234,5", "94,3", "12.500", "0,8". */
const figure: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9 })).map(([a, b, c]) => `${a}.${String(b).padStart(3, "0")},${c}`),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
);

const tableShape: fc.Arbitrary<TableShape> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2018, max: 2022 }), fc.boolean(), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean())
  // One figure under one heading is no table: a table has two figures at least.
  .filter(([columns, , , rowCount]) => columns * rowCount >= 2)
  .chain(([columns, firstYear, unitColumn, rowCount, before, after]) =>
    fc.record({
      years: fc.constant(Array.from({ length: columns }, (_, k) => firstYear + k)),
      unitColumn: fc.constant(unitColumn),
      rows: fc.array(
        fc.record({ label: fc.constantFrom(...labels), unit: fc.constantFrom(...units), figures: fc.array(figure, { minLength: columns, maxLength: columns }) }),
        { minLength: rowCount, maxLength: rowCount },
      ),
      before: fc.constant(before ? "Kết quả chủ yếu của ngành trong các năm qua như sau:" : ""),
      after: fc.constant(after ? "trong đó doanh thu viễn thông năm 2024 đạt 1.250 tỷ đồng." : ""),
    }),
  );

describe("a table flattened one cell per line gives no wrong figure", () => {
  const shapes: Array<[string, TableShape]> = [
    ["two years, a unit column", { years: [2023, 2024], unitColumn: true, rows: [{ label: "Doanh thu", unit: "tỷ đồng", figures: ["584", "838"] }, { label: "Số thuê bao", unit: "người", figures: ["1.234,5", "2.345,6"] }], before: "", after: "" }],
    ["two years, the unit in each cell", { years: [2023, 2024], unitColumn: false, rows: [{ label: "Doanh thu", unit: "tỷ đồng", figures: ["584", "838"] }, { label: "Lợi nhuận", unit: "tỷ đồng", figures: ["45,2", "51"] }], before: "", after: "" }],
    ["three years and prose around", { years: [2022, 2023, 2024], unitColumn: true, rows: [{ label: "Sản lượng cà phê", unit: "tấn", figures: ["12.500", "13.100", "14.020"] }], before: "Sản lượng qua các năm như sau:", after: "trong đó sản lượng xuất khẩu năm 2024 đạt 9.800 tấn." }],
    ["one year, a unit column", { years: [2024], unitColumn: true, rows: [{ label: "Doanh thu", unit: "tỷ đồng", figures: ["838"] }, { label: "Lao động", unit: "người", figures: ["1.234"] }], before: "", after: "" }],
    ["one year, percentages", { years: [2024], unitColumn: true, rows: [{ label: "Tỷ lệ phủ sóng", unit: "%", figures: ["94,3"] }, { label: "Tỷ lệ hộ nghèo", unit: "%", figures: ["2,1"] }], before: "", after: "" }],
    ["one year, the unit in each cell, prose in lower case after it", { years: [2020], unitColumn: false, rows: [{ label: "Doanh thu", unit: "tỷ đồng", figures: ["1.000"] }, { label: "Lợi nhuận", unit: "tỷ đồng", figures: ["45"] }], before: "", after: "trong đó doanh thu viễn thông năm 2024 đạt 1.250 tỷ đồng." }],
  ];

  it.each(shapes)("%s", (_name, shape) => {
    const table = flatten(shape);
    expectNoWrongFigure(table, extract(table.text, { language: "vi" }));
  });

  it("says which lines it did not read", () => {
    const table = flatten(shapes[0]?.[1] as TableShape);
    const result = extract(table.text, { language: "vi" });
    expect(ExtractResultSchema.parse(result)).toEqual(result);
    const warning = result.warnings.find((w) => w.code === "table-not-read");
    expect(warning?.span && table.text.slice(warning.span.start, warning.span.end)).toBe(table.text);
  });

  it("keeps reading the prose around the table", () => {
    const table = flatten(shapes[2]?.[1] as TableShape);
    const records = extract(table.text, { language: "vi" }).records;
    expect(records.map((r) => [r.value, r.unit, r.period])).toEqual([["9800", "t", "2024"]]);
  });

  it("for tables of one to three years, one to four rows, with or without a unit column", () => {
    check(
      "a flattened table gives no wrong figure",
      fc.property(tableShape, (shape) => {
        const table = flatten(shape);
        expectNoWrongFigure(table, extract(table.text, { language: "vi" }));
      }),
      runs(1000),
    );
  });
});

describe("a table whose columns are aligned with spaces is read by its columns and rows, or set aside and said", () => {
  const aligned = [
    "Năm 2026, doanh thu du lịch toàn tỉnh đạt 2.150 tỷ đồng.",
    "Một số chỉ tiêu chủ yếu (% tăng so với cùng kỳ năm trước)",
    "                                          Quý II/2026     6 tháng/2026",
    "Chỉ số sản xuất công nghiệp                   8,4             7,9",
    "Tổng mức bán lẻ hàng hóa và doanh thu",
    "dịch vụ tiêu dùng                             10,2            9,6",
    "Vốn đầu tư thực hiện                         12,5%           -1,8%",
    "",
    "Số lao động có việc làm mới đạt 12.400 người.",
  ].join("\n");
  const growth = (value: string, period: string, base: string) => {
    const size = value.replace(/^-/u, "");
    return [value, "%", period, "previous", base, size, value.startsWith("-") ? "decrease" : "increase"];
  };
  const read = (text: string) =>
    extract(text).records.map((r) => {
      const c = r.comparisons[0];
      return c ? [r.value, r.unit, r.period, c.against, c.period, c.change?.value, c.change?.direction] : [r.value, r.unit, r.period];
    });
  const expected = [
    ["2150000000000", "VND", "2026"],
    growth("8.4", "2026-Q2", "2025-Q2"),
    growth("7.9", "2026-S1", "2025-S1"),
    growth("10.2", "2026-Q2", "2025-Q2"),
    growth("9.6", "2026-S1", "2025-S1"),
    growth("12.5", "2026-Q2", "2025-Q2"),
    growth("-1.8", "2026-S1", "2025-S1"),
    ["12400", "count", "2026"],
  ];

  it("each figure under its column's period, in the unit and against the baseline its caption names, with no warning", () => {
    expect(read(aligned)).toEqual(expected);
    expect(extract(aligned, { language: "vi" }).warnings.map((w) => w.code)).not.toContain("table-not-read");
  });

  it("each row named by its label, also one wrapped onto a line of its own", () => {
    const subjects = extract(aligned, { language: "vi" }).records.map((r) => r.subject);
    expect(subjects).toContain("Một số chỉ tiêu chủ yếu (Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng)");
    expect(subjects).toContain("Một số chỉ tiêu chủ yếu (Vốn đầu tư thực hiện)");
  });

  it("with its lines ended by \\r\\n", () => {
    expect(read(aligned.replace(/\n/gu, "\r\n"))).toEqual(expected);
  });

  it("a table whose rows do not agree with its header is set aside, with a warning over its lines, from its header to its last row", () => {
    const ragged = aligned.replace("12,5%           -1,8%", "12,5%           -1,8%          4,0%");
    const result = extract(ragged, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit])).toEqual([["2150000000000", "VND"], ["12400", "count"]]);
    const warning = result.warnings.find((w) => w.code === "table-not-read");
    expect(warning?.message).toMatch(/aligned/u);
    const span = warning?.span ? ragged.slice(warning.span.start, warning.span.end) : "";
    expect(span.startsWith("Quý II/2026")).toBe(true);
    expect(span.endsWith("4,0%")).toBe(true);
  });

  describe("a row with a cell left empty", () => {
    const table = [
      "Rates by district in 2026 (%)",
      "",
      "District             Poverty rate    Urban share    Trained workers",
      "Whole province                4.2                              31.5",
      "Bac Son                       6.8           18.4               27.9",
      "Dong Hai                      3.1           42.6               35.2",
    ];
    const cells = (text: string) => extract(text, { language: "en" }).records.map((r) => [r.value, r.subject]);

    it("has its figures under the columns they stand under in a full row", () => {
      const text = table.join("\n");
      expect(cells(text)).toEqual([
        ["4.2", "Poverty rate (Whole province)"],
        ["31.5", "Trained workers (Whole province)"],
        ["6.8", "Poverty rate (Bac Son)"],
        ["18.4", "Urban share (Bac Son)"],
        ["27.9", "Trained workers (Bac Son)"],
        ["3.1", "Poverty rate (Dong Hai)"],
        ["42.6", "Urban share (Dong Hai)"],
        ["35.2", "Trained workers (Dong Hai)"],
      ]);
      expect(extract(text).warnings.map((w) => w.code)).not.toContain("table-not-read");
    });

    it("is set aside, and said, when a figure stands under no column", () => {
      const text = table.map((line) => line.replace("4.2                              31.5", "4.2                      31.5")).join("\n");
      expect(cells(text)).toEqual([]);
      expect(extract(text).warnings.map((w) => w.code)).toContain("table-not-read");
    });
  });

  it.each([
    [
      "with a blank line under its caption, and labels wrapped over lines that end with a comma",
      [
        "Chỉ số sản xuất công nghiệp theo ngành",
        "(% tăng so với cùng kỳ năm trước)",
        "",
        "                                          Quý II/2026     6 tháng/2026",
        "Khai khoáng                                  -3,1            -2,6",
        "Sản xuất và phân phối điện, khí đốt,",
        "  nước nóng, hơi nước và điều hòa",
        "  không khí                                    7,7             8,2",
      ],
      [["-3.1", "2026-Q2", "2025-Q2"], ["-2.6", "2026-S1", "2025-S1"], ["7.7", "2026-Q2", "2025-Q2"], ["8.2", "2026-S1", "2025-S1"]],
      "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí",
    ],
    [
      "in English too, with a header of periods such as '9M 2026' whose numbers are no figures",
      [
        "Key indicators of the province (% change year on year)",
        "                                   Q3 2026      9M 2026",
        "Industrial production index          8.4          7.9",
        "Retail sales of goods and",
        "consumer services                   10.2          9.6",
      ],
      [["8.4", "2026-Q3", "2025-Q3"], ["7.9", "2026-01/2026-09", "2025-01/2025-09"], ["10.2", "2026-Q3", "2025-Q3"], ["9.6", "2026-01/2026-09", "2025-01/2025-09"]],
      "Key indicators of the province (Retail sales of goods and consumer services)",
    ],
  ] as const)("%s", (_name, lines, growths, subject) => {
    const text = lines.join("\n");
    expect(read(text)).toEqual(growths.map(([value, period, base]) => growth(value, period, base)));
    expect(extract(text).records.map((r) => r.subject)).toContain(subject);
  });

  it("with a unit in each cell", () => {
    const text = "Doanh thu qua các năm:\nNăm 2025     1.840 tỷ đồng     12,5%\nNăm 2026     2.150 tỷ đồng     16,8%\n";
    const result = extract(text, { language: "vi" });
    expect(result.records).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain("table-not-read");
  });

  it.each([
    ["two spaces between words of prose", "Năm 2026,  doanh thu du lịch  đạt 2.150 tỷ đồng,  tăng 12%  so với năm 2025.", [["2150000000000", "VND"]]],
    ["one line with two figures apart", "Năm 2026, doanh thu đạt     2.150 tỷ đồng     và lợi nhuận     320 tỷ đồng.", [["2150000000000", "VND"], ["320000000000", "VND"]]],
  ])("not prose: %s", (_name, text, figures) => {
    const result = extract(text, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit])).toEqual(figures);
    expect(result.warnings.map((w) => w.code)).not.toContain("table-not-read");
  });
});

describe("a table's column of attainments", () => {
  it("gives none when its row's amount has no unit the table names, and says so", () => {
    const text = "Kết quả thực hiện năm 2026 của ngành:\n\n| Chỉ tiêu | Kế hoạch | Thực hiện | So với KH (%) |\n|---|---|---|---|\n| Doanh thu bán lẻ | 9.400 | 9.870 | 105,0 |";
    const result = extract(text, { language: "vi" });
    expect(result.records).toEqual([]);
    expect(result.warnings.filter((w) => w.code === "unknown-unit").map((w) => (w.span ? text.slice(w.span.start, w.span.end) : ""))).toEqual(["105,0"]);
  });

  it("is its row's amount's when the table names the unit, against the plan its row holds", () => {
    const text = "Kết quả thực hiện năm 2026 của ngành:\n\n| Chỉ tiêu | Kế hoạch (tỷ đồng) | Thực hiện (tỷ đồng) | So với KH (%) |\n|---|---|---|---|\n| Doanh thu bán lẻ | 9.400 | 9.870 | 105,0 |";
    const done = extract(text, { language: "vi" }).records.find((r) => r.value === "9870000000000");
    expect(done?.comparisons).toEqual([{ against: "plan", period: "2026", value: "9400000000000", attainment: "105" }]);
  });
});

describe("a row's other cells complete its comparisons", () => {
  it("a column of changes compares the row's amount with its amount of the earlier period", () => {
    const text = "Xuất khẩu theo thị trường\n                               Đơn vị tính: Triệu USD\nThị trường        6 tháng 2024    6 tháng 2025    Tăng/giảm (%)\nNhật Bản               312,4           355,0           13,6\nHàn Quốc               280,1           266,3           -4,9";
    const records = extract(text, { language: "vi" }).records;
    expect(records.map((r) => [r.value, r.period, r.comparisons])).toEqual([
      ["312400000", "2024-S1", []],
      ["355000000", "2025-S1", [{ against: "previous", period: "2024-S1", value: "312400000", change: { kind: "percent", value: "13.6", direction: "increase" } }]],
      ["280100000", "2024-S1", []],
      ["266300000", "2025-S1", [{ against: "previous", period: "2024-S1", value: "280100000", change: { kind: "percent", value: "4.9", direction: "decrease" } }]],
    ]);
  });

  it.each([
    ["Vietnamese, aligned with spaces", "vi", "Xuất khẩu theo thị trường\n                               Đơn vị tính: Triệu USD\nThị trường        6 tháng 2025    6 tháng 2024    Tăng/giảm (%)\nNhật Bản               355,0           312,4           13,6\nHàn Quốc               266,3           280,1           -4,9"],
    ["English, with pipes", "en", "Exports by market in the first half (US$ million)\n\n| Market | 6M 2025 | 6M 2024 | Change (%) |\n|---|---|---|---|\n| Japan | 355.0 | 312.4 | 13.6 |\n| Korea | 266.3 | 280.1 | -4.9 |"],
  ])("a column of changes after the earlier period's column is still the latest amount's: %s", (_name, language, text) => {
    const records = extract(text, { language: language as "vi" | "en" }).records;
    expect(records.map((r) => [r.value, r.period, r.comparisons])).toEqual([
      ["355000000", "2025-S1", [{ against: "previous", period: "2024-S1", value: "312400000", change: { kind: "percent", value: "13.6", direction: "increase" } }]],
      ["312400000", "2024-S1", []],
      ["266300000", "2025-S1", [{ against: "previous", period: "2024-S1", value: "280100000", change: { kind: "percent", value: "4.9", direction: "decrease" } }]],
      ["280100000", "2024-S1", []],
    ]);
  });

  it("a day alone in a header cell is the month its column's stocks are counted at; a column of changes in 'pp' changes a rate by points", () => {
    const text = "Deposits and rates\n\nIndicator                Unit           30/9/2026   31/12/2025     Change\n----------------------------------------------------------------------\nCustomer deposits        VND trillion      14,210      13,480      +5.4%\nBad debt ratio           %                   3.92        4.18   -0.26 pp";
    expect(extract(text, { language: "en" }).records.map((r) => [r.value, r.unit, r.period, r.comparisons])).toEqual([
      ["14210000000000000", "VND", "2026-09", [{ against: "previous", period: "2025-12", value: "13480000000000000", change: { kind: "percent", value: "5.4", direction: "increase" } }]],
      ["13480000000000000", "VND", "2025-12", []],
      ["3.92", "%", "2026-09", [{ against: "previous", period: "2025-12", value: "4.18", change: { kind: "points", value: "0.26", direction: "decrease" } }]],
      ["4.18", "%", "2025-12", []],
    ]);
  });

  it("a comparing column that names its period compares the amount of that period's column", () => {
    const text = "Sản phẩm chủ yếu tháng 9 và 9 tháng năm 2026\n\n| Sản phẩm | ĐVT | Tháng 9/2026 | 9 tháng năm 2026 | Tháng 9/2026 so với cùng kỳ (%) | 9 tháng 2026 so với cùng kỳ (%) |\n|---|---|---|---|---|---|\n| Phân bón | Nghìn tấn | 412,5 | 3.605,2 | 103,2 | 98,7 |";
    expect(extract(text, { language: "vi" }).records.map((r) => [r.value, r.period, r.comparisons])).toEqual([
      ["412500", "2026-09", [{ against: "previous", period: "2025-09", attainment: "103.2" }]],
      ["3605200", "2026-01/2026-09", [{ against: "previous", period: "2025-01/2025-09", attainment: "98.7" }]],
    ]);
  });

  it("but not when two of its cells could be the baseline", () => {
    const text = "Xuất khẩu theo thị trường (triệu USD)\n| Thị trường | 6 tháng 2023 | 6 tháng 2024 | 6 tháng 2025 | Tăng/giảm (%) |\n|---|---|---|---|---|\n| Nhật Bản | 290,2 | 312,4 | 355,0 | 13,6 |";
    const last = extract(text, { language: "vi" }).records.find((r) => r.value === "355000000");
    // (The change is of the same half a year before, but which cell holds that is not decided here.)
    expect(last?.comparisons).toEqual([{ against: "previous", period: "2024-S1", change: { kind: "percent", value: "13.6", direction: "increase" } }]);
  });
});

describe("a table's units", () => {
  it.each([
    ["vi", "Thu hút FDI theo địa phương 6 tháng đầu năm 2026\n(vốn đăng ký: triệu USD; tăng/giảm so với cùng kỳ: %)\n\n| Địa phương | Số dự án | Vốn đăng ký | Tăng/giảm |\n|---|---|---|---|\n| Bình Dương | 118 | 1.045,3 | 8,4 |"],
    ["en", "New FDI by locality, first half of 2026\n(capital in US$ million; change against H1 2025 in %)\n\n| Locality | New projects | Registered capital | Change (%) |\n|---|---|---|---|\n| Binh Duong | 118 | 1,045.3 | +8.4 |"],
  ] as const)("(%s) brackets over a table give the columns each part names its unit and baseline, and a header of a counted noun counts it", (language, text) => {
    const records = extract(text, { language }).records;
    expect(records.map((r) => [r.value, r.unit, r.period, r.comparisons])).toEqual([
      ["118", "count", "2026-S1", []],
      ["1045300000", "USD", "2026-S1", [{ against: "previous", period: "2025-S1", change: { kind: "percent", value: "8.4", direction: "increase" } }]],
    ]);
  });

  it.each([
    ["with pipes", "Sản phẩm công nghiệp chủ yếu năm 2025\n\n| TT | Sản phẩm | ĐVT | Năm 2024 | Năm 2025 |\n|---|---|---|---|---|\n| 1 | Xi măng | Nghìn tấn | 1.250,5 | 1.310,2 |\n| 2 | Giày dép | Triệu đôi | 45,6 | 48,1 |\n| 3 | Ô tô lắp ráp | Chiếc | 3.420 | 3.980 |"],
    ["aligned with spaces", "Sản phẩm công nghiệp chủ yếu năm 2025\n\nSản phẩm           Đơn vị tính     Năm 2024     Năm 2025\nXi măng            Nghìn tấn        1.250,5      1.310,2\nGiày dép           Triệu đôi           45,6         48,1\nÔ tô lắp ráp       Chiếc               3.420        3.980"],
  ])("a column of units ('ĐVT') names each row's, in a table %s", (_name, text) => {
    const records = extract(text, { language: "vi" }).records;
    expect(records.map((r) => [r.value, r.unit, r.period])).toEqual([
      ["1250500", "t", "2024"],
      ["1310200", "t", "2025"],
      ["45600000", "count", "2024"],
      ["48100000", "count", "2025"],
      ["3420", "count", "2024"],
      ["3980", "count", "2025"],
    ]);
    expect(records[5]?.subject).toContain("Ô tô lắp ráp");
    expect(records[5]?.subject).not.toContain("Chiếc");
  });

  it.each([
    ["with pipes", "| TT | Chỉ tiêu | Năm 2024 | Năm 2025 |\n|---|---|---|---|\n| 1 | Tổng mức bán lẻ hàng hóa | 95.400 | 104.250 |\n| 2 | Kim ngạch xuất khẩu | 2.870 | 3.105 |\n| 3 | Kim ngạch nhập khẩu hàng hóa | 1.940 | 2.012 |"],
    ["aligned with spaces", "Chỉ tiêu                         Năm 2024     Năm 2025\nTổng mức bán lẻ hàng hóa           95.400      104.250\nKim ngạch xuất khẩu                 2.870        3.105\nKim ngạch nhập khẩu hàng hóa        1.940        2.012"],
  ])("a note of the unit past a blank line is its table's, and the rows its exception names take the exception's, in a table %s", (_name, table) => {
    const text = `Bảng 5. Kết quả một số chỉ tiêu thương mại\nĐơn vị tính: tỷ đồng (riêng kim ngạch xuất khẩu, nhập khẩu: triệu USD)\n\n${table}`;
    const records = extract(text, { language: "vi" }).records;
    expect(records.map((r) => [r.value, r.unit])).toEqual([
      ["95400000000000", "VND"],
      ["104250000000000", "VND"],
      ["2870000000", "USD"],
      ["3105000000", "USD"],
      ["1940000000", "USD"],
      ["2012000000", "USD"],
    ]);
    // (The caption's number is no words of what the table holds.)
    expect(records[0]?.subject).toBe("Kết quả một số chỉ tiêu thương mại (Tổng mức bán lẻ hàng hóa)");
  });
});

describe("a table's header names its columns", () => {
  it("a column of row numbers ('TT') is no label: the row is named by the cell after it", () => {
    const text = "Kết quả thực hiện năm 2026:\n| TT | Chỉ tiêu | Kế hoạch (tỷ đồng) | Thực hiện (tỷ đồng) |\n|---|---|---|---|\n| 1 | Thu ngân sách | 4.200 | 4.350 |\n| 2 | Chi đầu tư phát triển | 1.800 | 1.725 |";
    const records = extract(text, { language: "vi" }).records;
    // ("Kế hoạch" names a status and "Thực hiện" what was done, no measure: their cells are named by the caption.)
    expect(records.map((r) => [r.value, r.status, r.subject])).toEqual([
      ["4200000000000", "target", "Kết quả thực hiện (Thu ngân sách)"],
      ["4350000000000", null, "Kết quả thực hiện (Thu ngân sách)"],
      ["1800000000000", "target", "Kết quả thực hiện (Chi đầu tư phát triển)"],
      ["1725000000000", null, "Kết quả thực hiện (Chi đầu tư phát triển)"],
    ]);
  });


  it.each([
    ["with pipes", "Sản lượng thép theo tháng (nghìn tấn):\n| Nhà máy | 5M | 6M |\n|---|---|---|\n| Hòa Phát | 420 | 512 |"],
    ["aligned with spaces", "Sản lượng thép theo tháng (nghìn tấn)\n                 5M        6M\nHòa Phát        420       512\nFormosa         380       401"],
    ["with pipes, deep in a long header", "Sản lượng thép (nghìn tấn):\n| Nhà máy | Sản lượng trong giai đoạn chạy thử kéo dài suốt cả năm, tính đến cuối tháng của lô 5M |\n|---|---|\n| Hòa Phát | 420 |"],
  ])("in a table %s: a number in it is no figure", (_name, text) => {
    const records = extract(text, { language: "vi" }).records;
    expect(records.filter((r) => r.stated.text.includes("M"))).toEqual([]);
    expect(records.map((r) => [r.value, r.unit])).toContainEqual(["420000", "t"]);
  });
});

describe("prose wrapped into lines is still read across them", () => {
  it.each([
    ["wrapped at a usual width", "Năm 2024, doanh thu dịch vụ viễn thông trên địa bàn tỉnh\nđạt 1.250 tỷ đồng, tăng 8,2% so với năm 2023; số thuê\nbao di động đạt 1,2 triệu thuê bao.", [["1250000000000", "VND"], ["1200000", "count"]]],
    ["wrapped into a narrow column", "Năm 2024, doanh thu\ndịch vụ viễn thông\nđạt 1.250 tỷ đồng,\ntăng 8,2% so với\nnăm 2023.", [["1250000000000", "VND"]]],
    ["with a figure alone on a line", "Năm 2024, số doanh nghiệp thành lập mới là\n1.350\ndoanh nghiệp, tăng 12% so với năm 2023.", [["1350", "count"]]],
  ])("%s", (_name, text, figures) => {
    const result = extract(text, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit])).toEqual(figures);
    expect(result.warnings.map((w) => w.code)).not.toContain("table-not-read");
  });
});

describe("a table aligned with spaces whose header runs over several lines", () => {
  const table = [
    "Bảng 3. Chỉ số sản xuất công nghiệp tháng 5 và 5 tháng năm 2026",
    "                                                 Đơn vị tính: %",
    "                              Tháng 5/2026     Tháng 5/2026     5 tháng 2026",
    "                              so với           so với           so với",
    "                              tháng 4/2026     tháng 5/2025     5 tháng 2025",
    "Toàn ngành                       101,4            108,9            107,3",
    "Chế biến, chế tạo                102,0            110,2            108,8",
  ].join("\n");

  it("reads each column's words top to bottom: a period compared with another, each cell an attainment of its own", () => {
    const records = extract(table, { language: "vi" }).records;
    expect(records.map((r) => [r.value, r.unit, r.period, r.comparisons])).toEqual([
      ["101.4", "%", "2026-05", [{ against: "previous", period: "2026-04", attainment: "101.4" }]],
      ["108.9", "%", "2026-05", [{ against: "previous", period: "2025-05", attainment: "108.9" }]],
      ["107.3", "%", "2026-01/2026-05", [{ against: "previous", period: "2025-01/2025-05", attainment: "107.3" }]],
      ["102", "%", "2026-05", [{ against: "previous", period: "2026-04", attainment: "102" }]],
      ["110.2", "%", "2026-05", [{ against: "previous", period: "2025-05", attainment: "110.2" }]],
      ["108.8", "%", "2026-01/2026-05", [{ against: "previous", period: "2025-01/2025-05", attainment: "108.8" }]],
    ]);
    expect(records[3]?.subject).toBe("Chỉ số sản xuất công nghiệp (Chế biến, chế tạo)");
    expect(extract(table, { language: "vi" }).warnings.map((w) => w.code)).not.toContain("table-not-read");
  });

  it.each([
    ["the periods it names", "(*) Số liệu tháng 5/2026 là số ước tính.", ["estimated", "estimated", null]],
    ["all of them, naming none", "Ghi chú: số liệu sơ bộ.", ["preliminary", "preliminary", "preliminary"]],
    ["none, saying no status", "(*) Nguồn: Cục Thống kê tỉnh.", [null, null, null]],
  ])("takes the status of a note right under it for %s", (_name, note, statuses) => {
    const records = extract(`${table}\n${note}`, { language: "vi" }).records;
    expect(records.slice(0, 3).map((r) => r.status)).toEqual(statuses);
  });

  it("reads a column of units whose header wraps ('Đơn vị' over 'tính'), a row without a figure ('-'), and names rows without their markers", () => {
    const text = [
      "Bảng 2. Kết quả của ngành thủy sản",
      "",
      "Chỉ tiêu                  Đơn vị      Thực hiện       Ước tháng",
      "                          tính        tháng 8/2026    9/2026",
      "1. Sản lượng khai thác    Nghìn tấn       12,4            13,1",
      "   - Cá ngừ               Tấn            2.310               -",
      "2. Diện tích nuôi trồng   Ha             3.840           3.905",
    ].join("\n");
    const result = extract(text, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit, r.period, r.status])).toEqual([
      ["12400", "t", "2026-08", null],
      ["13100", "t", "2026-09", "estimated"],
      ["2310", "t", "2026-08", null],
      ["3840", "ha", "2026-08", null],
      ["3905", "ha", "2026-09", "estimated"],
    ]);
    // "Thực hiện" says what was done, no measure: the caption names the measure.
    expect(result.records.map((r) => r.subject)).toEqual([
      "Kết quả của ngành thủy sản (Sản lượng khai thác)",
      "Kết quả của ngành thủy sản (Sản lượng khai thác)",
      "Kết quả của ngành thủy sản (Cá ngừ)",
      "Kết quả của ngành thủy sản (Diện tích nuôi trồng)",
      "Kết quả của ngành thủy sản (Diện tích nuôi trồng)",
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain("table-not-read");
  });

  it("reads the status and the period a header cell opens with on one line with the others ('Ước TH 10 tháng' between 'Đơn vị' and 'So dự toán')", () => {
    const text = [
      "Bảng 3. Thu ngân sách của huyện 10 tháng năm 2026",
      "",
      "Khoản thu                 Đơn vị       Ước TH 10 tháng   So dự toán (%)",
      "Thuế sử dụng đất nông nghiệp  triệu đồng        1.240             82,7",
      "Lệ phí trước bạ           tỷ đồng              18,6             91,2",
    ].join("\n");
    const result = extract(text, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit, r.period, r.status, r.subject])).toEqual([
      ["1240000000", "VND", "2026-01/2026-10", "estimated", "Thu ngân sách của huyện (Thuế sử dụng đất nông nghiệp)"],
      ["18600000000", "VND", "2026-01/2026-10", "estimated", "Thu ngân sách của huyện (Lệ phí trước bạ)"],
    ]);
  });

  it("a line drawn under the header is no row, and '9M/2026' heads the first nine months", () => {
    const text = "Freight\n\nIndicator            Unit               Q3/2026    9M/2026\n=============================================================\nRail freight         thousand tonnes    1,204.6    3,702.9\nRoad freight         million tonnes       512.3    1,498.7";
    const result = extract(text, { language: "en" });
    expect(result.warnings.map((w) => w.code)).not.toContain("table-not-read");
    expect(result.records.map((r) => [r.value, r.unit, r.period])).toEqual([
      ["1204600", "t", "2026-Q3"],
      ["3702900", "t", "2026-01/2026-09"],
      ["512300000", "t", "2026-Q3"],
      ["1498700000", "t", "2026-01/2026-09"],
    ]);
  });

  it("in English too, with a note of preliminary figures under a table with pipes", () => {
    const text = "Exports by market (US$ million)\n\n| Market | 6M 2026 | 6M 2025 | Change (%) |\n|---|---|---|---|\n| Japan | 355.0 | 312.4 | 13.6 |\n\nNote: figures for 2026 are preliminary.";
    expect(extract(text, { language: "en" }).records.map((r) => [r.period, r.status])).toEqual([
      ["2026-S1", "preliminary"],
      ["2025-S1", null],
    ]);
  });

  it("a header whose lower line leaves a column without a cell heads each column with the cells that stand over it", () => {
    const text = [
      "Hoạt động của các cảng biển trong tỉnh năm 2026",
      "",
      "Cảng            Số tàu     Hàng hóa             Doanh thu bình quân",
      "                           (nghìn tấn)          tháng (tỷ đồng/tháng)",
      "Cái Lân          1.204          18.350                        42,6",
      "Hòn Gai            386           2.915                         7,8",
    ].join("\n");
    const result = extract(text, { language: "vi" });
    expect(result.records.map((r) => [r.value, r.unit, r.per ?? null, r.subject, r.period])).toEqual([
      ["1204", "count", null, "Số tàu (Cái Lân)", "2026"],
      ["18350000", "t", null, "Hàng hóa (Cái Lân)", "2026"],
      ["42600000000", "VND", "tháng", "Doanh thu bình quân tháng (Cái Lân)", "2026"],
      ["386", "count", null, "Số tàu (Hòn Gai)", "2026"],
      ["2915000", "t", null, "Hàng hóa (Hòn Gai)", "2026"],
      ["7800000000", "VND", "tháng", "Doanh thu bình quân tháng (Hòn Gai)", "2026"],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain("table-not-read");
  });
});
