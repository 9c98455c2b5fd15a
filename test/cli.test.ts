import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { IndicatorRecordSchema, type IndicatorRecord } from "../src/index.js";
import { repoRoot, runNode, type NodeRun } from "./support/run-node.js";

const REVENUE = "Doanh thu đạt 838 tỷ đồng.";
const TWO_SENTENCES = `${REVENUE} Năm 2024, GRDP tăng 7,2% so với năm 2023.`;

const CSV_HEADER = [
  "source", "subject", "value", "unit", "valueMax", "per", "period", "qualifier", "status", "area",
  "stated_text", "span_start", "span_end",
  ...[1, 2].flatMap((n) =>
    ["against", "period", "value", "change_kind", "change_value", "change_direction", "attainment"].map(
      (field) => `cmp${n}_${field}`,
    ),
  ),
];

let dir: string;
const files = { revenue: "", twoSentences: "", empty: "", missing: "", directory: "" };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chitieu-cli-"));
  files.revenue = join(dir, "doanh-thu.txt");
  files.twoSentences = join(dir, "hai câu.txt");
  files.empty = join(dir, "empty.txt");
  files.missing = join(dir, "missing.txt");
  files.directory = join(dir, "a-directory");
  writeFileSync(files.revenue, REVENUE);
  writeFileSync(files.twoSentences, TWO_SENTENCES);
  writeFileSync(files.empty, "");
  mkdirSync(files.directory);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: readonly string[], input?: string): NodeRun => runNode(["dist/cli.js", ...args], input);

/** Runs the CLI, expects success, and returns stdout parsed as one JSON value. */
function cliJson(args: readonly string[], input?: string): unknown {
  const run = cli(args, input);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

function cliRecords(args: readonly string[], input?: string): IndicatorRecord[] {
  const output = cliJson(["--format", "json", "--quiet", ...args], input);
  expect(Array.isArray(output)).toBe(true);
  return (output as unknown[]).map((item) => IndicatorRecordSchema.parse(item));
}

/** Splits RFC 4180 text into rows of fields: CRLF rows, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  let end = 0;
  for (let match = field.exec(text); match; match = field.exec(text)) {
    end = field.lastIndex;
    const raw = match[1] ?? "";
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] === "\r\n") {
      rows.push(row);
      row = [];
    }
  }
  expect(end, "the CSV ends with a complete row").toBe(text.length);
  return rows;
}

describe("json output", () => {
  test("prints one file's records as exactly a JSON array of schema-valid records", () => {
    const run = cli([files.twoSentences, "--format", "json"]);
    expect(run.status).toBe(0);
    const output: unknown = JSON.parse(run.stdout);
    expect(Array.isArray(output)).toBe(true);
    for (const item of output as unknown[]) {
      expect(IndicatorRecordSchema.safeParse(item).error).toBeUndefined();
      expect(item).not.toHaveProperty("source");
    }
  });

  test("gives spans that slice the file's text to stated.text", () => {
    for (const record of cliRecords([files.twoSentences])) {
      expect(TWO_SENTENCES.slice(record.span.start, record.span.end)).toBe(record.stated.text);
    }
  });

  test("is the default when stdout is not a terminal", () => {
    expect(cliJson(["--quiet", files.twoSentences])).toEqual(cliRecords([files.twoSentences]));
  });

  test("labels every record with its file when given several files", () => {
    const output = cliJson(["--format", "json", "--quiet", files.revenue, files.twoSentences]) as unknown[];
    const expected = [files.revenue, files.twoSentences].flatMap((source) =>
      cliRecords([source]).map((record) => ({ source, ...record })),
    );
    expect(output).toEqual(expected);
  });
});

describe("jsonl output", () => {
  test("prints one schema-valid record per line, each with its source file", () => {
    const run = cli([files.revenue, files.twoSentences, "--format", "jsonl", "--quiet"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.pop()).toBe("");
    const expectedCount = cliRecords([files.revenue]).length + cliRecords([files.twoSentences]).length;
    expect(lines).toHaveLength(expectedCount);
    for (const line of lines) {
      const { source, ...record } = JSON.parse(line) as { source: unknown };
      expect([files.revenue, files.twoSentences]).toContain(source);
      expect(IndicatorRecordSchema.safeParse(record).error).toBeUndefined();
    }
  });
});

describe("csv output", () => {
  test("prints one header row and one row per record, in the records' order", () => {
    const run = cli([files.revenue, files.twoSentences, "--format", "csv", "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith("\uFEFF")).toBe(false);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(CSV_HEADER);
    const records = [files.revenue, files.twoSentences].flatMap((source) =>
      cliRecords([source]).map((record) => ({ source, record })),
    );
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(CSV_HEADER.length);
      const { source, record } = records[i]!;
      expect(row.slice(0, 4)).toEqual([source, record.subject, record.value, record.unit]);
      expect(row[CSV_HEADER.indexOf("stated_text")]).toBe(record.stated.text);
      expect(row[CSV_HEADER.indexOf("cmp1_against")]).toBe(record.comparisons[0]?.against ?? "");
    });
  });
});

describe("table output", () => {
  test("prints readable text, not JSON", () => {
    const run = cli([files.twoSentences, "--format", "table", "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).not.toBe("");
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe("standard input", () => {
  test.each([[[]], [["-"]]])("reads the text from stdin with arguments %j", (args) => {
    expect(cliRecords(args, TWO_SENTENCES)).toEqual(cliRecords([files.twoSentences]));
  });
});

describe("warnings", () => {
  test("go to stderr as 'FILE: warning CODE: message' and never to stdout", () => {
    const run = cli([files.empty, files.twoSentences, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
    const [first, ...rest] = run.stderr.split("\n").filter(Boolean);
    // An empty file is not extracted: it gets a line of its own.
    expect(first).toBe(`chitieu: ${files.empty}: empty`);
    for (const line of rest) {
      expect(line).toMatch(/^.+: warning [a-z-]+: .+$/);
      expect(line.startsWith(`${files.twoSentences}: warning `)).toBe(true);
    }
  });

  test("are silenced by --quiet", () => {
    expect(cli([files.empty, files.twoSentences, "--quiet"]).stderr).toBe("");
  });
});

describe("unreadable inputs", () => {
  test.each([
    ["a missing file", () => files.missing, "no such file or directory"],
    ["a directory", () => files.directory, "is a directory"],
  ])("reports %s on stderr, still processes the other file, and exits 3", (_name, badFile, reason) => {
    const run = cli([badFile(), files.revenue, "--format", "json", "--quiet"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(`chitieu: cannot read ${badFile()}: ${reason}\n`);
    const expected = cliRecords([files.revenue]).map((record) => ({ source: files.revenue, ...record }));
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });
});

describe("bad usage exits 2 and prints nothing on stdout", () => {
  test.each([
    ["an unknown --format", ["--format", "xml"], /unknown --format 'xml'[\s\S]*Usage: chitieu/],
    ["an unknown option", ["--frobnicate"], /--frobnicate[\s\S]*Usage: chitieu/],
    ["a --format without its value", ["--format"], /--format[\s\S]*Usage: chitieu/],
    ["an invalid --period", ["--period", "2024Q3"], /^chitieu: invalid --period '2024Q3': .*SDMX.*\n$/],
    ["an invalid --lang", ["--lang", "fr"], /^chitieu: invalid --lang 'fr': .+\n$/],
    ["an invalid --date", ["--date", "27/12/2024"], /^chitieu: invalid --date '27\/12\/2024': .+\n$/],
  ])("on %s", (_name, args, message) => {
    const run = cli([files.revenue, ...args]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("information options", () => {
  test("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(cli(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("--help prints the usage on stdout", () => {
    const run = cli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: chitieu/);
    for (const option of ["--format", "--lang", "--period", "--date", "--quiet", "--version"]) {
      expect(run.stdout).toContain(option);
    }
  });
});

// These need the extraction engine to find the figure in one plain sentence.
describe("records of a plain sentence", () => {
  test("reads 838 tỷ đồng as 838000000000 VND", () => {
    expect(cliRecords([files.revenue])).toContainEqual(
      expect.objectContaining({ value: "838000000000", unit: "VND" }),
    );
  });

  test("passes --period on to the figures whose sentence names none", () => {
    expect(cliRecords([files.revenue, "--period", "2024"])).toContainEqual(
      expect.objectContaining({ value: "838000000000", period: "2024" }),
    );
  });

  test("prints the value with grouped digits in the table", () => {
    expect(cli([files.revenue, "--format", "table"]).stdout).toContain("838 000 000 000");
  });
});
