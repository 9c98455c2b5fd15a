// Where a noun phrase after a figure stops: punctuation, a digit, or a word that starts a predicate
// or a complement ("tăng", "so với", "trong", "của cả", "vào").
const NP_STOP = /[,;:.()"“”!?…\n–\-/]|\d|(?<![\p{L}\p{M}])(?:tăng|giảm|đạt|là|và|so với|so|với|trong|chiếm|tương đương|tương ứng|từ|của cả|nhưng|khi|do|vì|để|trên tổng|trong tổng|đã|sẽ|đều|hay|hoặc|nên|mà|trước|sau|cao|thấp|vào|năm|này|đó|thuộc|gồm|như|trở lên|trở xuống)(?![\p{L}\p{M}])/iu;

/** The words after `pos` up to the first stop, at most eight of them: "cơ sở dữ liệu mở". */
export function nounPhraseAfter(text: string, pos: number): { text: string; end: number } {
  const rest = text.slice(pos, pos + 80);
  const stop = NP_STOP.exec(rest);
  const raw = stop ? rest.slice(0, stop.index) : rest;
  const trimmed = raw.replace(/\s+$/u, "");
  if (trimmed.trim().split(/\s+/u).length > 8) return { text: "", end: pos };
  return { text: trimmed.trim(), end: pos + trimmed.length };
}
