import { firstFrom } from "../text/ranges.js";
import type { Quantity, Work } from "./work.js";

/** How far back a restated change may look for the level it compares: this sentence's two predecessors. */
const SENTENCES_BACK = 2;

/** The words of a subject that name the thing: its parentheses and leading "số", "tổng" gone, folded. */
function coreOf(subject: string, work: Work): string {
  return subject
    .replace(/\([^()]*\)/gu, " ")
    .replace(work.language.grammar.amountLead, "")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** How many words of a change's subject name its thing: the rest may be a verb ("… đã về đích sớm"). */
const HEAD_WORDS = 4;

/**
 * Whether a change's subject names the level's thing: its first words are all words of the
 * level's subject ("số vụ cháy" for "vụ cháy (toàn tỉnh xảy ra)", "đầu tư nước ngoài đã về đích"
 * for "vốn đầu tư trực tiếp nước ngoài"), or the other way round.
 */
function sameThing(change: Quantity, level: Quantity, work: Work): boolean {
  const a = coreOf(change.subject ?? "", work).split(" ").filter(Boolean);
  const b = coreOf(level.subject ?? "", work).split(" ").filter(Boolean);
  if (!a.length || !b.length) return false;
  const covers = (words: string[], of: string[]): boolean => words.slice(0, HEAD_WORDS).every((w) => of.includes(w));
  return covers(a, b) || covers(b, a);
}

/**
 * A change stated in a sentence of its own about a level stated before ("Quý II có 40 vụ cháy. So
 * với cùng kỳ năm 2023, số vụ cháy giảm 6 vụ (giảm 13%)"; "Như vậy, thu ngân sách vượt 15% kế
 * hoạch") is that level's comparison, not a record: when its sentence opens with its baseline or
 * sums up the one before, and its subject names the same thing as the level's.
 */
export function attachRestated(work: Work): void {
  const g = work.language.grammar;
  const records = work.quantities.filter((q) => q.isRecord);
  for (let i = 0; i < records.length; i++) {
    const change = records[i] as Quantity;
    if (change.role !== "change" || !change.subject) continue;
    const sentence = work.sentences[change.sentence];
    if (!sentence) continue;
    // The first record of its sentence, in a sentence that opens with "So với …" or "Như vậy, …".
    if (records[i - 1]?.sentence === change.sentence) continue;
    const head = work.text.slice(sentence.start, change.predicateStart);
    const first = firstFrom(work.baselines, sentence.start);
    const opensWithBaseline = first !== undefined && first.comparator && first.start <= sentence.start + 3;
    if (!opensWithBaseline && !g.summary.test(head)) continue;
    let level: Quantity | undefined;
    for (let k = i - 1; k >= 0 && !level; k--) {
      const r = records[k] as Quantity;
      if (r.sentence < change.sentence - SENTENCES_BACK) break;
      if (r.role !== "change" && sameThing(change, r, work)) level = r;
    }
    // "Tính chung giai đoạn 2011-2018, năng suất lao động tăng 4,88%/năm": another period, its own record.
    if (!level || level.period !== change.period) continue;
    if (change.kind !== "percent" && change.kind !== "points" && change.kind !== "times" && change.unit !== level.unit) continue;
    // The change and the growths written after it for the same subject ("giảm 6 vụ (giảm 13%)").
    for (let k = i; k < records.length; k++) {
      const r = records[k] as Quantity;
      if (r.sentence !== change.sentence || r.role !== "change" || (k > i && r.owner !== records[k - 1] && r.owner !== change)) break;
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
