/** Written-out numbers that reports use: value → surface forms. */
export const numberWords = {
  "0.5": ["một nửa", "nửa"],
  "1": ["một", "mốt"],
  "2": ["hai", "đôi"],
  "3": ["ba"],
  "4": ["bốn", "tư"],
  "5": ["năm", "lăm", "nhăm"],
  "6": ["sáu"],
  "7": ["bảy", "bẩy"],
  "8": ["tám"],
  "9": ["chín"],
  "10": ["mười", "mươi"],
} as const;

/** "gấp đôi" = 2 times, "gấp rưỡi" = 1.5 times. */
export const ratioWords = {
  "2": ["gấp đôi"],
  "1.5": ["gấp rưỡi"],
  "3": ["gấp ba"],
  "4": ["gấp bốn"],
  "5": ["gấp năm"],
  "10": ["gấp mười"],
} as const;

/** The digit-less joints of written numbers: "hai mươi mốt", "một trăm linh năm". */
export const numberJoints = ["linh", "lẻ"] as const;

/** The decimal point of a number said aloud: "năm phẩy hai" = 5.2. */
export const decimalPoints = ["phẩy"] as const;

/** "hai triệu rưỡi" = 2.5 million: half of the scale before it. */
export const halfOfScale = ["rưỡi"] as const;
