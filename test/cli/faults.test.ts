import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encodeTcvn3, encodeVni } from "../../src/cli/legacy-encodings.js";
import { repoRoot, runNode, type NodeRun } from "../support/run-node.js";

const SENTENCE = "Doanh thu bán lẻ hàng hóa đạt 838 tỷ đồng.";
const REVENUE = "Doanh thu đạt 838 tỷ đồng.";
/** The record both sentences hold, as far as these tests look. */
const RECORD = { value: "838000000000", unit: "VND" };

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A text in the form Windows-1258 can hold: letters with a circumflex, breve or horn (and đ)
 * precomposed, the five tone marks as combining marks after them.
 */
const toCp1258Form = (text: string): string =>
  [...text]
    .map((char) => {
      const parts = char.normalize("NFD");
      const tones = parts.match(TONES)?.join("") ?? "";
      return parts.replace(TONES, "").normalize("NFC") + tones;
    })
    .join("");

const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, "utf16le");
  bytes.swap16();
  return bytes;
}

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chitieu-faults-"));
  writeFileSync(at("utf8.txt"), REVENUE);
  writeFileSync(at("cp1258.txt"), iconv.encode(toCp1258Form(SENTENCE), "windows1258"));
  writeFileSync(at("tcvn3.txt"), encodeTcvn3(SENTENCE));
  writeFileSync(at("vni.txt"), encodeVni(SENTENCE));
  writeFileSync(at("utf8-bom.txt"), Buffer.concat([BOM_UTF8, Buffer.from(REVENUE)]));
  writeFileSync(at("utf16le.txt"), Buffer.concat([BOM_LE, Buffer.from(REVENUE, "utf16le")]));
  writeFileSync(at("utf16be.txt"), Buffer.concat([BOM_BE, utf16be(REVENUE)]));
  writeFileSync(at("utf16le-no-bom.txt"), Buffer.from(REVENUE, "utf16le"));
  writeFileSync(at("nul.bin"), Buffer.concat([Buffer.from("PK"), Buffer.from([3, 4, 0, 0, 8, 0]), Buffer.from(REVENUE)]));
  writeFileSync(at("controls.bin"), Buffer.from(Array.from({ length: 300 }, (_, i) => [1, 2, 3, 0x7f, 0x41][i % 5] as number)));
  writeFileSync(at("empty.txt"), "");
  // Over the 16 Mi characters one document may have: "Doanh thu đạt 838 tỷ đồng. " is 27 characters.
  writeFileSync(at("huge.txt"), REVENUE.concat(" ").repeat(Math.ceil((16 * 1024 * 1024 + 1) / (REVENUE.length + 1))));
  mkdirSync(at("a-directory"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: readonly string[], input?: string): NodeRun => runNode(["dist/cli.js", ...args], input);

/** Runs the CLI with these bytes on its standard input. */
function cliWithBytes(args: readonly string[], input: Buffer): NodeRun {
  const run = spawnSync(process.execPath, ["dist/cli.js", ...args], { cwd: repoRoot, input, encoding: "utf8", timeout: 30_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface SourcedRecord {
  source: string;
  subject: string;
  value: string;
  unit: string;
  span: { start: number; end: number };
}

const records = (run: NodeRun): SourcedRecord[] =>
  run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SourcedRecord);

/** JSON lines out; --lang vi, so that a short sentence gets no warning about its language. */
const JSONL = ["--format", "jsonl", "--lang", "vi"];

describe("encodings", () => {
  test("a file that is not valid UTF-8 is read as Windows-1258, with a warning", () => {
    const run = cli([...JSONL, at("cp1258.txt")]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`chitieu: ${at("cp1258.txt")}: read as windows-1258`);
    const [record] = records(run);
    expect(record).toMatchObject({ ...RECORD, subject: "Doanh thu bán lẻ hàng hóa" });
  });

  test("Windows-1258 on standard input is read too", () => {
    const run = cliWithBytes([...JSONL], iconv.encode(toCp1258Form(SENTENCE), "windows1258"));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("chitieu: stdin: read as windows-1258");
    expect(records(run)).toEqual([expect.objectContaining({ ...RECORD, subject: "Doanh thu bán lẻ hàng hóa" })]);
  });

  test.each([
    ["TCVN3", "tcvn3.txt"],
    ["VNI", "vni.txt"],
  ])("a %s file is told from Windows-1258 and read, with a warning", (label, file) => {
    const run = cli([...JSONL, at(file)]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`chitieu: ${at(file)}: read as ${label} (it is not valid UTF-8)\n`);
    expect(records(run)).toEqual([expect.objectContaining({ ...RECORD, subject: "Doanh thu bán lẻ hàng hóa" })]);
  });

  test.each([
    ["UTF-8", "utf8-bom.txt", "UTF-8"],
    ["UTF-16LE", "utf16le.txt", "UTF-16LE"],
    ["UTF-16BE", "utf16be.txt", "UTF-16BE"],
  ])("%s with a byte order mark is read, the mark dropped from the text the spans index", (_name, file, label) => {
    const run = cli([...JSONL, at(file), at("utf8.txt")]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`chitieu: ${at(file)}: read as ${label} (it opens with a byte order mark)`);
    const [withMark, plain] = records(run);
    expect(withMark).toMatchObject({ ...RECORD, subject: "Doanh thu" });
    // The same spans as the plain UTF-8 file: they index the text after the mark.
    expect(withMark?.span).toEqual(plain?.span);
    expect(withMark?.span.start).toBe(REVENUE.indexOf("838"));
  });

  test("plain UTF-8 gets no warning about its encoding", () => {
    expect(cli([...JSONL, "--quiet", at("utf8.txt")])).toMatchObject({ status: 0, stderr: "" });
    expect(cli([...JSONL, at("utf8.txt")]).stderr).not.toContain("read as");
  });

  test("--quiet silences the encoding warning", () => {
    const run = cli([...JSONL, "--quiet", at("cp1258.txt"), at("utf16le.txt")]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(records(run)).toHaveLength(2);
  });

  test.each([
    ["windows-1258", "cp1258.txt", "Doanh thu bán lẻ hàng hóa"],
    ["tcvn3", "tcvn3.txt", "Doanh thu bán lẻ hàng hóa"],
    ["vni", "vni.txt", "Doanh thu bán lẻ hàng hóa"],
    ["utf16le", "utf16le-no-bom.txt", "Doanh thu"],
    ["utf16le", "utf16le.txt", "Doanh thu"],
    ["utf8", "utf8-bom.txt", "Doanh thu"],
  ])("--encoding %s forces the encoding of %s, without a warning", (encoding, file, subject) => {
    const run = cli([...JSONL, "--quiet", "--encoding", encoding, at(file)]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(records(run)).toEqual([expect.objectContaining({ ...RECORD, subject })]);
  });

  test("a bad --encoding is bad usage", () => {
    const run = cli(["--encoding", "latin9", at("utf8.txt")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^chitieu: unknown --encoding 'latin9' \(expected auto, utf8, utf16le, utf16be, windows-1258, tcvn3, vni\)\n/);
  });

  test("JSON lines stay UTF-8 whatever --encoding says", () => {
    const line = `${JSON.stringify({ id: "a", text: REVENUE })}\n`;
    const run = cli([...JSONL, "--input", "jsonl", "--encoding", "windows-1258", "--quiet"], line);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(records(run)).toEqual([expect.objectContaining({ ...RECORD, subject: "Doanh thu" })]);
  });
});

describe.each([1, 3])("faults, with --jobs %i: reported, the other inputs still written", (jobs) => {
  const run = (...files: string[]): NodeRun => cli([...JSONL, "--jobs", String(jobs), ...files.map(at), at("utf8.txt")]);
  const onlyTheGoodFile = (result: NodeRun): void => {
    expect(records(result)).toEqual([expect.objectContaining({ ...RECORD, source: at("utf8.txt") })]);
  };

  test.each([
    ["NUL bytes", "nul.bin"],
    ["mostly control bytes", "controls.bin"],
  ])("a binary file (%s) is skipped, exit 3", (_name, file) => {
    const result = run(file);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`chitieu: ${at(file)}: looks binary, not text: skipped\n`);
    onlyTheGoodFile(result);
  });

  test("a binary file is skipped even with --quiet", () => {
    const result = cli([...JSONL, "--quiet", "--jobs", String(jobs), at("nul.bin"), at("utf8.txt")]);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`chitieu: ${at("nul.bin")}: looks binary, not text: skipped\n`);
  });

  test("a file too long for one document is refused with the limit named, exit 1", () => {
    const result = run("huge.txt");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`chitieu: ${at("huge.txt")}: the text has`);
    expect(result.stderr).toContain("--input jsonl");
    onlyTheGoodFile(result);
  });

  test("an empty file gets a warning, no records, and exit 0", () => {
    const result = cli([...JSONL, "--jobs", String(jobs), at("empty.txt"), at("utf8.txt")]);
    expect(result.status).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(`chitieu: ${at("empty.txt")}: empty`);
    onlyTheGoodFile(result);
    expect(cli([...JSONL, "--quiet", at("empty.txt")])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  test.each([
    ["a directory", "a-directory", "is a directory"],
    ["a missing file", "missing.txt", "no such file or directory"],
  ])("%s cannot be read, exit 3", (_name, file, reason) => {
    const result = run(file);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`chitieu: cannot read ${at(file)}: ${reason}\n`);
    onlyTheGoodFile(result);
  });

  test("several faults in one run are each reported, in input order", () => {
    const result = run("nul.bin", "missing.txt", "empty.txt", "a-directory");
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(
      [
        `chitieu: ${at("nul.bin")}: looks binary, not text: skipped`,
        `chitieu: cannot read ${at("missing.txt")}: no such file or directory`,
        `chitieu: ${at("empty.txt")}: empty`,
        `chitieu: cannot read ${at("a-directory")}: is a directory`,
        "",
      ].join("\n"),
    );
    onlyTheGoodFile(result);
  });
});

/** The user nobody, whom mode bits bind, to run the CLI as when the tests run as root. */
const NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];

/** Runs the CLI from the repository root, as nobody through setpriv. */
function cliAsNobody(args: readonly string[]): NodeRun {
  const run = spawnSync("setpriv", [...NOBODY, process.execPath, "dist/cli.js", ...args], { cwd: repoRoot, encoding: "utf8", timeout: 30_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * How to run the CLI so that mode bits bind it: as it is when not root (root reads whatever the
 * mode bits say); as nobody through setpriv when root, if nobody can run node and dist/ and read a
 * file of `readable`; otherwise null, and the test that needs it is skipped.
 */
function boundByModeBits(readable: string): ((args: readonly string[]) => NodeRun) | null {
  if (process.getuid?.() !== 0) return cli;
  try {
    const probe = cliAsNobody([...JSONL, readable]);
    return probe.status === 0 && records(probe).length === 1 ? cliAsNobody : null;
  } catch {
    return null;
  }
}

test("a file without read permission cannot be read, exit 3", (context) => {
  // A folder of its own that nobody may enter (the shared one is mkdtemp's 0700).
  const open = mkdtempSync(join(tmpdir(), "chitieu-permission-"));
  try {
    chmodSync(open, 0o755);
    const readable = join(open, "readable.txt");
    const secret = join(open, "secret.txt");
    writeFileSync(readable, REVENUE);
    chmodSync(readable, 0o644);
    writeFileSync(secret, REVENUE);
    chmodSync(secret, 0o000);
    const run = boundByModeBits(readable);
    if (!run) context.skip("running as root, and the user nobody cannot run the CLI through setpriv");
    const result = (run as (args: readonly string[]) => NodeRun)([...JSONL, secret, readable]);
    expect(result.status).toBe(3);
    expect(result.stderr).toBe(`chitieu: cannot read ${secret}: permission denied\n`);
    expect(records(result)).toEqual([expect.objectContaining({ ...RECORD, source: readable })]);
  } finally {
    rmSync(open, { recursive: true, force: true });
  }
});

test("a file deleted between the shell's glob and the read cannot be read, exit 3", () => {
  const globbed = at("globbed");
  mkdirSync(globbed);
  writeFileSync(join(globbed, "a.txt"), REVENUE);
  writeFileSync(join(globbed, "b-gone.txt"), REVENUE);
  // The shell expands the glob, then the file goes, then chitieu runs on the list.
  const script = `set -- "$1"/*.txt; rm "$2"; exec "${process.execPath}" dist/cli.js --format jsonl --lang vi "$@"`;
  const run = spawnSync("sh", ["-c", script, "sh", globbed], { cwd: repoRoot, encoding: "utf8" });
  expect(run.status).toBe(3);
  expect(run.stderr).toBe(`chitieu: cannot read ${join(globbed, "b-gone.txt")}: no such file or directory\n`);
  expect(records({ status: run.status, stdout: run.stdout, stderr: run.stderr })).toEqual([
    expect.objectContaining({ ...RECORD, source: join(globbed, "a.txt") }),
  ]);
});

test("an unreadable input wins over a bad JSON line: exit 3", () => {
  const good = `${JSON.stringify({ id: "a", text: REVENUE })}\n`;
  const run = cli(["--input", "jsonl", ...JSONL, "--quiet", at("missing.jsonl"), "-"], `not json\n${good}`);
  expect(run.status).toBe(3);
  expect(run.stderr).toContain(`chitieu: cannot read ${at("missing.jsonl")}`);
  expect(run.stderr).toContain("chitieu: stdin:1: not JSON");
  expect(records(run)).toHaveLength(1);
});
