import type { Corpus, Example } from "./types.js";

const none = (text: string): Example => ({ text, expect: [] });

/** Things that look like figures but are not: the extractor must leave them alone. */
export const nonRecords: Corpus = [
  {
    behaviour: "yields no record for dates and clock times",
    examples: [
      none("Sáng ngày 27/12/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác năm."),
      none("Hội nghị bắt đầu lúc 16:30 tại hội trường trung tâm hành chính tỉnh."),
      none("Cập nhật lúc 08:45 ngày 02/07/2024."),
      none("Ngày 30-4, thành phố tổ chức lễ kỷ niệm 49 năm ngày giải phóng."),
      none("Tỉnh được tái lập từ ngày 1/1/1997 theo Nghị quyết của Quốc hội khóa IX."),
      // An hour followed by its minutes, a part of the day or a day is a time of day, no span of time.
      none("Đến 16 giờ ngày 28/10, các lực lượng vẫn túc trực tại hiện trường."),
      none("Đoàn kiểm tra làm việc từ 8 giờ 30 đến 11 giờ sáng tại trụ sở xã."),
      // Both ends of a range that each write their hour are clock times.
      { text: "Năm 2026, tai nạn xảy ra nhiều nhất từ 17 giờ đến 21 giờ, chiếm 38% số vụ.", expect: [{ value: "38", unit: "%" }], mustNotExtract: ["17 giờ", "21 giờ"] },
    ],
  },
  {
    behaviour: "yields no record for a year on its own or a span of years",
    examples: [
      none("Năm 2024 là năm bứt phá của ngành du lịch tỉnh nhà."),
      none("Giai đoạn 2016 - 2020 đã khép lại với nhiều dấu ấn quan trọng."),
      none("Ảnh: Hội nghị tổng kết năm 2024 của ngành công thương."),
    ],
  },
  {
    behaviour: "yields no record for law and document numbers",
    examples: [
      none("Việc thu phí được thực hiện theo Nghị định 13/2023/NĐ-CP của Chính phủ."),
      none("Quyết định số 1234/QĐ-UBND ngày 15/3/2024 phê duyệt kế hoạch thực hiện."),
      none("Theo Thông tư 08/2024/TT-BTC, mức thu phí được điều chỉnh."),
      none("Căn cứ Điều 12 Luật Đầu tư năm 2020, tỉnh đã rà soát các dự án chậm tiến độ."),
      none("Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh khóa XX đã bế mạc."),
      none("Kỳ họp thứ 18 của Hội đồng nhân dân tỉnh khai mạc sáng nay."),
      none("Thực hiện Chỉ thị 05 của Tỉnh ủy và Công văn 2150 của UBND tỉnh, các sở đã rà soát thủ tục."),
      none("Đại biểu Hội đồng nhân dân tỉnh khoá 15 tiếp xúc cử tri vào lúc 8 giờ sáng."),
      // A table, a chart or an annex of the report.
      none("Chỉ số giá tiêu dùng của các nhóm hàng được trình bày tại Bảng 2, biểu 05 và biểu đồ 3 (xem thêm Phụ lục 4)."),
    ],
  },
  {
    behaviour: "yields no record for phone numbers and addresses",
    examples: [
      none("Mọi phản ánh xin liên hệ đường dây nóng 0912 345 678 hoặc 0236.3822.111."),
      none("Trụ sở đặt tại số 12 đường Trần Phú, phường 4, thành phố Đà Lạt."),
      none("Xem thêm tại trang 12 của báo cáo."),
      none("Hotline 1900 9095; ĐT 3822111; SĐT 0905123456."),
    ],
  },
  {
    behaviour: "yields no record for technology names and codes",
    examples: [
      none("Các nhà mạng đã phủ sóng 4G tới toàn bộ các xã và thử nghiệm 5G tại trung tâm thành phố."),
      none("Hệ thống mạng của các cơ quan nhà nước đã chuyển đổi sang IPv6."),
      none("Tổng đài hỗ trợ người dân hoạt động 24/7 kể cả ngày lễ."),
      none("Máy bay Airbus A320 hạ cánh an toàn xuống sân bay quốc tế."),
      none("Phiên bản 2.0 của ứng dụng công dân số đã được phát hành."),
      none("Cổng dịch vụ công chuyển sang version 3 từ tháng trước."),
    ],
  },
  {
    behaviour: "yields no record for image and page names",
    examples: [
      none("anh-1724711948326.png"),
      none("Ảnh: Lễ khánh thành cầu (ảnh-20241227.jpg)"),
      none("Tin liên quan: xem-bao-cao-quy-3-2024-1724711948.html"),
    ],
  },
  {
    behaviour: "yields no record for page furniture and list ordinals",
    examples: [
      none("(0) Bình luận"),
      none("1. Sản xuất công nghiệp"),
      none("2. Thương mại, dịch vụ và du lịch"),
      none("Mục tiêu 1: Phát triển nông nghiệp bền vững."),
    ],
  },
  {
    behaviour: "reads no figure in a number that only says which grade, class or region",
    examples: [
      // The base of an index.
      {
        text: "Năm 2026, chỉ số sản xuất công nghiệp (năm gốc 2020 = 100) đạt 131,6.",
        mustNotExtract: ["2020 = 100"],
        expect: [{ value: "131.6", unit: "index" }],
      },
      // A road's number.
      {
        text: "Năm 2026, trên Quốc lộ 14 và tỉnh lộ 741 xảy ra 16 vụ tai nạn giao thông.",
        mustNotExtract: ["Quốc lộ 14", "tỉnh lộ 741"],
        expect: [{ value: "16", unit: "count" }],
      },
      {
        text: "Năm 2026, giá gạo loại 1 ở mức 14.500 đồng/kg; Chi cục Thuế Khu vực 4 thu 820 tỷ đồng; tỷ lệ học sinh lớp 12 tốt nghiệp đạt 99,2%.",
        mustNotExtract: ["loại 1", "Khu vực 4", "lớp 12"],
        expect: [
          { value: "14500", unit: "VND", per: "kg" },
          { value: "820000000000", unit: "VND" },
          { value: "99.2", unit: "%" },
        ],
      },
      // "các loại" (of every kind) says no class, and "Tổng số" no document, even opening a sentence:
      // the figure after them is one.
      {
        text: "Năm 2026, tỉnh nhập khẩu phân bón các loại 210 nghìn tấn.",
        expect: [{ value: "210000", unit: "t" }],
      },
      {
        text: "Tổng số 1.460 hộ nghèo được vay vốn ưu đãi trong năm 2026.",
        expect: [{ value: "1460", unit: "count", period: "2026" }],
      },
    ],
  },
  {
    behaviour: "yields no record for the count of items in an enumeration, ages and durations",
    examples: [
      none("Năm 2025, tỉnh tập trung thực hiện 3 nhiệm vụ trọng tâm và 5 giải pháp đột phá."),
      none("Chương trình hỗ trợ trẻ em dưới 15 tuổi có hoàn cảnh khó khăn."),
      none("Ông Nguyễn Văn An, 58 tuổi, đã có 30 năm công tác trong ngành thống kê."),
    ],
  },
  {
    behaviour: "extracts the figures of a sentence but not the dates, codes and numbers around them",
    examples: [
      {
        text: "Ngày 27/12/2024, Sở Thông tin và Truyền thông cho biết doanh thu viễn thông năm 2024 đạt 1.250 tỷ đồng.",
        mustNotExtract: ["27/12/2024", "2024"],
        expect: [{ value: "1250000000000", unit: "VND", period: "2024", subject: ["viễn thông"] }],
      },
      {
        text: "Theo Nghị định 13/2023/NĐ-CP, năm 2024 tỉnh đã cấp 85.000 chữ ký số cho người dân.",
        mustNotExtract: ["13/2023/NĐ-CP"],
        expect: [{ value: "85000", unit: "count", subject: ["chữ ký số"] }],
      },
      {
        text: "Năm 2024, vùng phủ sóng 4G đạt 99,8% dân số, trạm 5G đầu tiên được lắp đặt lúc 16:30 ngày 2/9.",
        mustNotExtract: ["4G", "5G", "16:30", "2/9"],
        expect: [{ value: "99.8", unit: "%", subject: ["4G"] }],
      },
      {
        text: "Năm 2024, tổng đài 1022 hoạt động 24/7 và tiếp nhận 48.000 cuộc gọi, tương đương 131 cuộc mỗi ngày.",
        mustNotExtract: ["1022", "24/7"],
        expect: [
          { value: "48000", unit: "count", subject: ["cuộc gọi"] },
          { value: "131", unit: "count", subject: ["cuộc"] },
        ],
      },
    ],
  },
];
