import { isWhiteSpace } from "../text/units.js";

/** The words after `pos` up to the first stop, at most eight of them: "cơ sở dữ liệu mở". */
export function nounPhraseAfter(text: string, pos: number, stop: RegExp): { text: string; end: number } {
  const rest = text.slice(pos, pos + 80);
  const m = stop.exec(rest);
  let end = m ? m.index : rest.length;
  while (end > 0 && isWhiteSpace(rest.charCodeAt(end - 1))) end--;
  const words = rest.slice(0, end).trim();
  // (Counted by the runs of spaces between them: a call of its own for every figure.)
  let gaps = 0;
  for (let i = 1; i < words.length; i++) if (isWhiteSpace(words.charCodeAt(i)) && !isWhiteSpace(words.charCodeAt(i - 1))) gaps++;
  if (gaps >= 8) return { text: "", end: pos };
  return { text: words, end: pos + end };
}

// The words of an item of a list after its figure: up to a comma, a semicolon, a full stop or "và".
const ITEM = /^ ([^,;.:()\d]{2,80}?)(?=[,;.]| và |$)/u;

/**
 * "55% được đốt phát điện, 30% chôn lấp": the words that name an item of a list, right after its
 * figure, whatever they are (a verb phrase too), up to the end of the item.
 */
export function itemAfter(text: string, pos: number, limit = text.length): { text: string; end: number } {
  const m = ITEM.exec(text.slice(pos, Math.min(limit, pos + 90)));
  return m ? { text: (m[1] as string).trim(), end: pos + m[0].length } : { text: "", end: pos };
}

// "a)", "đ)", "1.", "2)", "(3)", "(b)": the marker of an item of a list.
export const ITEM_MARKER = "(?:(?:[a-zđ]|\\d{1,2})[.)]|\\((?:[a-zđ]|\\d{1,2})\\))";
// "-", "•", "–": a bullet before an item of a list.
export const BULLET_MARK = "[-+•*–—]";
// A line that is an item of a list: it opens with a dash, a bullet, an item's marker, or a table's pipe.
export const LIST_ITEM = new RegExp(`^[ \\t]*(?:${BULLET_MARK}[ \\t]|${ITEM_MARKER}[ \\t]+\\S|\\|[ \\t]*\\S)`, "u");

// "Gạo: ", "- Cà phê: ", "1. Thu từ DNNN trung ương: ": a label and its colon opening a line, right
// before its value; looked for at most this far back (a long line is no table row).
const ROW_LABEL = new RegExp(`^[ \\t]*(?:(?:${BULLET_MARK}|${ITEM_MARKER})[ \\t]*)?([^\\d\\n:;]{1,80}?)[ \\t]*:[ \\t]*$`, "u");
const ROW_REACH = 120;

/** The label of the table row whose value a figure at `pos` opens ("Gạo: 1.284 tấn" → "Gạo"), or null. */
export function rowLabelOf(text: string, pos: number): string | null {
  const from = Math.max(0, pos - ROW_REACH);
  const window = text.slice(from, pos);
  const line = window.lastIndexOf("\n");
  if (line < 0 && from > 0) return null;
  return ROW_LABEL.exec(window.slice(line + 1))?.[1]?.trim() || null;
}
