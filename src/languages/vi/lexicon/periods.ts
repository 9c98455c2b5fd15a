/** Quarters as reports write them: "quý III", "quí 3". */
export const quarterWords = ["quý", "quí"] as const;
export const romanQuarters = { "1": ["I", "1"], "2": ["II", "2"], "3": ["III", "3"], "4": ["IV", "4"] } as const;

/**
 * Months written as words after "tháng", capitalised: "tháng Chín", "tháng Giêng", "tháng Mười Hai".
 * Lower case they are other words: "tháng năm" is months and years, "tháng ba" no month.
 */
export const monthNames = {
  "1": ["Giêng", "Một"], "2": ["Hai"], "3": ["Ba"], "4": ["Tư"], "5": ["Năm"], "6": ["Sáu"], "7": ["Bảy"],
  "8": ["Tám"], "9": ["Chín"], "10": ["Mười"], "11": ["Mười Một"], "12": ["Mười Hai", "Chạp"],
} as const;

/** The year the document is dated in, named without a number: "năm nay". */
export const thisYear = ["năm nay", "năm này", "năm hiện tại"] as const;
/**
 * The year the document reports on, named without a number: "cả năm", "năm qua". In a report
 * dated January 2027, "cả năm" is 2026.
 */
export const wholeYear = ["năm qua", "cả năm"] as const;
/** The year before the document's: "năm ngoái", "năm trước". */
export const lastYear = ["năm ngoái", "năm trước"] as const;

/**
 * The month, quarter or year the passage is about, named without its number ("trong tháng" in a
 * report of September is September): resolved from the periods around it.
 */
export const currentUnits = {
  month: ["trong tháng", "tháng này", "trong tháng này"],
  quarter: ["trong quý", "trong quí", "quý này", "trong quý này"],
  year: ["trong năm"],
  // "Lũy kế từ đầu năm": January to the month the passage has reached.
  months: ["từ đầu năm", "từ đầu năm đến nay", "từ đầu năm tới nay"],
} as const;

/**
 * Counts of months in words: "Chín tháng năm 2025", "ba tháng đầu năm". Not "năm" (five), which
 * "năm tháng" would confuse with the year.
 */
export const monthCounts = {
  "2": ["hai"], "3": ["ba"], "4": ["bốn"], "6": ["sáu"], "7": ["bảy"], "8": ["tám"], "9": ["chín"],
  "10": ["mười"], "11": ["mười một"], "12": ["mười hai"],
} as const;

/** Cumulative months from January: "7 tháng đầu năm", "lũy kế 9 tháng", "cộng dồn 8 tháng", "nửa đầu năm". */
export const firstMonthsMarkers = ["đầu năm", "đầu năm nay", "của đầu năm", "qua", "năm", "của năm"] as const;
export const cumulativeLeads = ["tính chung", "lũy kế", "luỹ kế", "cộng dồn", "bình quân", "trong", "chỉ trong", "sau"] as const;
/** "đến hết tháng 8", "lũy kế đến tháng 8": from January through that month. */
export const throughMonthLeads = ["đến hết", "tính đến hết", "lũy kế đến", "luỹ kế đến", "lũy kế đến hết", "luỹ kế đến hết", "cộng dồn đến", "cộng dồn đến hết"] as const;
/** "Tính từ đầu năm đến ngày 20/11/2025": what is added up from January to that day. */
export const yearStartUntilLeads = ["từ đầu năm đến", "tính từ đầu năm đến", "từ đầu năm tới", "tính từ đầu năm tới"] as const;
/** "tính đến ngày 30/9/2024": a stock at that day, read as its month. */
export const untilDayLeads = ["tính đến", "đến", "tính đến hết", "đến hết", "tính tới", "tới"] as const;
/** "tại thời điểm 30/9/2024": at that day, whatever is counted, read as its month. */
export const atDayLeads = ["tại thời điểm", "vào thời điểm"] as const;
export const firstHalf = ["nửa đầu năm", "nửa năm đầu", "sáu tháng đầu năm"] as const;
export const secondHalf = ["nửa cuối năm", "sáu tháng cuối năm"] as const;

/** Multi-year spans: "giai đoạn 2021-2025", "nhiệm kỳ 2020-2025". */
export const spanWords = ["giai đoạn", "thời kỳ", "nhiệm kỳ"] as const;

/** A school year or a crop year across two years, which a report may be about: "năm học 2024-2025", "niên vụ 2024-2025". */
export const termWords = ["năm học", "niên vụ"] as const;

/**
 * Words after a period that make it where a figure came from, not what it is of: "năm trước
 * chuyển sang 6.215 việc" (cases carried over into this year's caseload).
 */
export const carriedOverAfter = ["chuyển sang", "chuyển qua"] as const;

/** Words after a year that make it the next year's tasks: "triển khai nhiệm vụ năm 2025". */
export const nextYearTasks = ["nhiệm vụ năm", "nhiệm vụ", "kế hoạch năm", "phương hướng năm"] as const;

/**
 * What is counted at a day, not added up over the months up to it: a balance, a herd, the people
 * insured. Under a passage of months ("9 tháng năm 2026") such a figure is of the last month.
 */
export const stockNouns = [
  "dư nợ", "số dư", "tiền gửi", "huy động", "nợ xấu", "dân số", "thuê bao", "tài khoản", "tổng tài sản",
  "vốn hóa", "tồn kho", "tổng phương tiện thanh toán",
  "tham gia BHXH", "tham gia BHYT", "tham gia BHTN", "tham gia bảo hiểm",
  "đàn lợn", "đàn heo", "đàn trâu", "đàn bò", "đàn gia cầm", "đàn gà", "đàn vịt", "đàn dê", "đàn cừu",
] as const;

/** Prices at a day, stocks too, unless averaged over a stretch ("lãi suất bình quân"). */
export const pricesAtDay = ["lãi suất", "tỷ giá"] as const;
