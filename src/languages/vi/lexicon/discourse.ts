/**
 * Words that open a sentence continuing the previous one: its figures keep the previous sentence's
 * period ("Trong đó, ...", "Riêng ...").
 */
export const continuations = [
  "trong đó", "trong số đó", "riêng", "bên cạnh đó", "cụ thể", "ngoài ra", "đồng thời", "tiếp đến",
  "kế đến", "kế tiếp", "dẫn đầu", "cũng trong", "cùng với đó", "như vậy", "theo đó", "tương tự",
  "trong mức tăng chung", "trong mức tăng trưởng chung", "ngược lại", "ở chiều ngược lại",
];

/** Sentence openings that sum up what came before, rather than going into its parts: "Như vậy, …". */
export const summaries = ["như vậy", "tính chung", "nhìn chung", "tóm lại", "nói chung"];

/** Lead-ins trimmed from the front of a subject. */
export const leadingFillers = [
  "trong đó", "trong số đó", "riêng", "bên cạnh đó", "cụ thể", "ngoài ra", "đồng thời", "tiếp đến",
  "kế đến là", "kế đến", "kế tiếp là", "dẫn đầu là", "dẫn đầu", "nổi bật là", "như vậy", "theo đó",
  "tương tự", "hiện tại", "hiện nay", "hiện", "đến nay", "tính đến nay", "tính chung", "lũy kế", "luỹ kế",
  "bình quân", "chia theo", "cùng với đó", "tính đến", "đến cuối", "cuối", "đến", "nhưng", "và", "còn", "mà", "thì", "là", "với", "của", "các",
  "những", "về", "ở", "đó là", "trước đó", "cũng", "tiếp theo", "ngoài", "gồm",
  "bao gồm", "như", "trong", "tại", "ngược lại", "chiều ngược lại",
  // "Với kết quả này, tỉnh xếp thứ 5/63": what the sentence builds on, no subject.
  "với kết quả này", "với kết quả đó", "với kết quả trên",
];

/** Words trimmed from the end of a subject: auxiliaries and verbs of the predicate. */
export const trailingFillers = [
  "đã", "đều", "vẫn", "cũng", "sẽ", "được", "tiếp tục", "chỉ", "đạt", "là", "có", "ước tính",
  "ước", "dự kiến", "dự báo", "sơ bộ", "thì", "đang", "và", "của", "với", "từ", "thuộc", "khi",
  "trong", "tại", "nhưng", "tới", "đến", "còn", "lên", "hiện có", "vào", "cho", "tăng",
  "giảm", "tăng trưởng", "dự ước", "ước đạt", "nay", "năm nay", "năm qua", "khi", "như", "gồm",
  "tính đến", "chưa",
];

/**
 * Nouns whose last word is also a filler or a verb, kept whole at the end of a subject and never read
 * as a predicate: "chứng chỉ" (a certificate) has no "chỉ" (only), "giá trị gia tăng" (value added)
 * no "tăng" (rose).
 */
export const nounsEndingInFiller = ["chứng chỉ", "địa chỉ", "giá trị gia tăng"];

/** The end of a class's bound, kept whole at the end of a subject: "đơn vị giải ngân từ 80% trở lên" keeps its "lên". */
export const boundEnds = ["trở lên", "trở xuống"];

/** Verbs that show a comma-separated segment is a clause of its own, not part of a list. */
export const clauseVerbs = [
  "tăng", "giảm", "đạt", "là", "có", "khởi sắc", "cho biết", "công bố", "ghi nhận", "thống kê",
  "chia theo", "phát triển", "diễn ra", "triển khai", "đưa vào", "xuất hiện", "thực hiện", "hoàn thành",
  "đóng góp", "nhấn mạnh", "phân tích", "nhận định", "đánh giá", "cho rằng", "chiếm", "dẫn đầu",
];

/** Source attributions trimmed from the front of a clause: "Theo Tổng cục Thống kê,". */
export const sourceLeads = ["theo", "thông tin từ", "số liệu từ", "căn cứ"];

/**
 * Words no sentence, heading or cell stops on: a preposition, a conjunction, a copula waiting for
 * its complement. A line that ends with one was wrapped ("doanh thu của\nHà Nội").
 */
export const danglingWords = [
  "của", "tại", "ở", "trên địa bàn", "và", "với", "so với", "hoặc", "hay", "thuộc", "gồm", "bao gồm", "như", "từ",
  "đến", "tới", "cho", "là", "đạt", "bằng", "chiếm",
];

/**
 * Words that name nothing: a change or an attainment with only these (and punctuation, a day, a
 * baseline) before it has no subject of its own, and is the measure's before it ("…, còn thấp hơn
 * 1,2 điểm phần trăm so với kế hoạch").
 */
export const linkingWords = [
  "tăng", "giảm", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "chỉ", "mới", "mới chỉ", "đã", "và", "còn", "nhưng",
  "trong khi", "trong đó", "tương ứng", "tương đương", "hay", "hoặc", "mức", "với", "so với", "so", "là", "đạt", "thì",
  "cũng", "khi", "nên", "riêng", "vẫn", "đều", "tiếp tục",
];
