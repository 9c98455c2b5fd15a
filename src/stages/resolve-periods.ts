import type { PeriodMention } from "../languages/language.js";
import { endsWith } from "../grammar/ends-with.js";
import { firstFrom, within } from "../text/ranges.js";
import type { Work } from "./work.js";

// A date written in the text ("27/12/2024", "02/07/2020"): a weak hint of the document's year.
const DATE = /(?<!\d)(?:[0-3]?\d)[/.-](?:[01]?\d)[/.-](?<year>(?:19|20)\d{2})(?!\d)/gu;

/** The document's year: what its periods say, weighed; baselines say the year after theirs. */
export function decideDocumentYear(work: Work): number | null {
  if (work.options.period) return Number(work.options.period.slice(0, 4));
  const votes = new Map<number, number>();
  const vote = (y: number, weight = 1): void => void votes.set(y, (votes.get(y) ?? 0) + weight);
  const g = work.language.grammar;
  for (const p of work.periods) {
    if (p.year === null || p.kind === "span") continue;
    if (endsWith(g.priceBaseBefore, work.text, p.start, 20)) continue;
    // A year the text names outright outweighs one inferred from a baseline.
    if (p.baseline) vote(p.year + 1);
    else if (p.relative === 1) vote(p.year - 1);
    else vote(p.year, 2);
  }
  for (const b of work.baselines) {
    const y = /(?:19|20)\d{2}/u.exec(b.text);
    if (y && b.against === "previous" && within(work.periods, b.start, b.end).length === 0) vote(Number(y[0]) + 1);
  }
  if (votes.size === 0) {
    for (const m of work.text.matchAll(DATE)) vote(Number(m.groups?.year));
  }
  if (votes.size === 0 && work.options.date) return Number(work.options.date.slice(0, 4));
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && y > best)) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}

/** A mention's SDMX period, resolving "năm nay" and a month without a year with the document's year. */
export function resolveMention(p: PeriodMention, docYear: number | null): string | null {
  if (p.year !== null) return p.build(p.year);
  if (docYear === null) return null;
  return p.build(docYear + (p.relative ?? 0));
}


/**
 * Gives each figure its period: one named right after it ("trong năm 2024"), else the nearest named
 * before it in its sentence, else the previous sentence's when this one continues it ("Trong đó"),
 * else the document's.
 */
export function resolvePeriods(work: Work): void {
  const g = work.language.grammar;
  const isDate = (p: PeriodMention): boolean => endsWith(g.dayBefore, work.text, p.start, 12);
  work.docYear = decideDocumentYear(work);
  if (work.options.period) {
    work.docPeriod = work.options.period;
    work.docPeriodSource = "option";
  } else {
    const first = work.periods.find((p) => !p.baseline && p.relative !== 1 && p.kind !== "span" && !isDate(p) && (p.year === null || p.year === work.docYear));
    work.docPeriod = first ? resolveMention(first, work.docYear) : work.docYear !== null ? String(work.docYear) : null;
    work.docPeriodSource = work.docPeriod ? "text" : "none";
  }
  // "do ... trong tháng 3-2019", "Từ tháng 4-2019": a cause or a start date, not the figure's
  // period; "ngày 27 tháng 6 năm 2024": a date.
  const own = work.periods.filter((p) => !p.baseline && !endsWith(g.causalBefore, work.text, p.start, 60) && !endsWith(g.priceBaseBefore, work.text, p.start, 20) && !isDate(p));
  const firstPeriodOfSentence = new Map<number, string | null>();
  for (const q of work.quantities) {
    const sentence = work.sentences[q.sentence];
    if (!sentence || q.role === "drop") continue;
    const next = firstFrom(own, q.perEnd);
    // Right after a change ("gấp 2,4 lần năm 2019") a period is the baseline's, not the figure's.
    const gap = next ? work.text.slice(q.perEnd, next.start) : "";
    const afterMention = next && (q.role !== "change" || /[\p{L}]/u.test(gap)) && next.start <= q.perEnd + 12 && next.end <= sentence.end && g.periodAfterGap.test(gap) ? next : undefined;
    const mention: PeriodMention | undefined = afterMention ?? within(own, sentence.start, q.numStart).pop();
    let period: string | null;
    if (mention) {
      period = resolveMention(mention, work.docYear);
      q.rules.push(mention.rule);
    } else if (g.continuation.test(work.text.slice(sentence.start, sentence.end)) && firstPeriodOfSentence.has(q.sentence - 1)) {
      period = firstPeriodOfSentence.get(q.sentence - 1) ?? null;
      q.rules.push("vi/period/continues-sentence");
    } else {
      period = work.docPeriod;
      q.rules.push("vi/period/document");
    }
    q.period = period;
    if (!firstPeriodOfSentence.has(q.sentence)) firstPeriodOfSentence.set(q.sentence, period);
  }
}
