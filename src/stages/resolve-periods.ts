import type { BaselineMention, PeriodMention } from "../languages/language.js";
import { allMatches, endsWith } from "../grammar/ends-with.js";
import { firstMonths, lastMonthOf, monthPeriod, previousUnit, sameStretchIn } from "../record/periods.js";
import { blankRanges, firstFrom, within, type Ranged } from "../text/ranges.js";
import { LIST_ITEM } from "./noun-phrase.js";
import type { Quantity, Work } from "./work.js";

// A date written in the text ("27/12/2024", "02/07/2020"): a weak hint of the document's year.
const DATE = /(?<!\d)(?:[0-3]?\d)[/.-](?:[01]?\d)[/.-](?<year>(?:19|20)\d{2})(?!\d)/gu;

// The head of a page or report, where its date stands: the lines before the first paragraph of prose.
const HEAD = 600;
const PROSE_LINE = 150;
// How far after a heading's year the months that define it may come.
const DEFINED_WITHIN = 120;
// "2024-10/2025-09": months from one year into the next.
const ACROSS_YEARS = /^(\d{4})-\d{2}\/(?!\1)\d{4}-\d{2}$/u;

/**
 * The year the document is dated: the caller's `date`, else a full date in its head ("By Thanh Nga
 * December 27, 2024 | 09:15", "Quảng Ninh, ngày 15 tháng 12 năm 2024"), else null.
 */
export function publishedYear(work: Work): number | null {
  if (work.options.date) return Number(work.options.date.slice(0, 4));
  // The days that bound a stretch of months ("từ ngày 01/10/2024 đến hết ngày 30/9/2025") date no issue.
  const bounds = work.periods.filter((p) => p.kind === "months" && p.start < HEAD);
  for (const line of blankRanges(work.text.slice(0, HEAD), 0, bounds).split("\n")) {
    if (line.length > PROSE_LINE) break;
    const m = work.language.grammar.fullDate.exec(line) ?? work.language.grammar.issueMonth.exec(line);
    if (m) return Number(m.groups?.year ?? m.groups?.year2);
  }
  return null;
}

/** Whether a period is the month a heading near the top is dated by ("Asian Development Outlook December 2025"). */
function issueHeading(work: Work, p: PeriodMention): boolean {
  if (p.start >= HEAD) return false;
  const start = work.text.lastIndexOf("\n", p.start) + 1;
  const end = work.text.indexOf("\n", p.end);
  return work.language.grammar.issueMonth.test(work.text.slice(start, end < 0 ? work.text.length : end));
}

/**
 * The document's year: what its periods say, weighed; baselines say the year after theirs. Once the
 * document's date is known, "this year" and "last year" say which year they are too, and no later
 * year can be the one it reports on.
 */
export function decideDocumentYear(work: Work): number | null {
  if (work.options.period) return Number(work.options.period.slice(0, 4));
  // "… tops VND190 trillion in Q1" above "… in the first quarter of 2025 was …": the headline names
  // the report's stretch without its year and the lede names the same stretch with it. That year
  // is the report's, however often the text looks back on the year before.
  const stretches = work.periods.filter((p) => !p.baseline && !p.ofPassage && p.kind !== "span" && p.kind !== "year");
  const first = stretches[0];
  if (first && first.year === null && first.relative === null) {
    const named = stretches.find((p) => p.year !== null && p.kind === first.kind && p.build(2000) === first.build(2000));
    if (named && named.year !== null) return named.year;
  }
  const votes = new Map<number, number>();
  const vote = (y: number, weight = 1): void => void votes.set(y, (votes.get(y) ?? 0) + weight);
  const g = work.language.grammar;
  const dated = work.publishedYear;
  if (dated !== null) vote(dated);
  for (const p of work.periods) {
    const year = p.year ?? (dated !== null && p.relative !== null ? dated + p.relative : null);
    // (A span of a plan's years votes for none; a school year for the year it ends in.)
    if (year === null || (p.kind === "span" && !p.term)) continue;
    if (endsWith(g.priceBaseBefore, work.text, p.start, 20)) continue;
    // A year the text names outright outweighs one inferred from a baseline, or from a value of
    // another period ("up from the record 15.5 million of 2024"). "This year" is the dated year,
    // whether a target or a result is set for it.
    if (p.baseline || endsWith(g.pastValueBefore, work.text, p.start, 60)) vote(year + 1);
    else if (p.year === null && p.relative === 0) vote(year, 2);
    // "the ministry targets growth of 10 percent for 2025": a target's year is the next one's.
    else if (p.relative === 1 || g.targetYearBefore.test(work.text.slice(Math.max(0, p.start - 80), p.start))) vote(year - 1);
    else vote(year, 2);
  }
  for (const b of work.baselines) {
    const y = /(?:19|20)\d{2}/u.exec(b.text);
    if (y && b.against === "previous" && within(work.periods, b.start, b.end).length === 0) vote(Number(y[0]) + 1);
  }
  if (votes.size === 0) {
    for (const m of allMatches(DATE, work.text)) vote(Number(m.groups?.year));
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    // A document reports on no year after the one it is dated: later years are forecasts and targets.
    if (dated !== null && y > dated) continue;
    if (n > bestVotes || (n === bestVotes && best !== null && y > best)) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * A mention's SDMX period, resolving a month without a year with the document's year, and "năm
 * nay", "last year" with the year the document is dated when it is known, else the document's.
 */
export function resolveMention(p: PeriodMention, docYear: number | null, dated: number | null): string | null {
  if (p.year !== null) return p.build(p.year);
  if (p.relative !== null && dated !== null) return p.build(dated + p.relative);
  if (docYear === null) return null;
  return p.build(docYear + (p.relative ?? 0));
}

/**
 * The month, quarter or year of `kind` that a period is or ends in: "2025-01/2025-09" ends in the
 * month "2025-09" and the quarter "2025-Q3"; "2024-S1" in "2024-Q2"; any period is in its year. Of
 * kind "months", the months from January to its end: "2025-Q4" gives "2025".
 */
export function unitOfPeriod(kind: PeriodMention["kind"], period: string): string | null {
  const end = period.slice(period.lastIndexOf("/") + 1);
  const year = /^(?:19|20)\d{2}/u.exec(end)?.[0];
  if (!year) return null;
  if (kind === "year") return year;
  if (kind === "months") {
    const last = lastMonthOf(end);
    return last ? firstMonths(last.year, last.month) : null;
  }
  const month = /^\d{4}-(\d{2})$/u.exec(end)?.[1];
  if (kind === "month") return month ? end : null;
  if (kind !== "quarter") return null;
  if (/^\d{4}-Q[1-4]$/u.test(end)) return end;
  const last = month ? Number(month) : /^\d{4}-S([12])$/u.test(end) ? Number(end.slice(-1)) * 6 : null;
  return last !== null && last % 3 === 0 ? `${year}-Q${last / 3}` : null;
}

/**
 * Fixes what "trong tháng", "trong quý", "trong năm" name: the month, quarter or year of the
 * figures just before it ("Cũng trong tháng" after the figures of September), else of the
 * document's period ("trong tháng" in a report of the first nine months is the ninth). Null when
 * neither tells.
 */
function settleOfPassage(work: Work, p: PeriodMention, lastFigurePeriod: string | null): string | null {
  let period = lastFigurePeriod ? unitOfPeriod(p.kind, lastFigurePeriod) : null;
  if (period === null && work.docPeriod) period = unitOfPeriod(p.kind, work.docPeriod);
  if (period === null && p.kind === "year" && work.docYear !== null) period = String(work.docYear);
  if (period === null) return null;
  const fixed = period;
  p.year = Number(fixed.slice(0, 4));
  p.build = () => fixed;
  p.ofPassage = undefined;
  return fixed;
}

// How far after a figure its own period may start, baselines between left out: " at the end of ".
const PERIOD_AFTER_REACH = 16;

// Between a figure and "trong tháng" later in its clause: words, but no figure and no clause break.
const REST_OF_CLAUSE = /^[^\d,;:.()\n]{0,40}$/u;

/**
 * Gives each figure its period: one named right after it ("trong năm 2024"), else the nearest named
 * before it in its sentence, else the previous sentence's when this one continues it ("Trong đó"),
 * else the document's. A table's cell of a period its table's note names ("(*) Số liệu tháng 9/2026
 * là số ước tính") takes that note's status here, once its period is known.
 */
export function resolvePeriods(work: Work): void {
  const g = work.language.grammar;
  // "ngày 27 tháng 6 năm 2024": a date. (Not "từ ngày 22 đến 27/10/2025", whose mention holds its own
  // day: the day before it starts the stretch.)
  const isDate = (p: PeriodMention): boolean => p.upTo !== "day" && endsWith(g.dayBefore, work.text, p.start, 12);
  work.publishedYear = publishedYear(work);
  work.docYear = decideDocumentYear(work);
  // A heading about a month or a quarter and the months so far ("tháng 11 và 11 tháng năm 2025").
  let headPair: ReadonlySet<string> | null = null;
  if (work.options.period) {
    work.docPeriod = work.options.period;
    work.docPeriodSource = "option";
  } else {
    // (A span of years is a plan's, but a school year or a crop year is what a report may be about.)
    const first = work.periods.find((p) => !p.baseline && !p.ofPassage && p.relative !== 1 && (p.kind !== "span" || p.term) && !isDate(p) && !issueHeading(work, p) && (p.year === null || p.year === work.docYear));
    work.docPeriod = first ? resolveMention(first, work.docYear, work.publishedYear) : work.docYear !== null ? String(work.docYear) : null;
    // "NĂM 2025 (Năm công tác 2025, tính từ ngày 01/10/2024 đến hết ngày 30/9/2025)": a year the
    // head defines as months across the turn of a year (a work year, a school year) is those months.
    const defined = first?.kind === "year" && first.start < HEAD ? work.periods.find((p) => p.start > first.end && p.start - first.end <= DEFINED_WITHIN && p.kind === "months" && !p.baseline) : undefined;
    const months = defined ? resolveMention(defined, work.docYear, work.publishedYear) : null;
    if (months && work.docPeriod && ACROSS_YEARS.test(months) && months.slice(-7, -3) === work.docPeriod) work.docPeriod = months;
    work.docPeriodSource = work.docPeriod ? "text" : "none";
    headPair = monthAndMonthsSoFar(work, first);
  }
  // "do ... trong tháng 3-2019", "Từ tháng 4-2019": a cause or a start date, not the figure's
  // period; "ngày 27 tháng 6 năm 2024": a date.
  // A school year right after a noun says which of it ("giá sách giáo khoa năm học 2019 - 2020"), no
  // figure's period; one that opens a clause or follows "trong", "in", is one.
  const namesNoun = (p: PeriodMention): boolean => p.term === true && NOUN_BEFORE.test(work.text.slice(Math.max(0, p.start - 12), p.start)) && !endsWith(g.periodInClause, work.text, p.start, 12);
  const notOwn = (p: PeriodMention): boolean => p.baseline || endsWith(g.causalBefore, work.text, p.start, 60) || endsWith(g.priceBaseBefore, work.text, p.start, 20) || isDate(p) || namesNoun(p);
  const own = work.periods.filter((p) => !notOwn(p));
  const firstPeriodOfSentence = new Map<number, string | null>();
  const periodsOfSentence = new Map<number, Set<string>>();
  // The period of the last figure that may be a record: what "trong tháng" after it is about.
  let lastFigurePeriod: string | null = null;
  // The last period a sentence named for its figures, and where: what governs the sentence after it.
  type Passage = { paragraph: number; sentence: number; period: string };
  let passage: Passage | null = null;
  // The same, of sentences that single out no part ("Riêng quý III/2026, …" is an aside of the stretch before it).
  let stretchPassage: Passage | null = null;
  for (const q of work.quantities) {
    const sentence = work.sentences[q.sentence];
    if (!sentence || q.role === "drop") continue;
    const next = firstFrom(own, q.perEnd);
    // Right after a change ("gấp 2,4 lần năm 2019") a period is the baseline's, not the figure's,
    // unless words come between or the language writes a change's own period there ("rose 10 percent in 2015").
    // A baseline between them is no gap: "rose 15 percent year-on-year in October 2026". (Only a
    // period close enough to be the figure's is looked at so: the next may be pages away.)
    const near = next !== undefined && next.start - q.perEnd <= 80;
    const between = near ? within(work.baselines, q.perEnd, next.start) : [];
    const rawGap = near ? work.text.slice(q.perEnd, next.start) : "";
    const gap = between.length ? blankRanges(rawGap, q.perEnd, between).replace(/\s+/gu, " ") : rawGap;
    const skipped = between.reduce((n, b) => n + b.end - b.start, 0);
    const afterMention = next && (q.role !== "change" || /[\p{L}]/u.test(rawGap) || g.ownPeriodAfterChange.test(next.text)) && next.start - skipped <= q.perEnd + PERIOD_AFTER_REACH && next.end <= sentence.end && g.periodAfterGap.test(gap) ? next : undefined;
    // "24,8 nghìn doanh nghiệp thành lập mới trong tháng": the month of the passage, later in the
    // figure's clause; so is any period a preposition puts there ("462.000 lượt hành khách trong 7 tháng").
    // (The preposition may end the gap or open the mention: "vào quý I", "trong 7 tháng".)
    const inClause = next !== undefined && (next.ofPassage || (near && (g.periodInClause.test(gap) || g.periodInClause.test(gap + (/^\S*/u.exec(next.text)?.[0] ?? "")))));
    const laterInClause = inClause && next.end <= sentence.end && REST_OF_CLAUSE.test(gap) ? next : undefined;
    const mention: PeriodMention | undefined = afterMention ?? laterInClause ?? lastOutsideAsides(work.text, within(own, sentence.start, q.numStart), sentence.start, q.numStart);
    let period: string | null = null;
    // Whether the sentence right before, in the same paragraph, named the period the passage is about.
    const afterPassage = passage !== null && passage.paragraph === sentence.paragraph && passage.sentence === q.sentence - 1;
    // Whether the sentence goes on from the one before it ("Như vậy, …"), and so the passage with it.
    let continues = false;
    // "compared with 4.24 percent in the same period of 2023": the rate of the baseline's period.
    const baseline = q.comparedWith && !afterMention ? firstFrom(work.baselines, q.perEnd) : undefined;
    const baselinePeriod = baseline && baseline.end <= sentence.end && g.periodAfterGap.test(work.text.slice(q.perEnd, baseline.start)) ? baseline.period(q.comparedWith?.period ?? null, work.docYear) : null;
    const settled: boolean = mention?.ofPassage ? settleOfPassage(work, mention, lastFigurePeriod) !== null : true;
    if (baselinePeriod) {
      period = baselinePeriod;
      q.rules.push("vi/period/of-baseline");
    } else if (mention && settled) {
      period = resolveMention(mention, work.docYear, work.publishedYear);
      q.rules.push(mention.rule);
      // "registered FDI reached $1.4 billion as of June 30, up 22% year-on-year": a flow counted up
      // to a day and compared with the same stretch a year before runs from January. A stock
      // ("outstanding loans", "dư nợ", or compared with a month: "đến hết tháng 6, dư nợ … tăng
      // 4,7% so với tháng 12") counted "by the end of June" is June's.
      const stock = mention.upTo ? stockOf(work, q, sentence, true) : undefined;
      if (period && MONTH.test(period) && mention.upTo === "day" && stock === false) {
        period = firstMonths(Number(period.slice(0, 4)), Number(period.slice(5)));
        q.rules.push("vi/period/flow-up-to-day");
      } else if (period && mention.upTo === "month" && stock === true) {
        const last = lastMonthOf(period);
        if (last) period = monthPeriod(last.year, last.month);
        q.rules.push("vi/period/stock-at-month-end");
      }
    } else if (q.leadPeriod && !(afterPassage && !q.cell && !inListItem(work.text, q.start))) {
      // "Điều 2. Chỉ tiêu chủ yếu năm 2027" over "b) Tổng thu ngân sách 12.400 tỷ đồng": the list's heading.
      // (Not a heading over a paragraph of prose whose sentence before named its period: the passage's, below.)
      period = resolveMention(q.leadPeriod, work.docYear, work.publishedYear);
      q.rules.push("vi/period/list-lead");
    } else if (g.continuation.test(work.text.slice(sentence.start, sentence.end)) && firstPeriodOfSentence.has(q.sentence - 1)) {
      // A sentence that lists figures of several periods ("Q1 up 5.98%, Q2 7.25%, Q3 7.43%") is an
      // aside: the one continued is the sentence before it, about one period.
      let continued = q.sentence - 1;
      while ((periodsOfSentence.get(continued)?.size ?? 0) > 1 && firstPeriodOfSentence.has(continued - 1) && q.sentence - continued < 3) continued--;
      period = firstPeriodOfSentence.get(continued) ?? null;
      continues = true;
      q.rules.push("vi/period/continues-sentence");
    } else if (passage && afterPassage) {
      // "In the first nine months, GDP rose 6.82 percent. The sectors grew …": the period of the
      // sentence right before, in the same paragraph, governs the passage.
      period = passage.period;
      q.rules.push("vi/period/passage");
    } else if (headPair && stretchPassage && headPair.has(stretchPassage.period)) {
      // Under a heading about a month and the months so far, a paragraph that names neither goes on
      // with the one of the two the text last spoke of ("In the first 11 months, exports … ¶ The
      // foreign-invested sector's exports rose 21.4%"), not one it singled out ("Riêng quý III, …").
      period = stretchPassage.period;
      q.rules.push("vi/period/heading-stretch-last-named");
    } else {
      period = work.docPeriod;
      q.rules.push("vi/period/document");
    }
    // "(cùng kỳ năm trước thâm hụt 0,6 tỷ USD)": a figure in brackets after a baseline of the same
    // stretch is that stretch a year before.
    const open = q.inParens ? work.text.lastIndexOf("(", q.numStart) : -1;
    const yearBefore: BaselineMention | undefined = open >= 0 && period !== null ? within(work.baselines, open, q.numStart).find((b) => b.stretch === "same") : undefined;
    if (yearBefore && period !== null) {
      period = yearBefore.period(period, work.docYear) ?? period;
      q.rules.push("vi/period/same-stretch-in-brackets");
    }
    // "So với tháng trước, nhóm giáo dục tăng 4,95%" after "bình quân 9 tháng": a figure compared
    // with the month before is of one month, the last of the months its passage is about; so is a
    // stock ("Tổng dư nợ cho vay ước đạt 312.780 tỷ đồng" under "Tín dụng 10 tháng").
    // ("Tính từ đầu năm đến nay, CPI tăng 7,32% so với tháng 12 năm trước" is September's too.) Known
    // by its rule: settling a mention of the passage clears its flag for the figures after the first.
    const yearToDate = mention?.kind === "months" && mention.rule.endsWith("/period/of-passage");
    const inherited: boolean = !baselinePeriod && (!(mention && settled) || yearToDate);
    const last: { year: number; month: number } | null = inherited && period !== null && FIRST_MONTHS.test(period) ? lastMonthOf(period) : null;
    const month: string | null = last ? monthPeriod(last.year, last.month) : null;
    if (month && (comparedWithMonthBefore(work, q, sentence, month) || stockOf(work, q, sentence, false) === true)) {
      period = month;
      q.rules.push("vi/period/month-of-passage");
    }
    q.period = period;
    // "(*) Số liệu tháng 9/2026 là số ước tính." under a table: the status of its cells of the
    // periods the note names (of all of them, when it names none).
    const note = q.cell?.footnote;
    if (note && !q.status && period !== null && (note.periods.length === 0 || note.periods.some((p) => inPeriod(period, resolveMention(p, work.docYear, work.publishedYear))))) {
      q.status = note.status;
      q.rules.push("vi/status/table-footnote");
    }
    // A baseline's or a plan's value, another period's rate beside a growth, or a figure set aside in
    // parentheses ("(chỉ tiêu năm 2025 là 33 m2)", "(năm 2024 là 61,7%)") says nothing of the passage.
    const aside = q.inParens;
    const ofPassage = q.role !== "baseline-value" && q.role !== "plan-value" && !q.comparedWith && !aside;
    // (What has added up since January is no stretch the sentences after it go on about.)
    if (((mention && settled) || continues) && ofPassage && !yearToDate && period !== null) {
      passage = { paragraph: sentence.paragraph, sentence: q.sentence, period };
      if (!g.singledOut.test(work.text.slice(sentence.start, Math.max(q.numStart, mention?.end ?? 0)))) stretchPassage = passage;
    }
    if (!firstPeriodOfSentence.has(q.sentence)) firstPeriodOfSentence.set(q.sentence, period);
    if (ofPassage && period !== null) {
      periodsOfSentence.set(q.sentence, (periodsOfSentence.get(q.sentence) ?? new Set()).add(period));
      lastFigurePeriod = period;
    }
  }
  // Those no figure asked for take the document's month, quarter or year, or are dropped.
  work.periods = work.periods.filter((p) => !p.ofPassage || settleOfPassage(work, p, null) !== null);
  distributeYears(work);
}

/**
 * The month and the months of its year up to it, when the line of the document's first period
 * names both ("November and the first 11 months of 2025", "tháng 11 và 11 tháng năm 2025"); else null.
 */
function monthAndMonthsSoFar(work: Work, first: PeriodMention | undefined): ReadonlySet<string> | null {
  if (!first || first.start >= HEAD || !work.docPeriod) return null;
  const lineEnd = work.text.indexOf("\n", first.end);
  const line = within(work.periods, work.text.lastIndexOf("\n", first.start) + 1, lineEnd < 0 ? work.text.length : lineEnd);
  const periods = new Set(line.filter((p) => !p.baseline).map((p) => resolveMention(p, work.docYear, work.publishedYear)));
  // (Or a quarter and the months so far: "quý III và 9 tháng năm 2026".)
  const part = [...periods].find((p) => p !== null && (MONTH.test(p) || QUARTER.test(p)));
  const last = part ? lastMonthOf(part) : null;
  const soFar = last ? firstMonths(last.year, last.month) : null;
  return part && soFar && periods.has(soFar) ? new Set([part, soFar]) : null;
}

/** Whether the line `pos` is on opens as an item of a list ("b) Chăn nuôi: …", "- Thu ngân sách …"). */
const inListItem = (text: string, pos: number): boolean => {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  return LIST_ITEM.test(text.slice(start, start + 8));
};

// A word right before a period: a noun the period may say which of.
const NOUN_BEFORE = /[\p{L}\p{M}][ \t]+$/u;

// How far from a period an aside's brackets are looked for: "(năm 2023: 4,36%)" is short.
const ASIDE_REACH = 120;

/**
 * The last of `mentions` (all before `pos`) that is not in an aside: brackets that close before
 * `pos` and hold a figure beside the period. "(năm 2023: 4,36%)" is about that year, whose period no
 * figure after the bracket takes; "Doanh thu (năm 2024) đạt …" names the figure's own, and gives it.
 * Nor one in brackets that only say what the period right before them spans: "trong tháng 10/2025
 * (tính từ ngày 15/9 đến 14/10/2025)" is October's.
 */
function lastOutsideAsides(text: string, mentions: readonly PeriodMention[], from: number, pos: number): PeriodMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i] as PeriodMention;
    const before = mentions[i - 1];
    if (before && before.start >= from && DEFINING_OPEN.test(text.slice(before.end, p.start)) && CLOSE.test(text.slice(p.end, p.end + 4))) continue;
    if (!inClosedAside(text, p, from, pos)) return p;
  }
  return undefined;
}
// Between a period and the brackets that say what it spans, and after them.
const DEFINING_OPEN = /^\s*\([^()\d]{0,24}$/u;
const CLOSE = /^\s*\)/u;

/** Whether `p` is in such an aside (brackets within ASIDE_REACH of it, looked for by character). */
function inClosedAside(text: string, p: Ranged, from: number, pos: number): boolean {
  let open = -1;
  for (let i = p.start - 1; i >= Math.max(from, p.start - ASIDE_REACH) && open < 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return false;
    if (c === 0x28) open = i;
  }
  if (open < 0) return false;
  for (let i = p.end; i < Math.min(pos, p.end + ASIDE_REACH); i++) {
    if (text.charCodeAt(i) === 0x29) return /\d/u.test(text.slice(open, p.start) + text.slice(p.end, i));
  }
  return false;
}

/** Whether `period` is `of`, or a part of the year `of`: "2026-S1" is of "2026". */
const inPeriod = (period: string, of: string | null): boolean => of !== null && (period === of || (/^\d{4}$/u.test(of) && period.startsWith(of)));

const YEAR = /(?:19|20)\d{2}/gu;
const MONTH = /^\d{4}-\d{2}$/u;
const QUARTER = /^\d{4}-Q[1-4]$/u;
// The first months of a year: "2024-01/2024-09".
const FIRST_MONTHS = /^(\d{4})-01\/\1-(?:0[2-9]|1[0-2])$/u;

/**
 * The baseline a figure is compared with: the first after it in its part of the sentence (up to a
 * ';'), else the last before it from its clause's start ("So với tháng trước, nhóm giáo dục tăng
 * 2,6%"). Within 300 characters each way: a search to a sentence's ends would be quadratic in a
 * long one.
 */
function ownBaselineOf(work: Work, q: Quantity, sentence: { start: number; end: number }, from: number): BaselineMention | undefined {
  const end = Math.min(sentence.end, q.end + 300);
  const semicolon = work.text.slice(q.end, end).indexOf(";");
  const start = Math.max(from, q.start - 300);
  const after = start + work.text.slice(start, q.start).lastIndexOf(";") + 1;
  // (An average it is compared with says nothing of the figure's own stretch.)
  const candidates = within(work.baselines, after, semicolon >= 0 ? q.end + semicolon : end).filter((b) => b.against !== "other");
  return candidates.find((b) => b.start >= q.end) ?? candidates.filter((b) => b.end <= q.start).pop();
}

/** Whether a figure is compared with the month before `month` ("so với tháng trước", "from October" for November). */
function comparedWithMonthBefore(work: Work, q: Quantity, sentence: { start: number; end: number }, month: string): boolean {
  const own = ownBaselineOf(work, q, sentence, sentence.start);
  return own !== undefined && own.against === "previous" && own.period(month, work.docYear) === previousUnit(month, "month");
}

/**
 * Whether a figure is a stock (true: what its subject names is an amount counted at a day, or a
 * rate when the text counts it up to a day (`atDay`), or it is compared with a year's or a month's
 * end) or a flow (false: added up since January, compared with the same stretch a year before, or
 * measured against a year's plan); undefined when neither tells.
 */
function stockOf(work: Work, q: Quantity, sentence: { start: number; end: number }, atDay: boolean): boolean | undefined {
  const g = work.language.grammar;
  // What the figure is of: its clause's subject, after the lead of the list it is an item of
  // ("Dư nợ … lần lượt là: nông nghiệp 168.400 tỷ đồng"), and the words after it: what it counts
  // ("có 298.700 người tham gia BHXH") or, for a share, what it is a share of ("chiếm 9,6% tổng dư nợ").
  // (Looked for in the sentence only: a colon pages before is none of its.)
  const before = work.text.slice(sentence.start, Math.max(sentence.start, q.clauseStart));
  const lead = before.slice(0, Math.max(0, before.lastIndexOf(":")));
  const subject = `${lead} ${work.text.slice(q.clauseStart, q.predicateStart)} ${work.text.slice(q.end, q.tailEnd)}`;
  // "…; số thuê bao …, tăng 3% so với tháng 12": the baseline of the figure's own clause. Compared
  // with a year's end, even "từ đầu năm": "tính từ đầu năm, CPI tăng 7,32% so với cuối tháng 12".
  const own = ownBaselineOf(work, q, sentence, q.clauseStart);
  if (own?.stretch === "end") return true;
  // "huy động vốn, từ đầu năm Kho bạc đã phát hành 253,7 nghìn tỷ đồng": added up since January.
  if (g.cumulativeWords.test(subject)) return false;
  if (g.stockSubject.test(subject) || (atDay && g.rateSubject.test(subject))) return true;
  return own !== undefined && (own.stretch === "same" || own.against === "plan") ? false : undefined;
}

/**
 * "… of 2019, 2020 and 2021 were 7.1, 0.52 and 6.73 per cent, respectively", "năm 2022 và 2023
 * lần lượt là 5% và 6%": the years of a sentence that says "respectively" go, in order, to its last
 * figures, each in the stretch of the figure before the list, else of the document (2022-Q2 → 2019-Q2).
 */
function distributeYears(work: Work): void {
  const g = work.language.grammar;
  const bySentence = new Map<number, Quantity[]>();
  for (const q of work.quantities) {
    if (q.role === "drop") continue;
    const list = bySentence.get(q.sentence);
    if (list) list.push(q);
    else bySentence.set(q.sentence, [q]);
  }
  for (const [si, figures] of bySentence) {
    const sentence = work.sentences[si];
    if (!sentence || figures.length < 2) continue;
    const text = work.text.slice(sentence.start, sentence.end);
    if (!g.respectivelyWord.test(text)) continue;
    // The years written outside the figures, in order.
    const years: number[] = [];
    for (const m of allMatches(YEAR, text)) {
      const at = sentence.start + m.index;
      // Not a figure's digits, nor the year of a quarter or month the sentence is about ("Quý II/2024").
      if (figures.some((q) => at >= q.start && at < q.end)) continue;
      if (within(work.periods, at - 30, at + 4).some((p) => p.kind !== "year" && p.start <= at && p.end > at)) continue;
      // Nor a baseline's ("12.4 and 9.8 percent higher, respectively, than in 2024").
      if (within(work.periods, at - 30, at + 4).some((p) => p.baseline && p.start <= at && p.end > at)) continue;
      years.push(Number(m[0]));
    }
    if (years.length < 2 || years.length > figures.length || new Set(years).size !== years.length) continue;
    const listed = figures.slice(figures.length - years.length);
    // "6.42 per cent, higher than the 2.04 and 5.74 per cent of the same periods in 2020 and 2021".
    const lead = figures.length > years.length ? figures[0] : undefined;
    const stretch = lead?.period ?? work.docPeriod ?? listed[0]?.period ?? null;
    const single = stretch?.match(YEAR);
    listed.forEach((q, k) => {
      const year = years[k] as number;
      q.period = (single && new Set(single).size === 1 ? sameStretchIn(stretch, year) : null) ?? String(year);
      q.rules.push("vi/period/respectively");
    });
  }
}
