/** Scale words: power of ten → surface forms. "1,5 nghìn tỷ" multiplies: 1.5 × 10^12. */
export const scales = {
  "2": ["trăm"],
  "3": ["nghìn", "ngàn"],
  "4": ["vạn"],
  "6": ["triệu"],
  "9": ["tỷ", "tỉ"],
  "12": ["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"],
  "15": ["triệu tỷ", "triệu tỉ"],
} as const;
