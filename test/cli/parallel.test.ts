import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runNode } from "../support/run-node.js";

const hasParallel = spawnSync("sh", ["-c", "command -v parallel"]).status === 0;

/** The GNU parallel command exactly as the README gives it. */
function readmeCommand(): string {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const command = /^parallel --pipe .*< corpus\.jsonl > records\.jsonl$/m.exec(readme)?.[0];
  if (command === undefined) throw new Error("the README gives no 'parallel --pipe … < corpus.jsonl > records.jsonl' command");
  return command;
}

const sentences = (n: number): string =>
  [
    `Tổng thu ngân sách nhà nước trên địa bàn đạt ${4_000 + n} tỷ đồng, tăng ${(n % 7) + 2}% so với năm trước.`,
    `Diện tích rừng trồng mới đạt ${100 + (n % 60)} ha.`,
    `Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ đạt ${90 + (n % 9)},${n % 10}%.`,
  ]
    .slice(0, 1 + (n % 3))
    .join(" ");

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chitieu-parallel-"));
  const lines = Array.from({ length: 400 }, (_, n) => `${JSON.stringify({ id: `tinh-${n}`, text: sentences(n) })}\n`);
  writeFileSync(join(dir, "corpus.jsonl"), lines.join(""));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a shell command in the repository with corpus.jsonl and records.jsonl in the test's folder. */
function shell(command: string): string {
  const inFolder = command
    .replace("< corpus.jsonl", `< ${join(dir, "corpus.jsonl")}`)
    .replace("> records.jsonl", `> ${join(dir, "records.jsonl")}`);
  const run = spawnSync("sh", ["-c", inFolder], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(join(dir, "records.jsonl"), "utf8");
}

describe("the README's GNU parallel command", () => {
  const direct = (): string => {
    const run = runNode(["dist/cli.js", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", join(dir, "corpus.jsonl")]);
    expect(run.status).toBe(0);
    return run.stdout;
  };

  it.skipIf(!hasParallel)("prints the same records, in the same order, as chitieu run directly", () => {
    const records = shell(readmeCommand());
    expect(records.length).toBeGreaterThan(0);
    expect(records).toBe(direct());
  });

  it.skipIf(!hasParallel)("still does with blocks so small that the corpus is cut into many chunks", () => {
    expect(readFileSync(join(dir, "corpus.jsonl")).byteLength).toBeGreaterThan(3 * 16_000);
    expect(shell(readmeCommand().replace(/--block \S+/, "--block 16k"))).toBe(direct());
  });
});
