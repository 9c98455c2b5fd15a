import { alternation, foldKey, invert, WORD_END, WORD_START, type Lexicon } from "../../grammar/alternation.js";
import { allMatches, endsWith, matchAt } from "../../grammar/ends-with.js";
import { scanPeriods, type PeriodGroups, type PeriodShape } from "../builders.js";
import { periodMention, type PeriodMention } from "../language.js";
import { firstMonths } from "../../record/periods.js";
import { baselines, comparatives, comparators } from "./lexicon/comparisons.js";
import { atDayLeads, carriedOverAfter, cumulativeLeads, throughMonthLeads, untilDayLeads, yearStartUntilLeads, currentUnits, firstHalf, monthCounts, monthNames, nextYearTasks, quarterWords, romanQuarters, secondHalf, spanWords, termWords, thisYear, lastYear, wholeYear } from "./lexicon/periods.js";

const pad = (m: number): string => String(m).padStart(2, "0");
const monthCountOf = new Map([...invert(monthCounts as Lexicon)].map(([word, n]) => [word, Number(n)]));
const MONTH_COUNT = alternation(monthCountOf.keys());
const ROMAN: Record<string, number> = {};
for (const [q, forms] of Object.entries(romanQuarters)) for (const f of forms) ROMAN[f.toUpperCase()] = Number(q);
/** A quarter's number written after "quý": "III", "3". */
export const QUARTER_NUMBER = alternation(Object.values(romanQuarters).flat());
/** The quarter a number after "quý" names, or undefined. */
export const quarterOf = (word: string): number | undefined => ROMAN[word.toUpperCase()];

const monthByName = invert(monthNames);
// The month name that is also the word for year: in capitals throughout ("THÁNG NĂM") it is not told apart.
const YEAR_NOUN = "năm";

/** A month written after "tháng" as a word ("Chín", "Mười Hai", "Giêng"), only when it is capitalised. */
export const MONTH_NAME = alternation(Object.values(monthNames).flat());

/**
 * The number of a month name as written after "tháng" ("Chín" → 9), or null when the word is not
 * capitalised ("tháng năm": months and years) or when all-capital writing hides the difference.
 */
export function monthOfName(name: string, monthWord: string): number | null {
  if (!/^\p{Lu}/u.test(name)) return null;
  if (monthWord === monthWord.toUpperCase() && foldKey(name) === YEAR_NOUN) return null;
  const m = monthByName.get(foldKey(name));
  return m === undefined ? null : Number(m);
}


const YEAR_WORD = `(?<year>(?:19|20)\\d{2})`;
const THIS = alternation(thisYear);
const WHOLE = alternation(wholeYear);
const LAST = alternation(lastYear);
// "16 giờ 00 ", "7h30 ": a time of day before the day a stretch runs to.
const HOUR = `(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s+)?`;
// "ngày 30/9/2025", "30.9.2025": a day with its month and year, the month and year in groups.
const DAY_OF_YEAR = "(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<year>(?:19|20)\\d{2})";
/** The month of such a day. */
const monthOfDay = (g: Record<string, string | undefined>): ((y: number) => string) | null => {
  const m = Number(g.m);
  return m >= 1 && m <= 12 ? (y) => `${y}-${pad(m)}` : null;
};
// The year that may follow a month, a quarter or a count of months: "/2023", "-2019", "năm 2023", "năm nay".
const YEAR_TAIL = `(?:\\s*[/.-]\\s*${YEAR_WORD}${WORD_END}|\\s+(?:của\\s+)?năm\\s+(?:${YEAR_WORD.replace("year", "year2")}|(?<rel>nay|qua|trước|ngoái))${WORD_END}|\\s+(?<rel2>nay)${WORD_END})?`;
// After a stretch that may already end in "năm": "đầu năm 2019", "đầu năm nay", or any YEAR_TAIL.
const YEAR_AFTER_NAM = `(?:\\s+${YEAR_WORD.replace("year", "year3")}${WORD_END}|\\s+(?<rel3>nay)${WORD_END}|${YEAR_TAIL.slice(3, -2)})?`;
const COMPARATOR_BEFORE = new RegExp(`(?:${alternation([...comparators, ...comparatives])}|cùng kỳ|cùng thời điểm|cùng thời kỳ)\\s+(?:cùng kỳ\\s+|cùng thời điểm\\s+|cả\\s+|mức\\s+|cuối\\s+)?(?:của\\s+)?$`, "iu");

const relOf = (g: Record<string, string | undefined>): number | null => {
  // (In any case: "THÁNG 12 NĂM TRƯỚC" in a heading.)
  const r = (g.rel ?? g.rel2 ?? g.rel3)?.toLowerCase();
  if (!r) return null;
  return r === "trước" || r === "ngoái" ? -1 : 0;
};

// After "N tháng": what makes it the first N months of a year ("đầu năm", a year, a verb or a stop after it).
const FIRST_MONTHS_TAIL = `(?<tail>\\s+(?:của\\s+)?(?:đầu\\s+năm|đầu|qua|năm)(?=[\\s,.;:]|$))?${YEAR_AFTER_NAM}(?:(?=\\s*(?<after>[,.;:]|đạt|ước|sơ\\s+bộ|tăng|giảm|là|có|xếp|đứng|vẫn|chiếm|được|thu|tiếp\\s+tục|lần\\s+lượt|$))|)`;

// "từ ngày 01/01", "tính từ 1/1/2025": from New Year's Day, a year's start written as a date.
const FROM_NEW_YEAR = `(?:tính\\s+)?từ\\s+(?:ngày\\s+)?0?1\\s*[/.-]\\s*0?1(?:\\s*[/.-]\\s*(?:19|20)\\d{2})?`;

/** "7 tháng năm 2023", "Chín tháng năm 2025": January to month N, when words around it say so. */
const firstMonthsOf: PeriodShape["make"] = (g) => {
  const n = /^\d/u.test(g.n ?? "") ? Number(g.n) : (monthCountOf.get(foldKey(g.n ?? "")) ?? 0);
  if (n < 2 || n > 12) return null;
  // "sau 3 tháng triển khai" is a duration; "sau 10 tháng năm 2026", "sau 10 tháng đầu năm" the months so far.
  if (g.lead?.toLowerCase() === "sau" && !g.tail && !g.year && !g.year2 && !g.year3) return null;
  if (!g.lead && !g.tail && !g.year && !g.year2 && !g.year3 && g.after === undefined) return null;
  return (y) => firstMonths(y, n);
};

const shapes: PeriodShape[] = [
  {
    // "năm học 2024-2025", "niên vụ 2024-2025": a school year or a crop year, which a report may be about.
    rule: "vi/period/term",
    kind: "span",
    term: true,
    pattern: new RegExp(`${WORD_START}(?:${alternation(termWords)})\\s+(?<y1>(?:19|20)\\d{2})\\s*[-–]\\s*(?<y2>(?:19|20)\\d{2})${WORD_END}`, "giu"),
    make: (g) => {
      const span = `${g.y1}/${g.y2}`;
      return () => span;
    },
  },
  {
    // "giai đoạn 2021-2025", "(2024-2029)"
    rule: "vi/period/span",
    kind: "span",
    pattern: new RegExp(`(?:${WORD_START}(?:${alternation(spanWords)})\\s+(?:dự báo\\s+)?\\(?\\s*|\\(\\s*)(?<y1>(?:19|20)\\d{2})\\s*[-–]\\s*(?<y2>(?:19|20)\\d{2})${WORD_END}\\)?`, "giu"),
    make: (g) => {
      const span = `${g.y1}/${g.y2}`;
      return () => span;
    },
  },
  {
    // "6 tháng đầu năm 2019", "nửa đầu năm nay", "6 tháng cuối năm"
    rule: "vi/period/half",
    kind: "half",
    pattern: new RegExp(`${WORD_START}(?:(?:6|sáu)\\s+tháng\\s+(?<which>đầu|cuối)(?:\\s+năm)?|(?<h1>${alternation(firstHalf)})|(?<h2>${alternation(secondHalf)}))${YEAR_AFTER_NAM}`, "giu"),
    make: (g) => {
      const second = g.which?.toLowerCase() === "cuối" || Boolean(g.h2);
      return (y) => `${y}-S${second ? 2 : 1}`;
    },
  },
  {
    // "7 tháng năm 2023", "tính chung 10 tháng", "lũy kế 9 tháng", "11 tháng đầu năm"
    rule: "vi/period/first-months",
    kind: "months",
    pattern: new RegExp(`(?:(?<lead>${alternation(cumulativeLeads)})\\s+)?${WORD_START}(?<n>\\d{1,2})\\s+tháng${FIRST_MONTHS_TAIL}`, "giu"),
    make: firstMonthsOf,
  },
  {
    // "Chín tháng năm 2025", "ba tháng đầu năm": the count in words, a pattern of its own so that
    // the one above still starts only at a digit or a lead.
    rule: "vi/period/first-months",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?<n>${MONTH_COUNT})\\s+tháng${FIRST_MONTHS_TAIL}`, "giu"),
    make: firstMonthsOf,
  },
  {
    // "Tính từ đầu năm đến ngày 20/11/2025", "từ ngày 01/01 đến hết ngày 30/11/2025": January to that
    // day's month, a flow whatever its subject.
    rule: "vi/period/year-start-to-day",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?:${alternation(yearStartUntilLeads)}|${FROM_NEW_YEAR}\\s+(?:đến|tới))(?:\\s+hết)?\\s+${HOUR}(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*(?<m>\\d{1,2})${WORD_END}(?![.,]\\d(?!\\d{3}))${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const m = Number(g.m);
      return m >= 1 && m <= 12 ? (y) => firstMonths(y, m) : null;
    },
  },
  {
    // "từ ngày 01/10/2024 đến hết ngày 30/9/2025" (a work year), "từ ngày 1/7 đến 31/7/2025": the
    // months from the first day's to the last's; the first day's year, unwritten, is the last's
    // (or the one before, when its month comes later in the year).
    rule: "vi/period/day-to-day",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?:tính\\s+)?từ\\s+(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*(?<m1>\\d{1,2})(?:\\s*[/.-]\\s*(?<y1>(?:19|20)\\d{2}))?\\s+(?:đến|tới)(?:\\s+hết)?\\s+${DAY_OF_YEAR}${WORD_END}`, "giu"),
    make: (g) => {
      const m1 = Number(g.m1);
      const m = Number(g.m);
      if (m1 < 1 || m1 > 12 || m < 1 || m > 12) return null;
      const from = g.y1 !== undefined ? Number(g.y1) : null;
      return (y) => {
        const y1 = from ?? (m1 <= m ? y : y - 1);
        if (y1 > y || (y1 === y && m1 > m) || y - y1 > 1) return `${y}-${pad(m)}`;
        return y1 === y && m1 === m ? `${y}-${pad(m)}` : `${y1}-${pad(m1)}/${y}-${pad(m)}`;
      };
    },
  },
  {
    // "tính đến ngày 30/9/2024": the month of a stock counted up to that day.
    rule: "vi/period/until-day",
    upTo: "day",
    kind: "month",
    pattern: new RegExp(`${WORD_START}(?:${alternation(untilDayLeads)})\\s+${HOUR}${DAY_OF_YEAR}${WORD_END}`, "giu"),
    make: monthOfDay,
  },
  {
    // "tại thời điểm 30/9/2025": counted at that day, a stock whatever its subject: the day's month.
    rule: "vi/period/at-day",
    kind: "month",
    pattern: new RegExp(`${WORD_START}(?:${alternation(atDayLeads)})\\s+${DAY_OF_YEAR}${WORD_END}`, "giu"),
    make: monthOfDay,
  },
  {
    // "đến hết tháng 8/2024", "lũy kế đến tháng 8": January through that month.
    rule: "vi/period/through-month",
    upTo: "month",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?:${alternation(throughMonthLeads)})\\s+tháng\\s+(?<m>\\d{1,2})${WORD_END}(?![.,]\\d(?!\\d{3}))${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const m = Number(g.m);
      return m >= 1 && m <= 12 ? (y) => firstMonths(y, m) : null;
    },
  },
  {
    // "tháng 7", "tháng 7/2023", "tháng 5-2019", "tháng 12 năm 2023"
    rule: "vi/period/month",
    kind: "month",
    pattern: new RegExp(`${WORD_START}(?:cuối\\s+)?tháng\\s+(?<m>\\d{1,2})${WORD_END}(?![.,]\\d(?!\\d{3}))${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const m = Number(g.m);
      return m >= 1 && m <= 12 ? (y) => `${y}-${pad(m)}` : null;
    },
  },
  {
    // "tháng Chín", "tháng Mười Hai năm 2024", "tháng Giêng", "so với tháng Tám"
    rule: "vi/period/month-word",
    kind: "month",
    pattern: new RegExp(`${WORD_START}(?:cuối\\s+)?(?<monthWord>tháng)\\s+(?<name>${MONTH_NAME})${WORD_END}${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const m = monthOfName(g.name ?? "", g.monthWord ?? "");
      return m === null ? null : (y) => `${y}-${pad(m)}`;
    },
  },
  {
    // "quý III/2024", "quí I năm nay", "quý 3 năm 2024", "quý I / 2018"
    rule: "vi/period/quarter",
    kind: "quarter",
    pattern: new RegExp(`${WORD_START}(?:${alternation(quarterWords)})\\s+(?<q>${QUARTER_NUMBER})${WORD_END}${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const q = quarterOf(g.q ?? "");
      return q ? (y) => `${y}-Q${q}` : null;
    },
  },
  {
    // "năm 2024", "cả năm 2022", "năm nay", "năm qua"
    rule: "vi/period/year",
    kind: "year",
    pattern: new RegExp(`${WORD_START}(?:cả\\s+)?(?:năm\\s+${YEAR_WORD}${WORD_END}|(?<this>${THIS})${WORD_END}|(?<whole>${WHOLE})${WORD_END}|(?<last>${LAST})${WORD_END})`, "giu"),
    make: () => (y) => String(y),
  },
];

// "trong tháng", "quý này", but not "trong năm tới", "trong tháng đầu", "trong năm học", "trong quý 3".
const CURRENT_UNIT = new RegExp(
  `${WORD_START}(?:${alternation(Object.values(currentUnits).flat())})${WORD_END}(?!\\s*(?:[\\d/]|(?:tới|sau|trước|ngoái|đầu|cuối|giữa|học|năm|tháng|quý|quí|[IVX]+)${WORD_END}))`,
  "giu",
);
const unitOfCurrent = invert(currentUnits);

// "vượt dự toán cả năm", "bằng 92% kế hoạch cả năm": the year of the plan a figure is measured
// against, a baseline of the figure, which is of the months so far; not the year the passage is
// about. ("Mục tiêu cả năm là …" names the year of its target.)
const PLAN_BEFORE = new RegExp(`(?:vượt|bằng|đạt|so với|so)(?:\\s+[\\d.,]+\\s*%)?\\s+(?:${alternation(baselines.plan)})\\s+$`, "iu");
const WHOLE_YEAR_OF = /^cả\s/iu;

const CARRIED_OVER = new RegExp(`^\\s+(?:${alternation(carriedOverAfter)})${WORD_END}`, "iu");

const NEXT_YEAR_TASKS = new RegExp(`${WORD_START}(?:${alternation(nextYearTasks)})\\s+(?<year>(?:19|20)\\d{2})${WORD_END}`, "giu");

// How the Vietnamese shapes name their years: "năm 2023", "/2023", "năm nay", "năm ngoái".
const GROUPS: PeriodGroups = {
  year: (g, kind) => {
    const explicit = g.year ?? g.year2 ?? g.year3 ?? g.y2;
    return kind === "span" ? Number(g.y2) : explicit ? Number(explicit) : null;
  },
  relative: (g) => (g.this ? 0 : g.last ? -1 : relOf(g)),
  comparatorBefore: COMPARATOR_BEFORE,
};

/** Every period the text names, longest first where two overlap. */
export function findPeriods(text: string): PeriodMention[] {
  const found = scanPeriods(text, shapes, GROUPS);
  // "năm trước chuyển sang": the period a figure was carried over from, as a baseline is one before the record's.
  for (const p of found) if (matchAt(CARRIED_OVER, text, p.end)) p.baseline = true;
  for (const p of found) if (p.kind === "year" && WHOLE_YEAR_OF.test(p.text) && endsWith(PLAN_BEFORE, text, p.start, 40)) p.baseline = true;
  // Which characters a period already took, and the years by where they start.
  const taken = new Uint8Array(text.length + 1);
  for (const p of found) taken.fill(1, p.start, p.end);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const yearAt = new Map(found.filter((p) => p.kind === "year").map((p) => [p.start, p]));
  for (const m of allMatches(CURRENT_UNIT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = unitOfCurrent.get(foldKey(m[0]));
    if (!kind || !free(start, end)) continue;
    taken.fill(1, start, end);
    found.push(periodMention({ start, end, text: m[0], build: (y) => String(y), year: null, relative: null, baseline: endsWith(COMPARATOR_BEFORE, text, start, 30), kind, rule: "vi/period/of-passage", ofPassage: true }));
  }
  for (const m of allMatches(NEXT_YEAR_TASKS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) {
      // "nhiệm vụ năm 2025": the year mention stands; mark it as next year's.
      for (let i = start; i < end; i++) {
        const inner = yearAt.get(i);
        if (inner && inner.end <= end) inner.relative = 1;
      }
      continue;
    }
    found.push(periodMention({ start, end, text: m[0], build: (y) => String(y), year: Number(m.groups?.year), relative: 1, baseline: false, kind: "year", rule: "vi/period/next-year-tasks" }));
  }
  return found.sort((a, b) => a.start - b.start);
}
