import type { Corpus } from "./types.js";

/** Links, link lists and captions of scraped news pages: no records, no periods, no say in the document's. */
export const furniture: Corpus = [
  {
    behaviour: "reads no record from a line of links and lets none of its periods govern the article",
    examples: [
      {
        text: "Bãi biển đông khách dịp nghỉ lễ\n\nDịp nghỉ lễ, thành phố đón 265.000 lượt khách, tăng 12% so với cùng kỳ năm 2024.\n\nXem thêm:\n>> Thành phố đón 2,4 triệu lượt khách trong quý I\n>> Top 5 bãi biển hút khách dịp hè",
        expect: [{ value: "265000", unit: "count", period: "2025", subject: ["lượt khách"], comparisons: [{ against: "previous", period: "2024", change: { kind: "percent", value: "12", direction: "increase" } }] }],
        mustNotExtract: ["2,4 triệu lượt khách", "Top 5"],
      },
      {
        text: "Lượng hàng hóa qua cảng đạt 8,6 triệu tấn.\n» Cảng biển thu hút 3 dự án logistics trong tháng 6/2023\n» 10 tuyến vận tải mới năm 2022",
        expect: [{ value: "8600000", unit: "t", period: null, subject: ["hàng hóa"] }],
      },
    ],
  },
  {
    behaviour: "reads no record from a line of a page's counters of views and comments",
    examples: [
      {
        text: "Năm 2025, huyện trồng mới 640 ha rừng.\n\nMINH TÚ\n(3) Bình luận | 2.310 lượt xem | 57 lượt thích · 9 lượt chia sẻ",
        expect: [{ value: "640", unit: "ha" }],
      },
      // A byline whose counter is named before its number.
      {
        text: "Trồng rừng vượt kế hoạch\nBài: Minh Tú | Cập nhật: 08:15, 03/11/2025 | Lượt xem: 2.310\ntrong-rung-vuot-ke-hoach-20251103.jpg\nNăm 2025, huyện trồng mới 640 ha rừng.",
        expect: [{ value: "640", unit: "ha" }],
      },
    ],
  },
  {
    behaviour: "sets aside the dateline that opens an article: its place is no subject and its date no period",
    examples: [
      ...(["TTXVN", "Chinhphu.vn", "VOV", "VTV"] as const).map((agency) => ({
        text: `Xuất khẩu nông sản tăng mạnh\n\nCần Thơ, 12/8 (${agency}) - Tổng kim ngạch xuất khẩu nông sản của thành phố đạt 410 triệu USD.`,
        expect: [{ value: "410000000", unit: "USD", period: null, subject: ["kim ngạch xuất khẩu nông sản"], subjectLacks: ["Cần Thơ", agency] }],
      })),
      {
        text: "HÀ NỘI – Số doanh nghiệp thành lập mới trong quý I/2025 đạt 1.240 doanh nghiệp.",
        expect: [{ value: "1240", unit: "count", period: "2025-Q1", subjectLacks: ["HÀ NỘI"] }],
      },
    ],
  },
  {
    behaviour: "reads no record from the headlines listed under a heading of links, up to a blank line or a paragraph",
    examples: [
      {
        text: "Năm 2024, doanh thu du lịch của tỉnh đạt 6.800 tỷ đồng.\nTin liên quan:\n- Tỉnh thu 1.200 tỷ đồng từ du lịch biển\n- 7 điểm đến mới cho mùa hè 2025\n\nNăm 2024, tỉnh đón 3,2 triệu lượt khách.",
        expect: [
          { value: "6800000000000", unit: "VND", period: "2024", subject: ["doanh thu du lịch"] },
          { value: "3200000", unit: "count", period: "2024", subject: ["lượt khách"] },
        ],
      },
      {
        text: "Năm 2024, sản lượng lúa cả tỉnh đạt 620 nghìn tấn.\nĐọc thêm:\nXuất khẩu gạo quý I/2023 đạt 1,8 triệu tấn\nGiá lúa tăng 300 đồng/kg trong tuần\nSản lượng ngô năm 2024 đạt 45 nghìn tấn, tăng 3% so với năm 2023.",
        expect: [
          { value: "620000", unit: "t", period: "2024", subject: ["lúa"] },
          { value: "45000", unit: "t", period: "2024", subject: ["ngô"], comparisons: [{ against: "previous", period: "2023" }] },
        ],
      },
      {
        text: "Tháng 5/2025, kim ngạch xuất khẩu của tỉnh đạt 410 triệu USD.\n\nBài liên quan\n\n- Xuất khẩu thủy sản 4 tháng đạt 96 triệu USD\n- 12 doanh nghiệp được cấp mã vùng trồng",
        expect: [{ value: "410000000", unit: "USD", period: "2025-05", subject: ["xuất khẩu"] }],
      },
      {
        text: "Năm 2024, vốn FDI đăng ký mới đạt 1,3 tỷ USD.\nTin cùng chuyên mục\nKhu công nghiệp mới thu hút 250 triệu USD năm 2022\nBài viết liên quan:\n• 40 dự án FDI được cấp phép trong 6 tháng\nCó thể bạn quan tâm:\n- 15.000 lao động có việc làm mới",
        expect: [{ value: "1300000000", unit: "USD", period: "2024", subject: ["FDI"] }],
      },
    ],
  },
  {
    behaviour: "reads no record from captions of pictures and charts or from image file names",
    examples: [
      {
        text: "Năm 2024, hội chợ thương mại của tỉnh đón 86.000 lượt khách.\nhoi-cho-thuong-mai-2023.jpg\nKhách tham quan hội chợ với hơn 1.500 gian hàng năm 2023. Ảnh: Thu Trang",
        expect: [{ value: "86000", unit: "count", period: "2024", subject: ["lượt khách"] }],
        mustNotExtract: ["1.500 gian hàng"],
      },
      {
        text: "Ảnh minh hoạ: Công nhân lắp ráp 200 xe điện mỗi ngày\nNăm 2024, giá trị sản xuất công nghiệp của tỉnh đạt 48.000 tỷ đồng.\n(Ảnh minh họa)\nNguồn ảnh: 12 nhà máy của khu công nghiệp",
        expect: [{ value: "48000000000000", unit: "VND", period: "2024", subject: ["sản xuất công nghiệp"] }],
      },
      {
        text: "Năm 2024, sản lượng thủy sản của tỉnh đạt 1,2 triệu tấn.\nHình 2: Sản lượng thủy sản giai đoạn 2020-2024 tăng 35%\nBiểu đồ 1. Cơ cấu 3 nhóm ngành kinh tế năm 2023\nIMG_2024_0512.JPG",
        expect: [{ value: "1200000", unit: "t", period: "2024", subject: ["thủy sản"] }],
      },
    ],
  },
  {
    behaviour: "keeps prose that only looks like page furniture",
    examples: [
      {
        text: "Ảnh hưởng của bão số 3 làm 1.200 ha lúa bị ngập trong năm 2024.",
        expect: [{ value: "1200", unit: "ha", period: "2024", subject: ["lúa"] }],
      },
      {
        text: "Xem thêm phụ lục, năm 2024 toàn tỉnh có 312 hợp tác xã nông nghiệp.",
        expect: [{ value: "312", unit: "count", period: "2024", subject: ["hợp tác xã"] }],
      },
      {
        text: "Kết quả nổi bật năm 2024:\n- Tổng thu ngân sách đạt 14.600 tỷ đồng\n- Tỉnh đón 3,2 triệu lượt khách",
        expect: [
          { value: "14600000000000", unit: "VND", period: "2024", subject: ["thu ngân sách"] },
          { value: "3200000", unit: "count", period: "2024", subject: ["lượt khách"] },
        ],
      },
    ],
  },
];
