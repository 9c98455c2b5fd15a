import { describe, expect, test } from "vitest";
import type { IndicatorRecord } from "../../src/index.js";
import { formatRecords, type SourcedRecord } from "../../src/cli/formats.js";

// Hand-made records: the output formats are checked apart from what the engine finds.
const revenue: IndicatorRecord = {
  subject: "Doanh thu từ hoạt động công nghiệp công nghệ thông tin trên địa bàn tỉnh",
  value: "838000000000",
  unit: "VND",
  period: "2024",
  qualifier: "about",
  status: "estimated",
  comparisons: [
    { against: "previous", period: "2023", value: "584000000000", change: { direction: "increase" } },
    { against: "plan", attainment: "95" },
    { against: "other", change: { kind: "percent", value: "3", direction: "increase" } },
  ],
  stated: { text: "838 tỷ đồng", number: "838", scale: "tỷ", unitText: "đồng" },
  span: { start: 14, end: 25 },
  sentence: { start: 0, end: 26 },
  rules: [],
};

const growth: IndicatorRecord = {
  subject: 'GRDP "bình quân", giai đoạn\n2021-2025',
  value: "-0.7",
  unit: "%",
  valueMax: "1.2",
  per: "năm",
  period: null,
  qualifier: null,
  status: null,
  comparisons: [{ against: "previous", change: { kind: "percent", value: "0.7", direction: "decrease" } }],
  area: "Thanh Hóa",
  stated: { text: "-0,7-1,2%/năm", number: "-0.7", scale: null, unitText: "%" },
  span: { start: 3, end: 16 },
  sentence: { start: 0, end: 40 },
  rules: [],
};

const twoFiles = { inputs: ["a.txt", "b, c.txt"] };
const rows: SourcedRecord[] = [
  { source: "a.txt", record: revenue },
  { source: "b, c.txt", record: growth },
];

describe("csv", () => {
  const csv = formatRecords("csv", rows, twoFiles);

  test("ends every row with CRLF and quotes fields with commas, quotes or line breaks as RFC 4180 does", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain('\r\n"b, c.txt","GRDP ""bình quân"", giai đoạn\n2021-2025",-0.7,%,1.2,năm,,,,Thanh Hóa,');
  });

  test("flattens the first two comparisons into cmp1_ and cmp2_ columns", () => {
    const [header, first] = csv.split("\r\n");
    const fields = header!.split(",");
    const cell = (name: string): string | undefined => first!.split(",")[fields.indexOf(name)];
    expect(fields.filter((name) => name.startsWith("cmp3_"))).toEqual([]);
    expect(
      ["cmp1_against", "cmp1_period", "cmp1_value", "cmp1_change_direction", "cmp2_against", "cmp2_attainment"].map(cell),
    ).toEqual(["previous", "2023", "584000000000", "increase", "plan", "95"]);
    expect(cell("cmp1_change_kind")).toBe("");
  });
});

describe("table", () => {
  const table = formatRecords("table", rows, twoFiles);
  const lines = table.trimEnd().split("\n");

  test("aligns one header, one rule and one line per record", () => {
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]).toMatch(/^source\s+subject\s+value\s+unit\s+period\s+qualifier\/status\s+comparisons$/);
    const unitColumn = lines[0]!.indexOf("unit");
    expect(lines.slice(2).map((line) => [...line.slice(unitColumn)][0])).toEqual(["V", "%"]);
  });

  test.each([
    ["a subject cut to 50 characters", "Doanh thu từ hoạt động công nghiệp công nghệ thôn…"],
    ["values with grouped digits", "838 000 000 000"],
    ["a range of values", "-0.7–1.2"],
    ["a rate's denominator after its unit", "%/năm"],
    ["qualifier and status", "about, estimated"],
    ["a change against a period with its baseline value", "up vs 2023 (584 000 000 000)"],
    ["an attainment of the plan", "95% of plan"],
    ["a signed percent change", "-0.7% vs previous"],
  ])("shows %s", (_what, shown) => {
    expect(table).toContain(shown);
  });

  test("says so when there are no records", () => {
    expect(formatRecords("table", [], { inputs: ["-"] })).toBe("(no records)\n");
  });
});

describe("json and jsonl", () => {
  const readJson = (text: string): unknown => JSON.parse(text);
  const readJsonl = (text: string): unknown[] => text.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
  const oneFile = rows.slice(0, 1);

  test.each([
    ["json of one file prints the records alone", "json", oneFile, ["a.txt"], false, readJson],
    ["json of several files names each record's source", "json", rows, twoFiles.inputs, true, readJson],
    ["jsonl of standard input prints the records alone", "jsonl", oneFile, ["-"], false, readJsonl],
    ["jsonl of one file names each record's source", "jsonl", oneFile, ["a.txt"], true, readJsonl],
  ] as const)("%s, exactly", (_what, format, given, inputs, named, read) => {
    const expected = given.map(({ source, record }) => (named ? { source, ...record } : record));
    expect(read(formatRecords(format, given, { inputs }))).toEqual(expected);
  });

  test("a table of one file has no source column", () => {
    expect(formatRecords("table", oneFile, { inputs: ["a.txt"] })).not.toMatch(/^source/);
  });
});

describe("records of JSON-lines documents", () => {
  const documents = { inputs: ["-"], jsonLines: true };
  const withIds: SourcedRecord[] = [
    { source: "-", id: "bao-cao-1", record: revenue },
    { source: "-", id: 42, record: growth },
  ];

  test.each([
    ["json", (text: string): unknown => JSON.parse(text)],
    ["jsonl", (text: string): unknown => text.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)],
  ] as const)("name their document's id, not their source, in %s", (format, read) => {
    const expected = withIds.map(({ id, record }) => ({ id, ...record }));
    expect(read(formatRecords(format, withIds, documents))).toEqual(expected);
  });

  test("have an id column first in csv and in the table", () => {
    const [header, first, second] = formatRecords("csv", withIds, documents).split("\r\n");
    expect(header).toMatch(/^id,subject,/);
    expect(first).toMatch(/^bao-cao-1,/);
    expect(second).toMatch(/^42,/);
    expect(formatRecords("table", withIds, documents)).toMatch(/^id\s+subject/);
  });
});

describe("json written record by record", () => {
  test.each([0, 1, 2])("is exactly JSON.stringify(records, null, 2) for %i records", (count) => {
    const given = rows.slice(0, count);
    const context = { inputs: ["a.txt"] };
    expect(formatRecords("json", given, context)).toBe(`${JSON.stringify(given.map((row) => row.record), null, 2)}\n`);
  });
});
