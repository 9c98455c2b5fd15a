/** Money: ISO 4217 code → surface forms. */
export const currencies = {
  VND: ["đồng", "VNĐ", "VND", "đ", "Đ"],
  USD: ["USD", "đô la Mỹ", "đô la", "đô-la", "đôla", "US$"],
  EUR: ["EUR", "euro", "Euro"],
  JPY: ["yên", "yên Nhật", "JPY"],
  CNY: ["nhân dân tệ", "NDT", "CNY"],
  KRW: ["won", "KRW"],
  GBP: ["bảng Anh", "GBP"],
} as const;

/** Percentages and percentage points. */
export const percents = {
  "%": ["%", "phần trăm"],
  pp: ["điểm phần trăm", "điểm %"],
} as const;

/**
 * Physical units: canonical code → surface forms, with the factor to the canonical unit.
 * "tạ" is a tenth of a tonne.
 */
export const measures = {
  t: ["tấn"],
  kg: ["kg", "ki-lô-gam", "kilôgam"],
  ha: ["ha", "héc-ta", "hécta", "hecta"],
  km: ["km", "ki-lô-mét", "kilômét"],
  m: ["mét", "m"],
  cm: ["cm"],
  mm: ["mm", "mi-li-mét"],
  km2: ["km2", "km²"],
  m2: ["m2", "m²", "mét vuông"],
  m3: ["m3", "m³", "mét khối"],
  l: ["lít"],
  kWh: ["kWh"],
  MW: ["MW"],
  MWh: ["MWh"],
} as const;

/** Units that are a fraction of their canonical unit: surface → [canonical, factor]. */
export const scaledMeasures = {
  "tạ": ["t", "0.1"],
} as const;

/** "lần" makes a ratio: "tăng 1,86 lần", "gấp 3 lần". */
export const times = ["lần"] as const;

/** Scores on a scale ("PCI đạt 65,5 điểm") and index values ("CPI bằng 104,5 điểm"). */
export const scores = ["điểm"] as const;

/**
 * Counted nouns: a number before one of these is a count ("293 cơ sở dữ liệu"). The noun is kept
 * in `stated.unitText`. Time words (năm, tháng, quý, ngày, tuổi) are not here on purpose.
 */
export const countNouns = [
  "doanh nghiệp", "công ty", "hợp tác xã", "HTX", "tổ hợp tác", "cơ sở", "cơ sở dữ liệu", "đơn vị",
  "người", "người dân", "lao động", "hộ", "hộ gia đình", "hộ dân", "nhân khẩu", "khách", "du khách",
  "lượt", "lượt khách", "lượt khách.km", "hành khách.km", "lượt người", "lượt truy cập", "hồ sơ", "thủ tục", "dịch vụ công", "dự án",
  "bộ dữ liệu", "tập dữ liệu", "xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "thành phố", "địa phương", "thôn", "bản",
  "lĩnh vực", "thuê bao", "trạm", "trạm BTS", "điểm phục vụ", "điểm bưu chính", "điểm truy cập", "điểm thi", "điểm du lịch", "điểm đến",
  // Places, not points on a scale: "46 điểm sạt lở", "12 điểm ngập", "8 điểm trường".
  "điểm sạt lở", "điểm ngập", "điểm trường",
  "chữ ký", "chữ ký số", "tài khoản", "thí sinh", "học sinh", "HS", "sinh viên", "trường",
  "giáo viên", "bác sĩ", "bác sỹ", "giường bệnh", "giường", "bệnh nhân", "ca", "trường hợp", "con", "cây",
  "sản phẩm", "nhóm hàng", "mặt hàng", "thị trường", "khoản thu", "văn bản", "bài viết", "tin bài",
  "cuộc", "vụ", "vụ việc", "lớp", "buổi tuyên truyền", "buổi tập huấn", "căn hộ", "căn nhà", "ngôi nhà", "nhà", "xe", "ô tô", "phương tiện",
  "chuyến", "chuyến bay", "tàu", "máy", "thiết bị", "camera", "chợ", "siêu thị", "cửa hàng",
  "khu công nghiệp", "cụm công nghiệp", "trang trại", "làng nghề", "di tích", "tổ chức", "cá nhân",
  "hội viên", "đảng viên", "công chức", "viên chức", "cán bộ", "website", "trang thông tin",
  "ứng dụng", "nền tảng", "hệ thống", "giấy phép", "giấy chứng nhận", "bằng sáng chế", "sáng kiến",
  "đề tài", "nhãn hiệu", "chương trình", "gói thầu", "công trình", "hợp đồng", "vé", "suất",
  "việc làm", "công nhân", "bệnh viện", "trường học", "khách sạn", "cửa khẩu", "mô hình", "đầu sách",
  // Pupils and children as schools count them ("318.452 em", "71.230 trẻ"); urban areas by class.
  "em", "trẻ", "trẻ em", "đô thị",
  // Containers counted in twenty-foot equivalent units.
  "TEU",
] as const;

/**
 * Words after a number that do not make it a count of things, although no unit is listed for them:
 * durations and ages, order, grade and steps ("tăng 4 bậc", "5 sao"), parts of
 * texts ("Điều 5", "3 trang"), the heads of lists of tasks, which are no statistics ("3 nhiệm vụ
 * trọng tâm"), and the words that go on to another number ("từ 9 đến 10%", "gấp 3").
 * A number before any other lower-case noun is a count of it.
 */
/** Nouns of time that name the span a figure gives: "kỳ hạn bình quân 10,5 năm", "thời gian giải quyết 12 ngày". */
export const timeNouns = ["thời gian", "thời hạn", "kỳ hạn", "tuổi thọ"] as const;

/** Spans of time and ages: "2,4 giờ", "5 năm", "74,5 tuổi": never counted things. */
export const durations = ["năm", "tháng", "quý", "tuần", "ngày", "đêm", "giờ", "phút", "giây", "tuổi", "thế kỷ"] as const;

/**
 * Durations read as figures ("rút ngắn còn 7 ngày", "có 19 ngày nắng nóng", "kỳ hạn 12,5 năm"),
 * only when a verb states them: "trong 5 ngày nghỉ lễ", "sau 3 năm" describe something else.
 */
export const durationUnits = {
  day: ["ngày"],
  hour: ["giờ"],
  month: ["tháng"],
  year: ["năm", "tuổi"],
} as const;

/**
 * Words after "số" that name an amount, not things counted: "số tiền hỗ trợ là 4.500" is no count,
 * "số lượt tàu là 1.260" is.
 */
/** Wholes made of people: a figure in millions they are counted in is a count ("dân số thành thị đạt 410 nghìn"). */
export const peopleWholes = ["dân số"] as const;

export const notCountedAfterSo = ["tiền", "thu", "chi", "vốn", "dư", "nợ", "thuế", "nộp", "liệu", "hóa", "hiệu", "điện thoại", "giờ", "ngày", "điểm"] as const;

export const notCounted = [
  ...durations, "kỳ", "buổi",
  "bậc", "hạng", "cấp", "sao", "bước", "giai đoạn", "trang", "điều", "khoản", "chương", "mục", "phần", "chữ", "số",
  "nhiệm vụ", "nhóm nhiệm vụ", "giải pháp", "nhóm giải pháp", "nội dung", "mục tiêu", "khâu", "đột phá", "vấn đề", "yêu cầu",
  "phương án", "định hướng", "quan điểm", "nguyên tắc", "tiêu chí", "loại", "kiểu", "mặt", "bên", "phía",
  "đến", "tới", "xuống", "lên", "hơn", "gấp", "trên", "trở lên", "trở xuống", "rưỡi", "lẻ",
] as const;

/** Words that end the noun after a number: prepositions and verbs ("trang 12 của báo cáo", "21 có"). */
export const functionWords = [
  "của", "có", "là", "được", "bị", "đã", "đang", "sẽ", "cũng", "đều", "và", "hoặc", "với", "cho", "tại", "ở",
  "theo", "về", "mỗi", "này", "đó", "khi", "thì", "mà", "nhưng", "chưa", "không đạt", "không được",
] as const;

/** Words that make a following "N" a rank, not a count: "top 25", "xếp thứ 12". */
export const rankMarkers = ["top", "xếp thứ", "đứng thứ", "hạng"] as const;
