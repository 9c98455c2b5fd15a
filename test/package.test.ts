import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot, runNode } from "./support/run-node.js";

// Each consumer prints one JSON report of what it sees through the package's public entry point.
const REPORT = `JSON.stringify({
  extract: typeof chitieu.extract,
  createExtractor: typeof chitieu.createExtractor,
  result: chitieu.ExtractResultSchema.safeParse(chitieu.extract("Doanh thu đạt 838 tỷ đồng.", { language: "vi" })).success,
  resultKeys: Object.keys(chitieu.extract("Doanh thu đạt 838 tỷ đồng.")).sort(),
  recordSchema: typeof chitieu.IndicatorRecordSchema.parse,
  jsonSchema: typeof chitieu.indicatorRecordJsonSchema,
  jsonSchemaType: chitieu.indicatorRecordJsonSchema.type,
  jsonSchemaFields: Object.keys(chitieu.indicatorRecordJsonSchema.properties ?? {}),
})`;

const consumers = [
  ["an ES module", ["--input-type=module", "-e", `import * as chitieu from "chitieu"; process.stdout.write(${REPORT});`]],
  ["a CommonJS module", ["--input-type=commonjs", "-e", `const chitieu = require("chitieu"); process.stdout.write(${REPORT});`]],
] as const;

describe("the built package", () => {
  test.each(consumers)("works when imported from %s by its name", (_kind, args) => {
    const run = runNode(args);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      extract: "function",
      createExtractor: "function",
      result: true,
      resultKeys: ["document", "language", "records", "warnings"],
      recordSchema: "function",
      jsonSchema: "object",
      jsonSchemaType: "object",
      jsonSchemaFields: expect.arrayContaining(["subject", "value", "unit", "period", "comparisons", "span"]),
    });
  });

  test("has every file its package.json names", () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      main: string;
      module: string;
      types: string;
      bin: Record<string, string>;
      exports: Record<string, unknown>;
    };
    const leaves = (entry: unknown): string[] =>
      typeof entry === "string" ? [entry] : Object.values(entry as Record<string, unknown>).flatMap(leaves);
    const named = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin), ...leaves(manifest.exports)];
    expect(named.filter((path) => !existsSync(join(repoRoot, path)))).toEqual([]);
  });

  test.each(["dist/index.js", "dist/index.cjs", "dist/cli.js", "dist/worker.js"])("keeps the regex literals of %s as literals, made once", (file) => {
    // esbuild would rewrite a `/\p{Lu}/u` for Node 20 as a `new RegExp(…)` built each time its line runs.
    expect(readFileSync(join(repoRoot, file), "utf8")).not.toMatch(/new RegExp\("[^"]*\\\\[pP]\{/);
  });

  test("has a CLI that runs as an executable script", () => {
    const cli = join(repoRoot, "dist/cli.js");
    expect(readFileSync(cli, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });
});
