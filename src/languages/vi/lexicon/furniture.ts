/**
 * Headings of the lists of links a news page sets around its article ("Xem thêm:", "Tin liên
 * quan"): the headlines under them belong to other pages.
 */
export const linkHeadings = [
  "Xem thêm", "Tin liên quan", "Bài liên quan", "Bài viết liên quan", "Đọc thêm", "Tin cùng chuyên mục",
  "Có thể bạn quan tâm",
] as const;

/** Words that open a caption under a picture ("Ảnh: Minh Hoàng", "(Ảnh minh họa)") or credit it at the caption's end. */
export const photoCaptions = ["Ảnh", "Ảnh minh họa", "Ảnh minh hoạ", "Nguồn ảnh"] as const;

/** Labels of a numbered picture or chart opening its caption: "Hình 3:", "Biểu đồ 2.". */
export const figureLabels = ["Hình", "Biểu đồ"] as const;

/** News agencies named in the dateline that opens an article: "Hà Nội, 6/10 (TTXVN) –". */
export const agencies = ["TTXVN", "Chinhphu.vn", "VOV", "VTV"] as const;

/** Counters a news page shows by an article: "(0) Bình luận | 1.245 lượt xem". */
export const counters = ["lượt xem", "lượt thích", "lượt chia sẻ", "bình luận"] as const;
