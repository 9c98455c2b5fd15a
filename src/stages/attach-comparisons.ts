import { foldKey } from "../grammar/alternation.js";
import type { BaselineMention } from "../languages/language.js";
import { blankBrackets, blankRanges, firstFrom, lineRanges, lowerBound, within, type Ranged } from "../text/ranges.js";
import { endsNoEarlier, sameStretchIn } from "../record/periods.js";
import { resolveMention } from "./resolve-periods.js";
import { isAmount, PERIOD_LABELLED, VALUE_AFTER_CHANGE, warn, type Quantity, type Work, type WorkComparison } from "./work.js";

/** The aspect named first in `text`: "down 10% in number but up 25% in value" is about the number. */
function aspectOf(work: Work, text: string): "mass" | "money" | "count" | null {
  const t = text.toLowerCase();
  let first: { aspect: "mass" | "money" | "count"; at: number } | null = null;
  for (const [aspect, forms] of Object.entries(work.language.grammar.aspects) as ["mass" | "money" | "count", readonly string[]][]) {
    for (const f of forms) {
      const at = t.indexOf(f);
      if (at >= 0 && (first === null || at < first.at)) first = { aspect, at };
    }
  }
  return first?.aspect ?? null;
}

const aspectMatches = (q: Quantity, aspect: "mass" | "money" | "count"): boolean =>
  aspect === "money" ? q.kind === "money" : aspect === "mass" ? q.kind === "measure" : q.kind === "count";

const ASPECT_REACH = 12;

/** The levels among `records` that an aspect's `words` (folded, spaced) name: by their counted noun, else by the words before them. */
function levelsNamed(text: string, records: readonly Quantity[], words: string): Quantity[] {
  // (Among the last few: an aspect names a level close before it, and a long sentence stays linear.)
  const levels = records.slice(-ASPECT_REACH).filter((r) => r.role === "level");
  const byNoun = levels.filter((r) => r.unitText !== null && words.includes(` ${foldKey(r.unitText)} `));
  return byNoun.length ? byNoun : levels.filter((r) => ` ${foldKey(text.slice(Math.max(r.clauseStart, r.numStart - 60), r.numStart))} `.includes(words));
}

function comparisonFor(work: Work, b: BaselineMention | undefined, recordPeriod: string | null): WorkComparison {
  if (!b) return { against: "previous" };
  const c: WorkComparison = { against: b.against, baseline: b };
  const period = b.period(recordPeriod, work.docYear);
  if (period) c.period = period;
  return c;
}

/**
 * Whether an amount measures another thing than a record before it, or than the amount that record
 * is a growth of ("giảm 9 vụ (-18%), giảm 6 người chết và 11 người bị thương"): another unit, or
 * another counted noun with the words that say which.
 */
function otherMeasure(text: string, a: Quantity, before: Quantity): boolean {
  const b = !isAmount(before) && before.owner ? before.owner : before;
  if (!isAmount(a) || !isAmount(b)) return false;
  const counted = (q: Quantity): string => foldKey(`${q.unitText ?? ""} ${text.slice(q.end, q.tailEnd)}`.replace(/\s+/gu, " ").trim());
  return a.unit !== b.unit || (a.kind === "count" && counted(a) !== counted(b));
}

/**
 * Decides which figures are records and hangs the others on them: a change on the level it
 * follows, an attainment or a plan value on its level, a baseline in parentheses on the comparison
 * before it. Each comparison gets its baseline and the baseline's period.
 */

export function attachComparisons(work: Work): void {
  const { text } = work;
  const g = work.language.grammar;
  const consumed = new Set<BaselineMention>();
  const bySentence = new Map<number, Quantity[]>();
  for (const q of work.quantities) {
    if (q.role === "drop") continue;
    const list = bySentence.get(q.sentence) ?? [];
    list.push(q);
    bySentence.set(q.sentence, list);
  }
  let lastSentenceBaseline: BaselineMention | undefined;
  // Where the sentence that named it stands.
  let lastBaselineAt: { sentence: number; paragraph: number; alone: boolean } | undefined;
  let previousLevel: Quantity | undefined;

  for (const [si, qs] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = work.sentences[si];
    if (!sentence) continue;
    const baselines = within(work.baselines, sentence.start, sentence.end);
    const continues = g.continuation.test(text.slice(sentence.start, sentence.end));
    // (Changes are paired with levels in order only in a sentence that says "lần lượt": asked once.)
    const saysRespectively = g.respectivelyWord.test(text.slice(sentence.start, sentence.end));
    const records: Quantity[] = [];
    // A comparison stated without a figure whose amounts may follow: "giảm so với dự toán là 41.337 tỉ đồng".
    let pendingBare: { owner: Quantity; comparison: WorkComparison; end: number } | null = null;
    // Changes of this sentence stated without a baseline so far.
    let unnamed: Array<{ comparison: WorkComparison; holder: Quantity; end: number }> = [];

    // The baseline named right after a figure belongs to it.
    const ownBaseline = (q: Quantity, next: Quantity | undefined): BaselineMention | undefined =>
      baselines.find((b) => !consumed.has(b) && b.start >= q.tailEnd && (!next || b.start < next.numStart) && gapToOwn(q.tailEnd, b.start) && (b.comparator || g.baselineLink.test(text.slice(q.tailEnd, b.start))));
    // What may stand between a figure and its own baseline: ") ,", "về giá trị", the noun phrase
    // the figure is of ("giảm 5-10% số vụ tai nạn so với năm 2023"), and the figure's own period
    // ("grew 15 percent in 2024 compared with 2023").
    const gapToOwn = (from: number, to: number): boolean => {
      const gap = blankRanges(text.slice(from, to), from, within(work.periods, from, to).filter((p) => !p.baseline));
      return g.gapToBaseline.test(gap) || (gap.length <= 60 && !g.describedStop.test(gap) && !g.listJoin.test(` ${gap} `));
    };
    // Else the one that governs the sentence: the last "so với …" named before the figure, or the
    // previous sentence's when this one continues it ("Trong đó, …"), or the one named by the lead
    // of the list the figure is an item of.
    const governing = (q: Quantity): BaselineMention | undefined => {
      const before = baselines.filter((b) => b.end <= q.predicateStart && b.comparator);
      // "… up 16.1% year on year. Exports rose 15.9%, imports 16.4%", "Trong mức tăng 0,24% của CPI
      // so với tháng trước, … Nhóm giao thông tăng 1,12%": right after a sentence whose one baseline
      // is an earlier period, in its paragraph, a change names no other. (Not after one of two
      // baselines: "… 7,32% so với tháng 12 và 8,8% so với cùng kỳ"; nor after a plan; and one
      // other than the same stretch a year before, only while no new period is named: "… giảm 1,8%
      // so với tháng trước. Tính chung 11 tháng, … tăng 24,1%" is year-on-year.)
      const carried = q.role === "change" && lastSentenceBaseline?.against === "previous" && lastBaselineAt?.alone === true && lastBaselineAt.sentence === si - 1 && lastBaselineAt.paragraph === sentence.paragraph &&
        (lastSentenceBaseline.stretch === "same" || within(work.periods, sentence.start, q.numStart).length === 0);
      return before[before.length - 1] ?? (continues || carried ? lastSentenceBaseline : undefined) ?? q.leadBaseline;
    };

    // Comparisons stated without a figure: "tăng so với cùng kỳ năm 2023", "đạt kế hoạch năm 2023".
    // "…, exceeding the estimate by 18 percent": a plan the figure after it says it was exceeded by.
    const exceededBy = new Set(qs.map((q) => q.planBefore));
    const attachBare = (upTo: number): void => {
      for (const b of baselines) {
        if (consumed.has(b) || b.end > upTo || exceededBy.has(b)) continue;
        const before = text.slice(Math.max(sentence.start, b.start - 12), b.start);
        const bare = g.bareChange.exec(before.replace(/\s*$/u, " ").replace(/\s+$/u, ""));
        const plan = b.against === "plan" ? g.barePlan.exec(before.replace(/\s+$/u, "")) : null;
        if (!bare && !plan) continue;
        const owner = [...records].reverse().find((r) => r.end <= b.start && r.role !== "change");
        if (!owner) continue;
        consumed.add(b);
        const c = comparisonFor(work, b, owner.period);
        if (bare) c.change = { direction: g.unchangedWord.test(bare[0]) ? "unchanged" : g.decreaseWord.test(bare[0]) ? "decrease" : "increase" };
        else if (plan && g.exceedWord.test(plan[0])) c.change = { direction: "increase" };
        owner.comparisons.push(c);
        owner.rules.push("vi/comparison/without-figure");
        // "…, exceeding the estimate by 18 percent": the amount may follow a plan exceeded too.
        if (bare || c.change) pendingBare = { owner, comparison: c, end: b.end };
      }
    };

    // Changes paired with levels by "lần lượt" / "respectively", found at the first of them.
    const respective = new Map<Quantity, Quantity>();
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i] as Quantity;
      const next = qs[i + 1];
      attachBare(q.numStart);
      // "giảm 10,5% về khối lượng, nhưng tăng 39,6% về giá trị": the aspect belongs to the change before.
      // In parentheses right after the noun phrase of the figure before, a figure's own words start
      // at the bracket: "712 cơ sở mầm non và phổ thông (giảm 9 cơ sở)" leaves "và phổ thông" to
      // the 712; "eight rose, led by housing (up 0.52 percent)" keeps "housing" for the 0.52.
      // (The bracket is looked for within the clause only: inside one long bracket, a search back
      // from every figure would be quadratic.)
      const bracket = q.inParens ? q.clauseStart + text.slice(q.clauseStart, q.predicateStart).lastIndexOf("(") : -1;
      const ownStart = bracket > q.clauseStart && g.subjectOnly.test(text.slice(q.clauseStart, bracket)) && !/[,;]/u.test(text.slice(q.clauseStart, bracket)) ? bracket + 1 : q.clauseStart;
      const ownText = text.slice(ownStart, q.predicateStart).replace(g.aspectLead, " ");
      // "… 477 trillion ($21.7 billion) in the first six months of 2016 – an increase of 7.47%": a period is no subject.
      // A table's cell has its row's label for a subject, the same as the cells beside it.
      const lastRecord = records[records.length - 1];
      // ("bằng 100,31% so với tháng trước và bằng 103,18% so với cùng kỳ": an attainment is no level
      // for the attainment after it, each a record of its own.)
      const levels = records.filter((r) => r.role === "level" || r.role === "share" || (r.role === "attainment" && q.role !== "attainment"));
      // "xảy ra 92 vụ tai nạn, …; so với năm trước, số vụ giảm 14 vụ": words that only name the count
      // of what a level of the sentence counts, in the change's own noun, are that level's.
      const countOfLevel = q.role === "change" && q.unitText !== null && g.countSubject.test(ownText) && foldKey(ownText).includes(foldKey(q.unitText)) && levels.some((r) => r.sentence === q.sentence && r.unitText !== null && foldKey(r.unitText) === foldKey(q.unitText as string));
      // ("đạt 121,35 (kỳ gốc 2019 = 100), tăng 3,4%": an aside in brackets names nothing of its own.)
      const hasOwnSubject = !q.cell && !countOfLevel && !g.filler.test(stripBaselines(blankBrackets(ownText), [...baselines, ...within(work.periods, ownStart, q.predicateStart)].sort((a, b) => a.start - b.start), ownStart, g.comparatorWord));
      if (!levels.length && continues && previousLevel) levels.push(previousLevel);
      const lastLevel = levels[levels.length - 1];

      // "tăng 5%, tương đương 200 tỷ đồng": the amount of the change before, in another unit.
      const before = qs[i - 1];
      if (before?.role === "change" && q.role === "level" && !hasOwnSubject && before.unit !== q.unit && g.equivalentVerb.test(q.verb ?? "")) {
        const holder = before.owner ?? before;
        const of = holder.comparisons.find((c) => c.change?.value?.eq(before.value.abs()));
        holder.comparisons.push({ against: of?.against ?? "previous", ...(of?.period ? { period: of.period } : {}), change: { kind: "absolute", value: q.value, direction: before.direction ?? "increase" } });
        q.owner = holder;
        q.rules.push("vi/comparison/equivalent-amount");
        continue;
      }
      if (q.role === "change" || q.role === "attainment") {
        const own = q.cell?.column.baseline ?? ownBaseline(q, next);
        if (own) consumed.add(own);
        const b = own ?? (q.role === "change" ? (q.planBefore ?? governing(q)) : q.planNamed);
        if (b && !own) consumed.add(b);
        const comparison = (owner: Quantity): WorkComparison => {
          const c = comparisonFor(work, b, owner.period);
          if (!b && q.kind === "times") {
            // "gấp đôi năm 2011", "gấp 2,3 lần năm trước": a ratio names its baseline year without "so với".
            const m = firstFrom(work.periods, q.tailEnd);
            const period = m && (m.year !== null || m.relative !== null) && /^\s*$/u.test(text.slice(q.tailEnd, m.start)) ? resolveMention(m, work.docYear, work.publishedYear) : null;
            if (period) c.period = period;
          }
          if (q.role === "attainment") c.attainment = q.value;
          else c.change = { kind: changeKind(q), value: q.value, direction: q.direction ?? "increase" };
          return c;
        };
        // A change with no subject of its own belongs to the level before it in the sentence.
        // Prefer a level outside parentheses when the change is outside them: "X (chiếm 8%), gấp 1,38 lần".
        // "..., tương đương 4.521 USD/lao động": an equivalent restates the level before it.
        // (But an amount changes the level of its own unit: "VND 125.3 million, equivalent to US$5,000,
        // an increase of US$283" is the dollars'.)
        const primary = levels.filter((r, k) => k === 0 || r.role === "share" || !g.equivalentVerb.test(r.verb ?? ""));
        const ofUnit = (r: Quantity): boolean => q.kind === "times" || q.kind === "percent" || q.kind === "points" || r.unit === q.unit;
        const primaryInUnit = primary.filter(ofUnit);
        const inUnit = primaryInUnit.length ? primaryInUnit : levels.filter(ofUnit);
        // "xảy ra 4 vụ tai nạn, làm chết 3 người, giảm 2 vụ": a change counted in a noun belongs to
        // the level counted in the same noun.
        const sameNoun = q.kind === "count" && q.unitText ? inUnit.filter((r) => r.unitText !== null && foldKey(r.unitText) === foldKey(q.unitText as string)) : [];
        const compatible = sameNoun.length ? sameNoun : inUnit;
        const outside = q.inParens ? compatible : compatible.filter((r) => !r.inParens);
        // "đạt 255,8 nghìn tỷ đồng, chiếm 28,7% tổng vốn và tăng 6,1%": the growth is the amount's, not
        // the share's; "còn 7.926 hộ nghèo, chiếm 1,91%, giảm 1,02 điểm phần trăm": a change in points is the rate's.
        const rates = q.kind === "points" ? outside.filter((r) => r.kind === "percent") : [];
        const amounts = rates.length ? rates : outside.filter((r) => !g.shareVerbs.test(r.verb ?? ""));
        // "1,62 triệu lượt, trong đó nội trú 128.700 lượt, lần lượt tăng 5,4% và 3,1%": the changes
        // after "lần lượt" go in order to the levels before them; so do the changes listed right after
        // levels that "lần lượt" listed ("… lần lượt đạt 12,4 tỷ kWh và 19,8 tỷ kWh, tăng 15,6% và
        // giảm 2,3%").
        if (saysRespectively && !respective.has(q) && q.role === "change") {
          const run: Quantity[] = [];
          for (let k = i; k < qs.length && (qs[k] as Quantity).role === "change" && (qs[k] as Quantity).kind === q.kind; k++) run.push(qs[k] as Quantity);
          const plain = levels.filter((r) => r.role === "level");
          const paired = plain.slice(plain.length - run.length);
          const first = paired[0];
          const listed = first !== undefined && g.respectivelyWord.test(text.slice(first.clauseStart, first.numStart)) && paired.every((r, k) => k === 0 || g.listJoin.test(` ${text.slice((paired[k - 1] as Quantity).tailEnd, r.numStart).replace(/^\s*,/u, "")} `));
          if (run.length >= 2 && plain.length >= run.length && (listed || g.respectivelyWord.test(text.slice(lastRecord?.tailEnd ?? sentence.start, q.predicateStart)))) run.forEach((c, k) => respective.set(c, paired[k] as Quantity));
        }
        let owner = respective.get(q) ?? (!hasOwnSubject ? (amounts[amounts.length - 1] ?? outside[outside.length - 1] ?? compatible[compatible.length - 1]) : undefined);
        const aspect = aspectOf(work, text.slice(q.end, q.end + 30)) ?? aspectOf(work, text.slice(q.predicateStart - 25, q.predicateStart));
        // "tăng 9,2% về số doanh nghiệp, …, giảm 1,5% về số lao động": the level that counts the noun
        // the aspect after the change names, or whose words before it name the aspect ("tổng số vốn
        // đăng ký là 135,7 nghìn tỷ đồng, …, tăng 7,3% về số vốn đăng ký"); else the last level of the aspect's kind.
        const aspectWords = g.aspectAfter.exec(text.slice(q.end, q.end + 60))?.groups?.words;
        const named = aspectWords === undefined ? [] : levelsNamed(text, records, ` ${foldKey(aspectWords)} `);
        if (!hasOwnSubject && named.length) owner = named[named.length - 1];
        else if (!hasOwnSubject && aspect) {
          const candidates = records.filter((r) => r.role === "level" && aspectMatches(r, aspect));
          owner = candidates[candidates.length - 1] ?? owner;
        }
        // "| Long An | 51,300 | 46,950 | 9.3 |" under "6M 2026 | 6M 2025 | Change (%)": a change in a
        // table's row is that of the row's latest amount, whatever column comes right before it; the
        // earlier amount is its baseline's (see completeFromRows). A plan's amount is no candidate.
        if (q.cell && owner?.cell && owner.status !== "target") {
          for (const r of amounts) {
            if (r.cell && r.period !== null && r.status !== "target" && !text.slice(r.end, q.start).includes("\n") && !endsNoEarlier(owner.period, r.period)) owner = r;
          }
          // Under "Tháng 8/2025 so với cùng kỳ (%)", the amount of August's column on the row.
          const ofPeriod = q.cell.column.period ? amounts.filter((r) => r.cell && r.period === q.period && !text.slice(r.end, q.start).includes("\n")) : [];
          if (ofPeriod.length === 1) owner = ofPeriod[0];
        }
        // "| Kim ngạch xuất khẩu | 3.600 | 3.712 | 103,1 |" under "So với KH (%)": an attainment in a
        // table's column is the amount's on its row; with none read there (its unit unknown), it is
        // no figure of its own either. In a table of comparisons only ("Tháng 9/2026 so với tháng
        // 8/2026" over "102,1"), it is a record of its own, as "đạt 95% kế hoạch" is.
        const onRow = owner?.cell !== undefined && !text.slice(owner.end, q.start).includes("\n");
        if (q.cell && q.role === "attainment" && !onRow && !q.cell.amounts) owner = undefined;
        else if (q.cell && q.role === "attainment" && !onRow) {
          q.role = "drop";
          warn(work, "unknown-unit", `"${text.slice(q.start, q.end)}" under "${q.cell.column.name}" compares an amount of its row whose unit the table does not name: neither is extracted`, q.start, q.end);
          continue;
        }
        const holder = owner ?? q;
        let c = comparison(holder);
        const change = c.change;
        // "tăng so với cùng kỳ năm trước 12%": the change's baseline already gave the holder a
        // comparison without an amount, which the figure now completes; so does a ratio after a
        // verb that only said the direction ("rose to 5.1%, more than double the level in August").
        const completes = (x: WorkComparison): boolean => (b !== undefined && x.baseline === b) || (c.against === "previous" && x.against === "previous" && x.baseline === undefined && x.period === undefined);
        const stated = change ? holder.comparisons.find((x) => completes(x) && x.change?.value === undefined && x.attainment === undefined && (x.change?.direction ?? change.direction) === change.direction) : undefined;
        // "đạt 120 tỷ đồng/300 tỷ đồng kế hoạch vốn, đạt 40%": an attainment with no baseline of its
        // own completes the plan whose value was stated.
        const plan = !b && q.role === "attainment" ? holder.comparisons.find((x) => x.against === "plan" && x.value !== undefined && x.attainment === undefined && x.change === undefined) : undefined;
        if (stated && change) {
          stated.change = change;
          if (stated.period === undefined && c.period !== undefined) stated.period = c.period;
          if (stated.baseline === undefined && c.baseline !== undefined) stated.baseline = c.baseline;
          c = stated;
        } else if (plan) {
          plan.attainment = q.value;
          c = plan;
        } else holder.comparisons.push(c);
        // "giảm 10,5% về khối lượng, nhưng tăng 12,3% về giá trị so với năm 2023": a baseline that
        // closes a run of changes governs the ones before it that named none.
        if (q.role === "change" && !b) {
          unnamed.push({ comparison: c, holder, end: q.tailEnd });
        } else if (q.role === "change" && own?.comparator && own.against === "previous") {
          for (const u of unnamed) {
            if (text.slice(u.end, q.numStart).includes(";")) continue;
            Object.assign(u.comparison, comparisonFor(work, own, u.holder.period));
            u.holder.rules.push("vi/comparison/closing-baseline");
          }
          unnamed = [];
        }
        if (owner) {
          q.owner = owner;
          q.rules.push("vi/comparison/on-level");
          continue;
        }
        // Else the figure is a record of its own: the growth itself, signed, or the attainment.
        q.isRecord = true;
        // "giảm 0,7%" is -0.7; "giảm 3 lần" (to a third) is no negative ratio.
        if (q.role === "change" && q.direction === "decrease" && q.value.isPositive() && q.kind !== "times") {
          q.value = q.value.negated();
          if (q.valueMax) q.valueMax = q.valueMax.negated();
        }
        // A second growth, or a second attainment in its sentence, with no words of its own: the same measure's.
        // (Not past a semicolon that opens the next item: "giảm 54 vụ, 10%; giảm 27 người chết"; nor
        // an amount of another unit or counted noun: "giảm 9 vụ, giảm 6 người chết".)
        if (!hasOwnSubject && lastRecord && lastRecord.role === q.role && (q.role === "change" || lastRecord.sentence === q.sentence) && !(lastRecord.sentence === q.sentence && text.slice(lastRecord.tailEnd, q.numStart).includes(";")) && !otherMeasure(text, q, lastRecord)) {
          q.owner = lastRecord;
          // (A table's cell has the status of its column, its lead or its note.)
          if (!q.status && !q.cell) q.status = lastRecord.status;
          q.rules.push("vi/comparison/second-growth");
        }
        records.push(q);
        continue;
      }

      // "GRDP tăng 8,2%, vượt mục tiêu đề ra (8%)": the plan of a growth stated alone, in its unit.
      const planHolder = lastLevel ?? (lastRecord?.role === "change" && lastRecord.isRecord && lastRecord.unit === q.unit ? lastRecord : undefined);
      if (q.role === "plan-value" && planHolder) {
        const plan = planHolder.comparisons.find((c) => c.against === "plan");
        if (plan) plan.value = q.value;
        else planHolder.comparisons.push({ against: "plan", value: q.value });
        q.owner = planHolder;
        q.rules.push("vi/comparison/plan-value");
        continue;
      }
      const valueHolder = q.labelledFor ?? lastLevel;
      if (q.role === "baseline-value" && valueHolder) {
        // "năm 2011 tỷ lệ này là …", "năm trước con số này là …": the period its clause names.
        // "…, up from 74.5 years in 2022": the period named right after it. "(cùng kỳ năm trước
        // xuất siêu 20,9 tỷ USD)": the level's period a year before, as its baseline says.
        const b = q.fromPeriod ? undefined : (q.fromBaseline ?? baselines.filter((x) => !consumed.has(x) && x.against === "previous" && x.start >= valueHolder.tailEnd && x.end <= q.numStart).pop());
        // (A period that labels it stands before its colon, where a clause may end.)
        const labelled = q.rules.includes(PERIOD_LABELLED);
        const m = q.fromPeriod ?? within(work.periods, labelled ? valueHolder.tailEnd : q.clauseStart, q.numStart).pop();
        const period = b ? (comparisonFor(work, b, valueHolder.period).period ?? null) : m ? resolveMention(m, work.docYear, work.publishedYear) : null;
        if (labelled && (period === null || endsNoEarlier(period, valueHolder.period))) {
          // "(quý IV: 1.610 tỷ đồng)" after a year's figure labels a part of it, no baseline: a level of its own.
          q.role = "level";
          q.rules.push("vi/comparison/labelled-period-not-earlier");
        } else {
          if (b) consumed.add(b);
          // "cao hơn mức bình quân cả nước (18,2%)": the comparison the average already gave the level, completed.
          // "giảm còn 3,1% (năm 2022: 3,9%)": the change that named no baseline gets this one's value and period.
          // "up 17.3% from US$10.57 billion a year earlier": right after a change, the value of that change's baseline.
          // (Whatever baseline and period that change has: "3.2 times the 3.7 million recorded a year earlier".)
          const afterChange = q.rules.includes(VALUE_AFTER_CHANGE);
          const unnamed = (c: WorkComparison): boolean =>
            (afterChange ? c.against === "previous" && c.change !== undefined && c.value === undefined && c.attainment === undefined : isUnnamedChange(c) && (c.period == null || c.period === period)) &&
            (!q.direction || c.change?.direction === q.direction);
          const stated = b
            ? (valueHolder.comparisons.find((c) => c.baseline === b && c.value === undefined) ?? (afterChange ? valueHolder.comparisons.find(unnamed) : undefined))
            : valueHolder.comparisons.find(unnamed);
          if (stated && !b && period && !(afterChange && stated.period)) stated.period = period;
          if (stated) stated.value = q.value;
          else valueHolder.comparisons.push({ against: b?.against ?? "previous", value: q.value, ...(period ? { period } : {}), ...(q.direction ? { change: { direction: q.direction } } : {}) });
          q.owner = valueHolder;
          continue;
        }
      }

      // "chiếm 1,91%, giảm 1,02 điểm phần trăm (từ 2,93% xuống 1,91%)": in brackets, the level again
      // with where it came from: its starting value goes to the level, and it is no record of its own.
      const restated = q.from && q.inParens ? records.find((r) => r.role !== "change" && !r.inParens && r.unit === q.unit && r.value.eq(q.value)) : undefined;
      if (restated && q.from) {
        // The change it restates ("giảm 1,02 điểm phần trăm so với năm 2024") takes the value, or a comparison of its own.
        const stated = restated.comparisons.find((c) => c.against === "previous" && c.value === undefined && c.attainment === undefined);
        if (stated) stated.value = q.from;
        else restated.comparisons.push({ against: "previous", value: q.from, change: { direction: q.direction ?? "increase" } });
        q.owner = restated;
        q.rules.push("vi/comparison/restated-from-to");
        continue;
      }
      // A level in parentheses after a bare comparison is that comparison's baseline: "(đạt 584 tỷ)".
      if (q.inParens && !hasOwnSubject && lastLevel) {
        // "tăng so với năm 2023 (đạt 584 tỷ)", "tăng 43% so với năm 2023 (đạt 584 tỷ)".
        // "vượt chỉ tiêu kế hoạch (11 bác sĩ/vạn dân)": a plan's value, the same way.
        const bare = lastLevel.comparisons.filter((c) => c.against !== "other" && c.value === undefined && c.attainment === undefined && lastLevel.unit === q.unit).pop();
        if (bare) {
          bare.value = q.value;
          q.owner = lastLevel;
          q.rules.push("vi/comparison/baseline-in-parentheses");
          continue;
        }
      }
      // "chữ ký số tăng trưởng 299% (đạt gần 500.000 chữ ký)", "rose 8.3 percent year-on-year to
      // 863.9 trillion VND": the value of a growth stated first.
      const reached = lastRecord !== undefined && g.levelAfterChange.test(stripBaselines(text.slice(lastRecord.tailEnd, q.numStart), baselines, lastRecord.tailEnd, g.comparatorWord).replace(/^\s+/u, " "));
      // (Not a contribution after it: "grew 9.33% (contributing 0.62 percentage points)".)
      if ((q.inParens || reached) && !hasOwnSubject && q.verbKind !== "contribution" && lastRecord && lastRecord.role === "change" && lastRecord.isRecord && !lastRecord.owner && (reached || lastRecord.unit !== q.unit)) {
        lastRecord.isRecord = false;
        q.comparisons.push(...lastRecord.comparisons.map((c) => growthOf(work, c, q.period)));
        q.subject = null;
        q.owner = lastRecord;
        q.isRecord = true;
        q.rules.push("vi/comparison/growth-before-value");
        records.splice(records.indexOf(lastRecord), 1, q);
        continue;
      }

      // (Not past a semicolon: "… đạt và vượt dự toán; 10/11 huyện …" starts a figure of its own.)
      // (TypeScript does not see attachBare set it: hence the type.)
      const pending = pendingBare as { owner: Quantity; comparison: WorkComparison; end: number } | null;
      if (pending && q.role === "level" && !hasOwnSubject && !/[;:]/u.test(text.slice(pending.end, q.start))) {
        // "cao hơn bình quân cả nước 0,72 điểm phần trăm": points are an amount of a percentage.
        const target = [...records].reverse().find((r) => r.unit === q.unit || (q.kind === "points" && r.kind === "percent"));
        if (target) {
          let c = pending.comparison;
          if (target !== pending.owner) {
            c = { against: c.against, ...(c.period ? { period: c.period } : {}) };
            target.comparisons.push(c);
          }
          // A percentage of an amount ("exceeding the estimate by 18 percent") is a percent change.
          const kind = q.kind === "percent" && target.kind !== "percent" ? "percent" : q.kind === "percent" || q.kind === "points" ? "points" : "absolute";
          c.change = { kind, value: q.value, direction: pending.comparison.change?.direction ?? "increase" };
          q.owner = target;
          q.rules.push("vi/comparison/amount-of-bare-change");
          continue;
        }
      }
      if (hasOwnSubject) pendingBare = null;
      q.isRecord = true;
      if (q.rules.includes("vi/role/reach") || q.from) {
        const c = comparisonFor(work, ownBaseline(q, next), q.period);
        c.change = { direction: q.direction ?? "increase" };
        if (q.from) c.value = q.from;
        const fromPeriod = q.fromPeriod && !c.period ? resolveMention(q.fromPeriod, work.docYear, work.publishedYear) : null;
        if (fromPeriod) c.period = fromPeriod;
        q.comparisons.push(c);
      }
      const plainLevel = [...levels].reverse().find((r) => r.role === "level");
      if (q.role === "share" && plainLevel && !hasOwnSubject) {
        plainLevel.comparisons.push({ against: "other", attainment: q.value });
        q.rules.push("vi/comparison/share-of-other");
      }
      records.push(q);
    }

    attachBare(Infinity);
    const sentenceLevels = records.filter((r) => r.role === "level");
    previousLevel = sentenceLevels[sentenceLevels.length - 1] ?? (continues ? previousLevel : undefined);
    const named = baselines.filter((b) => b.against === "previous" && b.comparator);
    lastSentenceBaseline = named[named.length - 1] ?? (continues ? lastSentenceBaseline : undefined);
    if (named.length) lastBaselineAt = { sentence: si, paragraph: sentence.paragraph, alone: named.length === 1 };
  }
  completeFromRows(work);
  dateUnnamedBaselines(work);
}

/**
 * The periods of comparisons that name none. "Tính chung 11 tháng, … đạt 94,6 tỷ USD, tăng 42,8%",
 * "Năm 2024, tỷ lệ hộ nghèo giảm xuống còn 3,4%": a change of the months since January, a half, a
 * quarter or a year is of the same stretch a year before, as official releases state them (not a
 * month's: a month is also compared with the one before). "đạt 100,4% kế hoạch": a plan is of the
 * figure's year.
 */
function dateUnnamedBaselines(work: Work): void {
  for (const q of work.quantities) {
    if (!q.isRecord || !q.period) continue;
    const yearOnYear = YEAR_ON_YEAR_STRETCH.test(q.period);
    for (const c of q.comparisons) {
      if (c.period) continue;
      if (c.against === "plan") {
        c.period = q.period.slice(0, 4);
        q.rules.push("vi/baseline/plan-of-year");
      } else if (c.against === "previous" && !c.baseline && yearOnYear) {
        c.period = sameStretchIn(q.period, Number(q.period.slice(0, 4)) - 1);
        q.rules.push("vi/baseline/year-on-year-unnamed");
      }
    }
  }
}

// The stretches whose changes are stated year on year: a year, a half, a quarter, the months since January ("2025-01/2025-11").
const YEAR_ON_YEAR_STRETCH = /^(\d{4})(?:-(?:01\/\1-(?:0[2-9]|1[01])|S[12]|Q[1-4]))?$/u;

/**
 * "| Kim ngạch xuất khẩu | 3.600 | 3.712 | 103,1 |" under "| Kế hoạch 2026 | Ước thực hiện 2026 | So
 * với KH (%) |": a comparison of a table's cell with no amount takes it from its row, the plan's from
 * the cell of a plan, the previous period's from the cell of the earlier period (of that period, if
 * the comparison names one). Only where one cell of the row fits.
 */
function completeFromRows(work: Work): void {
  const rows = new Map<number, Quantity[]>();
  let lines: Ranged[] | undefined;
  for (const q of work.quantities) {
    if (!q.cell || q.role !== "level" || q.owner) continue;
    lines ??= lineRanges(work.text);
    const line = lowerBound(lines, q.start + 1) - 1;
    const row = rows.get(line);
    if (row) row.push(q);
    else rows.set(line, [q]);
  }
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    for (const q of row) {
      for (const c of q.comparisons) {
        if (c.value !== undefined || c.change?.kind === "absolute" || c.against === "other") continue;
        // Of the period the comparison names, else (for the previous period) of one that ends earlier.
        const ofPeriod = (r: Quantity): boolean => (c.period ? r.period === c.period : c.against === "plan" || !endsNoEarlier(r.period, q.period));
        const fits = row.filter((r) => r !== q && r.unit === q.unit && r.period !== null && (r.status === "target") === (c.against === "plan") && ofPeriod(r));
        const from = fits.length === 1 ? fits[0] : undefined;
        if (!from) continue;
        c.value = from.value;
        c.period ??= from.period;
        q.rules.push("vi/comparison/from-row");
      }
    }
  }
}

/** A change against the past that names neither its baseline nor a value to compare with ("giảm còn 3,1%"). */
const isUnnamedChange = (c: WorkComparison): boolean =>
  c.against === "previous" && c.change !== undefined && c.baseline === undefined && c.value === undefined && c.attainment === undefined;

/** A stretch without the baselines (or periods) inside it and without its comparator words. */
function stripBaselines(s: string, baselines: Ranged[], offset: number, comparator: RegExp): string {
  return blankRanges(s, offset, within(baselines, offset, offset + s.length)).replace(comparator, " ");
}

/** A growth's comparison moved onto the level it reached: its change unsigned, its baseline's period the level's. */
function growthOf(work: Work, c: WorkComparison, period: string | null): WorkComparison {
  const moved: WorkComparison = { ...c };
  if (c.change) moved.change = { ...c.change, ...(c.change.value ? { value: c.change.value.abs() } : {}) };
  else delete moved.change;
  const basePeriod = c.baseline?.period(period, work.docYear);
  if (basePeriod) moved.period = basePeriod;
  return moved;
}

function changeKind(q: Quantity): "percent" | "times" | "points" | "absolute" {
  if (q.kind === "percent") return "percent";
  if (q.kind === "times") return "times";
  if (q.kind === "points") return "points";
  return "absolute";
}
