// Extract the records of the bundled example report and print one short line per record.
//
//   npx tsx examples/basic.ts
//
// It first prints the JSON record of one sentence (the output block in README.md comes from here),
// then one line per record of examples/bao-cao-mau.txt:
//   subject · value unit · period · comparisons
import { readFileSync } from "node:fs";
import { extract, type Comparison, type IndicatorRecord } from "../src/index.js";

const sentence =
  "Doanh thu công nghiệp công nghệ thông tin năm 2024 đạt 838 tỷ đồng, tăng so với năm 2023 (đạt 584 tỷ đồng).";
console.log(JSON.stringify(extract(sentence).records, null, 2));
console.log();

const text = readFileSync(new URL("./bao-cao-mau.txt", import.meta.url), "utf8");
const { records, warnings, document } = extract(text);

function describeComparison(c: Comparison): string {
  const parts: string[] = [c.period ? `${c.against} ${c.period}` : c.against];
  if (c.change) {
    const sign = c.change.direction === "decrease" ? "-" : c.change.direction === "increase" ? "+" : "±";
    const amount =
      c.change.value === undefined
        ? ""
        : c.change.kind === "times"
          ? `×${c.change.value}`
          : c.change.kind === "points"
            ? `${c.change.value}pp`
            : c.change.kind === "percent"
              ? `${c.change.value}%`
              : c.change.value;
    parts.push(`${sign}${amount}`);
  }
  if (c.value !== undefined) parts.push(`was ${c.value}`);
  if (c.attainment !== undefined) parts.push(`${c.attainment}% attained`);
  return parts.join(" ");
}

function describe(r: IndicatorRecord): string {
  const value = r.valueMax === undefined ? r.value : `${r.value}–${r.valueMax}`;
  const unit = r.per === undefined ? r.unit : `${r.unit}/${r.per}`;
  const flags = [r.qualifier, r.status].filter((f) => f !== null).join(", ");
  return [
    r.subject,
    `${value} ${unit}${flags ? ` (${flags})` : ""}`,
    r.period ?? "no period",
    r.comparisons.map(describeComparison).join("; ") || "—",
  ].join(" · ");
}

console.log(`${records.length} records, document period ${document.period ?? "unknown"}`);
for (const r of records) console.log(describe(r));

if (warnings.length > 0) {
  console.log(`\n${warnings.length} warnings`);
  for (const w of warnings) console.log(`${w.code}: ${w.message}`);
}
