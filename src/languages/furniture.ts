import { alternation } from "../grammar/alternation.js";
import type { Ranged } from "../text/ranges.js";

/** A language's words for page furniture: headings of link lists, caption leads, figure labels, counters. */
export interface FurnitureWords {
  linkHeadings: readonly string[];
  photoCaptions: readonly string[];
  figureLabels: readonly string[];
  agencies: readonly string[];
  counters: readonly string[];
}

// ">> Đà Nẵng đón 3 triệu lượt khách", "» Top 10 điểm đến": a link to another page.
const LINK_LINE = /^\s*(?:>>|»|›|≫)/u;
// "- Quảng Bình thu 1.000 tỷ đồng từ du lịch", "• Top 5 điểm check-in": an item of a list.
const LIST_ITEM = /^\s*[-–•*+]\s/u;
// A headline is short and ends without a full stop; a line longer or ending with one is prose.
const MAX_HEADLINE = 160;
const MAX_ITEM = 240;
const PROSE_END = /[.;…]\s*$/u;
// "du-khach-da-nang-2025.jpg", "IMG 2024 0512.JPG" (its "_" read as spaces): an image's file name alone on its line.
const IMAGE_FILE = /^\s*\(?[^\s.,;:!?()]+(?: [^\s.,;:!?()]+){0,5}\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic)\)?\s*$/iu;
// How much of a line's end the credit is looked for in.
const CREDIT_WINDOW = 90;

/**
 * The lines of a scraped page that are no part of its text: links to other articles (">> …", and
 * the headlines listed under "Xem thêm:" up to a blank line or a paragraph of prose), captions of
 * pictures and charts, image file names, and the page's counters of views and comments. Whole
 * lines, as ranges of `text`.
 */
export function furnitureFinder(words: FurnitureWords): (text: string) => Ranged[] {
  // "Xem thêm:", "Tin liên quan", "Related news >>": the heading of a list of links.
  const LINK_HEADING = new RegExp(`^\\s*(?:${alternation(words.linkHeadings)})\\s*(?::|>>|»|$)`, "iu");
  // "Ảnh: Minh Hoàng", "(Ảnh minh họa)", "Hình 3: Biểu đồ lượt khách": a caption opening its line.
  const CAPTION_LEAD = new RegExp(`^\\s*\\(?(?:(?:${alternation(words.photoCaptions)})|(?:${alternation(words.figureLabels)})\\s+\\d+)\\s*(?:[:.)]|$)`, "u");
  // "Du khách tham quan cầu Rồng. Ảnh: Minh Hoàng": a caption ending with its credit.
  const CAPTION_CREDIT = new RegExp(`(?:^|[\\s.(])\\(?(?:${alternation(words.photoCaptions)})\\s*:\\s*[^.:;\\n]{1,60}\\)?\\s*$`, "u");
  // "(0) Bình luận | 1.245 lượt xem", "1,245 views · 12 comments": a line of a page's counters.
  const COUNTERS = new RegExp(`^\\s*(?:[(\\[]?\\d[\\d.,]*[)\\]]?\\s*(?:${alternation(words.counters)})\\s*(?:[|·•,/-]\\s*)?)+$`, "iu");
  // "By Thanh Nga | Updated: 10:45 | Views: 1,284": a byline whose counter is named before its number.
  const NAMED_COUNTER = new RegExp(`(?:^|[|·•])\\s*(?:${alternation(words.counters)})\\s*:\\s*\\d[\\d.,]*(?![\\d.,])`, "iu");
  const isCaption = (line: string): boolean =>
    IMAGE_FILE.test(line) || CAPTION_LEAD.test(line) || CAPTION_CREDIT.test(line.slice(-CREDIT_WINDOW)) || (line.length <= MAX_HEADLINE && (COUNTERS.test(line) || NAMED_COUNTER.test(line)));
  // "Ha Noi, October 6 (VNA) – ", "Hà Nội, 6/10 (TTXVN) - ", "HCM CITY — ": the dateline that opens
  // an article's first paragraph; its date is no period of the figures. A heading in capitals is
  // none: it has no prose after its dash ("TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2026"), and it may open
  // with a section's number ("I. TÌNH HÌNH KINH TẾ - XÃ HỘI: …").
  const DATELINE = new RegExp(
    `^[ \\t]*(?:(?:\\p{Lu}[\\p{L}\\p{M}.'’]*(?:[ \\t]+[\\p{L}\\p{M}.'’]+){0,3}[ \\t]*,[ \\t]*)?[^()\\n]{0,24}\\((?:${alternation(words.agencies)})\\)|(?![IVXLC]+[.)][ \\t])\\p{Lu}[\\p{Lu}\\p{M} .]{2,30}?)[ \\t]*[–—-]+[ \\t]*(?=\\p{Lu}[^\\n]*\\p{Ll})`,
    "u",
  );
  return (text) => findFurniture(text, LINK_HEADING, isCaption, DATELINE);
}

function findFurniture(text: string, linkHeading: RegExp, isCaption: (line: string) => boolean, dateline: RegExp): Ranged[] {
  const out: Ranged[] = [];
  // After a heading of links: whether an item has come yet (a blank line before the first is allowed).
  let list: { items: number } | null = null;
  // Whether a paragraph of prose has come yet: only the first may open with a dateline.
  let sawText = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const blank = !line.trim();
    let furniture = false;
    if (blank) {
      if (list && list.items > 0) list = null;
    } else if (linkHeading.test(line)) {
      furniture = true;
      list = { items: 0 };
    } else if (LINK_LINE.test(line) || isCaption(line)) {
      furniture = true;
      if (list) list.items++;
    } else if (list) {
      const item = LIST_ITEM.test(line) ? line.length <= MAX_ITEM : line.length <= MAX_HEADLINE && !PROSE_END.test(line);
      if (item) {
        furniture = true;
        list.items++;
      } else list = null;
    }
    if (furniture) out.push({ start, end });
    else if (!blank && !sawText) {
      // The first line of text may open with a dateline: that much of it is set aside.
      const lead = dateline.exec(line);
      if (lead) out.push({ start, end: start + lead[0].length });
    }
    if (!blank && !furniture) sawText = line.length > MAX_HEADLINE || PROSE_END.test(line) ? true : sawText;
    start = end + 1;
  }
  return out;
}
