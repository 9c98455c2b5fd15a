import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type NodeRun, repoRoot, runNode } from "./support/run-node.js";

// The dev corpus and its scorer live beside the project in the team's workplace, not in the repo:
// without them these checks skip, with them they hold the quality line the project has reached.
const shared = join(repoRoot, "..", "shared");
const scorer = join(shared, "eval", "score.mjs");
const gold = join(shared, "corpus", "dev");
const present = existsSync(scorer) && existsSync(gold);
const cli = `node ${join(repoRoot, "dist", "cli.js")} --format json`;
// The scorer starts the CLI once per text: on a loaded CI machine a whole language takes half a minute.
const corpusRunMs = 240_000;

interface Figures {
  failedDocs: number;
  spanErrors: number;
  forbidden: number;
  value: { f1: number };
  full: { f1: number };
}

function score(...extra: string[]): Figures {
  const run = runNode([scorer, "--gold", gold, "--run", cli, "--json", ...extra], "", corpusRunMs);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Figures;
}

describe.skipIf(!present)("the dev corpus", () => {
  // English is held lower: it was added later and its dev texts are fewer (see the README's Limits).
  it.each([
    ["Vietnamese", "vi", 0.92, 0.8],
    ["English", "en", 0.88, 0.65],
  ] as const)("scores %s texts at the line, with exact spans and no forbidden hit", { timeout: corpusRunMs + 10_000 }, (_name, lang, valueF1, fullF1) => {
    const f = score("--lang", lang);
    expect(f.failedDocs).toBe(0);
    expect(f.spanErrors).toBe(0);
    expect(f.forbidden).toBe(0);
    expect(f.value.f1).toBeGreaterThanOrEqual(valueF1);
    expect(f.full.f1).toBeGreaterThanOrEqual(fullF1);
  });

  it("extracts every required record of the Thanh Hóa seed report in full", () => {
    // Scored alone, from a folder holding only its text and gold.
    const seed = "000-thanh-hoa-ttt-2024";
    const alone = mkdtempSync(join(tmpdir(), "chitieu-seed-"));
    let run: NodeRun;
    try {
      for (const ext of [".txt", ".gold.json"]) copyFileSync(join(gold, seed + ext), join(alone, seed + ext));
      run = runNode([scorer, "--gold", alone, "--run", cli, "--verbose"]);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
    const section = run.stdout.split("\n## ").find((s) => s.startsWith(seed)) ?? "";
    const header = /gold (\d+), predicted \d+, value match (\d+), full match (\d+)/u.exec(section);
    expect(header).not.toBeNull();
    const [, goldCount, , full] = header as RegExpExecArray;
    expect(Number(full)).toBe(Number(goldCount));
  });
});
