import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/_/gu, " ");
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Case-insensitive, NFC, word-bounded at the edges that are letters or digits ("%", "US$" need no bound there). */
function pattern(surface: string): RegExp {
  const s = fold(surface);
  const body = escape(s).replace(/ /gu, "\\s+");
  const before = WORD.test(s[0] ?? "") ? "(?<![\\p{L}\\p{M}\\p{N}])" : "";
  const after = WORD.test(s[s.length - 1] ?? "") ? "(?![\\p{L}\\p{M}\\p{N}])" : "";
  return new RegExp(`${before}${body}${after}`, "u");
}

export interface CoverageOptions {
  /** Lexicons whose surface forms are the keys, not the values ("tạ" → ["t", "0.1"]). */
  keyedBySurface?: ReadonlySet<string>;
  /** "file.export" lists left out of the check, each for a reason said where it is passed. */
  exempt?: ReadonlySet<string>;
}

/**
 * Every surface form the lexicons of `dir` list must be exercised by at least one example that a
 * behaviour test checks: a word nobody tested is a word nobody knows works.
 */
export function describeLexiconCoverage(title: string, dir: string, modules: Record<string, Record<string, unknown>>, exampleTexts: readonly string[], options: CoverageOptions = {}): void {
  const keyed = options.keyedBySurface ?? new Set<string>();
  const surfacesOf = (name: string, value: unknown): string[] => {
    if (isStrings(value)) return [...value];
    if (value && typeof value === "object") {
      if (keyed.has(name)) return Object.keys(value);
      return Object.values(value).flatMap((v) => surfacesOf(name, v));
    }
    return [];
  };
  const texts = exampleTexts.map(fold);
  const lexicons = Object.entries(modules)
    .flatMap(([file, exports]) => Object.entries(exports).map(([name, value]) => ({ file, name, surfaces: surfacesOf(name, value) })))
    .filter((l) => !options.exempt?.has(`${l.file}.${l.name}`));

  describe(title, () => {
    it(`reads every lexicon file of ${dir}`, () => {
      const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/u, "")).sort();
      expect(files).toEqual(Object.keys(modules).sort());
    });

    it("finds surface forms in every export", () => {
      for (const l of lexicons) expect(l.surfaces.length, `${l.file}.${l.name}`).toBeGreaterThan(0);
    });

    it.each(lexicons.map((l) => [`${l.file}.${l.name}`, l.surfaces] as const))("every surface form of %s appears in an example", (_name, surfaces) => {
      const missing = surfaces.filter((s) => !texts.some((t) => pattern(s).test(t)));
      expect(missing).toEqual([]);
    });
  });
}
