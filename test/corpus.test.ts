import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode } from "./support/run-node.js";

// The dev corpus and its scorer live beside the project in the team's workplace, not in the repo:
// without them these checks skip, with them they hold the quality line the project has reached.
const shared = join(repoRoot, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
const gold = join(shared, "corpus", "dev");
const present = existsSync(scorer) && existsSync(gold);

interface Figures {
  failedDocs: number;
  spanErrors: number;
  forbidden: number;
  value: { f1: number };
  full: { f1: number };
}

function score(...extra: string[]): Figures {
  const run = runNode([scorer, "--gold", gold, "--run", `node ${join(repoRoot, "dist", "cli.js")} --format json`, "--json", ...extra]);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Figures;
}

describe.skipIf(!present)("the dev corpus", () => {
  it("scores Vietnamese texts at value F1 >= 0.92 and full F1 >= 0.80, with exact spans and no forbidden hit", () => {
    const f = score("--lang", "vi");
    expect(f.failedDocs).toBe(0);
    expect(f.spanErrors).toBe(0);
    expect(f.forbidden).toBe(0);
    expect(f.value.f1).toBeGreaterThanOrEqual(0.92);
    expect(f.full.f1).toBeGreaterThanOrEqual(0.8);
  });

  it("scores English texts at value F1 >= 0.88 and full F1 >= 0.65, with exact spans and no forbidden hit", () => {
    const f = score("--lang", "en");
    expect(f.failedDocs).toBe(0);
    expect(f.spanErrors).toBe(0);
    expect(f.forbidden).toBe(0);
    expect(f.value.f1).toBeGreaterThanOrEqual(0.88);
    expect(f.full.f1).toBeGreaterThanOrEqual(0.65);
  });

  it("extracts every required record of the Thanh Hóa seed report in full", () => {
    const run = runNode([scorer, "--gold", gold, "--run", `node ${join(repoRoot, "dist", "cli.js")} --format json`, "--verbose"]);
    const section = run.stdout.split("\n## ").find((s) => s.startsWith("000-thanh-hoa-ttt-2024")) ?? "";
    const header = /gold (\d+), predicted \d+, value match (\d+), full match (\d+)/u.exec(section);
    expect(header).not.toBeNull();
    const [, goldCount, , full] = header as RegExpExecArray;
    expect(Number(full)).toBe(Number(goldCount));
  });
});
