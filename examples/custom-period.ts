// The `period` and `date` options, for a text that only says "năm nay" (this year).
//
//   npx tsx examples/custom-period.ts
//
// - `date` is the publication date (ISO 8601), e.g. from a crawler's metadata: its year
//   resolves "năm nay" and "năm trước" when the text itself names no year.
// - `period` is the reference period the caller already knows (an SDMX time period such as
//   "2024", "2024-Q3", "2024-10" or "2024-01/2024-10"); it governs figures whose sentence names
//   no period of its own.
import { extract, type ExtractOptions } from "../src/index.js";

const text =
  "Năm nay, doanh thu dịch vụ bưu chính của tỉnh đạt 69,3 tỷ đồng, tăng 18% so với năm trước.";

const runs: Array<[string, ExtractOptions]> = [
  ["no options", {}],
  ["date: 2024-12-27", { date: "2024-12-27" }],
  ["period: 2024", { period: "2024" }],
];

for (const [label, options] of runs) {
  const { records, document } = extract(text, options);
  console.log(`${label}: document period ${document.period ?? "null"} (from ${document.periodSource})`);
  for (const r of records) {
    const baselines = r.comparisons.map((c) => c.period ?? "?").join(", ");
    console.log(`  ${r.subject} = ${r.value} ${r.unit}, period ${r.period ?? "null"}, compared with ${baselines || "—"}`);
  }
}
