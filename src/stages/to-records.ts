import { toPlain } from "../numbers/decimal.js";
import type { Comparison, IndicatorRecord } from "../record/schema.js";
import { toSpan, type Work, type WorkComparison } from "./work.js";

function toComparison(c: WorkComparison): Comparison {
  const out: Comparison = { against: c.against };
  if (c.period) out.period = c.period;
  if (c.value) out.value = toPlain(c.value);
  if (c.change) {
    const change: NonNullable<Comparison["change"]> = {};
    if (c.change.kind) change.kind = c.change.kind;
    if (c.change.value) change.value = toPlain(c.change.value.abs());
    if (c.change.direction) change.direction = c.change.value?.isZero() ? "unchanged" : c.change.direction;
    out.change = change;
  }
  if (c.attainment) out.attainment = toPlain(c.attainment);
  return out;
}

/** The records in the JSON form of RECORDS.md, with spans into the caller's own string. */
export function toRecords(work: Work): IndicatorRecord[] {
  const out: IndicatorRecord[] = [];
  for (const q of work.quantities) {
    if (!q.isRecord || !q.unit) continue;
    const span = toSpan(work, q.start, q.end);
    const sentence = work.sentences[q.sentence];
    const record: IndicatorRecord = {
      subject: q.subject ?? "?",
      value: toPlain(q.value),
      unit: q.unit,
      period: q.period,
      qualifier: q.qualifier,
      status: q.status,
      comparisons: q.comparisons.map(toComparison),
      stated: {
        text: work.input.slice(span.start, span.end),
        number: q.number,
        scale: q.scale,
        unitText: q.unitText,
      },
      span,
      sentence: sentence ? toSpan(work, sentence.start, sentence.end) : span,
      rules: q.rules,
    };
    if (q.valueMax) record.valueMax = toPlain(q.valueMax);
    if (q.per) record.per = q.per;
    if (q.area) record.area = q.area;
    out.push(record);
  }
  return out;
}
