import type { Quantity, Work } from "./work.js";

// Clause breaks inside a sentence: the subject of a figure never reaches across these.
const CLAUSE_BREAK = /[;:]/gu;
const PLAN_AFTER = /^\s*(?:\)\s*)?(?:,\s*)?(?:so với|so)?\s*(?:kế hoạch|KH|dự toán|mục tiêu|chỉ tiêu|cùng kỳ|cùng thời điểm|tháng trước|quý trước|năm trước|năm ngoái)/iu;
const EXCEED_BEFORE = /vượt\s*$/iu;
const BASELINE_DESCRIPTION = /(?:so với|so|hơn|xấp xỉ|cùng kỳ có|cùng kỳ)\s+(?:mức\s+)?(?:tăng|giảm)?\s*$/iu;
const TARGET_WORDS = /(?:mục tiêu|kế hoạch|chỉ tiêu)[^.;]{0,30}$/iu;
const ANAPHOR = /(?:tỷ lệ|con số|mức|chỉ số|giá trị)\s+này\b/iu;

/**
 * Reads the words before each figure (status, verb, qualifier), where its clause starts, and what
 * role it plays: a level, a change, an attainment of a plan, a baseline or a target of another.
 */
export function readPredicates(work: Work): void {
  const { text, language } = work;
  const qs = work.quantities;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const sentence = work.sentences[q.sentence];
    if (!sentence) continue;
    const prev = qs[i - 1];
    const prevEnd = prev && prev.sentence === q.sentence ? prev.end : sentence.start;
    let clauseStart = Math.max(sentence.start, prevEnd);
    const breaks = [...text.slice(clauseStart, q.start).matchAll(CLAUSE_BREAK)];
    const lastBreak = breaks[breaks.length - 1];
    if (lastBreak) clauseStart += lastBreak.index + 1;
    q.clauseStart = clauseStart;

    const pred = language.predicateBefore(text, clauseStart, q.numStart);
    q.predicateStart = pred.start;
    q.verb = pred.verb;
    q.verbKind = pred.verbKind;
    if (pred.qualifier && !q.qualifier) q.qualifier = pred.qualifier;
    q.status = pred.status ?? language.statusIn(text, clauseStart, pred.start)?.value ?? null;
    if (pred.glued) q.rules.push("vi/predicate/glued");
    q.inParens = /\(\s*(?:\S+\s+){0,3}$/u.test(text.slice(Math.max(clauseStart, q.predicateStart - 1), q.numStart)) && /\(\s*$/u.test(text.slice(clauseStart, q.predicateStart));

    const before = text.slice(Math.max(sentence.start, q.predicateStart - 40), q.predicateStart);
    const after = text.slice(q.end, q.end + 40);

    // A number with no unit is a figure only as a change next to others ("tăng 0,18 ...") or a ratio.
    if (!q.unit) {
      if (q.verbKind === "ratio") {
        q.unit = "times";
        q.kind = "times";
      } else if (q.verbKind === "change-up" || q.verbKind === "change-down") {
        const sibling = qs.find((o) => o !== q && o.sentence === q.sentence && o.kind === "percent");
        if (sibling && !q.scale) {
          q.unit = "%";
          q.kind = "percent";
          q.rules.push("vi/quantity/unit-from-sibling");
        }
      }
      if (!q.unit && q.scale) {
        // "(đạt 584 tỷ)": a scale alone takes the unit of the nearest figure before it with a scale.
        const near = [...qs.slice(0, i)].reverse().find((o) => o.sentence === q.sentence && o.scale && o.unit);
        if (near) {
          q.unit = near.unit;
          q.kind = near.kind;
          q.rules.push("vi/quantity/unit-from-context");
        }
      }
      if (!q.unit) {
        q.role = "drop";
        continue;
      }
    }

    const verbKind = q.verbKind;
    if (q.kind === "times" || verbKind === "ratio") {
      q.role = "change";
      q.direction = /giảm/iu.test(q.verb ?? "") ? "decrease" : "increase";
      q.rules.push("vi/role/ratio");
    } else if (verbKind === "change-up" || verbKind === "change-down") {
      q.role = "change";
      q.direction = verbKind === "change-up" ? "increase" : "decrease";
      q.rules.push("vi/role/change");
      if (/^mức/iu.test(q.verb ?? "") && BASELINE_DESCRIPTION.test(text.slice(clauseStart, q.predicateStart + (q.verb?.length ?? 0)).replace(/\s*(?:mức\s+)?(?:tăng|giảm)\s*$/iu, " mức tăng"))) {
        q.role = "drop";
        q.rules.push("vi/role/baseline-description");
      }
    } else if (EXCEED_BEFORE.test(text.slice(clauseStart, q.numStart)) && q.kind === "percent" && PLAN_AFTER.test(after)) {
      q.role = "change";
      q.direction = "increase";
      q.qualifier = null;
      q.rules.push("vi/role/exceed-plan");
    } else if (verbKind === "attainment" && q.kind === "percent" && PLAN_AFTER.test(after)) {
      q.role = "attainment";
      q.rules.push("vi/role/attainment");
    } else if (verbKind === "attainment" && /bằng/iu.test(q.verb ?? "") && q.kind === "percent") {
      q.role = "share";
      q.rules.push("vi/role/share-of-other");
    } else if (prev && prev.sentence === q.sentence && TARGET_WORDS.test(text.slice(clauseStart, q.numStart).replace(/[()]/gu, " ")) && !hasOwnWords(text.slice(clauseStart, q.numStart))) {
      q.role = "plan-value";
      q.rules.push("vi/role/plan-value");
    } else if (ANAPHOR.test(text.slice(clauseStart, q.numStart)) && prev && prev.sentence === q.sentence) {
      q.role = "baseline-value";
      q.rules.push("vi/role/anaphoric-baseline");
    } else {
      q.role = "level";
    }
    void before;

    // "có kim ngạch tăng trên 1 tỷ USD", "tăng từ 1 tỷ USD trở lên": a threshold describing a count.
    if (q.role === "change" && q.kind !== "percent" && prev && prev.sentence === q.sentence && prev.kind === "count" && !/[;,.]/u.test(text.slice(prev.end, q.start))) {
      q.role = "drop";
      q.rules.push("vi/role/threshold");
    }
    if (/từ\s*$/iu.test(text.slice(clauseStart, q.numStart)) && q.qualifier === "at least" && q.role !== "level") {
      q.role = "drop";
      q.rules.push("vi/role/threshold");
    }
  }
}

// True when a stretch has words of its own beyond target words and fillers: "mục tiêu năm 2019 là đón" has "đón".
function hasOwnWords(s: string): boolean {
  const rest = s
    .replace(/[(),;:]/gu, " ")
    .replace(/(?:trong khi|còn|và|mục tiêu|kế hoạch|chỉ tiêu|đề ra|giao|dự kiến|cả năm|là|đạt|so với|so|năm\s+\d{4}|năm)/giu, " ")
    .trim();
  return /[\p{L}]{2,}/u.test(rest);
}
