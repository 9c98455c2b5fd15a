/** Scale words: power of ten → surface forms. "1.5 trillion" is 1.5 × 10^12. */
export const scales = {
  "2": ["hundred"],
  "3": ["thousand"],
  "6": ["million", "mn", "mln"],
  "9": ["billion", "bn", "bln"],
  "12": ["trillion", "tn"],
  "15": ["quadrillion"],
} as const;
