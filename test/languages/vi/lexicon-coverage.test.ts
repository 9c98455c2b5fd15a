import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as areas from "../../../src/languages/vi/lexicon/areas.js";
import * as changes from "../../../src/languages/vi/lexicon/changes.js";
import * as comparisons from "../../../src/languages/vi/lexicon/comparisons.js";
import * as discourse from "../../../src/languages/vi/lexicon/discourse.js";
import * as furniture from "../../../src/languages/vi/lexicon/furniture.js";
import * as numbers from "../../../src/languages/vi/lexicon/numbers.js";
import * as periods from "../../../src/languages/vi/lexicon/periods.js";
import * as qualifiers from "../../../src/languages/vi/lexicon/qualifiers.js";
import * as scales from "../../../src/languages/vi/lexicon/scales.js";
import * as units from "../../../src/languages/vi/lexicon/units.js";
import { allExamples } from "../../corpus/index.js";

// Every surface form the lexicons list must be exercised by at least one example that a behaviour
// test checks: a word nobody tested is a word nobody knows works.
const modules: Record<string, Record<string, unknown>> = { areas, changes, comparisons, discourse, furniture, numbers, periods, qualifiers, scales, units };

// Lexicons whose surface forms are the keys, not the values: scaledMeasures maps "tạ" → ["t", "0.1"].
const KEYED_BY_SURFACE = new Set(["scaledMeasures"]);

const isStrings = (v: unknown): v is readonly string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** The surface forms of one exported list or lexicon, its objects' arrays flattened. */
function surfacesOf(name: string, value: unknown): string[] {
  if (isStrings(value)) return [...value];
  if (value && typeof value === "object") {
    if (KEYED_BY_SURFACE.has(name)) return Object.keys(value);
    return Object.values(value).flatMap((v) => surfacesOf(name, v));
  }
  return [];
}

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

const texts = allExamples.map(({ example }) => fold(example.text));

const lexicons = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, value]) => ({ file, name, surfaces: surfacesOf(name, value) })),
);

describe("lexicon coverage", () => {
  it("reads every lexicon file of src/languages/vi/lexicon", () => {
    const dir = fileURLToPath(new URL("../../../src/languages/vi/lexicon/", import.meta.url));
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
