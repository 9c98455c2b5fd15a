import { alternation, startingWith, WORD_END, WORD_START } from "../../grammar/alternation.js";
import type { BaselineMention } from "../language.js";
import { baselines as lexicon, comparators } from "./lexicon/comparisons.js";

/** Shifts an SDMX period by whole years: "2023-07" → "2022-07", "2023-01/2023-07" → "2022-01/2022-07". */
export function shiftYears(period: string, by: number): string {
  return period.replace(/(?:19|20)\d{2}/g, (y) => String(Number(y) + by));
}

/** The period just before: a month before a month, a quarter before a quarter. */
export function previousUnit(period: string | null, unit: "month" | "quarter"): string | null {
  if (!period) return null;
  let m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && unit === "month") {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m && unit === "quarter") {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  return null;
}

/** The same stretch of the year in another year: "2024-01/2024-09" in 2023. */
export function sameStretchIn(period: string | null, year: number): string | null {
  if (!period) return null;
  const first = /(?:19|20)\d{2}/.exec(period);
  return first ? shiftYears(period, year - Number(first[0])) : null;
}

const COMPARATOR = alternation(comparators);
const PLAN = alternation(lexicon.plan);
const OTHER = alternation(lexicon.other);

// "so với cùng kỳ năm 2022", "so cùng kỳ", "cùng kỳ năm trước", "so với tháng trước",
// "so với năm 2023", "so với tháng 12-2018", "so với cùng thời điểm năm 2018", "so kế hoạch năm 2023".
const PATTERN = new RegExp(
  `${startingWith([...comparators, ...lexicon.plan, ...lexicon.other, "cùng", "cuối", "cả", "tháng", "quý", "quí", "năm"], "12")}${WORD_START}(?:(?<comp>${COMPARATOR})\\s+(?:mức\\s+|con số\\s+)?)?(?:` +
    `(?<same>cùng\\s+(?:kỳ|thời\\s+điểm|thời\\s+kỳ))(?:\\s+(?:của\\s+)?(?:năm\\s+)?(?:(?<sameYear>(?:19|20)\\d{2})|(?<sameRel>trước|ngoái)))?` +
    `|(?<prevMonth>tháng\\s+(?:liền\\s+)?trước)` +
    `|(?<prevQuarter>qu[ýí]\\s+(?:liền\\s+)?trước)` +
    `|(?<prevYear>năm\\s+(?:trước|ngoái|liền\\s+trước|qua))` +
    `|(?:cuối\\s+)?tháng\\s+(?<month>\\d{1,2})\\s*[/.-]\\s*(?<monthYear>(?:19|20)\\d{2})` +
    `|cuối\\s+năm\\s+(?<yearEnd>(?:19|20)\\d{2})` +
    `|(?:cả\\s+)?năm\\s+(?<year>(?:19|20)\\d{2})` +
    `|(?<bareYear>(?:19|20)\\d{2})` +
    `|(?<plan>${PLAN})(?:\\s+(?:cả\\s+)?năm(?:\\s+(?<planYear>(?:19|20)\\d{2}))?)?` +
    `|(?<other>${OTHER})` +
    `)${WORD_END}`,
  "giu",
);


/** Every baseline the text names, with how to compute its period. */
export function findBaselines(text: string): BaselineMention[] {
  const out: BaselineMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    const comp = Boolean(g.comp);
    // Without a comparator only words that cannot be anything but a baseline count:
    // "tăng 2,1% cùng kỳ năm 2018", "đạt 36,6% dự toán năm".
    // "cao hơn bình quân cả nước": an average compared without "so với".
    const versusOther = Boolean(g.other) && /(?:cao hơn|thấp hơn|nhiều hơn|ít hơn)\s*$/iu.test(text.slice(Math.max(0, m.index - 14), m.index));
    if (!comp && !g.same && !g.plan && !versusOther) continue;
    if (g.bareYear && !comp) continue;
    const start = m.index;
    const end = start + m[0].length;
    const base = { start, end, text: m[0], comparator: comp };
    if (g.same) {
      const y = g.sameYear ? Number(g.sameYear) : null;
      out.push({ ...base, against: "previous", rule: "vi/baseline/same-period", period: (p) => (y ? sameStretchIn(p, y) : p ? shiftYears(p, -1) : null) });
    } else if (g.prevMonth) {
      out.push({ ...base, against: "previous", rule: "vi/baseline/previous-month", period: (p) => previousUnit(p, "month") });
    } else if (g.prevQuarter) {
      out.push({ ...base, against: "previous", rule: "vi/baseline/previous-quarter", period: (p) => previousUnit(p, "quarter") });
    } else if (g.prevYear) {
      out.push({ ...base, against: "previous", rule: "vi/baseline/previous-year", period: (p) => (p ? shiftYears(p, -1) : null) });
    } else if (g.yearEnd) {
      const period = `${g.yearEnd}-12`;
      out.push({ ...base, against: "previous", rule: "vi/baseline/year-end", period: () => period });
    } else if (g.month) {
      const period = `${g.monthYear}-${g.month.padStart(2, "0")}`;
      out.push({ ...base, against: "previous", rule: "vi/baseline/month", period: () => period });
    } else if (g.year || g.bareYear) {
      const y = Number(g.year ?? g.bareYear);
      // A year against a year is that year; a stretch of months against a year is the same stretch.
      out.push({ ...base, against: "previous", rule: "vi/baseline/year", period: (p) => (!p || /^\d{4}$/.test(p) ? String(y) : sameStretchIn(p, y)) });
    } else if (g.plan) {
      const y = g.planYear ?? null;
      out.push({ ...base, against: "plan", rule: "vi/baseline/plan", period: () => y });
    } else if (g.other) {
      out.push({ ...base, against: "other", rule: "vi/baseline/other", period: () => null });
    }
  }
  return out;
}
