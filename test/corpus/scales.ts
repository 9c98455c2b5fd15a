import type { Corpus } from "./types.js";

/** Scale words after a figure multiply it: trăm, nghìn/ngàn, vạn, triệu, tỷ/tỉ and their compounds. */
export const scales: Corpus = [
  {
    behaviour: "multiplies by a single scale word",
    examples: [
      {
        text: "Năm 2024, huyện trồng mới 5 trăm ha rừng sản xuất.",
        expect: [{ value: "500", unit: "ha", subject: ["rừng"], stated: { text: "5 trăm ha", scale: "trăm", unitText: "ha" } }],
      },
      {
        text: "Năm 2024, kim ngạch nhập khẩu linh kiện điện tử đạt 850 nghìn USD.",
        expect: [{ value: "850000", unit: "USD", subject: ["nhập khẩu"], stated: { scale: "nghìn" } }],
      },
      {
        text: "Năm 2024, doanh thu từ dịch vụ ăn uống ở các xã vùng cao đạt 640 ngàn USD.",
        expect: [{ value: "640000", unit: "USD", subject: ["dịch vụ ăn uống"], stated: { scale: "ngàn" } }],
      },
      {
        text: "Năm 2024, số người tham gia bảo hiểm xã hội tự nguyện đạt 2 vạn người.",
        expect: [{ value: "20000", unit: "count", subject: ["bảo hiểm xã hội"], stated: { scale: "vạn", unitText: "người" } }],
      },
      {
        text: "Năm 2024, sản lượng lúa cả năm của tỉnh đạt 1,2 triệu tấn.",
        expect: [{ value: "1200000", unit: "t", subject: ["sản lượng lúa"], stated: { scale: "triệu", unitText: "tấn" } }],
      },
      {
        text: "Năm 2024, doanh thu ngành công nghiệp phần mềm của tỉnh đạt 838 tỷ đồng.",
        expect: [{ value: "838000000000", unit: "VND", subject: ["doanh thu", "phần mềm"], stated: { text: "838 tỷ đồng", number: "838", scale: "tỷ", unitText: "đồng" } }],
      },
      {
        text: "Năm 2024, tổng vốn huy động của các tổ chức tín dụng trên địa bàn đạt 1,2 tỉ USD.",
        expect: [{ value: "1200000000", unit: "USD", subject: ["vốn huy động"], stated: { scale: "tỉ" } }],
      },
    ],
  },
  {
    behaviour: "multiplies by a compound scale",
    examples: [
      {
        text: "Năm 2024, giá trị sản xuất nông, lâm nghiệp và thủy sản đạt 45 nghìn tỷ đồng.",
        expect: [{ value: "45000000000000", unit: "VND", subject: ["giá trị sản xuất"], stated: { scale: "nghìn tỷ" } }],
      },
      {
        text: "Năm 2024, thu ngân sách nhà nước trên địa bàn đạt 1,5 ngàn tỷ đồng.",
        expect: [{ value: "1500000000000", unit: "VND", subject: ["thu ngân sách"], stated: { scale: "ngàn tỷ" } }],
      },
      {
        text: "Năm 2024, tổng giá trị các hợp đồng xây dựng ký kết đạt 3 nghìn tỉ đồng.",
        expect: [{ value: "3000000000000", unit: "VND", subject: ["hợp đồng"], stated: { scale: "nghìn tỉ" } }],
      },
      {
        text: "Năm 2024, dư nợ cho vay nhà ở xã hội đạt 2,75 ngàn tỉ đồng.",
        expect: [{ value: "2750000000000", unit: "VND", subject: ["dư nợ"], stated: { scale: "ngàn tỉ" } }],
      },
      {
        text: "Đến cuối năm 2024, tổng phương tiện thanh toán của nền kinh tế đạt khoảng 1,26 triệu tỉ đồng.",
        expect: [{ value: "1260000000000000", unit: "VND", qualifier: "about", subject: ["phương tiện thanh toán"], stated: { text: "1,26 triệu tỉ đồng", scale: "triệu tỉ" } }],
      },
      {
        text: "Năm 2024, tổng tài sản của hệ thống ngân hàng đạt 2,1 triệu tỷ đồng.",
        expect: [{ value: "2100000000000000", unit: "VND", subject: ["tổng tài sản"], stated: { scale: "triệu tỷ" } }],
      },
      {
        // 12.345.678.901.234.567 đồng is beyond 2^53 (about 9 × 10^15): a JS number would round it.
        text: "Năm 2024, tổng huy động vốn của toàn hệ thống đạt 12.345,678901234567 nghìn tỷ đồng.",
        expect: [{ value: "12345678901234567", unit: "VND", subject: ["huy động vốn"], stated: { scale: "nghìn tỷ" } }],
      },
      {
        text: "Năm 2024, tổng cầu tiền của nền kinh tế ước đạt 10,2 triệu tỷ đồng.",
        expect: [{ value: "10200000000000000", unit: "VND", status: "estimated", subject: ["cầu tiền"], stated: { scale: "triệu tỷ" } }],
      },
    ],
  },
  {
    behaviour: "adds a smaller scale written after a larger one",
    examples: [
      {
        text: "Năm 2024, kim ngạch xuất khẩu hàng dệt may đạt 11 tỷ 800 triệu USD.",
        expect: [{ value: "11800000000", unit: "USD", subject: ["dệt may"], stated: { text: "11 tỷ 800 triệu USD", scale: "tỷ" } }],
      },
      {
        text: "Năm 2024, quỹ khuyến học của xã nhận được 2 triệu 500 nghìn đồng mỗi tháng.",
        others: true,
        expect: [{ value: "2500000", unit: "VND", per: "tháng", subject: ["quỹ khuyến học"] }],
      },
    ],
  },
  {
    behaviour: "takes the unit of an earlier figure for a scale that stands alone in parentheses",
    examples: [
      {
        text: "Năm 2024, doanh thu dịch vụ viễn thông đạt 1.250 tỷ đồng, tăng so với năm 2023 (đạt 1.100 tỷ).",
        expect: [{ value: "1250000000000", unit: "VND", subject: ["viễn thông"], comparisons: [{ against: "previous", period: "2023", value: "1100000000000", change: { direction: "increase" } }] }],
      },
    ],
  },
];
