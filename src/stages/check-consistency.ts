import { D } from "../numbers/decimal.js";
import { warn, type Work } from "./work.js";

/**
 * Warns when a record's stated growth does not match its own value and baseline by more than
 * rounding: "đạt 838 tỷ, tăng 50% (năm trước 584 tỷ)" says 43.5%, not 50%. The figures are kept as
 * written; the warning tells the reader which one to doubt.
 */
export function checkConsistency(work: Work): void {
  for (const q of work.quantities) {
    if (!q.isRecord) continue;
    for (const c of q.comparisons) {
      if (!c.value || c.value.isZero() || !c.change?.value || !c.change.kind) continue;
      const stated = c.change.value.abs();
      let computed;
      if (c.change.kind === "percent") computed = q.value.div(c.value).minus(1).times(100).abs();
      else if (c.change.kind === "times") computed = q.value.div(c.value);
      else if (c.change.kind === "absolute") computed = q.value.minus(c.value).abs();
      else continue;
      // Rounding of the stated figure (half its last digit) and 2% of it for the baseline's own rounding.
      const decimals = stated.decimalPlaces();
      const tolerance = new D(10).pow(-decimals).div(2).plus(stated.times("0.02"));
      if (computed.minus(stated).abs().gt(tolerance)) {
        warn(
          work,
          "inconsistent-figures",
          `the stated ${c.change.kind} change ${stated.toFixed()} does not match the value ${q.value.toFixed()} against the baseline ${c.value.toFixed()} (that is ${computed.toDecimalPlaces(2).toFixed()})`,
          q.start,
          q.end,
        );
        q.rules.push("check/inconsistent-figures");
      }
    }
  }
}
