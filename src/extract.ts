import { en } from "./languages/en/index.js";
import { baselineMention, type Language } from "./languages/language.js";
import { vi } from "./languages/vi/index.js";
import { detectLanguage } from "./language-detect.js";
import { ExtractOptionsSchema, type ExtractOptions } from "./options.js";
import type { ExtractResult, ExtractWarning, IndicatorRecord } from "./record/schema.js";
import { attachComparisons } from "./stages/attach-comparisons.js";
import { attachRestated } from "./stages/attach-restated.js";
import { checkConsistency } from "./stages/check-consistency.js";
import { findQuantities } from "./stages/find-quantities.js";
import { findSubjects } from "./stages/find-subjects.js";
import { readPredicates } from "./stages/read-predicates.js";
import { resolveMention, resolvePeriods } from "./stages/resolve-periods.js";
import { toRecords } from "./stages/to-records.js";
import { warn, type Work } from "./stages/work.js";
import { normalizeText } from "./text/normalize.js";
import { blankRanges, within, type Ranged } from "./text/ranges.js";
import { segmentSentences } from "./text/segment.js";

/**
 * The pipeline, in order. Each stage reads what the ones before it wrote into `work`:
 * normalise → set aside flattened tables → set aside page furniture → segment → find periods and
 * baselines → find quantities → read predicates (status, verb, qualifier, role) → resolve periods
 * → attach comparisons → find subjects → attach changes restated in a sentence of their own →
 * check that growths agree with their values and baselines → to records.
 */
const stages: ReadonlyArray<(work: Work) => void> = [
  function setAsideTables(work) {
    // A table flattened one cell per line, or aligned with spaces, cannot be read back into rows and
    // columns reliably: its figures would take the wrong period, unit or subject. It is blanked,
    // offsets kept, and said.
    // (An aligned table whose rows agree with its header is read, as a table with pipes is.)
    const unread = work.norm.tables.filter((t) => !t.grid);
    for (const t of unread) {
      const what = t.aligned ? "the rows of a table whose columns are aligned with spaces" : "the cells of a table flattened one per line (from a PDF or a web page)";
      warn(work, "table-not-read", `these lines look like ${what}: their figures were not extracted, as their rows, columns and units cannot be told apart reliably`, t.start, t.end);
    }
    work.text = blankRanges(work.text, 0, unread);
  },
  function setAsideFurniture(work) {
    // Links to other articles and captions of a scraped page: their figures are no records, and
    // their periods must not decide the document's ("Xem thêm: >> … trong quý I"). Blanked, offsets kept.
    work.text = blankRanges(work.text, 0, work.language.furniture(work.text));
  },
  function segment(work) {
    work.sentences = segmentSentences(work.text);
  },
  function findMentions(work) {
    work.periods = work.language.periods(work.text);
    work.baselines = work.language.baselines(work.text);
    // "so với năm 2023" names a baseline; "mục tiêu năm 2019" names the target's own year.
    for (const b of work.baselines) {
      if (!b.comparator && b.against === "plan") continue;
      for (const p of within(work.periods, b.start, b.end)) p.baseline = true;
    }
    // "so với quý II/2025", "compared with the first half of 2026": a period right after a
    // comparator that no baseline of the lexicon reads is a baseline of its own, that period.
    const named = work.periods.filter((p) => p.baseline && !p.ofPassage && p.kind !== "span" && !overlapsAny(work.baselines, p));
    for (const p of named) {
      const start = p.comparedFrom ?? p.start;
      work.baselines.push(baselineMention({ start, end: p.end, text: work.text.slice(start, p.end), against: "previous", comparator: true, rule: "vi/baseline/named-period", period: (_, docYear) => resolveMention(p, docYear, work.publishedYear) }));
    }
    if (named.length) work.baselines.sort((a, b) => a.start - b.start);
  },
  findQuantities,
  readPredicates,
  resolvePeriods,
  attachComparisons,
  findSubjects,
  attachRestated,
  checkConsistency,
];

/** Whether `r` overlaps one of `items` (sorted by start; none longer than 200 characters). */
function overlapsAny(items: readonly Ranged[], r: Ranged): boolean {
  return within(items, r.start - 200, r.end + 200).some((it) => it.start < r.end && it.end > r.start);
}

/** The languages the pipeline reads, by the code `detectLanguage` and the `language` option give. */
const LANGUAGES: Readonly<Record<string, Language>> = { vi, en };

/**
 * The stages name their rules in one namespace ("vi/role/change"); a record read by another
 * language carries that language's prefix, so that its trace says which lexicons made it.
 */
function inNamespace(records: IndicatorRecord[], code: string): IndicatorRecord[] {
  if (code === vi.code) return records;
  for (const r of records) r.rules = r.rules.map((id) => id.replace(/^vi\//u, `${code}/`));
  return records;
}

/** The longest text one call reads unless `maxLength` says otherwise: 16 Mi UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 16 * 1024 * 1024;

export interface Extractor {
  /** Extracts the records of one document. */
  extract(text: string, options?: Pick<ExtractOptions, "period" | "date" | "maxLength">): ExtractResult;
}

/**
 * An extractor with its options checked once, for many documents.
 * @example
 * const ex = createExtractor({ language: "vi" });
 * ex.extract("Doanh thu đạt 838 tỷ đồng.").records[0]?.value; // "838000000000"
 */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const base = ExtractOptionsSchema.parse(options);
  return {
    extract(text: string, perDocument = {}): ExtractResult {
      if (typeof text !== "string") throw new TypeError(`extract() takes a string, got ${text === null ? "null" : typeof text}`);
      // Options checked once at creation; a document's own period or date is checked as it comes.
      const opts = Object.keys(perDocument).length === 0 ? base : { ...base, ...ExtractOptionsSchema.parse(perDocument) };
      const limit = opts.maxLength ?? DEFAULT_MAX_LENGTH;
      if (text.length > limit) {
        return {
          records: [],
          warnings: [{ code: "input-too-large", message: `the text has ${text.length} characters, more than the limit of ${limit} for one document: split it into documents and stream them through extractMany() or the CLI's --input jsonl (or raise maxLength)`, span: null }],
          language: "und",
          document: { period: opts.period ?? null, periodSource: opts.period ? "option" : "none", numberStyle: "vi" },
        };
      }
      const chosen = opts.language ?? "auto";
      let norm = normalizeText(text, (LANGUAGES[chosen] ?? vi).continuesLine);
      let language: string = chosen === "auto" ? "vi" : chosen;
      let warning: [ExtractWarning["code"], string] | null = null;
      if (!norm.text.trim()) {
        warning = ["empty-input", "the text is empty"];
      } else if (chosen === "auto") {
        language = detectLanguage(norm.text);
        if (language === "und") {
          warning = ["language-undetermined", "the text is too short to tell its language; read as Vietnamese"];
        } else if (!LANGUAGES[language]) {
          warning = ["unsupported-language", `the text reads as "${language}", which is not a language chitieu reads (Vietnamese, English): no records extracted (pass language: "vi" or "en" to force one)`];
        } else if (language !== vi.code) {
          // Lines were joined by Vietnamese rules while the language was unknown: join them by its own.
          norm = normalizeText(text, (LANGUAGES[language] as Language).continuesLine);
        }
      }
      const module = LANGUAGES[language] ?? vi;
      const work: Work = {
        input: text,
        norm,
        text: norm.text,
        language: module,
        options: { period: opts.period, date: opts.date },
        style: module.numberStyle,
        styleDecided: false,
        sentences: [],
        quantities: [],
        periods: [],
        baselines: [],
        publishedYear: null,
        docYear: null,
        docPeriod: null,
        docPeriodSource: "none",
        warnings: [],
      };
      if (warning) warn(work, warning[0], warning[1]);
      if (norm.mojibake > 0) {
        warn(work, "mojibake-repaired", `${norm.mojibake} runs of characters are UTF-8 read as Windows-1252 ("Ä‘áº¡t" for "đạt", "â€™" for "’"): read as what they stand for (the text's source decodes it wrongly)`);
      }
      const run = language === "und" || Boolean(LANGUAGES[language]);
      if (run) for (const stage of stages) stage(work);
      return {
        records: run ? inNamespace(toRecords(work), module.code) : [],
        warnings: work.warnings,
        language,
        document: { period: work.docPeriod, periodSource: work.docPeriodSource, numberStyle: work.style },
      };
    },
  };
}

/**
 * Extracts the statistical indicator records of a Vietnamese report or article, or of an English one.
 * @example
 * extract("Doanh thu đạt 838 tỷ đồng, tăng 18% so với năm 2023.").records[0];
 * // { subject: "Doanh thu", value: "838000000000", unit: "VND", comparisons: [{ against: "previous", period: "2023", ... }], ... }
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return createExtractor(options).extract(text);
}
