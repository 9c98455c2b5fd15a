/** Words that open a comparison: "so với cùng kỳ", "so cùng kỳ". */
export const comparators = ["so với", "so", "so với mức", "so sánh với"] as const;

/** Comparatives that name what they compare with right after them, without "so với": "cao hơn năm trước", "thấp hơn quý II". */
export const comparatives = ["cao hơn", "thấp hơn", "nhiều hơn", "ít hơn"] as const;

/**
 * Baselines, written after a comparator or right after the figure. Each maps to how the baseline
 * period follows from the record's period.
 */
export const baselines = {
  "same-period-last-year": [
    "cùng kỳ năm trước", "cùng kỳ năm ngoái", "cùng kỳ", "cùng kỳ năm", "cùng thời điểm năm trước",
    "cùng thời kỳ năm trước", "năm trước cùng kỳ",
  ],
  "previous-month": ["tháng trước", "tháng liền trước"],
  "previous-quarter": ["quý trước", "quí trước", "quý liền trước"],
  "previous-year": ["năm trước", "năm ngoái", "năm liền trước", "năm qua"],
  plan: [
    "kế hoạch", "KH", "dự toán", "dự toán giao", "dự toán được giao", "mục tiêu",
    "chỉ tiêu", "chỉ tiêu giao", "chỉ tiêu kế hoạch", "kế hoạch dự kiến", "Nghị quyết",
    // The statutory estimate and the higher one a province strives for, in revenue reports.
    "dự toán pháp lệnh", "dự toán phấn đấu",
  ],
  other: ["bình quân cả nước", "mức trung bình", "trung bình cả nước", "cả nước", "bình quân chung"],
} as const;

/**
 * Baselines abbreviated in revenue reports, read only right after a percentage: "đạt 88,1% DT"
 * (dự toán), "bằng 113,4% CK" (cùng kỳ). Elsewhere the letters are other words ("thị trường CK").
 */
export const abbreviatedBaselines = { plan: ["DT"], "same-period-last-year": ["CK"] } as const;

/**
 * Who set a plan, after its name: "kế hoạch giao", "dự toán HĐND tỉnh giao", "chỉ tiêu Nghị quyết
 * đề ra". The plan's name reaches to these words (with at most six words of issuer before them).
 */
export const planIssued = ["giao", "được giao", "đề ra", "phê duyệt", "thông qua", "điều chỉnh"] as const;

/** The states of a balance: "(cùng kỳ năm trước xuất siêu 20,9 tỷ USD)" is a value of the level only in the same state. */
export const balanceStates = ["xuất siêu", "nhập siêu", "thặng dư", "thâm hụt", "bội chi", "bội thu"] as const;
