import Decimal from "decimal.js";

// Values in reports reach 10^16 and beyond (1,2 triệu tỷ đồng); 60 significant digits is plenty,
// and toFixed never switches to exponent notation.
export const D = Decimal.clone({ precision: 60, toExpNeg: -60, toExpPos: 60 });
export type Dec = InstanceType<typeof D>;

/** A plain decimal string: "838000000000", "-0.7". No exponent, no trailing zeros. */
export function toPlain(d: Dec): string {
  const s = d.toFixed();
  if (!s.includes(".")) return s === "-0" ? "0" : s;
  // The zeros that end it, then the point if nothing follows it (by hand: this runs for every figure).
  let end = s.length;
  while (s.charCodeAt(end - 1) === 0x30) end--;
  if (s.charCodeAt(end - 1) === 0x2e) end--;
  const trimmed = s.slice(0, end);
  return trimmed === "-0" ? "0" : trimmed;
}

const powers = new Map<number, Dec>();

/** 10^exponent, exactly; the few exponents scales use are computed once. */
export function pow10(exponent: number): Dec {
  let p = powers.get(exponent);
  if (!p) {
    p = new D(10).pow(exponent);
    powers.set(exponent, p);
  }
  return p;
}
