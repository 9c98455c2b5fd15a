// Builds the benchmark's input from the hand-written reports in bench/texts/ (their wording and
// figures are invented for the benchmark). Every repetition gets new figures from a seeded PRNG,
// so no two documents are the same text and no cache keyed on the input can skip work, while
// runs stay reproducible. Usable from other scripts:
//   import { makeCorpus, makeLongDocument } from "./bench/corpus.mjs";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const TEXTS_DIR = fileURLToPath(new URL("./texts/", import.meta.url));

/** The hand-written texts, sorted by file name: [{ name, text }]. Read as bytes are (CRLF, NFD kept). */
export function loadTexts(dir = TEXTS_DIR) {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ""), text: readFileSync(join(dir, file), "utf8") }));
}

/** The .txt files of a folder such as ../shared/corpus/dev, read now, or null when it is absent. */
export function loadFolder(dir) {
  if (!existsSync(dir)) return null;
  return loadTexts(dir);
}

/** mulberry32: a tiny seeded PRNG, good enough to scramble digits and the same on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Digits that make up dates and periods are kept, so every copy still names real periods
// ("tháng 7/2024", "27/12/2024", "6 tháng", "quý III/2024", "năm 2023", "15:42"); all other
// digit runs are redrawn. Group 1 is what is kept, group 2 a figure to redraw.
const FIGURES =
  /(\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{4}\b|\b\d{1,2}\/\d{1,2}\b|(?:[Tt]háng|[Qq]uý|[Nn]gày) \d{1,2}\b|\b\d{1,2} tháng\b|\b(?:19|20)\d\d\b(?![.,]\d)|\b\d{1,2}:\d\d\b)|(\d+)/g;

/**
 * The text with every figure's digits redrawn from rand. A digit run keeps its length (so
 * "1.248,6" stays a well-formed number and the byte length does not change) and a leading
 * digit stays zero or non-zero as it was ("0,65" stays below one, "812" does not become "012").
 */
export function varyFigures(text, rand) {
  return text.replace(FIGURES, (match, kept, digits) => {
    if (kept !== undefined) return kept;
    let out = "";
    for (let i = 0; i < digits.length; i++) {
      if (i === 0 && digits.length > 1 && digits[0] !== "0") out += String(1 + Math.floor(rand() * 9));
      else if (i === 0 && digits[0] === "0") out += "0";
      else out += String(Math.floor(rand() * 10));
    }
    return out;
  });
}

const utf8 = (text) => Buffer.byteLength(text, "utf8");

/**
 * Documents cycling through the texts, the first round as written and every later copy with
 * new figures, until they add up to at least minBytes of UTF-8.
 * Returns { docs: string[], names: string[] (which text each came from), bytes }.
 */
export function makeCorpus({ minBytes = 20 * 1024 * 1024, seed = 20240731, texts = loadTexts() } = {}) {
  if (texts.length === 0) throw new Error("makeCorpus: no texts");
  const rand = prng(seed);
  const docs = [];
  const names = [];
  let bytes = 0;
  for (let round = 0; bytes < minBytes; round++) {
    for (const { name, text } of texts) {
      const doc = round === 0 ? text : varyFigures(text, rand);
      docs.push(doc);
      names.push(name);
      bytes += utf8(doc);
    }
  }
  return { docs, names, bytes };
}

/**
 * One long document of `copies` varied copies of a single text, each followed by a blank line.
 * Figures change between copies but not byte lengths, so n copies are exactly n times one copy:
 * the growth measurement compares sizes that are exact multiples.
 */
export function makeLongDocument(text, copies, { seed = 7 } = {}) {
  const rand = prng(seed);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const parts = [];
  for (let i = 0; i < copies; i++) parts.push((i === 0 ? text : varyFigures(text, rand)).trimEnd() + newline + newline);
  return parts.join("");
}

export { utf8 as utf8Bytes };
