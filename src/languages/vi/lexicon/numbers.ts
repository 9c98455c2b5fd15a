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

/** A place in a ranking written in words after a verb of ranking: "đứng thứ hai cả nước" = 2. */
export const rankLeads = ["xếp hạng", "xếp", "đứng"] as const;
export const ordinalWords = {
  "1": ["thứ nhất"],
  "2": ["thứ hai", "thứ nhì"],
  "3": ["thứ ba"],
  "4": ["thứ tư"],
  "5": ["thứ năm"],
  "6": ["thứ sáu"],
  "7": ["thứ bảy"],
  "8": ["thứ tám"],
  "9": ["thứ chín"],
  "10": ["thứ mười"],
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

/**
 * Number words that count a noun on their own, before it: "hai vụ cháy", "sáu địa phương". Not
 * "một" (also "a") nor "năm" (also "year"), which need a scale or a percent after them.
 */
export const countingWords = ["hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười"] as const;

/** The verbs after which such a word counts: what there is or was ("xảy ra hai vụ cháy"). */
export const countingVerbs = ["xảy ra", "có", "còn", "ghi nhận", "phát hiện", "bắt giữ", "khởi tố"] as const;

/** The digit-less joints of written numbers: "hai mươi mốt", "một trăm linh năm". */
export const numberJoints = ["linh", "lẻ"] as const;

/** The decimal point of a number said aloud: "năm phẩy hai" = 5.2. */
export const decimalPoints = ["phẩy"] as const;

/** "hai triệu rưỡi" = 2.5 million: half of the scale before it. */
export const halfOfScale = ["rưỡi"] as const;

/**
 * Words right before a number that say which one it is, not how many: a date ("ngày 25"), a
 * document ("Nghị định 13", "số 08", "khoản 2"), a phone line, a clock time ("lúc 9"), a session
 * or an edition ("kỳ họp 10", "lần thứ 5"), a table or an annex ("Bảng 2", "Phụ lục 3"), a grade, class, region or alarm level ("lớp 12",
 * "loại 1", "Khu vực 8", "báo động 3"), a road ("Quốc lộ 51"). Read in lower case and with a capital first letter.
 */
export const namingWords = [
  "ngày", "số", "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "luật", "khoản", "công văn",
  "hotline", "điện thoại", "tổng đài", "lúc", "vào lúc", "phiên bản", "version", "kỳ họp", "khóa", "khoá",
  "lần thứ", "thứ", "lớp", "loại", "hạng", "khu vực", "báo động", "bảng", "biểu", "biểu đồ", "phụ lục",
  "quốc lộ", "tỉnh lộ",
] as const;

/** Naming words read only as written: "Điều 5", "Mục 3" (an article, a section), "ĐT", "SĐT" (a phone). */
export const namingWordsAsWritten = ["Điều", "Mục", "ĐT", "SĐT"] as const;

/** Where a naming word is part of an amount: "tổng số 120 hộ", "con số 15", "các loại 20 tấn", "dân số 178.460 người". */
export const amountsWithNamingWords = ["tổng số", "con số", "các loại", "dân số"] as const;
