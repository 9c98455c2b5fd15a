/** How exact a figure is: qualifier → surface forms written before the number. */
export const qualifiers = {
  nearly: ["gần", "gần như", "suýt soát"],
  about: ["khoảng", "vào khoảng", "chừng", "xấp xỉ", "tầm", "khoảng gần", "ước chừng", "độ"],
  over: ["hơn", "trên", "vượt", "ngoài", "hơn mức", "vượt mức"],
  under: ["dưới", "chưa đến", "chưa tới", "chưa đầy", "không đến", "không tới"],
  "at least": ["ít nhất", "tối thiểu", "không dưới", "không thấp hơn"],
  "at most": ["tối đa", "không quá", "không vượt quá", "nhiều nhất", "không cao hơn", "không lớn hơn"],
} as const;

/** Qualifiers written after the figure: "9% trở lên". */
export const trailingQualifiers = {
  "at least": ["trở lên"],
  "at most": ["trở xuống"],
} as const;

/**
 * Nouns whose name holds a status word, which is then no status of the figure: "giường bệnh kế
 * hoạch" are the beds a hospital is planned for, a stock counted now.
 */
export const nounsHoldingStatus = ["giường bệnh kế hoạch", "giường kế hoạch"];

/** What kind of figure it is (SDMX OBS_STATUS) → surface forms. */
export const statuses = {
  estimated: ["ước", "ước tính", "ước đạt", "ước thực hiện", "dự ước", "ước đón", "ước thu"],
  preliminary: ["sơ bộ", "thống kê sơ bộ", "số liệu sơ bộ"],
  target: ["kế hoạch", "mục tiêu", "chỉ tiêu giao", "chỉ tiêu", "phấn đấu", "đề ra", "định hướng", "phương hướng"],
  forecast: ["dự kiến", "dự báo", "sẽ đạt", "có thể đạt"],
} as const;
