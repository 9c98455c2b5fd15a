import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor, extract, ExtractOptionsSchema } from "../src/index.js";
import { repoRoot } from "./support/run-node.js";

// The library reads the text it is given and nothing else: no code from strings, no network, no
// files (only the CLI touches files). Checked on the sources and on the built bundle users load.
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
const libraryFiles = sources(join(repoRoot, "src")).filter((f) => !f.includes(`${join("src", "cli")}`));

describe("the library entry point", () => {
  it.each([
    ["eval", /\beval\s*\(/u],
    ["the Function constructor", /\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/u],
    ["file access", /from\s+["'](?:node:)?fs(?:\/promises)?["']|require\(\s*["'](?:node:)?fs/u],
    ["network access", /from\s+["'](?:node:)?(?:http|https|net|dgram|tls)["']|\bfetch\s*\(/u],
    ["child processes", /from\s+["'](?:node:)?child_process["']/u],
  ])("contains no %s in its sources", (_what, pattern) => {
    const offenders = libraryFiles.filter((f) => pattern.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it.each(["index.js", "index.cjs"])("contains no eval, Function constructor, file or network access in dist/%s", (file) => {
    const code = readFileSync(join(repoRoot, "dist", file), "utf8");
    expect(code).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/u);
    expect(code).not.toMatch(/["'](?:node:)?(?:fs|http|https|net|child_process)["']/u);
  });
});

describe("options are validated", () => {
  it.each([
    ["an unknown option", { colour: "red" }],
    ["a prototype-polluting key", JSON.parse('{"__proto__": {"polluted": true}}') as object],
    ["a constructor key", JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as object],
    ["a period that is no SDMX period", { period: "2024Q3" }],
    ["a date that is no ISO date", { date: "27/12/2024" }],
    ["a language the library does not read", { language: "fr" }],
    ["a negative maxLength", { maxLength: -1 }],
  ])("rejects %s with a clear error", (_what, options) => {
    expect(() => createExtractor(options as never)).toThrow();
    expect(ExtractOptionsSchema.safeParse(options).success).toBe(false);
  });

  it("leaves Object.prototype untouched after a polluting options object", () => {
    try {
      extract("Doanh thu đạt 5 tỷ đồng.", JSON.parse('{"__proto__": {"polluted": true}}') as never);
    } catch {
      // rejected, as it should be
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
