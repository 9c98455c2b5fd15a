import type { Corpus } from "./types.js";

/**
 * Text as PDFs and scraped pages wrap it: a line break inside a sentence, before a capital, is a
 * space; a heading or a list item above its text still ends its line.
 */
export const lineBreaks: Corpus = [
  {
    behaviour: "joins a line that ends on a word no sentence stops on, whatever the capital after it",
    examples: [
      {
        text: "Năm 2024, doanh thu du lịch của\nHà Giang đạt 3.120 tỷ đồng.",
        expect: [{ value: "3120000000000", unit: "VND", subject: ["doanh thu du lịch", "hà giang"], period: "2024" }],
      },
      {
        text: "Năm 2024, số khách lưu trú tại\nPhú Yên đạt 1,4 triệu lượt khách.",
        expect: [{ value: "1400000", unit: "count", subject: ["khách lưu trú"], period: "2024" }],
      },
      {
        text: "Năm 2024, giá trị hàng hóa qua cửa khẩu ở\nLạng Sơn tăng 12,5% so với năm 2023.",
        expect: [{ value: "12.5", unit: "%", subject: ["hàng hóa"], period: "2024" }],
      },
      {
        text: "Năm 2024, vốn đầu tư trên địa bàn\nBắc Giang đạt 45.300 tỷ đồng.",
        expect: [{ value: "45300000000000", unit: "VND", subject: ["vốn đầu tư", "bắc giang"], period: "2024" }],
      },
      {
        text: "Năm 2024, lượng hàng qua cảng tăng 9,1% so với\nQuý IV năm 2023.",
        expect: [{ value: "9.1", unit: "%", subject: ["lượng hàng"], period: "2024" }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu nông sản sang thị trường Hàn Quốc và\nNhật Bản đạt 2,3 tỷ USD.",
        expect: [{ value: "2300000000", unit: "USD", subject: ["kim ngạch xuất khẩu", "nhật bản"] }],
      },
      {
        text: "Năm 2024, diện tích cây ăn quả thuộc\nSơn La đạt 86.000 ha.",
        expect: [{ value: "86000", unit: "ha", subject: ["diện tích cây ăn quả"] }],
      },
      {
        text: "Năm 2024, thu ngân sách từ các doanh nghiệp FDI, bao gồm\nSamsung và LG, đạt 4.200 tỷ đồng.",
        expect: [{ value: "4200000000000", unit: "VND", subject: ["thu ngân sách"] }],
      },
      {
        text: "Năm 2024, doanh thu của các hộ kinh doanh hay\nHợp tác xã vận tải đạt 640 tỷ đồng.",
        expect: [{ value: "640000000000", unit: "VND", subject: ["doanh thu", "hợp tác xã"], period: "2024" }],
      },
    ],
  },
  {
    behaviour: "joins a place, a quarter or a unit that a line break cut in two",
    examples: [
      {
        text: "Năm 2024, doanh thu lữ hành của thành phố Đà\nNẵng đạt 2.750 tỷ đồng.",
        expect: [{ value: "2750000000000", unit: "VND", subject: ["doanh thu lữ hành", "đà nẵng"], period: "2024" }],
      },
      {
        text: "Năm 2024, sản lượng chè của huyện\nTân Uyên đạt 18.500 tấn.",
        expect: [{ value: "18500", unit: "t", subject: ["sản lượng chè", "tân uyên"], period: "2024" }],
      },
      {
        text: "Quý\nIII/2024, kim ngạch nhập khẩu đạt 96,4 tỷ USD.",
        expect: [{ value: "96400000000", unit: "USD", subject: ["kim ngạch nhập khẩu"], period: "2024-Q3" }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu gạo đạt 5,7 tỷ\nUSD trong cả năm.",
        expect: [{ value: "5700000000", unit: "USD", subject: ["kim ngạch xuất khẩu gạo"], period: "2024" }],
      },
    ],
  },
  {
    behaviour: "gives a figure that ends a line no unit from the capitalised word that opens the next one",
    examples: [
      {
        text: "Năm 2026, tỷ lệ hộ dùng điện lưới đạt 99,2\nHộ nghèo được hỗ trợ tiền điện là 3.400 hộ.",
        expect: [{ value: "3400", unit: "count", subject: ["Hộ nghèo"] }],
      },
      // A heading that ends on its year, then a paragraph that opens with an abbreviation in capitals.
      {
        text: "BÁO CÁO KINH TẾ - XÃ HỘI QUÝ III VÀ 9 THÁNG NĂM 2026\n\nGRDP quý III/2026 ước tăng 7,8%. Khu vực công nghiệp tăng 9,1%.",
        expect: [
          { value: "7.8", unit: "%", period: "2026-Q3", status: "estimated", subject: ["GRDP"], subjectLacks: ["BÁO CÁO"] },
          { value: "9.1", unit: "%", period: "2026-Q3", subject: ["công nghiệp"] },
        ],
      },
    ],
  },
  {
    behaviour: "keeps a heading or a list item above its text on a line of its own",
    examples: [
      {
        text: "Tình hình thu chi ngân sách của huyện Yên Lạc\nTổng thu ngân sách năm 2024 của huyện đạt 615 tỷ đồng.",
        expect: [{ value: "615000000000", unit: "VND", subject: ["Tổng thu ngân sách"], subjectLacks: ["Tình hình"] }],
      },
      {
        text: "Xuất khẩu nông sản của tỉnh\nNăm 2024, kim ngạch xuất khẩu nông sản đạt 1,8 tỷ USD.",
        expect: [{ value: "1800000000", unit: "USD", subject: ["kim ngạch xuất khẩu nông sản"], subjectLacks: ["tỉnh"], period: "2024" }],
      },
      {
        text: "Du lịch khởi sắc\nLượng khách quốc tế năm 2024 đạt 420.000 lượt khách.",
        expect: [{ value: "420000", unit: "count", subject: ["khách quốc tế"], subjectLacks: ["khởi sắc"], period: "2024" }],
      },
      {
        text: "Kết quả thu ngân sách năm 2024 của thành phố\nThu ngân sách nội địa đạt 9.870 tỷ đồng.",
        expect: [{ value: "9870000000000", unit: "VND", subject: ["thu ngân sách nội địa"], subjectLacks: ["kết quả"] }],
      },
      // A short numbered heading, and a line that opens with a figure: the heading's last word is no "số" of a number.
      {
        text: "Năm 2026, ngành giáo dục của tỉnh có nhiều chuyển biến.\n\n4. Chuyển đổi số\n100% trường trung học đã dùng sổ điểm điện tử.",
        expect: [{ value: "100", unit: "%", subject: ["trường trung học"], period: "2026" }],
      },
    ],
  },
];
