import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { repoRoot, runNode, type NodeRun } from "../support/run-node.js";

interface Doc {
  id: string;
  text: string;
}

/** Hand-written report sentences, with figures that change from one document to the next. */
function makeDoc(n: number): Doc {
  const sentences = [
    `Doanh thu bán lẻ hàng hóa đạt ${1_000 + n} tỷ đồng, tăng ${(n % 9) + 1},4% so với cùng kỳ.`,
    `Sản lượng lúa cả năm ước đạt ${200 + (n % 50)} nghìn tấn.`,
    `Tỷ lệ hộ nghèo giảm còn ${(n % 4) + 1},${n % 10}%.`,
    `Số doanh nghiệp thành lập mới là ${300 + n} doanh nghiệp.`,
    `Kim ngạch xuất khẩu ước đạt ${20 + (n % 30)} triệu USD.`,
  ];
  // Documents of different lengths, so that the threads finish them out of order.
  const text = Array.from({ length: 1 + (n % 5) }, (_, i) => sentences[(n + i) % sentences.length]).join(" ");
  return { id: `bao-cao-${n}`, text };
}

const docs = (count: number, from = 0): Doc[] => Array.from({ length: count }, (_, i) => makeDoc(from + i));
const jsonLines = (items: readonly unknown[]): string => items.map((item) => `${JSON.stringify(item)}\n`).join("");

/** What the CLI should print for these documents with --format jsonl --input jsonl: each record with its id. */
const expectedRecords = (items: readonly Doc[]): unknown[] =>
  items.flatMap(({ id, text }) => extract(text).records.map((record) => ({ id, ...record })));

const readJsonl = (stdout: string): unknown[] =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

const cli = (args: readonly string[], input?: string): NodeRun => runNode(["dist/cli.js", ...args], input);
const JSONL = ["--input", "jsonl", "--format", "jsonl", "--quiet"];

let dir: string;
const at = (name: string): string => join(dir, name);
const SMALL = docs(12);
// Over 256 KiB, so that it is read in several chunks and spread over both threads.
const LARGE = docs(1_500, 100);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chitieu-batch-"));
  writeFileSync(at("small.jsonl"), jsonLines(SMALL));
  writeFileSync(at("large.jsonl"), jsonLines(LARGE));
  writeFileSync(at("rest.jsonl"), jsonLines(docs(3, 50)));
  SMALL.slice(0, 6).forEach((doc, i) => writeFileSync(at(`van-ban-${i}.txt`), doc.text));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("several text files", () => {
  test.each([1, 2])("print JSON lines with each record's source file, in the files' order, with --jobs %i", (jobs) => {
    const files = SMALL.slice(0, 6).map((_, i) => at(`van-ban-${i}.txt`));
    const run = cli([...files, "--format", "jsonl", "--quiet", "--jobs", String(jobs)]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const expected = files.flatMap((source, i) =>
      extract(SMALL[i]!.text).records.map((record) => ({ source, ...record })),
    );
    expect(readJsonl(run.stdout)).toEqual(expected);
  });
});

describe("--input jsonl", () => {
  test("reads one document a line from standard input and prints its records with its id, in input order", () => {
    const run = cli(JSONL, jsonLines(SMALL));
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(readJsonl(run.stdout)).toEqual(expectedRecords(SMALL));
  });

  test("reads several JSON-lines files, one after the other", () => {
    const run = cli([...JSONL, at("small.jsonl"), at("rest.jsonl")]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(readJsonl(run.stdout)).toEqual(expectedRecords([...SMALL, ...docs(3, 50)]));
  });

  test("passes a line's period and date on to its document, and names a document without id by its line number", () => {
    const text = "Doanh thu đạt 412 tỷ đồng.";
    const run = cli(JSONL, jsonLines([{ id: "a", text, period: "2023-Q4" }, { text, date: "2024-03-01" }]));
    expect(run.status).toBe(0);
    expect(readJsonl(run.stdout)).toEqual([
      ...extract(text, { period: "2023-Q4" }).records.map((record) => ({ id: "a", ...record })),
      ...extract(text, { date: "2024-03-01" }).records.map((record) => ({ id: 2, ...record })),
    ]);
  });

  test("prints a JSON array of records with their ids with --format json", () => {
    const run = cli(["--input", "jsonl", "--format", "json", "--quiet"], jsonLines(SMALL));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expectedRecords(SMALL));
  });

  test.each([
    ["standard input", (): [string[], string] => [[], jsonLines(LARGE)]],
    ["a file", (): [string[], string] => [[at("large.jsonl")], ""]],
  ])("keeps the input order with --jobs 2 exactly as with --jobs 1, from %s", (_from, given) => {
    const [files, input] = given();
    const one = cli([...JSONL, "--jobs", "1", ...files], input);
    const two = cli([...JSONL, "--jobs", "2", ...files], input);
    expect(one).toMatchObject({ status: 0, stderr: "" });
    expect(two).toEqual(one);
    expect(readJsonl(one.stdout)).toEqual(expectedRecords(LARGE));
  });
});

describe("a bad JSON line", () => {
  const [first, second, third] = docs(3, 20) as [Doc, Doc, Doc];
  const lines = [JSON.stringify(first), "{oops", JSON.stringify(second), "[1, 2]", '{"id": "no-text"}', JSON.stringify(third)];

  test.each([1, 2])(
    "is named by its line number on stderr, the other lines are still printed, and the exit status is 1 (--jobs %i)",
    (jobs) => {
      const run = cli([...JSONL, "--jobs", String(jobs)], `${lines.join("\n")}\n`);
      expect(run.status).toBe(1);
      expect(run.stderr.split("\n")).toEqual([
        expect.stringMatching(/^chitieu: stdin:2: not JSON \(.+\)$/),
        expect.stringMatching(/^chitieu: stdin:4: not a JSON object/),
        expect.stringMatching(/^chitieu: stdin:5: no string "text"/),
        "",
      ]);
      expect(readJsonl(run.stdout)).toEqual(expectedRecords([first, second, third]));
    },
  );

  test("in a file is named by the file and its line number", () => {
    const file = at("bad.jsonl");
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const run = cli([...JSONL, file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^chitieu: ${file.replace(/[.\\]/g, "\\$&")}:2: not JSON`));
    expect(readJsonl(run.stdout)).toEqual(expectedRecords([first, second, third]));
  });

  test("with an invalid period fails its document alone", () => {
    const run = cli(JSONL, jsonLines([{ ...first, period: "quý 3" }, second]));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^chitieu: stdin:1: invalid period: .*SDMX.*\n$/);
    expect(readJsonl(run.stdout)).toEqual(expectedRecords([second]));
  });
});

test("an unreadable JSON-lines file is reported, the other files are still read, and the exit status is 3", () => {
  const run = cli([...JSONL, at("missing.jsonl"), at("small.jsonl")]);
  expect(run.status).toBe(3);
  expect(run.stderr).toBe(`chitieu: cannot read ${at("missing.jsonl")}: no such file or directory\n`);
  expect(readJsonl(run.stdout)).toEqual(expectedRecords(SMALL));
});

test("no progress line goes to stderr when it is not a terminal", () => {
  const run = cli(["--input", "jsonl", "--format", "jsonl"], jsonLines(SMALL));
  expect(run.stderr).not.toMatch(/\r|MB\/s/);
});

describe("bad usage exits 2", () => {
  test.each([
    ["--jobs 0", ["--jobs", "0"], /^chitieu: invalid --jobs '0'/],
    ["--jobs two", ["--jobs", "two"], /^chitieu: invalid --jobs 'two'/],
    ["--input xml", ["--input", "xml"], /^chitieu: unknown --input 'xml'/],
  ])("on %s", (_name, args, message) => {
    const run = cli(args, "");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("streaming", () => {
  test.each([1, 2])("prints the first document's records before standard input is closed (--jobs %i)", async (jobs) => {
    const child = spawn(process.execPath, ["dist/cli.js", ...JSONL, "--jobs", String(jobs)], { cwd: repoRoot });
    const [first, second] = docs(2, 7) as [Doc, Doc];
    let stdout = "";
    const firstLine = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no record within 10 s; stdout: ${stdout}`)), 10_000);
      child.stdout.setEncoding("utf8").on("data", (data: string) => {
        stdout += data;
        if (stdout.includes("\n")) {
          clearTimeout(timer);
          resolve(stdout.slice(0, stdout.indexOf("\n")));
        }
      });
    });
    child.stdin.write(jsonLines([first]));
    const line = await firstLine;
    expect(child.stdin.writableEnded).toBe(false);
    expect(JSON.parse(line)).toEqual(expectedRecords([first])[0]);

    child.stdin.end(jsonLines([second]));
    const [code] = await once(child, "close");
    expect(code).toBe(0);
    expect(readJsonl(stdout)).toEqual(expectedRecords([first, second]));
  });
});
