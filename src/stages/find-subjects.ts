import { foldKey } from "../grammar/alternation.js";
import { allMatches, replaceMatches } from "../grammar/ends-with.js";
import type { Grammar } from "../languages/language.js";
import { endsNoEarlier } from "../record/periods.js";
import { blankRanges, firstFrom, lowerBound, within, type Ranged } from "../text/ranges.js";
import { unitTest } from "../text/units.js";
import { BULLET_MARK, ITEM_MARKER, itemAfter, nounPhraseAfter, rowLabelOf } from "./noun-phrase.js";
import { countClauseUntil, LIST_MARKER } from "./read-predicates.js";
import { hasMention, provisional, warn, type Quantity, type Work } from "./work.js";

// "a) ", "đ) ", "2. ", "IV. ": the marker of a list item, no word of a subject.
const MARKER_AT_START = new RegExp(`^${LIST_MARKER}\\s+`, "u");

// How many figures back a clause with its head left out looks for the subject that names it (a
// bound, so that a sentence of many such clauses stays linear).
const ELIDED_REACH = 12;

// What the edge trim of trimSubject removes in one go: any run of its opening or of its closing marks.
const NOTHING_BUT_EDGES = /^(?:[\s|,;:.\-–…)]*|[\s|,;:\-–…(]*)$/u;

// What the fold of spaces in trimSubject changes: a space other than " ", two in a row, a pipe.
const NOT_ONE_SPACE = /[^\S ]| {2}|\|/u;

// Quotation marks, opening → closing: a subject cut from a quotation keeps the half at its edge.
const QUOTES: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "«": "»", "„": "“", '"': '"' };
const CLOSING_QUOTES = new Map(Object.entries(QUOTES).map(([open, close]) => [close, open]));

// The marks trimEdges takes off the start of a subject, and off its end (spaces among them).
const isOpeningEdge = unitTest(/[\s,;:.\-–…)]/u);
const isClosingEdge = unitTest(/[\s,;:\-–…(]/u);

/**
 * `s` without the run of opening marks that starts it and the run of closing marks that ends it,
 * as `s.replace(/^[\s,;:.\-–…)]+|[\s,;:\-–…(]+$/gu, "")` gives it, by a walk from each end: the
 * pattern would be tried at every position of every subject.
 */
function trimEdges(s: string): string {
  let start = 0;
  while (start < s.length && isOpeningEdge(s.charCodeAt(start))) start++;
  let end = s.length;
  while (end > start && isClosingEdge(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Drops a quotation mark at the start or the end of `s` whose other half is not in it. */
function dropLoneQuote(s: string): string {
  const first = s.charAt(0);
  const close = QUOTES[first];
  if (close !== undefined && s.indexOf(close, 1) < 0) return s.slice(1);
  const last = s.charAt(s.length - 1);
  const open = CLOSING_QUOTES.get(last);
  if (open !== undefined && s.lastIndexOf(open, s.length - 2) < 0) return s.slice(0, -1);
  return s;
}

/** Folds spaces, drops edge punctuation and fillers, again until nothing changes. */
export function trimSubject(s: string, g: Grammar): string {
  // Spaces and punctuation only (" ", ", ", ")"), half the calls: the edge trim below takes it all.
  if (NOTHING_BUT_EDGES.test(s)) return "";
  // "| Khoai lang | 1.240 ha |": the rules of a table written with pipes are no words.
  let out = (NOT_ONE_SPACE.test(s) ? s.replace(/[\s|]+/gu, " ") : s).trim();
  for (let i = 0; i < 8; i++) {
    const before = out;
    out = stripTrailing(out.replace(MARKER_AT_START, "").replace(g.source, "").replace(g.actorLead, "").replace(g.leading, ""), g);
    out = trimEdges(out);
    if (out.startsWith("(") && !out.includes(")")) out = out.slice(1).trim();
    if (out.endsWith(")") && !out.includes("(")) out = out.slice(0, -1).trim();
    out = dropLoneQuote(out).trim();
    if (out === before) break;
  }
  return out;
}

/** Trims fillers and punctuation from the end of a phrase only: its start is a word of its own. */
function trimEnd(s: string, g: Grammar): string {
  let out = s.replace(/\s+/gu, " ").trim();
  for (let i = 0; i < 4; i++) {
    const before = out;
    out = stripTrailing(out, g).replace(/[\s,;:\-–…(]+$/u, "");
    if (out === before) break;
  }
  return out;
}

/**
 * Cuts the longest filler that ends the text, trying only the starts of its last four words; none
 * from a noun that ends in one ("chứng chỉ"), asked only when a filler ends it.
 */
function stripTrailing(s: string, g: Grammar): string {
  if (s === "") return s;
  // The start of the fourth word from the end, or of the first (words split at single spaces).
  let first = s.length;
  for (let words = 0, i = s.length; words < 4 && i > 0; words++) {
    const j = s.lastIndexOf(" ", i - 1);
    first = j + 1;
    if (j < 0) break;
    i = j;
  }
  // From there, each word start in turn, left to right.
  const sticky = g.trailing;
  for (let p = first; ; ) {
    sticky.lastIndex = p;
    if (sticky.test(s)) return g.nounEndingInFiller.test(s) ? s : s.slice(0, p).replace(/[\s,:]+$/u, "");
    const next = s.indexOf(" ", p);
    if (next < 0) return s;
    p = next + 1;
  }
}

/** The words of a clause before its figure, without the periods, baselines and lead-ins in it. */
function ownWords(work: Work, q: Quantity, firstInSentence = false): string {
  const { text } = work;
  const g = work.language.grammar;
  let from = q.clauseStart;
  const to = q.predicateStart;
  let own = text.slice(from, to);
  // Cut at the last comma that closes a clause or an adverbial of its own ("Theo ..., ", "Tính chung 7 tháng, ").
  // (Not a comma inside a period or a date: "Hanoi, December 1, 2024 – As of November 30, 2024, …".)
  const dates = MAY_HOLD_DATE.test(own) ? allMatches(allDates(g), own).map((m) => ({ start: from + m.index, end: from + m.index + m[0].length })) : [];
  const named = [...within(work.periods, from, to), ...dates];
  const commas: number[] = [];
  for (let at = own.indexOf(","); at !== -1; at = own.indexOf(",", at + 1)) {
    if (!named.some((p) => p.start < from + at && from + at < p.end)) commas.push(at);
  }
  for (let k = commas.length - 1; k >= 0; k--) {
    const at = commas[k] as number;
    const head = own.slice(0, at);
    const segStart = (commas[k - 1] ?? -1) + 1;
    const segment = own.slice(segStart, at);
    const rest = own.slice(at + 1);
    if (!trimSubject(blankMentions(work, rest, from + at + 1), g)) continue;
    // An adverbial before the comma is not part of the subject; a list "A, B và C" is one subject;
    // a clause before the comma has a subject of its own.
    const adverbial = isAdverbial(work, segment, from + segStart);
    if (!adverbial && g.listJoin.test(rest)) continue;
    if (adverbial || g.clauseVerb.test(head)) {
      from += at + 1;
      own = rest;
      break;
    }
  }
  // "In its latest note, HSBC sees inflation …": what the forecaster sees is the subject.
  const forecaster = g.forecasterLead.exec(own);
  if (forecaster) {
    from += forecaster.index + forecaster[0].length;
    own = own.slice(forecaster.index + forecaster[0].length);
  }
  const words = trimSubject(blankMentions(work, own, from), g);
  // "… trong nước với tổng vốn 1.500 tỷ đồng": with no verb of its own, what comes before "với"
  // is the previous figure's ("… linh kiện với kim ngạch đạt 33,6 tỷ USD" keeps it). With no figure
  // before it in the sentence, it is what the attribute belongs to: "Nhật Bản là đối tác lớn thứ ba
  // với kim ngạch ước đạt 9 tỷ USD" is "kim ngạch (Nhật Bản là đối tác lớn thứ ba)". Not past a
  // comma: "Ngoài hai thành phố lớn, Quảng Ninh là …" may open with words about something else.
  const attribute = q.verb === null ? g.withAttribute.exec(words) : null;
  if (!attribute) return words;
  const name = attribute[1] as string;
  const holder = firstInSentence ? words.slice(0, attribute.index).trim() : "";
  return holder && !holder.includes(",") ? `${name} (${holder})` : name;
}

/** "Theo Tổng cục Thống kê", "Tính chung 7 tháng năm 2023", "Trong đó", "Tại Đà Nẵng": no subject in it. */
function isAdverbial(work: Work, segment: string, offset: number): boolean {
  const g = work.language.grammar;
  if (g.sourceLead.test(segment) || g.timeLead.test(segment)) return true;
  const place = g.placeLead.exec(segment);
  if (place && g.placeWhole.test((place[1] ?? "").trim())) return true;
  return trimSubject(blankMentions(work, segment, offset), g) === "";
}

// A year's digits: a full date cannot be without them, and most stretches are.
const MAY_HOLD_DATE = /(?:19|20)\d\d/u;

/** Each grammar's full-date pattern, global: "Hanoi, December 1, 2024 – …" names no subject. */
const datesOf = new WeakMap<object, RegExp>();
function allDates(g: Grammar): RegExp {
  let re = datesOf.get(g);
  if (!re) datesOf.set(g, (re = new RegExp(g.fullDate.source, `${g.fullDate.flags.replace("g", "")}g`)));
  return re;
}

/** Blanks the periods, baselines and dates inside a stretch: they have fields of their own. */
function blankMentions(work: Work, s: string, offset: number): string {
  const ranges = [
    ...within(work.periods, offset, offset + s.length),
    ...within(work.baselines, offset, offset + s.length).filter((b) => b.comparator || b.against === "previous"),
  ].sort((a, b) => a.start - b.start);
  const g = work.language.grammar;
  const blanked = replaceMatches(g.subjectNoise, blankRanges(s, offset, ranges), " ");
  const dated = MAY_HOLD_DATE.test(blanked) ? replaceMatches(allDates(g), blanked, " ") : blanked;
  // "trong tháng 10/2025 (tính từ ngày 15/9 đến 14/10/2025)": brackets that held only a period go with it.
  return dated.includes("(") ? dated.replace(EMPTY_BRACKETS, " ") : dated;
}
const EMPTY_BRACKETS = /\(\s*\)/gu;

/** The words after a figure that name it as an item of a list, unless a period or baseline is among them. */
function listItem(work: Work, q: Quantity): string {
  const item = itemAfter(work.text, q.end);
  if (!item.text || hasMention(work, q.end, item.end)) return "";
  return trimSubject(item.text, work.language.grammar);
}

/**
 * The noun phrase right after a figure: "293 cơ sở dữ liệu mở" → "cơ sở dữ liệu mở"; `raw`, as
 * written, for the words that go on a counted noun ("căn nhà" + "ở xã hội").
 */
function wordsAfter(work: Work, q: Quantity, raw = false): string {
  const g = work.language.grammar;
  const from = q.per ? q.perEnd : q.end;
  // "up 2.89% year on year": a baseline right after the figure names nothing of it.
  const baseline = firstFrom(work.baselines, from);
  if (baseline && /^\s*$/u.test(work.text.slice(from, baseline.start))) return "";
  let np = nounPhraseAfter(work.text, from, g.nounPhraseStop);
  // "chiếm trên 81% là loại hình công ty TNHH": the share's whole after "là". What a sum went to
  // names it after a verb of doing ("spent $4 million on …"), not after one of being or of change
  // ("increased by $4 million on strong demand"), nor on a counted noun ("calls on tax rules").
  const head = work.text.slice(from, from + 12);
  const doing = !raw && (q.verb === null || (q.verbKind === "level" && !g.copula.test(q.verb)));
  const isAfter = g.isAfter.exec(head) ?? (doing ? g.objectAfter.exec(head) : null);
  if (!np.text && isAfter) {
    const named = nounPhraseAfter(work.text, from + isAfter[0].length, g.nounPhraseStop);
    // "US$3.5 billion in FDI", but not "… in the first half of 2024": a period has a field of its own.
    const touches = (mentions: readonly Ranged[]): boolean => (firstFrom(mentions, from)?.start ?? Infinity) < named.end;
    if (!touches(work.periods) && !touches(work.baselines)) np = named;
  }
  return raw ? np.text : trimSubject(np.text, g);
}

// A line that opens with a bullet or a number and a short label before its colon: "- Cà phê: …",
// "1. Tội phạm về ma túy: …" (sticky, at the line's start).
const ITEM_LABEL = new RegExp(`[ \\t]*(?:${BULLET_MARK}|${ITEM_MARKER})[ \\t]*[^:\\n]{1,40}:`, "uy");
// How far back the start of a labelled line is looked for: a search to the text's start from each
// figure would be quadratic in a long line.
const LABEL_REACH = 240;

/** Whether the line a position is on opens with a bullet and a label ("- Cà phê: …"), within reach. */
function itemLabelled(text: string, pos: number): boolean {
  const from = Math.max(0, pos - LABEL_REACH);
  let start = pos;
  while (start > from && text.charCodeAt(start - 1) !== 0x0a) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) return false;
  ITEM_LABEL.lastIndex = start;
  const m = ITEM_LABEL.exec(text);
  return m !== null && m.index + m[0].length <= pos;
}

// How far after a figure "respectively" may close its list: a dozen figures with their words.
const RESPECTIVELY_REACH = 300;

const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/**
 * The parts of a list, each with the words around the list that they share: "nhập khẩu từ Hàn Quốc
 * và Nhật Bản" (the head before a linking word, when the other parts are as short as what it links
 * to), "doanh thu và lợi nhuận của doanh nghiệp" (the linking word and what follows), "rice and
 * coffee exports" (a last common noun, where a language puts heads last).
 */
function withSharedWords(parts: string[], g: Grammar): string[] {
  const links = parts.map((part) => allMatches(g.listLink, part));
  const first = parts[0] ?? "";
  const last = parts[parts.length - 1] ?? "";
  const linked = links.map((found) => found.length > 0);
  const headLink = links[0]?.at(-1);
  if (headLink && !linked.slice(1).some(Boolean)) {
    const head = first.slice(0, headLink.index + headLink[0].length);
    const size = wordCount(first.slice(head.length));
    // ("revenue from crude oil and from import-export activities": a part may repeat the link.)
    const link = `${headLink[0].trim().toLowerCase()} `;
    const member = (part: string): string => (part.toLowerCase().startsWith(link) ? part.slice(link.length) : part);
    return parts.map((part, i) => (i > 0 && wordCount(member(part)) <= size + 1 ? head + member(part) : part));
  }
  const tailLink = links.at(-1)?.[0];
  if (tailLink && !linked.slice(0, -1).some(Boolean)) {
    const tail = last.slice(tailLink.index);
    return parts.map((part, i) => (i < parts.length - 1 ? part + tail : part));
  }
  const noun = linked.some(Boolean) ? undefined : g.sharedTail.exec(last)?.groups?.tail;
  if (noun) {
    const size = wordCount(last) - 1;
    return parts.map((part, i) => (i < parts.length - 1 && wordCount(part) === size ? `${part} ${noun}` : part));
  }
  return parts;
}

/**
 * The parts of a list of subjects, as many as its figures where it has more: those around its
 * last "và" ("Về số dự án mới, tiếp theo là Nhật Bản và Đài Loan" → Nhật Bản, Đài Loan; "Ho Chi
 * Minh City and Hanoi, the two main gateways" → Ho Chi Minh City, Hanoi), else the last ones.
 */
function listedParts(words: string, figures: number, g: Grammar): string[] {
  const parts = words.split(g.listSplit);
  if (figures < 2 || parts.length <= figures) return parts;
  const joins = [...words.matchAll(new RegExp(g.listSplit.source, "gu"))].map((m) => m[0].replace(/[\s,]/gu, "") !== "");
  const join = joins.lastIndexOf(true);
  const end = join >= 0 ? join + 2 : parts.length;
  return parts.slice(Math.max(0, end - figures), end);
}

/** How many figures a list opened at `q` holds, up to `most`: "1,42 tỷ USD, 980 triệu USD và 615 triệu USD" three. */
function figuresListedFrom(work: Work, q: Quantity, most: number): number {
  let n = 1;
  let last = q;
  for (let k = lowerBound(work.quantities, q.end); k < work.quantities.length && n < most; k++) {
    const o = work.quantities[k] as Quantity;
    // (Between them only what joins a list: a comma, "và", "and".)
    if (o.sentence !== q.sentence || work.text.slice(last.end, o.numStart).split(work.language.grammar.listSplit).some((part) => part.trim() !== "")) break;
    n++;
    last = o;
  }
  return n;
}

// How far back a list of names before a clause is looked for (a long sentence stays linear).
const NAMES_REACH = 300;
// The most words of a name in a list before a clause ("Quảng Ninh, Hải Phòng, Bình Dương với …").
const LIST_NAME_WORDS = 5;
// Capitalised words that end longer ones: a name ("… lần lượt là Quảng Ninh").
const NAME_AT_END = /(?:\p{Lu}[\p{L}\p{M}.]*\s*){1,4}$/u;

/**
 * The names of a comma list that ends the words `before` a subject, with their commas: "Quảng
 * Ninh, Hải Phòng, " before "Bình Dương với tổng vốn đăng ký lần lượt là"; "" when they end no list.
 */
function namesBefore(before: string, g: Grammar): string {
  if (!/,\s*$/u.test(before)) return "";
  const items = before.replace(/,\s*$/u, "").split(/[;:]/u).pop()?.split(",") ?? [];
  const names: string[] = [];
  for (let k = items.length - 1; k >= 0; k--) {
    const item = (items[k] as string).trim();
    if (!item || /\d/u.test(item)) break;
    // "Tiếp theo lần lượt là Quảng Ninh", "dẫn đầu là Long An": the list opens with the name at the end of longer words.
    // ("Theo số liệu sơ bộ, …": a lead, no name of the list.)
    const name = wordCount(item) > LIST_NAME_WORDS || trimSubject(item, g) !== item ? (NAME_AT_END.exec(item)?.[0] ?? "") : item;
    if (name) names.unshift(name);
    if (name !== item) break;
  }
  return names.length ? `${names.join(", ")}, ` : "";
}

interface SentencePlaces {
  lead: string | undefined;
  places: Array<{ start: number; end: number; name: string }>;
}

/** The places a sentence names, found once per sentence. */
function placesOf(work: Work, sentence: number, cache: Map<number, SentencePlaces>): SentencePlaces {
  const known = cache.get(sentence);
  if (known) return known;
  const g = work.language.grammar;
  const s = work.sentences[sentence];
  const text = s ? work.text.slice(s.start, s.end) : "";
  const offset = s?.start ?? 0;
  const places = allMatches(g.place, text).map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    name: (m.groups?.named ?? m.groups?.known ?? m[0]).trim(),
  }));
  const found = { lead: g.leadPlace.exec(text)?.groups?.place?.trim(), places };
  cache.set(sentence, found);
  return found;
}

/** The place a figure is about: named in its own words, else led by "Tại", else the last one before it. */
function areaOf(work: Work, q: Quantity, cache: Map<number, SentencePlaces>): string | undefined {
  const { lead, places } = placesOf(work, q.sentence, cache);
  const inOwn = places.filter((p) => p.start >= q.clauseStart && p.end <= q.predicateStart).map((p) => p.name);
  if (inOwn.length) return [...new Set(inOwn)].join(", ");
  if (lead) return lead;
  return places.filter((p) => p.end <= q.clauseStart).pop()?.name;
}

/**
 * Names what each record measures: the noun phrase before its predicate ("Doanh thu ... đạt"), the
 * counted noun after it ("có 293 cơ sở dữ liệu"), the name before a figure in parentheses
 * ("Đà Nẵng (58,89%)"), or the subject of the figure before it in the same sentence.
 */
export function findSubjects(work: Work): void {
  const g = work.language.grammar;
  const records = work.quantities.filter((q) => q.isRecord);
  let respectively: { sentence: number; parts: string[] } | null = null;
  const firstOfSentence = new Map<number, Quantity>();
  const placeCache = new Map<number, SentencePlaces>();
  const colonLeads = new Map<number, ColonLead | null>();
  let listMeasure: { subject: string; unit: string | null; sentence: number } | undefined;
  for (let i = 0; i < records.length; i++) {
    const q = records[i] as Quantity;
    if (q.cell) {
      // "| Lúa | 87.315 |" under "Diện tích (ha)": the column's name, for the row's. Under "Năm 2024",
      // which names no measure, the table's caption's: "Thu ngân sách của các huyện (Yên Lạc)".
      const { column, row, caption } = q.cell;
      const measure = column.noMeasure ? caption : column.name;
      q.subject = measure && row ? `${measure} (${row})` : row || measure || (q.unitText ?? q.unit);
      q.rules.push("vi/subject/table-cell");
      continue;
    }
    const prev = records[i - 1];
    const samePrev = prev && prev.sentence === q.sentence ? prev : undefined;
    const sentenceStart = work.sentences[q.sentence]?.start ?? 0;
    const rawOwn = work.text.slice(q.clauseStart, q.predicateStart);
    let own = ownWords(work, q, !samePrev);
    // "các năm 2022 và 2023 lần lượt là …": a bare number is no subject.
    if (/^[\d\s.,/-]+$/u.test(own)) own = "";
    // "Tea exports reached 61,000 tonnes, earning US$105 million", "…, bringing the five-month total
    // to 3.1 million tonnes": a participle that goes on with the same thing, the figure before's.
    if (samePrev?.subject && own && g.participleOfSame.test(`${own} ${q.verb ?? ""}`.trim())) {
      own = samePrev.subject;
      q.rules.push("vi/subject/participle-of-previous");
    }
    // "…, cao hơn mức bình quân cả nước và đứng thứ 9/63": the words before are a comparison of the
    // figure before, and the subject is that figure's.
    if (samePrev?.subject && g.comparisonLead.test(own)) {
      own = "";
      q.rules.push("vi/subject/after-comparison");
    }
    // "ước đạt 5.103 nghìn tỷ đồng, tăng 9,5%; nếu loại trừ yếu tố giá tăng 7,0%": the same measure
    // at constant prices, with the same status.
    const realTerms = samePrev?.subject ? g.realTermsLead.exec(own) : null;
    if (samePrev?.subject && realTerms) {
      own = `${samePrev.subject} (${realTerms[1] ?? own})`;
      q.status ??= samePrev.status;
      q.rules.push("vi/subject/real-terms");
    }

    // "Tỷ lệ … của nam là 75,3%, của nữ là 62,8%": a clause that opens with the preposition of an
    // earlier subject of its sentence names the other part of that subject's measure.
    const elided = samePrev ? g.elidedPart.exec(rawOwn.replace(/^[\s,;]+/u, "").trimEnd()) : null;
    if (elided?.groups) {
      const { prep, rest } = elided.groups as { prep: string; rest: string };
      const spaced = (x: string): string => ` ${x.toLowerCase()} `;
      for (let k = i - 1; k >= Math.max(0, i - ELIDED_REACH) && (records[k] as Quantity).sentence === q.sentence; k--) {
        const subject = (records[k] as Quantity).subject ?? "";
        const at = spaced(subject).indexOf(spaced(prep));
        if (at <= 0) continue;
        own = `${subject.slice(0, at - 1).trim()} ${prep} ${rest.trim()}`;
        q.rules.push("vi/subject/elided-head");
        break;
      }
    }
    // "Đà Nẵng (58,89%)": the name right before the parentheses, or the figure right before them.
    if (q.inParens && !own) {
      if (samePrev && /^[^,;:]*\($/u.test(work.text.slice(samePrev.tailEnd, q.predicateStart).replace(/\s+/gu, "")) && samePrev.subject) {
        own = samePrev.subject;
        q.rules.push("vi/subject/figure-before-parentheses");
      } else {
        const m = /([^,;:()]+?)\s*\(\s*[^()]*$/u.exec(work.text.slice(Math.max(sentenceStart, samePrev?.tailEnd ?? 0), q.numStart));
        const name = m ? trimSubject((m[1] as string).replace(g.nameJoin, ""), g) : "";
        if (name && !g.verbAtEnd.test(name)) {
          own = name;
          q.rules.push("vi/subject/name-before-parentheses");
        }
      }
    }
    // "- Mắc ca và ca cao: lần lượt đạt 4.120 tấn và 860 tấn": the item's label names the parts.
    if (!own && g.respectively.test(rawOwn)) own = measureBeforeColon(work, q, colonLeads) ?? "";
    // "X và Y lần lượt là A và B": each figure takes its own part of the subject.
    if (own && (g.respectively.test(rawOwn) || g.respectivelyAfter.test(work.text.slice(q.end, Math.min(q.end + RESPECTIVELY_REACH, work.sentences[q.sentence]?.end ?? q.end))))) {
      // "Quảng Ninh, Hải Phòng, Bình Dương với tổng vốn đăng ký lần lượt là …": the parts run back
      // over the commas before the figure's clause; "với tổng vốn đăng ký" is what they share.
      const ownAt = rawOwn.lastIndexOf(own);
      const ownStart = ownAt >= 0 ? q.clauseStart + ownAt : q.clauseStart;
      if (own.split(g.listSplit).length === 1) own = `${namesBefore(work.text.slice(Math.max(sentenceStart, ownStart - NAMES_REACH), ownStart), g)}${own}`;
      const shared = g.respectiveMeasure.exec(own);
      if (shared?.groups?.measure) own = own.slice(0, shared.index);
      // "các năm 2022 và 2023 lần lượt là …": a list of years pairs with periods, not subjects.
      const named = listedParts(own, figuresListedFrom(work, q, own.split(g.listSplit).length), g).map((part) => trimSubject(part, g)).filter((part) => part && !/^\d+$/u.test(part));
      const parts = withSharedWords(named, g)
        .map((part) => (shared?.groups?.measure ? `${trimSubject(shared.groups.measure, g)} (${part})` : part));
      if (parts.length > 1) {
        respectively = { sentence: q.sentence, parts: parts.slice(1) };
        own = parts[0] as string;
        q.rules.push("vi/subject/respectively");
      }
    } else if (!own && respectively && respectively.sentence === q.sentence && respectively.parts.length) {
      own = respectively.parts.shift() as string;
      q.rules.push("vi/subject/respectively");
    }
    // "It rose 5 percent": a pronoun stands for the subject of the figure just before, in this
    // sentence or the one before.
    if (g.pronoun.test(own) && prev?.subject && prev.sentence >= q.sentence - 1) {
      own = prev.subject;
      q.rules.push("vi/subject/pronoun");
    }
    // "tỷ lệ này", "con số này": the phrase the previous sentence named in full.
    if (g.anaphorEnd.test(own)) {
      const resolved = resolveAnaphor(work, q, own.replace(g.anaphorEnd, "").trim());
      if (resolved) {
        own = resolved;
        q.rules.push("vi/subject/anaphor");
      }
    }
    // "In the first quarter, the figure was VND1,780 trillion", "con số này là 1,2 triệu": a noun that
    // only points back names what the figure before, in the same unit (or any, for a growth: "Con
    // số này tăng 25,4%"), measured.
    if (g.pointingNoun.test(own)) {
      const growth = q.role === "change" && (q.kind === "percent" || q.kind === "times");
      const before = records.slice(Math.max(0, i - 12), i).reverse().find((r) => r.sentence >= q.sentence - 1 && (r.unit === q.unit || (growth && r.role !== "change")) && r.subject);
      if (before?.subject) {
        own = before.subject;
        q.rules.push("vi/subject/pointing-back");
      }
    }
    // "chiếm tỷ trọng 8,35%", "đạt tỷ lệ 40%": a verb carrying the noun of an attribute of the figure before.
    const verbNoun = g.attributeNoun.exec(q.verb ?? "")?.[1] ?? g.attributeOwn.exec(own)?.[1];
    if (verbNoun && (!own || g.attributeOwn.test(own))) {
      const owner = samePrev?.subject ?? own;
      own = owner && owner !== verbNoun ? `${verbNoun} (${owner})` : verbNoun;
      q.rules.push("vi/subject/attribute-of-previous");
    } else if (verbNoun && own) {
      own = `${verbNoun} (${own})`;
    }
    // "Trung bình mỗi khách chi 2,45 triệu đồng": a rate per head named before the figure.
    const each = g.perEachBefore.exec(own.replace(g.spendVerbAtEnd, ""));
    if (each && !q.per) {
      q.per = each[1] as string;
      q.rules.push("vi/quantity/per-each-before");
    }
    // "Vốn đăng ký bình quân một doanh nghiệp thành lập mới": an amount per the thing counted after "bình quân một".
    const inside = q.per || q.kind === "percent" || q.kind === "points" || q.kind === "times" ? null : g.perInSubject.exec(own);
    if (inside) {
      const at = inside.index + inside[0].length - 1;
      const noun = work.language.unitAt(own, at) ?? work.language.countedNounAt(own, at);
      if (noun?.value.kind === "count") {
        q.per = noun.text;
        q.rules.push("vi/quantity/per-in-subject");
      }
    }

    const after = q.kind === "count" || q.kind === "percent" || q.kind === "money" || q.kind === "measure" || q.kind === "duration" ? wordsAfter(work, q) : "";
    // "trong tổng lượng rác thu gom, 55% được đốt phát điện, 30% chôn lấp": a percentage with no
    // verb, at the head of its clause, is named by the item after it.
    // After "chiếm 20,78% GDP và 13,9% …" the words after a share's figure name its whole instead.
    const afterShare = samePrev !== undefined && g.shareVerbs.test(samePrev.verb ?? "");
    const item = q.kind === "percent" && q.verb === null && !afterShare && (!own || /[,;:]\s*$/u.test(work.text.slice(q.clauseStart, q.numStart))) ? listItem(work, q) : "";
    if (item) {
      own = own ? `${item} (${own})` : item;
      q.rules.push("vi/subject/list-item");
    }
    const copula = q.verb === null || g.copula.test(q.verb);
    const contentVerb = q.verb && !copula && q.verbKind === "level" && !g.existential.test(q.verb) && !g.attributeNoun.test(q.verb) ? q.verb : "";
    let subject: string;
    let countedNoun: string | undefined;
    if (q.kind === "count" || (q.kind === "duration" && after)) {
      // The counted noun as written ("22 chỉ tiêu", "căn nhà ở xã hội"): only its end is trimmed.
      // …with the clause that says which of them ("3 sản phẩm đạt 5 sao", "14 xã đạt chuẩn …").
      // (Not what it is per: "12.5 doctors per 10,000 people".)
      const sentenceEnd = work.sentences[q.sentence]?.end ?? work.text.length;
      const from = q.per ? Math.max(q.end, q.perEnd) : q.end;
      const clauseEnd = countClauseUntil(work, Math.max(from, nounPhraseAfter(work.text, from, g.nounPhraseStop).end), sentenceEnd);
      // A bare number of a list ("9.140, 2.265 và 4.870 người") counts the noun after the list's last.
      const words = q.listEnd ? "" : clauseEnd > from ? work.text.slice(from, clauseEnd) : q.per ? "" : wordsAfter(work, q, true);
      const noun = `${q.unitText ?? ""} ${trimEnd(words, g)}`.trim();
      countedNoun = noun;
      // "số người tham gia BHXH là 186.500 người": the noun is already in the subject.
      const named = own.toLowerCase().split(/\s+/u).includes(noun.toLowerCase());
      // "Foreign arrivals reached 1.2 million": the noun counted is in the subject itself.
      subject = !noun ? own : own && own !== noun ? (copula && q.verb ? (named ? own : `${own} (${noun})`) : `${noun} (${[own, contentVerb].filter(Boolean).join(" ")})`) : noun;
      // "293 bộ dữ liệu thuộc 16 lĩnh vực": the fields of those datasets.
      const link = samePrev && !own && g.countLink.test(work.text.slice(samePrev.tailEnd, q.predicateStart));
      if (link && samePrev?.subject) subject = `${noun} (${g.ofWord} ${samePrev.subject})`;
      q.rules.push("vi/subject/counted-noun");
    } else if ((q.role === "share" || (q.kind === "percent" && (g.shareVerbs.test(q.verb ?? "") || (after !== "" && samePrev?.kind !== "percent")))) && !own && samePrev?.subject) {
      // "… là 186.500 người, đạt 34,2% lực lượng lao động": a percentage of a whole named after it,
      // about the figure before.
      subject = after ? `${samePrev.subject} (${g.versusWord} ${after})` : samePrev.subject;
      q.rules.push("vi/subject/share-of-previous");
    } else if (!q.verb && !own && samePrev?.subject && (samePrev.role === "share" || g.shareVerbs.test(samePrev.verb ?? ""))) {
      subject = `${subjectWithoutVersus(samePrev, g)}${after ? ` (${g.versusWord} ${after})` : ""}`;
      q.rules.push("vi/subject/share-list");
    } else if (after && (!own || !copula || q.verb === null) && q.kind !== "percent") {
      subject = own ? `${after} (${[own, contentVerb].filter(Boolean).join(" ")})` : after;
      q.rules.push("vi/subject/noun-after");
    } else if (after && q.kind === "percent" && (!own || g.existential.test(q.verb ?? ""))) {
      subject = own ? `${after} (${own})` : after;
      q.rules.push("vi/subject/noun-after");
    } else if (own) {
      subject = after && g.shareVerbs.test(q.verb ?? "") ? `${own} (${g.versusWord} ${after})` : contentVerb ? `${own} ${contentVerb}` : own;
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
    // (Past a semicolon, the topic of the clause the figure is in: "…; xăng dầu nhập khẩu 2 triệu tấn, trị giá 1,5 tỷ USD".)
    const sentenceFirst = firstOfSentence.get(q.sentence);
    const first = sentenceFirst && work.text.slice(sentenceFirst.tailEnd, q.predicateStart).includes(";") ? samePrev : sentenceFirst;
    if (first && first !== q && g.genericHead.test(subject) && first.topic && !subject.includes(first.topic) && !work.text.slice(first.tailEnd, q.predicateStart).includes(";")) {
      subject = `${subject} (${first.topic})`;
      q.rules.push("vi/subject/topic-of-sentence");
    }
    if (q.rules.includes("vi/comparison/growth-before-value") && q.owner) {
      const growthOwn = ownWords(work, q.owner);
      if (growthOwn) subject = growthOwn;
    }
    // "Tỷ lệ giáo viên đạt chuẩn: mầm non 91,2%, tiểu học 88,4%": an item with no verb, named by a
    // few words after a colon, is the measure the colon's lead names, for that item.
    // Right after the colon, with no words of its own, a figure counted in a bare noun ("Góp vốn, mua
    // cổ phần: 20 lượt, tổng giá trị 40 triệu USD") is the lead's measure when the lead is a noun
    // phrase, not a clause ("Thanh toán … có chuyển biến: 612 máy ATM").
    // "- Cà phê: khối lượng … 300 nghìn tấn, … nhưng trị giá đạt 1,9 tỷ USD": a label that opens
    // its item's line names the item's figures, whatever their verb, and is what they are about.
    const lead = own.split(" ").length <= 4 && !q.rules.includes("vi/subject/respectively") && (q.verb === null || itemLabelled(work.text, q.start)) ? measureBeforeColon(work, q, colonLeads) : null;
    let leadTopic: string | undefined;
    if (lead && own && subject === own && !own.includes(lead)) {
      subject = `${lead} (${own})`;
      if (itemLabelled(work.text, q.start)) leadTopic = lead;
      q.rules.push("vi/subject/item-of-lead");
    } else if (lead && !own && (!subject || (!/\s/u.test(subject) && g.subjectOnly.test(lead)) || (q.rules.includes("vi/subject/counted-noun") && itemLabelled(work.text, q.start)))) {
      subject = subject ? `${subject} (${lead})` : lead;
      countedNoun = lead;
      q.rules.push("vi/subject/item-of-lead");
    }
    // (After the colon's lead: "- Thuế thu nhập cá nhân: 2.000 tỷ đồng" is named by its own line.)
    // "Gạo: 1.284 tấn" on a line of its own under "Xuất khẩu chủ yếu 9 tháng:": the row's label.
    const rowLabel = subject || own ? null : rowLabelOf(work.text, q.start);
    if (rowLabel) {
      subject = rowLabel;
      q.rules.push("vi/subject/row-label");
    }
    if (!subject) {
      // "Lũy kế 9 tháng ước thu được 56.092 tỷ đồng": the subject of the sentence before.
      // (Records are in text order: the walk back stops at the sentences before that one.)
      let before: Quantity | undefined;
      for (let j = i - 1; j >= 0 && !before; j--) {
        const r = records[j] as Quantity;
        if (r.sentence < q.sentence - 1) break;
        if (r.sentence === q.sentence - 1 && r.subject) before = r;
      }
      if (before?.subject) {
        subject = before.subject;
        q.rules.push("vi/subject/from-previous-sentence");
      }
    }
    // "Cụ thể: huyện Vũ Thư 412,5 tỷ đồng; …", "trong đó Hà Nội tăng 0,4%": an item of a list by
    // area is the measure named before it, for that place.
    const placeOnly = own !== "" && g.placeWhole.test(own);
    const sameList = (m: { unit: string | null; sentence: number }): boolean =>
      m.unit === q.unit && (m.sentence === q.sentence || (m.sentence === q.sentence - 1 && g.continuation.test(work.text.slice(sentenceStart, sentenceStart + 40))));
    if (placeOnly && subject === own && listMeasure && sameList(listMeasure)) {
      subject = `${listMeasure.subject} (${own})`;
      q.rules.push("vi/subject/measure-of-list");
    } else if (!placeOnly && subject) {
      listMeasure = { subject, unit: q.unit, sentence: q.sentence };
    }
    // "Ninh Binh ranked 5th … in tourism revenue growth": what the place is in.
    if (q.rankedIn && !subject.includes(q.rankedIn)) subject = subject ? `${subject} (${q.rankedIn})` : q.rankedIn;
    if (!subject) {
      subject = q.unitText ?? q.unit ?? "?";
      warn(work, "no-subject", `no subject found for "${work.text.slice(q.start, q.end)}"`, q.start, q.end);
      q.rules.push("vi/subject/none");
    }
    q.subject = subject;
    // What the sentence is about: "12 dự án FDI, với tổng vốn …" is about the projects.
    q.topic = leadTopic ?? topicOf(own, g) ?? countedNoun;
    if (!firstOfSentence.has(q.sentence)) firstOfSentence.set(q.sentence, q);
    const area = areaOf(work, q, placeCache);
    if (area) q.area = area;
    carryStatus(work, q, samePrev);
  }
}

interface ColonLead {
  colon: number;
  measure: string | null;
}

/**
 * The measure a list's lead names before the first colon of the figure's sentence, when the figure
 * is an item after it and no figure stands in the lead: "Tỷ lệ giáo viên đạt chuẩn" of "Tỷ lệ giáo
 * viên đạt chuẩn: mầm non 91,2%"; null for a lead that names nothing ("Cụ thể:", "Trong đó:").
 * Found once per sentence.
 */
function measureBeforeColon(work: Work, q: Quantity, cache: Map<number, ColonLead | null>): string | null {
  let known = cache.get(q.sentence);
  if (known === undefined) {
    known = null;
    const s = work.sentences[q.sentence];
    const at = s ? work.text.slice(s.start, s.end).indexOf(":") : -1;
    const colon = s && at >= 0 ? s.start + at : -1;
    if (s && colon >= 0) {
      const g = work.language.grammar;
      // (No figure may stand in it; the digits of its periods are no figure: "Trong 9 tháng năm 2026, …:",
      // nor a number that only says which: "Tỉ lệ huy động trẻ 5 tuổi ra lớp:", "học sinh lớp 9:".)
      const lead = within(work.quantities, s.start, colon).some((f) => f.isRecord) ? "" : trimSubject(blankMentions(work, work.text.slice(s.start, colon), s.start), g);
      known = { colon, measure: lead.split(" ").length >= 2 && !g.continuation.test(lead) ? lead : null };
    }
    cache.set(q.sentence, known);
  }
  return known !== null && known.colon < q.clauseStart ? known.measure : null;
}

function subjectWithoutVersus(q: Quantity, g: Grammar): string {
  const subject = q.subject ?? "";
  const at = subject.lastIndexOf(` (${g.versusWord} `);
  return at > 0 && subject.endsWith(")") ? subject.slice(0, at) : subject;
}

/** The part of a subject that names who or what the sentence is about: "khu vực công nghiệp, xây dựng". */
function topicOf(own: string, g: Grammar): string | undefined {
  const t = own.replace(g.changeTail, "").trim();
  return t && !g.genericHead.test(t) ? t : undefined;
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
  const g = work.language.grammar;
  const phrase = scope.slice(at).split(g.anaphorStop)[0] ?? "";
  const t = trimSubject(phrase, g);
  return t.length > head.length ? t : null;
}

/**
 * "đàn dê ước có 54,3 nghìn con; đàn ngựa 3,1 nghìn con": a level with no verb of its own, after
 * a comma or a semicolon, is the next item of the list the estimate opened, unless a period or a
 * result ("đã đạt") comes between. The items of such a list are counted alike: "trị giá ước tính
 * 50 tỷ đồng; khởi tố 5 vụ" goes on to another matter.
 */
function verblessItem(work: Work, q: Quantity, samePrev: Quantity, gap: string): boolean {
  return q.verb === null && q.role === "level" && samePrev.role === "level" && q.unit === samePrev.unit && /[;,]/u.test(gap) && within(work.periods, samePrev.tailEnd, q.predicateStart).length === 0 && !work.language.grammar.pastMarker.test(gap);
}

// How many figures back an estimate said once may go on over a list.
const LIST_REACH = 24;

/**
 * "ngành nông nghiệp ước tăng 3,6%, đóng góp 0,4 điểm phần trăm; ngành công nghiệp tăng 8,5%; …": an
 * estimate said once in a sentence goes on over the clauses after it that say the same of something
 * else (a figure of the same role and unit), while none names a period of its own or says a result
 * ("đã"). Not where the sentence said it twice already ("EU ước đạt …; ASEAN ước đạt …; trong khi
 * Nhật Bản … đạt 22,1 tỷ USD"): its writer marks each clause that is one.
 */
function estimateOfList(work: Work, q: Quantity): Quantity["status"] {
  let said = 0;
  let alike: Quantity | undefined;
  // The figure of another sort nearest before this one.
  let other: Quantity | undefined;
  // (Among the last few figures of the sentence: a list's clauses are near, and a long sentence stays linear.)
  const at = lowerBound(work.quantities, q.start);
  for (let k = at - 1; k >= 0 && k >= at - LIST_REACH; k--) {
    const o = work.quantities[k] as Quantity;
    if (o.sentence !== q.sentence) break;
    if (!o.isRecord) continue;
    if (o.status !== null && !o.rules.includes("vi/status/carried")) said++;
    if (!alike && o.role === q.role && o.unit === q.unit) alike = o;
    else if (!alike) other ??= o;
  }
  // (A clause of another sort in between ends the list: "… ước tính 18 tỷ đồng; tiêu hủy 35 tấn; nộp 6 tỷ đồng".)
  if (!alike || !provisional(alike.status) || said >= 2 || (other && work.text.slice(alike.tailEnd, other.start).includes(";"))) return null;
  const gap = work.text.slice(alike.tailEnd, q.predicateStart);
  const ownPeriod = within(work.periods, alike.tailEnd, q.predicateStart).some((p) => !p.baseline);
  return gap.includes(";") && !ownPeriod && !work.language.grammar.pastMarker.test(gap) ? alike.status : null;
}

/**
 * Status words govern more than their own clause: a target or forecast the rest of its sentence
 * ("mục tiêu ... là đón X, trong đó có Y"), an estimate or a preliminary figure the parts that
 * follow "trong đó" or "và" ("sơ bộ đạt 680 tỷ USD, trong đó xuất khẩu tăng 16%").
 */
function carryStatus(work: Work, q: Quantity, samePrev: Quantity | undefined): void {
  // (A table's cell has the status of its column, its lead or its note, not of the cell before it.)
  if (q.status || (q.cell && samePrev?.cell)) return;
  if (samePrev?.status) carryFrom(work, q, samePrev);
  if (!q.cell) q.status ??= estimateOfList(work, q);
  if (q.status) q.rules.push("vi/status/carried");
}

/** The status of the figure before in its sentence, where it governs this one too. */
function carryFrom(work: Work, q: Quantity, samePrev: Quantity): void {
  const g = work.language.grammar;
  // (From the end of the changes and attainments the figure before carries in its clause: "ước đạt
  // 2,5 tỷ USD, tăng 30% … và chiếm 90%".)
  let from = samePrev.tailEnd;
  for (let k = lowerBound(work.quantities, samePrev.end); k < work.quantities.length; k++) {
    const o = work.quantities[k] as Quantity;
    if (o.start >= q.start) break;
    if (o.owner === samePrev && (o.role === "change" || o.role === "attainment") && !work.text.slice(from, o.start).includes(";")) from = Math.max(from, o.tailEnd);
  }
  const gap = work.text.slice(from, q.predicateStart);
  // A list of targets goes on across semicolons ("phấn đấu GRDP tăng 9%; thu ngân sách 14.000 tỷ
  // đồng; …") while no clause names a period of its own (not one the first clause named too:
  // "phấn đấu bán lẻ cả năm đạt …; xuất khẩu cả năm đạt …"), a result or a status of its own.
  // Only a target set for the whole sentence ("phấn đấu", "mục tiêu"), not a planned thing
  // ("giường bệnh kế hoạch là 6.150 giường; công suất … 108%").
  const governs = samePrev.rules.includes("vi/status/carried") || g.targetLead.test(work.text.slice(samePrev.clauseStart, samePrev.numStart));
  const named = new Set(within(work.periods, samePrev.clauseStart, samePrev.numStart).map((p) => foldKey(p.text)));
  // (A clause's own period that ends no earlier than the target's is one more target: "phấn đấu
  // tháng 8 đón 2,2 triệu lượt khách; cả năm 2025 đón 19 triệu lượt".)
  const ownPeriod = within(work.periods, from, q.predicateStart).some((p) => !named.has(foldKey(p.text))) && !(samePrev.status === "target" && endsNoEarlier(q.period, samePrev.period));
  const listGoesOn = !gap.includes(";") || (governs && !ownPeriod && !g.pastMarker.test(gap));
  if ((samePrev.status === "target" || samePrev.status === "forecast") && listGoesOn && !g.ownPredicateAtEnd.test(gap)) {
    q.status = samePrev.status;
  } else if (provisional(samePrev.status) && (g.partsFollow.test(gap) || samePrev.estimateGoesOn || g.joinedByAnd.test(gap) || g.equivalentVerb.test(q.verb ?? "") || verblessItem(work, q, samePrev, gap))) {
    q.status = samePrev.status;
    q.estimateGoesOn = g.partsFollow.test(gap) || Boolean(samePrev.estimateGoesOn);
  }
}
