// Hostile inputs at two sizes: time must grow in proportion (ratio <= 1.3) and stay under 1 s per MB.
// Run alone with `node bench/adversarial.mjs` (after a build), or as part of `npm run bench`.
import { extract } from "../dist/index.js";

const MB = 1024 * 1024;
const repeatTo = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));

/** Each case builds a text of about `bytes` UTF-8 bytes. */
export const cases = [
  ["a line of digits", (b) => repeatTo("1234567890", b)],
  ['"1.1.1.1…"', (b) => repeatTo("1.", b)],
  ['"1,1,1,…"', (b) => repeatTo("1,", b)],
  ['"tăng " repeated', (b) => repeatTo("tăng ", b)],
  ['"%" repeated', (b) => repeatTo("%", b)],
  ['"tỷ" repeated', (b) => repeatTo("tỷ ", b)],
  ["no punctuation at all", (b) => repeatTo("doanh thu đạt 5 tỷ đồng tăng 3 phần trăm so với cùng kỳ ", b)],
  ["nested parentheses", (b) => { const n = Math.floor(b / 24); return `${"(".repeat(n)}đạt 5 tỷ đồng${")".repeat(n)} tăng 2% ${"(".repeat(n)}`; }],
  ["figures only, glued", (b) => repeatTo("5tỷ3%2,1đồng", b)],
  // Each figure's period is looked for after it, past its baseline: not over the whole rest of the text.
  // A unit note governs the short lines after it, up to a bound: not every line to the text's end.
  // Words that name nothing, many in one clause before a change: read in linear time, not by
  // trying every way to split them ("was up" = "was" + "up").
  ["linking words, one clause", (b) => `Doanh thu đạt 5 tỷ đồng,${repeatTo(" mới chỉ", b)} xyz tăng 5%.`],
  ["linking words (English)", (b) => `Revenue reached 5 trillion dong,${repeatTo(" was up", b)} xyz up 5%.`],
  ["number words before nouns", (b) => repeatTo("xảy ra hai vụ cháy, ", b)],
  ["unit notes, short lines", (b) => repeatTo("(đơn vị: tỷ đồng):\nThu: 12\n", b)],
  ["figures, one period at the end", (b) => `${repeatTo("Doanh thu đạt 5 tỷ đồng, tăng 3% so với cùng kỳ. ", b)}Số liệu năm 2024.`],
];

/** Median of three timed runs after a warm-up on a slice. */
function timeOf(text) {
  extract(text.slice(0, 1000));
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = process.hrtime.bigint();
    extract(text);
    runs.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return runs.sort((a, b) => a - b)[1];
}

export function runAdversarial({ small = 0.25 * MB, large = 1 * MB, log = console.log } = {}) {
  log(`Adversarial inputs: ${(small / MB).toFixed(2)} MB and ${(large / MB).toFixed(2)} MB; growth = time(large) / (k × time(small))`);
  log(`  ${"case".padEnd(26)} ${"s small".padStart(8)} ${"s large".padStart(8)} ${"s per MB".padStart(9)} ${"growth".padStart(7)}  verdict`);
  let worst = 0;
  let allOk = true;
  for (const [name, make] of cases) {
    const a = make(small);
    const b = make(large);
    const ta = timeOf(a);
    const tb = timeOf(b);
    const k = Buffer.byteLength(b) / Buffer.byteLength(a);
    const growth = tb / (k * Math.max(ta, 1e-6));
    const perMB = tb / (Buffer.byteLength(b) / MB);
    const ok = growth <= 1.3 && perMB < 1;
    allOk &&= ok;
    worst = Math.max(worst, growth);
    log(`  ${name.padEnd(26)} ${ta.toFixed(3).padStart(8)} ${tb.toFixed(3).padStart(8)} ${perMB.toFixed(3).padStart(9)} ${growth.toFixed(2).padStart(7)}  ${ok ? "ok" : "SLOW"}`);
  }
  return { worst, allOk };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { worst, allOk } = runAdversarial();
  console.log(`adversarial: worst growth ${worst.toFixed(2)} · ${allOk ? "all linear and under 1 s per MB" : "SOME CASES SLOW"}`);
}
