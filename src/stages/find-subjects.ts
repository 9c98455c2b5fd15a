import { alternation, WORD_END, WORD_START } from "../grammar/alternation.js";
import { placePrefixes, places } from "../languages/vi/lexicon/areas.js";
import { clauseVerbs, leadingFillers, sourceLeads, trailingFillers, continuations } from "../languages/vi/lexicon/discourse.js";
import { statuses } from "../languages/vi/lexicon/qualifiers.js";
import { warn, type Quantity, type Work } from "./work.js";

const PLACE = new RegExp(
  `${WORD_START}(?:(?:${alternation(placePrefixes)})\\s+(?<named>\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})|(?<known>${alternation(places)}))${WORD_END}`,
  "gu",
);
const LEAD_PLACE = new RegExp(`^(?:tại|ở)\\s+(?<place>[^,;:]{2,40}?)\\s*,`, "iu");
const LEADING = new RegExp(`^(?:${alternation([...leadingFillers, ...Object.values(statuses).flat()])})${WORD_END}[\\s,:]*`, "iu");
const TRAILING = new RegExp(`[\\s,:]*${WORD_START}(?:${alternation([...trailingFillers, ...Object.values(statuses).flat(), "trong tháng", "trong quý", "trong kỳ", "tính chung", "đến nay", "hiện nay", "lần lượt"])})$`, "iu");
const SOURCE = new RegExp(`^(?:${alternation(sourceLeads)})\\s+[^,]{1,60},\\s*`, "iu");
const CLAUSE_VERB = new RegExp(`${WORD_START}(?:${alternation(clauseVerbs)})${WORD_END}`, "iu");
const ADVERBIAL = new RegExp(`^\\s*(?:${alternation([...continuations, ...sourceLeads, "tính chung", "lũy kế", "luỹ kế", "trong", "tại", "ở", "đến", "sau", "chia theo", "hiện tại", "hiện nay", "như vậy", "tuy nhiên", "so với"])})${WORD_END}`, "iu");
// Where the noun phrase after a figure stops.
const NP_STOP = /[,;:.()"“”!?…\n–\-/]|\d|(?<![\p{L}\p{M}])(?:tăng|giảm|đạt|là|và|so với|so|với|trong|chiếm|tương đương|tương ứng|từ|của cả|nhưng|khi|do|vì|để|trên tổng|trong tổng|được cấp phép|đã|sẽ|đều|hay|hoặc|nên|mà|trước|sau|cao|thấp)(?![\p{L}\p{M}])/iu;

/** Folds spaces, drops edge punctuation and fillers, again until nothing changes. */
export function trimSubject(s: string): string {
  let out = s.replace(/\s+/gu, " ").trim();
  for (let i = 0; i < 8; i++) {
    const before = out;
    out = out.replace(SOURCE, "").replace(LEADING, "").replace(TRAILING, "");
    out = out.replace(/^[\s,;:.\-–…)]+|[\s,;:\-–…(]+$/gu, "").trim();
    if (/^\([^)]*$/u.test(out)) out = out.slice(1).trim();
    if (/\)$/u.test(out) && !out.includes("(")) out = out.slice(0, -1).trim();
    if (out === before) break;
  }
  return out;
}

/** The words of a clause before its figure, without the periods, baselines and lead-ins in it. */
function ownWords(work: Work, q: Quantity): string {
  const { text } = work;
  let from = q.clauseStart;
  const to = q.predicateStart;
  let own = text.slice(from, to);
  // Cut at the last comma that closes a clause or an adverbial of its own ("Theo ..., ", "Tính chung 7 tháng, ").
  const commas = [...own.matchAll(/,/gu)].map((m) => m.index);
  for (let k = commas.length - 1; k >= 0; k--) {
    const at = commas[k] as number;
    const head = own.slice(0, at);
    const segStart = (commas[k - 1] ?? -1) + 1;
    const segment = own.slice(segStart, at);
    const rest = own.slice(at + 1);
    if (!trimSubject(blankMentions(work, rest, from + at + 1))) continue;
    if (CLAUSE_VERB.test(head) || ADVERBIAL.test(segment) || isMention(work, from + segStart, from + at)) {
      from += at + 1;
      own = rest;
      break;
    }
  }
  return trimSubject(blankMentions(work, own, from));
}

function isMention(work: Work, start: number, end: number): boolean {
  const t = work.text.slice(start, end).trim();
  return work.periods.some((p) => p.start >= start && p.end <= end && p.text.length >= t.length - 12);
}

/** Blanks the periods and baselines inside a stretch: they have fields of their own. */
function blankMentions(work: Work, s: string, offset: number): string {
  const chars = [...s];
  const blank = (a: number, b: number): void => {
    for (let i = Math.max(0, a - offset); i < Math.min(s.length, b - offset); i++) chars[i] = " ";
  };
  for (const p of work.periods) if (p.start >= offset && p.end <= offset + s.length) blank(p.start, p.end);
  for (const b of work.baselines) if (b.start >= offset && b.end <= offset + s.length) blank(b.start, b.end);
  return chars.join("").replace(/(?<![\p{L}\p{M}])(?:so với|so|tính chung|lũy kế|luỹ kế|bình quân)(?![\p{L}\p{M}])/giu, " ");
}

/** The noun phrase right after a figure: "293 cơ sở dữ liệu mở" → "cơ sở dữ liệu mở". */
function wordsAfter(work: Work, q: Quantity): string {
  const rest = work.text.slice(q.end, q.end + 80);
  const stop = NP_STOP.exec(rest);
  const np = trimSubject(stop ? rest.slice(0, stop.index) : rest);
  return np.split(" ").length > 8 ? "" : np;
}

function areaOf(work: Work, q: Quantity, own: string): string | undefined {
  const inOwn = [...own.matchAll(PLACE)].map((m) => (m.groups?.named ?? m.groups?.known ?? m[0]).trim());
  if (inOwn.length) return [...new Set(inOwn)].join(", ");
  const sentence = work.sentences[q.sentence];
  if (!sentence) return undefined;
  const lead = LEAD_PLACE.exec(work.text.slice(sentence.start, sentence.end));
  if (lead?.groups?.place) return lead.groups.place.trim();
  const before = work.text.slice(sentence.start, q.clauseStart);
  const found = [...before.matchAll(PLACE)].map((m) => (m.groups?.named ?? m.groups?.known ?? m[0]).trim());
  return found[found.length - 1];
}

/**
 * Names what each record measures: the noun phrase before its predicate ("Doanh thu ... đạt"), the
 * counted noun after it ("có 293 cơ sở dữ liệu"), the name before a figure in parentheses
 * ("Đà Nẵng (58,89%)"), or the subject of the figure before it in the same sentence.
 */
export function findSubjects(work: Work): void {
  const records = work.quantities.filter((q) => q.isRecord);
  let respectively: { sentence: number; parts: string[] } | null = null;
  for (let i = 0; i < records.length; i++) {
    const q = records[i] as Quantity;
    const prev = records[i - 1];
    const samePrev = prev && prev.sentence === q.sentence ? prev : undefined;
    let own = ownWords(work, q);
    const rawOwn = work.text.slice(q.clauseStart, q.predicateStart);

    // "Đà Nẵng (58,89%)": the name right before the parentheses.
    if (q.inParens && !own) {
      const m = /([^,;:()]+?)\s*\(\s*[^()]*$/u.exec(work.text.slice(work.sentences[q.sentence]?.start ?? 0, q.numStart));
      const name = m ? trimSubject((m[1] as string).replace(/^.*\s(?:và|hay|hoặc)\s/u, "")) : "";
      if (name && !/(?:tăng|giảm|đạt)$/u.test(name)) {
        own = name;
        q.rules.push("vi/subject/name-before-parentheses");
      }
    }
    // "X và Y lần lượt là A và B": each figure takes its own part of the subject.
    if (/lần lượt\s*(?:là|đạt|chiếm|ở mức)?\s*$/iu.test(rawOwn) && own) {
      const parts = own.split(/\s*(?:,|\svà\s)\s*/u).map(trimSubject).filter(Boolean);
      if (parts.length > 1) {
        respectively = { sentence: q.sentence, parts: parts.slice(1) };
        own = parts[0] as string;
        q.rules.push("vi/subject/respectively");
      }
    } else if (!own && respectively && respectively.sentence === q.sentence && respectively.parts.length) {
      own = respectively.parts.shift() as string;
      q.rules.push("vi/subject/respectively");
    }

    const after = q.kind === "count" || q.kind === "percent" || q.kind === "money" || q.kind === "measure" ? wordsAfter(work, q) : "";
    let subject: string;
    const copula = q.verb === null || /^(?:đạt|là|ở mức|lên tới|lên đến|chiếm|tới|đến|bằng|chỉ bằng|chỉ đạt|đạt mức|đạt mốc|đạt con số)$/u.test(q.verb);
    if (q.kind === "count") {
      const noun = trimSubject(`${q.unitText ?? ""} ${after}`);
      subject = own && own !== noun ? (copula && q.verb ? `${own} (${noun})` : `${noun} (${own})`) : noun;
      q.rules.push("vi/subject/counted-noun");
    } else if (after && (!own || !copula || q.verb === null)) {
      const verbWords = q.verb && !copula ? ` ${q.verb}` : "";
      subject = own ? `${after} (${own}${verbWords})` : after;
      q.rules.push("vi/subject/noun-after");
    } else if (own) {
      subject = after && /^(?:chiếm|bằng|chỉ bằng)$/u.test(q.verb ?? "") ? `${own} (so với ${after})` : own;
      q.rules.push("vi/subject/before-predicate");
    } else if (samePrev?.subject) {
      subject = q.verbKind === "contribution" ? `${q.verb} (${samePrev.subject})` : samePrev.subject;
      if (!q.status && samePrev.status && samePrev.status !== "estimated") q.status = samePrev.status;
      q.rules.push("vi/subject/from-previous-figure");
    } else if (q.owner?.subject) {
      subject = q.owner.subject;
    } else {
      subject = "";
    }
    if (q.verbKind === "contribution" && own && !subject.includes(q.verb ?? "")) subject = `${q.verb} (${subject})`;
    if (q.rules.includes("vi/comparison/growth-before-value") && q.owner) {
      const growthOwn = ownWords(work, q.owner);
      if (growthOwn) subject = growthOwn;
    }
    if (!subject) {
      subject = q.unitText ?? q.unit ?? "?";
      warn(work, "no-subject", `no subject found for "${work.text.slice(q.start, q.end)}"`, q.start, q.end);
      q.rules.push("vi/subject/none");
    }
    q.subject = subject;
    const area = areaOf(work, q, rawOwn);
    if (area) q.area = area;
    // Targets and forecasts govern the rest of their sentence: "mục tiêu ... là đón X, trong đó có Y".
    if (!q.status && samePrev && (samePrev.status === "target" || samePrev.status === "forecast")) q.status = samePrev.status;
    if (!q.status && samePrev?.status === "estimated" && /^\s*[,;:]?\s*(?:trong đó|và)/iu.test(work.text.slice(samePrev.end, q.predicateStart))) q.status = "estimated";
  }
}
