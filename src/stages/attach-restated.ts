import { firstFrom } from "../text/ranges.js";
import { isAmount, type Quantity, type Work } from "./work.js";

/** How far back a restated change may look for the level it compares: this sentence's two predecessors. */
const SENTENCES_BACK = 2;

/** The words of a subject that name its thing: folded, without parentheses or "số", "tổng". */
function wordsOf(subject: string, work: Work): Set<string> {
  const words = subject.toLowerCase().replace(/[()",;:]/gu, " ").split(/\s+/u).filter(Boolean);
  return new Set(words.filter((w) => !work.language.grammar.amountLead.test(`${w} `)));
}

/** How many of a change's words the level's subject shares: "số người chết" and "người (làm chết)" share two. */
function shared(change: Set<string>, level: Set<string>): number {
  let n = 0;
  for (const w of change) if (level.has(w)) n++;
  return n;
}

/**
 * A change stated in a sentence of its own about a level stated before ("Quý II có 40 vụ cháy. So
 * với cùng kỳ năm 2023, số vụ cháy giảm 6 vụ (giảm 13%)"; "Như vậy, thu ngân sách vượt 15% kế
 * hoạch") is that level's comparison, not a record: when its sentence opens with its baseline or
 * sums up the one before, or its subject only points back at the figure before ("The figure was
 * VND 104.3 trillion higher than in 2024"), and its subject names the same thing as the level's.
 */
export function attachRestated(work: Work): void {
  const g = work.language.grammar;
  const records = work.quantities.filter((q) => q.isRecord);
  for (let i = 0; i < records.length; i++) {
    const change = records[i] as Quantity;
    if (change.role !== "change" || !change.subject || !change.isRecord) continue;
    const sentence = work.sentences[change.sentence];
    if (!sentence) continue;
    // In a sentence that opens with "So với …" or "Như vậy, …", a change with a subject of its own.
    if (change.rules.includes("vi/comparison/second-growth")) continue;
    const head = work.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
    const first = firstFrom(work.baselines, sentence.start);
    const opensWithBaseline = first !== undefined && first.comparator && first.start <= sentence.start + 3;
    if (!opensWithBaseline && !g.summary.test(head) && !change.rules.includes("vi/subject/pointing-back")) continue;
    // The level of the sentences before whose subject shares most words with the change's
    // ("số người chết" → "người (làm chết)", not "người (bị thương)"): all of them, or two.
    const words = wordsOf(change.subject, work);
    let level: Quantity | undefined;
    let best = Math.min(words.size, 2) - 1;
    for (let k = i - 1; k >= 0; k--) {
      const r = records[k] as Quantity;
      if (r.sentence < change.sentence - SENTENCES_BACK) break;
      if (r.sentence === change.sentence || r.role === "change" || !r.subject) continue;
      const n = shared(words, wordsOf(r.subject, work));
      if (n > best) {
        best = n;
        level = r;
      }
    }
    // "Tính chung giai đoạn 2011-2018, năng suất lao động tăng 4,88%/năm": another period, its own record.
    if (!level || level.period !== change.period) continue;
    if (change.kind !== "percent" && change.kind !== "points" && change.kind !== "times" && change.unit !== level.unit) continue;
    // The change and the growths written after it for the same subject ("giảm 6 vụ (giảm 13%)").
    for (let k = i; k < records.length; k++) {
      const r = records[k] as Quantity;
      if (r.sentence !== change.sentence || r.role !== "change" || (k > i && r.owner !== records[k - 1] && r.owner !== change)) break;
      // "giảm 54 vụ, 10%; giảm 27 người chết, 10,47%": another amount opens the next item's change.
      if (k > i && isAmount(r) && isAmount(change)) break;
      for (const c of r.comparisons) {
        // "… vượt 15% so với kế hoạch … là 13 tỉ USD": one comparison with the plan, its value and change.
        const same = level.comparisons.find((o) => o.against === c.against && !o.change && (!o.period || !c.period || o.period === c.period));
        if (same && c.change) {
          same.change = c.change;
          if (c.period && !same.period) same.period = c.period;
        } else {
          level.comparisons.push(c);
        }
      }
      r.isRecord = false;
      r.owner = level;
    }
    level.rules.push("vi/comparison/restated-change");
  }
}
