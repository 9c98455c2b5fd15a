import { describe, expect, it } from "vitest";
import { extract, type IndicatorRecord } from "../../src/index.js";
import type { Corpus, Example, ExpectedRecord } from "./types.js";

/** Case, NFC and the "_" of word-segmented text folded, as the scorer compares subjects. */
export const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/_/gu, " ").replace(/\s+/gu, " ");

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** A fragment a subject must lack, as a whole word where it starts or ends with a letter ("trong đó", but also "“"). */
const lacking = (fragment: string): RegExp => {
  const f = fold(fragment);
  const edge = /[\p{L}\p{M}]/u;
  return new RegExp(`${edge.test(f.charAt(0)) ? "(?<![\\p{L}\\p{M}])" : ""}${escapeRegExp(f)}${edge.test(f.charAt(f.length - 1)) ? "(?![\\p{L}\\p{M}])" : ""}`, "u");
};

/** One line per record, for failure messages. */
export function describeRecord(r: IndicatorRecord): string {
  const extra = [
    r.valueMax !== undefined ? `valueMax=${r.valueMax}` : "",
    r.per !== undefined ? `per=${r.per}` : "",
    r.area !== undefined ? `area=${r.area}` : "",
    r.qualifier ? `qualifier=${r.qualifier}` : "",
    r.status ? `status=${r.status}` : "",
  ].filter(Boolean);
  return `  ${r.value} ${r.unit} period=${r.period} "${r.subject}" [${r.stated.text}] ${extra.join(" ")} ${JSON.stringify(r.comparisons)}`;
}

function projectActual(r: IndicatorRecord, want: ExpectedRecord): Record<string, unknown> {
  const subjectArea = fold(`${r.subject} ${r.area ?? ""}`);
  const out: Record<string, unknown> = {
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    status: r.status,
    valueMax: r.valueMax ?? null,
    per: r.per ?? null,
  };
  if (want.period !== undefined) out.period = r.period;
  if (want.area !== undefined) out.area = r.area ?? null;
  if (want.subject) out.subject = want.subject.map((f) => (subjectArea.includes(fold(f)) ? f : `(missing from "${r.subject}" / area "${r.area ?? ""}")`));
  if (want.subjectLacks) out.subjectLacks = want.subjectLacks.map((f) => (lacking(f).test(fold(r.subject)) ? `(present in "${r.subject}")` : f));
  if (want.stated) {
    const stated: Record<string, unknown> = {};
    for (const k of Object.keys(want.stated) as Array<keyof typeof r.stated>) stated[k] = r.stated[k];
    out.stated = stated;
  }
  return out;
}

function projectWanted(want: ExpectedRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    value: want.value,
    unit: want.unit,
    qualifier: want.qualifier ?? null,
    status: want.status ?? null,
    valueMax: want.valueMax ?? null,
    per: want.per ?? null,
  };
  if (want.period !== undefined) out.period = want.period;
  if (want.area !== undefined) out.area = want.area;
  if (want.subject) out.subject = [...want.subject];
  if (want.subjectLacks) out.subjectLacks = [...want.subjectLacks];
  if (want.stated) out.stated = { ...want.stated };
  return out;
}

/** Extracts an example's text and checks the records against what the example expects. */
export function checkExample(ex: Example): void {
  const result = extract(ex.text, ex.options ?? {});
  const records = result.records;
  const listing = records.map(describeRecord).join("\n") || "  (no records)";
  const used = new Set<IndicatorRecord>();
  for (const want of ex.expect) {
    const candidates = records.filter(
      (r) => !used.has(r) && r.value === want.value && r.unit === want.unit && (want.stated?.text === undefined || r.stated.text === want.stated.text),
    );
    if (!candidates.length) expect.fail(`no record ${want.value} ${want.unit}${want.stated?.text ? ` [${want.stated.text}]` : ""}; the records are:\n${listing}`);
    const got = candidates[0] as IndicatorRecord;
    used.add(got);
    expect(projectActual(got, want), `record ${want.value} ${want.unit}; the records are:\n${listing}`).toEqual(projectWanted(want));
    if (want.comparisons) {
      const label = `comparisons of ${want.value} ${want.unit}; the records are:\n${listing}`;
      if (want.exactComparisons) expect(got.comparisons, label).toEqual(want.comparisons);
      else expect(got.comparisons, label).toMatchObject(want.comparisons);
    }
  }
  if (!ex.others) {
    expect(records.filter((r) => !used.has(r)).map(describeRecord), "records the example does not expect").toEqual([]);
  }
  for (const s of ex.mustNotExtract ?? []) {
    for (let at = ex.text.indexOf(s); at >= 0; at = ex.text.indexOf(s, at + 1)) {
      const overlapping = records.filter((r) => r.span.start < at + s.length && r.span.end > at);
      expect(overlapping.map(describeRecord), `records over "${s}"`).toEqual([]);
    }
  }
  if (ex.warnings) {
    expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining([...ex.warnings]));
  }
}

/** One test per example, grouped by behaviour; the examples marked as gaps run as expected failures. */
export function runCorpus(corpus: Corpus): void {
  describe.each(corpus.map((s) => ({ ...s, examples: s.examples.filter((e) => !e.gap) })).filter((s) => s.examples.length))(
    "$behaviour",
    ({ examples }) => {
      it.each(examples.map((ex) => [ex.text, ex] as const))("%s", (_text, ex) => checkExample(ex));
    },
  );
  const gaps = corpus.flatMap((s) => s.examples.filter((e) => e.gap).map((e) => ({ behaviour: s.behaviour, example: e })));
  if (gaps.length) {
    describe("known gaps", () => {
      for (const { behaviour, example } of gaps) {
        it.fails(`${behaviour}: ${example.text} (engine: ${example.gap})`, () => checkExample(example));
      }
    });
  }
}
