/** Arithmetic on the SDMX periods of records ("2024", "2024-Q3", "2024-01/2024-09"), for every language. */

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
    return mo === 1 ? `${y - 1}-12` : monthPeriod(y, mo - 1);
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

/** The year and the last month a record's period reaches: "2024-01/2024-07" → 2024, 7; "2024-Q3" → 2024, 9. */
export function lastMonthOf(period: string): { year: number; month: number } | null {
  const m = /(?<year>(?:19|20)\d{2})(?:-(?:(?<month>\d{2})|Q(?<q>[1-4])|S(?<s>[12])))?$/u.exec(period);
  if (!m?.groups) return null;
  const { year, month, q, s } = m.groups;
  return { year: Number(year), month: month ? Number(month) : q ? Number(q) * 3 : s ? Number(s) * 6 : 12 };
}

/** Whether period `a` ends in the month `b` ends in or later ("2025" against "2025-08": yes). */
export function endsNoEarlier(a: string | null, b: string | null): boolean {
  const x = a === null ? null : lastMonthOf(a);
  const y = b === null ? null : lastMonthOf(b);
  return x !== null && y !== null && x.year * 12 + x.month >= y.year * 12 + y.month;
}

/**
 * The period of a month the baseline names: in the year it names ("tháng 12 năm 2023"), in the year
 * before the record's ("tháng 12 năm trước"), or without a year the last such month before the
 * record's own ("so với tháng Tám" for September 2025: August 2025).
 */
export function namedMonth(month: number, year: number | null, relative: number | null): (recordPeriod: string | null, docYear: number | null) => string | null {
  const mm = String(month).padStart(2, "0");
  return (p, docYear) => {
    if (year !== null) return `${year}-${mm}`;
    const last = p ? lastMonthOf(p) : null;
    const recordYear = last?.year ?? docYear;
    if (recordYear === null) return null;
    if (relative !== null) return `${recordYear + relative}-${mm}`;
    if (!last) return null;
    return `${month < last.month ? last.year : last.year - 1}-${mm}`;
  };
}

/**
 * The period of a quarter the baseline names without "trước": in the year it names, else the
 * record's, or the year before when the quarter comes later in the year than the record.
 */
export function namedQuarter(q: number, year: number | null): (recordPeriod: string | null, docYear: number | null) => string | null {
  return (p, docYear) => {
    if (year !== null) return `${year}-Q${q}`;
    const last = p ? lastMonthOf(p) : null;
    if (!last) return docYear === null ? null : `${docYear}-Q${q}`;
    return `${q <= Math.ceil(last.month / 3) ? last.year : last.year - 1}-Q${q}`;
  };
}

/** "2024-01/2024-07", with the compact SDMX forms for a quarter, a half and a whole year. */
export function firstMonths(year: number, n: number): string {
  if (n === 12) return String(year);
  if (n === 6) return `${year}-S1`;
  if (n === 3) return `${year}-Q1`;
  if (n === 1) return `${year}-01`;
  return `${year}-01/${monthPeriod(year, n)}`;
}

/** "2024-06": a month as an SDMX period. */
export function monthPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
