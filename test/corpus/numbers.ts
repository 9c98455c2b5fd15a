import type { Corpus } from "./types.js";

/** How digits and separators are read: decimal comma, dot thousands, the English style, glued and spaced figures. */
export const numbers: Corpus = [
  {
    behaviour: "reads a decimal comma as the decimal separator",
    examples: [
      {
        text: "Năm 2024, tỷ lệ dân số tham gia bảo hiểm y tế của tỉnh đạt 94,3%.",
        expect: [{ value: "94.3", unit: "%", subject: ["bảo hiểm y tế"], period: "2024", stated: { text: "94,3%", number: "94.3", scale: null, unitText: "%" } }],
      },
      {
        text: "Chỉ số giá tiêu dùng bình quân năm 2023 tăng 3,25% so với năm 2022.",
        expect: [{ value: "3.25", unit: "%", subject: ["chỉ số giá tiêu dùng"], comparisons: [{ against: "previous", period: "2022", change: { kind: "percent", value: "3.25", direction: "increase" } }] }],
      },
      {
        text: "Tốc độ giải ngân vốn đầu tư công của huyện chỉ đạt 0,85 lần mức bình quân.",
        others: true,
        expect: [{ value: "0.85", unit: "times", subject: ["giải ngân"] }],
      },
    ],
  },
  {
    behaviour: "reads dots as thousands separators",
    examples: [
      {
        text: "Trong năm 2024, toàn tỉnh có 500.000 lượt người được khám chữa bệnh bằng thẻ bảo hiểm y tế.",
        expect: [{ value: "500000", unit: "count", subject: ["lượt người"], stated: { text: "500.000 lượt người", number: "500000", unitText: "lượt người" } }],
      },
      {
        text: "Dân số trung bình của tỉnh năm 2024 là 1.234.567 người, tăng 1,1% so với năm 2023.",
        expect: [{ value: "1234567", unit: "count", subject: ["dân số"], stated: { number: "1234567", unitText: "người" }, period: "2024", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "1.1", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads dot thousands with a decimal comma",
    examples: [
      {
        text: "Năm 2024, tổng vốn đầu tư toàn xã hội trên địa bàn tỉnh ước đạt 1.234,56 tỷ đồng.",
        expect: [{ value: "1234560000000", unit: "VND", status: "estimated", subject: ["vốn đầu tư"], stated: { text: "1.234,56 tỷ đồng", number: "1234.56", scale: "tỷ", unitText: "đồng" } }],
      },
      {
        text: "Sản lượng thủy sản khai thác 9 tháng năm 2024 đạt 12.345,8 tấn, tăng 2,4% so với cùng kỳ.",
        expect: [{ value: "12345.8", unit: "t", subject: ["thủy sản"], period: "2024-01/2024-09", comparisons: [{ against: "previous", period: "2023-01/2023-09", change: { kind: "percent", value: "2.4", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads the English style in a document that writes decimal points",
    examples: [
      {
        text: "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 3.5 tỷ USD, trong khi kim ngạch nhập khẩu là 1,200 triệu USD.",
        expect: [
          { value: "3500000000", unit: "USD", subject: ["xuất khẩu"], stated: { text: "3.5 tỷ USD", number: "3.5", scale: "tỷ", unitText: "USD" } },
          { value: "1200000000", unit: "USD", subject: ["nhập khẩu"], stated: { number: "1200" } },
        ],
      },
      {
        text: "Theo báo cáo, lạm phát cơ bản năm 2023 là 4.16%, còn tổng cầu tăng 12.5% và có 2,350 dự án mới.",
        expect: [
          { value: "4.16", unit: "%", subject: ["lạm phát"] },
          { value: "12.5", unit: "%", subject: ["tổng cầu"], comparisons: [{ against: "previous", change: { kind: "percent", value: "12.5", direction: "increase" } }] },
          { value: "2350", unit: "count", subject: ["dự án"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a count of whole things, unscaled, in the style that makes it whole, with a warning, whatever the document's style",
    examples: [
      {
        text: "Năm 2025, tỷ lệ hộ nghèo của xã còn 2,15%; toàn xã có 1,460 hộ nuôi bò với đàn bò 3,275 con, năng suất lúa đạt 6,125 tấn/ha.",
        warnings: ["ambiguous-separator"],
        expect: [
          { value: "2.15", unit: "%" },
          { value: "1460", unit: "count", subject: ["hộ nuôi bò"], stated: { number: "1460" } },
          { value: "3275", unit: "count", stated: { number: "3275" } },
          { value: "6.125", unit: "t", per: "ha" },
        ],
      },
      // Counted in thousands, a count may be a fraction.
      { text: "Năm 2025, tỷ lệ hộ nghèo còn 2,15%; huyện có 1,125 nghìn hộ kinh doanh.", expect: [{ value: "2.15", unit: "%" }, { value: "1125", unit: "count", stated: { number: "1.125", scale: "nghìn" } }] },
    ],
  },
  {
    behaviour: "warns of an ambiguous separator when the document gives no style evidence, and reads it the Vietnamese way",
    examples: [
      {
        text: "Lợi nhuận trước thuế của các ngân hàng thương mại trên địa bàn đạt 108,987 tỷ đồng.",
        warnings: ["ambiguous-separator"],
        expect: [{ value: "108987000000", unit: "VND", subject: ["lợi nhuận"], stated: { number: "108.987" } }],
      },
      {
        text: "Toàn tỉnh hiện có 2.500 hợp tác xã nông nghiệp đang hoạt động.",
        warnings: ["ambiguous-separator"],
        expect: [{ value: "2500", unit: "count", subject: ["hợp tác xã"], stated: { unitText: "hợp tác xã" } }],
      },
    ],
  },
  {
    behaviour: "reads a figure glued to the word before it or to its scale",
    examples: [
      {
        text: "Trong tháng 8/2024, toàn tỉnh có34 doanh nghiệp thành lập mới.",
        expect: [{ value: "34", unit: "count", subject: ["doanh nghiệp"], period: "2024-08", stated: { text: "34 doanh nghiệp" } }],
      },
      {
        text: "Doanh thu bán lẻ hàng hóa quý I/2024 đạt 128,5tỷ đồng.",
        expect: [{ value: "128500000000", unit: "VND", subject: ["bán lẻ"], period: "2024-Q1", stated: { text: "128,5tỷ đồng", scale: "tỷ" } }],
      },
      {
        text: "Chỉ số sản xuất công nghiệp tháng 3/2024 tăng1,36% so với tháng trước.",
        expect: [{ value: "1.36", unit: "%", subject: ["sản xuất công nghiệp"], comparisons: [{ against: "previous", period: "2024-02", change: { kind: "percent", value: "1.36", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a percentage written after a space or a no-break space",
    examples: [
      {
        text: "Năm 2024, tỷ lệ lao động qua đào tạo của tỉnh đạt 72,5 %.",
        expect: [{ value: "72.5", unit: "%", subject: ["lao động qua đào tạo"], stated: { text: "72,5 %" } }],
      },
      {
        text: "Năm 2024, tỷ lệ trường đạt chuẩn quốc gia đạt 81,6\u00A0%.",
        expect: [{ value: "81.6", unit: "%", subject: ["đạt chuẩn quốc gia"], stated: { text: "81,6\u00A0%", unitText: "%" } }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ dùng nước sạch đạt 98,2\u202F%.",
        expect: [{ value: "98.2", unit: "%", subject: ["nước sạch"], stated: { text: "98,2\u202F%" } }],
      },
    ],
  },
  {
    behaviour: "keeps the sign written before a figure",
    examples: [
      {
        text: "Năm 2023, tốc độ tăng trưởng của ngành khai khoáng là -3,5%.",
        expect: [{ value: "-3.5", unit: "%", subject: ["khai khoáng"], comparisons: [{ against: "previous", change: { kind: "percent", value: "3.5", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, cán cân thương mại hàng hóa của tỉnh đạt -1,2 tỷ USD.",
        expect: [{ value: "-1200000000", unit: "USD", subject: ["cán cân thương mại"] }],
      },
      {
        text: "Năm 2024, lợi nhuận của ngành bưu chính đạt +15,3%.",
        expect: [{ value: "15.3", unit: "%", subject: ["lợi nhuận"], subjectLacks: ["+"] }],
      },
    ],
  },
];
