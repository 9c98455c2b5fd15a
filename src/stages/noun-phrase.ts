/** The words after `pos` up to the first stop, at most eight of them: "cơ sở dữ liệu mở". */
export function nounPhraseAfter(text: string, pos: number, stop: RegExp): { text: string; end: number } {
  const rest = text.slice(pos, pos + 80);
  const m = stop.exec(rest);
  const raw = m ? rest.slice(0, m.index) : rest;
  const trimmed = raw.replace(/\s+$/u, "");
  if (trimmed.trim().split(/\s+/u).length > 8) return { text: "", end: pos };
  return { text: trimmed.trim(), end: pos + trimmed.length };
}
