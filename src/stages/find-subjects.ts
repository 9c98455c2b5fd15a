import { alternation, WORD_END, WORD_START } from "../grammar/alternation.js";
import { placePrefixes, places } from "../languages/vi/lexicon/areas.js";
import { clauseVerbs, leadingFillers, sourceLeads, trailingFillers } from "../languages/vi/lexicon/discourse.js";
import { statuses } from "../languages/vi/lexicon/qualifiers.js";
import { nounPhraseAfter } from "./noun-phrase.js";
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
const SOURCE_LEAD = new RegExp(`^\\s*(?:${alternation([...sourceLeads, "chia theo"])})${WORD_END}`, "iu");
const PLACE_LEAD = /^\s*(?:tại|ở)\s+(.+)$/iu;

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
    // An adverbial before the comma is not part of the subject; a list "A, B và C" is one subject;
    // a clause before the comma has a subject of its own.
    const adverbial = isAdverbial(work, segment, from + segStart);
    if (!adverbial && /\svà\s/u.test(rest)) continue;
    if (adverbial || CLAUSE_VERB.test(head)) {
      from += at + 1;
      own = rest;
      break;
    }
  }
  return trimSubject(blankMentions(work, own, from));
}

/** "Theo Tổng cục Thống kê", "Tính chung 7 tháng năm 2023", "Trong đó", "Tại Đà Nẵng": no subject in it. */
function isAdverbial(work: Work, segment: string, offset: number): boolean {
  if (SOURCE_LEAD.test(segment)) return true;
  const place = PLACE_LEAD.exec(segment);
  if (place && new RegExp(`^(?:${PLACE.source})$`, "u").test((place[1] ?? "").trim())) return true;
  return trimSubject(blankMentions(work, segment, offset)) === "";
}

/** Blanks the periods and baselines inside a stretch: they have fields of their own. */
function blankMentions(work: Work, s: string, offset: number): string {
  const chars = [...s];
  const blank = (a: number, b: number): void => {
    for (let i = Math.max(0, a - offset); i < Math.min(s.length, b - offset); i++) chars[i] = " ";
  };
  for (const p of work.periods) if (p.start >= offset && p.end <= offset + s.length) blank(p.start, p.end);
  for (const b of work.baselines) if ((b.comparator || b.against === "previous") && b.start >= offset && b.end <= offset + s.length) blank(b.start, b.end);
  return chars.join("").replace(/(?<![\p{L}\p{M}])(?:so với|so(?!\s+sánh)|tính chung|lũy kế|luỹ kế)(?![\p{L}\p{M}])/giu, " ");
}

/** The noun phrase right after a figure: "293 cơ sở dữ liệu mở" → "cơ sở dữ liệu mở". */
function wordsAfter(work: Work, q: Quantity): string {
  const from = q.per ? q.perEnd : q.end;
  let np = nounPhraseAfter(work.text, from);
  // "chiếm trên 81% là loại hình công ty TNHH": the share's whole after "là".
  if (!np.text && /^\s*là\s/u.test(work.text.slice(from, from + 5))) np = nounPhraseAfter(work.text, from + work.text.slice(from).indexOf("là") + 2);
  return trimSubject(np.text);
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
  const firstOfSentence = new Map<number, Quantity>();
  for (let i = 0; i < records.length; i++) {
    const q = records[i] as Quantity;
    const prev = records[i - 1];
    const samePrev = prev && prev.sentence === q.sentence ? prev : undefined;
    const sentenceStart = work.sentences[q.sentence]?.start ?? 0;
    const rawOwn = work.text.slice(q.clauseStart, q.predicateStart);
    let own = ownWords(work, q);

    // "Đà Nẵng (58,89%)": the name right before the parentheses, or the figure right before them.
    if (q.inParens && !own) {
      if (samePrev && /^[^,;:]*\($/u.test(work.text.slice(samePrev.tailEnd, q.predicateStart).replace(/\s+/gu, "")) && samePrev.subject) {
        own = samePrev.subject;
        q.rules.push("vi/subject/figure-before-parentheses");
      } else {
        const m = /([^,;:()]+?)\s*\(\s*[^()]*$/u.exec(work.text.slice(Math.max(sentenceStart, samePrev?.tailEnd ?? 0), q.numStart));
        const name = m ? trimSubject((m[1] as string).replace(/^.*\s(?:và|hay|hoặc)\s/u, "")) : "";
        if (name && !/(?:tăng|giảm|đạt)$/u.test(name)) {
          own = name;
          q.rules.push("vi/subject/name-before-parentheses");
        }
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
    // "tỷ lệ này", "con số này": the phrase the previous sentence named in full.
    if (/(?:^|\s)này$/u.test(own)) {
      const resolved = resolveAnaphor(work, q, own.replace(/\s*này$/u, ""));
      if (resolved) {
        own = resolved;
        q.rules.push("vi/subject/anaphor");
      }
    }
    // "chiếm tỷ trọng 8,35%", "đạt tỷ lệ 40%": a verb carrying the noun of an attribute of the figure before.
    const verbNoun = /(?:^|\s)(tỷ lệ|tỷ trọng|mức|con số)$/u.exec(q.verb ?? "")?.[1] ?? /^(?:chiếm|đạt|bằng|với)\s+(.+)$/u.exec(own)?.[1];
    if (verbNoun && (!own || /^(?:chiếm|đạt|bằng|với)\s/u.test(own))) {
      const owner = samePrev?.subject ?? own;
      own = owner && owner !== verbNoun ? `${verbNoun} (${owner})` : verbNoun;
      q.rules.push("vi/subject/attribute-of-previous");
    } else if (verbNoun && own) {
      own = `${verbNoun} (${own})`;
    }
    // "Trung bình mỗi khách chi 2,45 triệu đồng": a rate per head named before the figure.
    const each = /(?:^|\s)mỗi\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)$/u.exec(own.replace(/\s+(?:chi|thu|đóng|nộp|tiêu)$/u, ""));
    if (each && !q.per) {
      q.per = each[1] as string;
      q.rules.push("vi/quantity/per-each-before");
    }

    const after = q.kind === "count" || q.kind === "percent" || q.kind === "money" || q.kind === "measure" ? wordsAfter(work, q) : "";
    const copula = q.verb === null || COPULA.test(q.verb);
    const contentVerb = q.verb && !copula && q.verbKind === "level" && !EXISTENTIAL.test(q.verb) && !/(?:tỷ lệ|tỷ trọng|mức|con số)$/u.test(q.verb) ? q.verb : "";
    let subject: string;
    if (q.kind === "count") {
      const noun = trimSubject(`${q.unitText ?? ""} ${after}`);
      subject = own && own !== noun ? (copula && q.verb ? `${own} (${noun})` : `${noun} (${[own, contentVerb].filter(Boolean).join(" ")})`) : noun;
      // "293 bộ dữ liệu thuộc 16 lĩnh vực": the fields of those datasets.
      const link = samePrev && !own ? /^\s*(?:thuộc|của|trong)\s*$/u.exec(work.text.slice(samePrev.tailEnd, q.predicateStart)) : null;
      if (link && samePrev?.subject) subject = `${noun} (của ${samePrev.subject})`;
      q.rules.push("vi/subject/counted-noun");
    } else if (q.role === "share" && !own && samePrev?.subject) {
      subject = after ? `${samePrev.subject} (so với ${after})` : samePrev.subject;
      q.rules.push("vi/subject/share-of-previous");
    } else if (!q.verb && !own && samePrev?.subject && (samePrev.role === "share" || /^(?:chiếm|bằng|chỉ bằng|chỉ chiếm)$/u.test(samePrev.verb ?? ""))) {
      subject = `${subject0(samePrev)}${after ? ` (so với ${after})` : ""}`;
      q.rules.push("vi/subject/share-list");
    } else if (after && (!own || !copula || q.verb === null) && q.kind !== "percent") {
      subject = own ? `${after} (${[own, contentVerb].filter(Boolean).join(" ")})` : after;
      q.rules.push("vi/subject/noun-after");
    } else if (after && q.kind === "percent" && (!own || q.verb === "có")) {
      subject = own ? `${after} (${own})` : after;
      q.rules.push("vi/subject/noun-after");
    } else if (own) {
      subject = after && /^(?:chiếm|bằng|chỉ bằng)$/u.test(q.verb ?? "") ? `${own} (so với ${after})` : contentVerb ? `${own} ${contentVerb}` : own;
      q.rules.push("vi/subject/before-predicate");
    } else if (samePrev?.subject) {
      subject = q.verbKind === "contribution" ? `${q.verb} (${samePrev.subject})` : samePrev.subject;
      q.rules.push("vi/subject/from-previous-figure");
    } else if (q.owner?.subject) {
      subject = q.owner.subject;
    } else {
      subject = "";
    }
    if (q.verbKind === "contribution" && own && !subject.includes(q.verb ?? "")) subject = `${q.verb} (${subject})`;
    // "vốn đăng ký đạt 17.339 tỷ đồng" after "có 1.565 doanh nghiệp": whose capital — the sentence's topic.
    const first = firstOfSentence.get(q.sentence);
    if (first && first !== q && GENERIC_HEAD.test(subject) && first.topic && !subject.includes(first.topic)) {
      subject = `${subject} (${first.topic})`;
      q.rules.push("vi/subject/topic-of-sentence");
    }
    if (q.rules.includes("vi/comparison/growth-before-value") && q.owner) {
      const growthOwn = ownWords(work, q.owner);
      if (growthOwn) subject = growthOwn;
    }
    if (!subject) {
      // "Lũy kế 9 tháng ước thu được 56.092 tỷ đồng": the subject of the sentence before.
      const before = records.slice(0, i).reverse().find((r) => r.sentence === q.sentence - 1 && r.subject);
      if (before?.subject) {
        subject = before.subject;
        q.rules.push("vi/subject/from-previous-sentence");
      }
    }
    if (!subject) {
      subject = q.unitText ?? q.unit ?? "?";
      warn(work, "no-subject", `no subject found for "${work.text.slice(q.start, q.end)}"`, q.start, q.end);
      q.rules.push("vi/subject/none");
    }
    q.subject = subject;
    q.topic = topicOf(own);
    if (!firstOfSentence.has(q.sentence)) firstOfSentence.set(q.sentence, q);
    const area = areaOf(work, q, rawOwn);
    if (area) q.area = area;
    carryStatus(work, q, samePrev);
  }
}

const COPULA = /^(?:đạt|là|ở mức|lên tới|lên đến|chiếm|tới|đến|bằng|chỉ bằng|chỉ đạt|đạt mức|đạt mốc|đạt con số|đạt được|còn|tương đương|tương ứng|khoảng|vào khoảng|lên|lên mức)$/u;
// Verbs that only say a thing exists or is listed: "có 15 doanh nghiệp", "với 44 triệu lượt khách".
const EXISTENTIAL = /^(?:có|chỉ có|với|gồm|bao gồm|còn|cho)$/u;
// Heads that name an attribute and need an owner: "vốn đăng ký", "kim ngạch", "tỷ lệ".
const GENERIC_HEAD = /^(?:tổng\s+)?(?:vốn|kim ngạch|doanh thu|giá trị|tỷ lệ|tỷ trọng|số lượng|trị giá|lượng)(?:\s+[\p{L}\p{M}]+){0,2}$/iu;

function subject0(q: Quantity): string {
  return (q.subject ?? "").replace(/\s*\(so với [^)]*\)$/u, "");
}

/** The part of a subject that names who or what the sentence is about: "khu vực công nghiệp, xây dựng". */
function topicOf(own: string): string | undefined {
  const t = own.replace(/\s+(?:tăng|giảm)\s.*$/u, "").trim();
  return t && !GENERIC_HEAD.test(t) ? t : undefined;
}

/** Resolves "tỷ lệ này" to the fullest phrase with that head in the sentence before. */
function resolveAnaphor(work: Work, q: Quantity, head: string): string | null {
  if (!head) return null;
  const prevSentence = work.sentences[q.sentence - 1];
  const here = work.sentences[q.sentence];
  if (!here) return null;
  const scope = work.text.slice(prevSentence?.start ?? here.start, q.clauseStart);
  const at = scope.toLowerCase().lastIndexOf(head.toLowerCase());
  if (at < 0) return null;
  const phrase = scope.slice(at).split(/(?<![\p{L}\p{M}])(?:vẫn|đã|chưa|đạt|là|có|tăng|giảm|được|[,.;:])(?![\p{L}\p{M}])/u)[0] ?? "";
  const t = trimSubject(phrase);
  return t.length > head.length ? t : null;
}

/**
 * Status words govern more than their own clause: a target or forecast the rest of its sentence
 * ("mục tiêu ... là đón X, trong đó có Y"), an estimate the parts that follow "trong đó" or "và".
 */
function carryStatus(work: Work, q: Quantity, samePrev: Quantity | undefined): void {
  if (q.status || !samePrev?.status) return;
  const gap = work.text.slice(samePrev.tailEnd, q.predicateStart);
  if ((samePrev.status === "target" || samePrev.status === "forecast") && !gap.includes(";") && !/(?<![\p{L}\p{M}])(?:đạt|là)\s*$/u.test(gap)) {
    q.status = samePrev.status;
  } else if (samePrev.status === "estimated" && (/(?<![\p{L}\p{M}])trong đó(?![\p{L}\p{M}])/u.test(gap) || samePrev.estimateGoesOn || /^[^,;.]*(?<![\p{L}\p{M}])và\s*$/u.test(gap) || /^(?:tương đương|tương ứng)$/u.test(q.verb ?? ""))) {
    q.status = "estimated";
    q.estimateGoesOn = /(?<![\p{L}\p{M}])trong đó(?![\p{L}\p{M}])/u.test(gap) || Boolean(samePrev.estimateGoesOn);
  }
  if (q.status) q.rules.push("vi/status/carried");
}
