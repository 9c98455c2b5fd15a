/** Verbs that make the following figure a change: direction → surface forms. */
export const changeVerbs = {
  increase: [
    "tăng", "tăng thêm", "tăng trưởng", "tăng tới", "tăng đến", "tăng mạnh",
    "tăng bình quân", "tăng nhẹ", "cao hơn", "nhiều hơn", "mức tăng", "tăng giá", "đà tăng",
  ],
  decrease: [
    "giảm", "giảm đi", "giảm tới", "giảm mạnh", "giảm nhẹ", "thấp hơn", "ít hơn",
    "mức giảm", "giảm giá", "sụt giảm",
    // A shortfall and a time cut: "hụt 1.100 tỷ đồng so với dự toán", "rút ngắn 1,1 ngày".
    "hụt", "rút ngắn",
  ],
} as const;

/** "gấp 1,38 lần", "cao gấp 2 lần": a ratio to the baseline. */
export const ratioVerbs = ["gấp", "cao gấp", "tăng gấp", "bằng gấp", "gần gấp", "hơn gấp"] as const;

/** Verbs before a percentage that make it the level as a share of a baseline: "bằng 81,7% cùng kỳ". */
export const attainmentVerbs = ["bằng", "đạt", "chỉ bằng", "chỉ đạt", "hoàn thành", "thực hiện", "tương đương", "tương ứng"] as const;

/** Verbs that reach a level from below or above: "tăng lên 85%", "giảm xuống 2,1%". The figure is the level. */
export const reachVerbs = {
  increase: ["tăng lên", "tăng lên mức", "nâng lên", "nâng lên mức"],
  // "Giảm tỷ lệ hộ nghèo xuống dưới 1,5%": "xuống" after the noun the verb lowers.
  decrease: ["giảm xuống", "giảm xuống còn", "giảm còn", "hạ xuống", "giảm xuống mức", "xuống", "xuống còn", "xuống mức"],
} as const;

/** Verbs that introduce a level: "X đạt Y", "X là Y". Written between the subject and the figure. */
export const levelVerbs = [
  "đạt", "là", "có", "chiếm", "với", "ở mức", "lên tới", "lên đến", "lên mức", "tới", "đến",
  "thu về", "thu được", "đem về", "mang về", "thu hút", "đón", "phục vụ", "miễn giảm", "được miễn giảm",
  "tương đương", "tương ứng", "còn", "gồm", "bao gồm", "cấp phép cho", "cấp", "hỗ trợ", "thu",
  "chi", "vay", "trả", "giải ngân", "nộp", "xử lý", "hoàn thành", "thực hiện", "cho",
  "đạt mức", "đạt mốc", "đạt con số", "đạt tỷ lệ", "có tỷ lệ", "tỷ lệ", "lập",
  "lên", "chỉ đạt", "chỉ có", "đạt được", "xếp thứ", "đứng thứ", "là đón", "đón thu hút", "xảy ra", "ghi nhận",
  // A deficit is a level ("thâm hụt 0,6 tỷ USD"), no shortfall ("hụt").
  "thâm hụt",
] as const;

/** Words after which a level is a contribution: "đóng góp 1,98 điểm phần trăm". */
export const contributionVerbs = ["đóng góp", "đóng góp vào", "góp"] as const;

/** Words after which a contribution takes away: "làm giảm 0,2 điểm phần trăm mức tăng chung". */
export const negativeContributionVerbs = ["làm giảm", "kéo giảm"] as const;

/** "về khối lượng", "về giá trị": which of two earlier levels a change belongs to. */
export const changeAspects = {
  mass: ["về khối lượng", "về lượng", "về sản lượng"],
  money: ["về giá trị", "về kim ngạch", "về vốn", "về trị giá", "về doanh thu"],
  count: ["về số lượng", "về số lượng giấy phép", "về số doanh nghiệp", "về số dự án", "về số lượt"],
} as const;
