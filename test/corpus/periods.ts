import type { Corpus } from "./types.js";

/** The reference period of each figure, as an SDMX time period. */
export const periods: Corpus = [
  {
    behaviour: "reads a year named in the sentence",
    examples: [
      {
        text: "Năm 2024, doanh thu dịch vụ bưu chính trên địa bàn tỉnh đạt 69,3 tỷ đồng.",
        expect: [{ value: "69300000000", unit: "VND", period: "2024", subject: ["bưu chính"] }],
      },
      {
        text: "Tổng vốn đầu tư công giải ngân cả năm 2022 đạt 7.850 tỷ đồng.",
        expect: [{ value: "7850000000000", unit: "VND", period: "2022", subject: ["đầu tư công"] }],
      },
    ],
  },
  {
    behaviour: "reads the first months of a year counted in words, and before 'sơ bộ'",
    examples: [
      { text: "Hai tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-02", subjectLacks: ["tháng"] }] },
      { text: "Ba tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-Q1", subjectLacks: ["tháng"] }] },
      { text: "Bốn tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-04", subjectLacks: ["tháng"] }] },
      { text: "Sáu tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-S1", subjectLacks: ["tháng"] }] },
      { text: "Bảy tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-07", subjectLacks: ["tháng"] }] },
      { text: "Tám tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-08", subjectLacks: ["tháng"] }] },
      { text: "Chín tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-09", subjectLacks: ["tháng"] }] },
      { text: "Mười tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-10", subjectLacks: ["tháng"] }] },
      { text: "Mười một tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026-01/2026-11", subjectLacks: ["tháng"] }] },
      { text: "Mười hai tháng năm 2026, tỉnh đón 1,2 triệu lượt khách du lịch.", expect: [{ value: "1200000", unit: "count", period: "2026", subjectLacks: ["tháng"] }] },
      {
        text: "TÌNH HÌNH KINH TẾ QUÝ II VÀ 6 THÁNG NĂM 2026\nKim ngạch nhập khẩu hàng hóa 6 tháng sơ bộ đạt 198,2 tỷ USD, tăng 11% so với cùng kỳ năm trước.",
        expect: [{ value: "198200000000", unit: "USD", period: "2026-S1", status: "preliminary", comparisons: [{ against: "previous", period: "2025-S1" }] }],
      },
    ],
  },
  {
    behaviour: "reads the first months of a year before a verb that ranks, stays or goes on",
    examples: [
      { text: "Năm 2025, tăng trưởng GRDP 9 tháng xếp thứ 4/13 tỉnh trong vùng.", expect: [{ value: "4", unit: "rank", period: "2025-01/2025-09" }] },
      { text: "Năm 2025, thị trường nhập khẩu lớn nhất 8 tháng vẫn là Hàn Quốc với 3,1 tỷ USD.", expect: [{ value: "3100000000", unit: "USD", period: "2025-01/2025-08", subjectLacks: ["tháng"] }] },
      { text: "Năm 2025, khu vực dịch vụ 6 tháng chiếm 41,2% GRDP.", expect: [{ value: "41.2", unit: "%", period: "2025-S1" }] },
      { text: "Năm 2025, doanh thu du lịch 10 tháng tiếp tục tăng 18%.", expect: [{ value: "18", unit: "%", period: "2025-01/2025-10" }] },
      { text: "Năm 2025, chỉ số giá 7 tháng đứng ở mức 103,2%.", expect: [{ value: "103.2", unit: "%", period: "2025-01/2025-07" }], others: true },
    ],
  },
  {
    behaviour: "reads a year the heading defines as months from one year into the next (a work year) as those months",
    examples: [
      {
        text: "BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2026\n(Năm công tác 2026, tính từ ngày 01/10/2025 đến hết ngày 30/9/2026)\n\nToàn ngành đã giải quyết 9.480 việc. Số tiền đã thu là 612 tỷ đồng.",
        expect: [
          { value: "9480", unit: "count", period: "2025-10/2026-09" },
          { value: "612000000000", unit: "VND", period: "2025-10/2026-09" },
        ],
      },
      // Cases carried over from the year before ("năm trước chuyển sang") are this year's caseload.
      {
        text: "BÁO CÁO TỔNG KẾT NĂM 2026\n\nTổng số việc phải giải quyết là 9.900 việc, trong đó năm trước chuyển sang 2.750 việc. Số việc đã giải quyết xong là 7.620 việc.",
        expect: [
          { value: "9900", unit: "count", period: "2026" },
          { value: "2750", unit: "count", period: "2026" },
          { value: "7620", unit: "count", period: "2026" },
        ],
      },
      {
        text: "BÁO CÁO TỔNG KẾT NĂM 2026\n\nSố đơn phải giải quyết là 640 đơn, gồm 95 đơn năm trước chuyển qua và 545 đơn mới.",
        expect: [
          { value: "640", unit: "count", period: "2026" },
          { value: "95", unit: "count", period: "2026" },
          { value: "545", unit: "count", period: "2026" },
        ],
      },
    ],
  },
  {
    behaviour: "does not take the date of a document for the period of its figures",
    examples: [
      {
        text: "Xã Tân Lập, ngày 30 tháng 6 năm 2024\nBÁO CÁO tình hình kinh tế - xã hội 6 tháng đầu năm 2024\n- Thu ngân sách trên địa bàn ước đạt 18,6 tỷ đồng.",
        expect: [{ value: "18600000000", unit: "VND", period: "2024-S1", status: "estimated" }],
      },
    ],
  },
  {
    behaviour: "reads 'đến hết tháng N' as January to N for a flow, and as month N for a stock compared with a month",
    examples: [
      {
        text: "Đến hết tháng 9/2024, huyện đã giải ngân 312 tỷ đồng vốn xây dựng nông thôn mới.",
        expect: [{ value: "312000000000", unit: "VND", period: "2024-01/2024-09" }],
      },
      {
        text: "Tính đến hết tháng 5/2024, tổng thu ngân sách đạt 1.430 tỷ đồng; lũy kế đến tháng 5 năm 2024, thu từ đất đạt 410 tỷ đồng; luỹ kế đến hết tháng 5/2024, thu phí đạt 36 tỷ đồng.",
        expect: [
          { value: "1430000000000", unit: "VND", period: "2024-01/2024-05" },
          { value: "410000000000", unit: "VND", period: "2024-01/2024-05" },
          { value: "36000000000", unit: "VND", period: "2024-01/2024-05" },
        ],
      },
      {
        text: "Luỹ kế đến tháng 7/2024, doanh thu lữ hành đạt 820 tỷ đồng; lũy kế đến hết tháng 7/2024, số thuê bao di động đạt 1,2 triệu thuê bao, tăng 3% so với tháng 12 năm 2023.",
        expect: [
          { value: "820000000000", unit: "VND", period: "2024-01/2024-07" },
          { value: "1200000", unit: "count", period: "2024-07", comparisons: [{ against: "previous", period: "2023-12" }] },
        ],
      },
    ],
  },
  {
    behaviour: "pairs the years of a 'lần lượt' list with its figures, in the sentence's stretch of the year",
    examples: [
      {
        text: "Quý III/2024, tốc độ tăng GRDP của tỉnh đạt 7,9%; cùng kỳ các năm 2022 và 2023 lần lượt là 6,1% và 6,8%.",
        expect: [
          { value: "7.9", unit: "%", period: "2024-Q3" },
          { value: "6.1", unit: "%", period: "2022-Q3", subject: ["GRDP"] },
          { value: "6.8", unit: "%", period: "2023-Q3", subject: ["GRDP"] },
        ],
      },
    ],
  },
  {
    behaviour: "goes on with the period of a sentence that continues the one before it into the next sentence",
    examples: [
      {
        text: "Tháng 10/2026, kim ngạch qua cửa khẩu đạt 480 triệu USD.\n\nLũy kế 10 tháng năm 2026, tổng kim ngạch đạt 6,4 tỷ USD. Như vậy, tỉnh xuất siêu 610 triệu USD. Tỷ trọng xuất khẩu chiếm 54,8% tổng kim ngạch.",
        expect: [
          { value: "610000000", unit: "USD", period: "2026-01/2026-10" },
          { value: "54.8", unit: "%", period: "2026-01/2026-10" },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "dates a report of an event by the month of the days it ran over",
    examples: [
      {
        text: "BÁO CÁO NHANH\nThiệt hại do mưa lớn từ ngày 3 đến 6/9/2026\nToàn tỉnh có 38 nhà bị sập, 1.150 ha hoa màu bị ngập.",
        expect: [
          { value: "38", unit: "count", period: "2026-09" },
          { value: "1150", unit: "ha", period: "2026-09" },
        ],
      },
      // Days of two months make both months; a sentence's own days outweigh the years of the sentences before.
      {
        text: "Số hộ nghèo năm 2025 là 4.100 hộ. Số hộ cận nghèo năm 2025 là 6.300 hộ.\n\nTừ ngày 20/6 đến 15/7/2026, Hội Nông dân tổ chức 48 lớp tập huấn.",
        expect: [
          { value: "4100", unit: "count", period: "2025" },
          { value: "48", unit: "count", period: "2026-06/2026-07" },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "reads a stock counted up to a day ('tính đến ngày 30/9/2024') as that month, and what is added up from the year's start to a day as the months to it",
    examples: [
      // A herd counted "at the moment" of a day is a stock too; so is what any count at a day gives.
      {
        text: "Số lao động trong các khu công nghiệp vào thời điểm 30/9/2026 tăng 3,4% so với cùng thời điểm năm trước.",
        expect: [{ value: "3.4", unit: "%", period: "2026-09", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "3.4", direction: "increase" } }] }],
      },
      {
        text: "Tại thời điểm 30/9/2026, tổng đàn bò toàn tỉnh ước đạt 268,4 nghìn con, tăng 2,1% so với cùng thời điểm năm trước.",
        expect: [{ value: "268400", unit: "count", status: "estimated", period: "2026-09", subjectLacks: ["thời điểm"], comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "2.1", direction: "increase" } }] }],
      },
      // Those insured at a day are a stock, even compared with the same day a year before.
      {
        text: "Đến ngày 30/9/2026, số người tham gia BHXH bắt buộc là 98.400 người, tăng 6,3% so với cùng kỳ.",
        expect: [{ value: "98400", unit: "count", period: "2026-09", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "6.3", direction: "increase" } }] }],
      },
      {
        text: "Tính từ đầu năm đến ngày 15/8/2026, toàn tỉnh thu hút 38 dự án đầu tư mới với tổng vốn 1,2 tỷ USD.",
        expect: [
          { value: "38", unit: "count", period: "2026-01/2026-08", subjectLacks: ["đầu năm"] },
          { value: "1200000000", unit: "USD", period: "2026-01/2026-08" },
        ],
      },
      { text: "Từ đầu năm tới ngày 31/10/2026, huyện cấp 214 giấy phép xây dựng.", expect: [{ value: "214", unit: "count", period: "2026-01/2026-10" }] },
      { text: "Tính từ đầu năm tới 31/10/2026, huyện cấp 214 giấy phép xây dựng.", expect: [{ value: "214", unit: "count", period: "2026-01/2026-10" }] },
      // From New Year's Day written as a date, to the end of a day.
      { text: "Tính từ ngày 01/01 đến hết ngày 31/10/2026, huyện cấp 214 giấy phép xây dựng.", expect: [{ value: "214", unit: "count", period: "2026-01/2026-10" }] },
      // The end of a stretch of days that starts elsewhere is no stretch from January: the days make the months they run over.
      { text: "Năm 2026, trong 4 ngày nghỉ lễ từ 30/4 đến 3/5/2026, thành phố đón 385.000 lượt khách.", expect: [{ value: "385000", unit: "count", period: "2026-04/2026-05" }] },
      {
        // A flow counted up to a day and compared with the same stretch a year before runs from January.
        text: "Tính đến ngày 30/6/2025, vốn đầu tư nước ngoài đăng ký mới vào tỉnh đạt 2,6 tỷ USD, tăng 18% so với cùng kỳ năm trước.",
        expect: [{ value: "2600000000", unit: "USD", period: "2025-S1", comparisons: [{ against: "previous", period: "2024-S1", change: { kind: "percent", value: "18", direction: "increase" } }] }],
      },
      {
        // Measured against a year's plan: a flow too.
        text: "Tính đến ngày 30/9/2025, giải ngân vốn đầu tư công của tỉnh đạt 2.870 tỷ đồng, bằng 61,4% kế hoạch.",
        expect: [{ value: "2870000000000", unit: "VND", period: "2025-01/2025-09", comparisons: [{ against: "plan", attainment: "61.4" }] }],
      },
      {
        text: "Tính đến ngày 30/6/2025, dư nợ tín dụng trên địa bàn đạt 96.400 tỷ đồng, tăng 12% so với cùng kỳ năm trước.",
        expect: [{ value: "96400000000000", unit: "VND", period: "2025-06" }],
      },
      {
        text: "Tính đến ngày 30/9/2024, số người tham gia bảo hiểm thất nghiệp là 142.300 người, đạt 31,5% lực lượng lao động.",
        expect: [
          { value: "142300", unit: "count", period: "2024-09", subject: ["bảo hiểm thất nghiệp"], subjectLacks: ["(người)"] },
          { value: "31.5", unit: "%", period: "2024-09", subject: ["bảo hiểm thất nghiệp", "lực lượng lao động"] },
        ],
      },
      {
        text: "Đến ngày 31/12/2024, dư nợ tín dụng đạt 96.400 tỷ đồng; tính tới ngày 15/6/2024 có 2.150 hộ được vay vốn; đến hết ngày 31/3/2024 tỉnh có 46 chợ; tính đến hết ngày 30/6/2024 có 12 siêu thị; tới ngày 30/9/2024 có 8 trung tâm thương mại.",
        others: true,
        expect: [
          { value: "96400000000000", unit: "VND", period: "2024-12" },
          { value: "2150", unit: "count", period: "2024-06" },
          { value: "46", unit: "count", period: "2024-03" },
          { value: "12", unit: "count", period: "2024-06" },
        ],
      },
    ],
  },
  {
    behaviour: "reads a period after a noun that says where a sum comes from, and not one that starts something or is a term",
    examples: [
      {
        text: "Tháng 8/2026, doanh thu lữ hành đạt 410 tỷ đồng. Tổng thu từ khách quốc tế 8 tháng ước đạt 3.260 tỷ đồng.",
        expect: [
          { value: "410000000000", unit: "VND", period: "2026-08" },
          { value: "3260000000000", unit: "VND", period: "2026-01/2026-08", status: "estimated" },
        ],
      },
      // "Từ tháng 5": when something started, not the figure's stretch.
      { text: "Năm 2026, từ tháng 5, giá điện sinh hoạt tăng 4,8%.", expect: [{ value: "4.8", unit: "%", period: "2026" }] },
      // "kỳ hạn dưới 6 tháng": a deposit's term.
      {
        text: "Tháng 10/2026, lãi suất huy động phổ biến ở mức 3,1%/năm đối với kỳ hạn dưới 6 tháng; 4,5%/năm đối với kỳ hạn từ 6 tháng đến dưới 12 tháng.",
        expect: [
          { value: "3.1", unit: "%", per: "năm", period: "2026-10" },
          { value: "4.5", unit: "%", per: "năm", period: "2026-10" },
        ],
      },
    ],
  },
  {
    behaviour: "reads 'từ đầu năm' as January to the month the passage has reached, and a figure compared with the year's end as that month's",
    examples: [
      {
        text: "Tháng 10/2026, thu ngân sách đạt 1.200 tỷ đồng. Từ đầu năm đến nay, thu ngân sách đạt 11.800 tỷ đồng, tăng 9% so với cùng kỳ.",
        expect: [
          { value: "1200000000000", unit: "VND", period: "2026-10" },
          { value: "11800000000000", unit: "VND", period: "2026-01/2026-10", comparisons: [{ against: "previous", period: "2025-01/2025-10" }] },
        ],
      },
      // In a report of a quarter and its year, the whole year.
      {
        text: "Báo cáo kinh tế - xã hội quý IV và năm 2026\nChỉ số sản xuất công nghiệp quý IV/2026 tăng 9,1% so với cùng kỳ. Lũy kế từ đầu năm tới nay, chỉ số tăng 8,4% so với năm 2025.",
        expect: [
          { value: "9.1", unit: "%", period: "2026-Q4" },
          { value: "8.4", unit: "%", period: "2026", subjectLacks: ["đầu năm"], comparisons: [{ against: "previous", period: "2025" }] },
        ],
      },
      {
        text: "Tháng 9/2026, CPI tăng 0,4% so với tháng trước. Tính từ đầu năm, CPI tăng 2,9% so với tháng 12 năm trước.",
        expect: [
          { value: "0.4", unit: "%", period: "2026-09" },
          { value: "2.9", unit: "%", period: "2026-09", comparisons: [{ against: "previous", period: "2025-12" }] },
        ],
      },
      // What has added up since January is no stretch the sentences after it go on about.
      {
        text: "Tháng 9/2026, CPI tăng 0,4% so với tháng trước. Tính từ đầu năm, CPI tăng 3,1% so với cùng kỳ. Nhóm giáo dục tăng 1,2%.",
        expect: [
          { value: "0.4", unit: "%", period: "2026-09" },
          { value: "3.1", unit: "%", period: "2026-01/2026-09" },
          { value: "1.2", unit: "%", period: "2026-09" },
        ],
      },
      // "do địa phương quản lý": who manages the money, no cause; the year after it is the figure's.
      {
        text: "Báo cáo kinh tế - xã hội quý IV và năm 2026\nVốn đầu tư từ ngân sách nhà nước do địa phương quản lý năm 2026 ước đạt 9.100 tỷ đồng.",
        expect: [{ value: "9100000000000", unit: "VND", period: "2026", status: "estimated" }],
      },
    ],
  },
  {
    behaviour: "takes a period after the figure with 'vào cuối' or 'vào đầu'",
    examples: [
      {
        text: "Báo cáo 6 tháng đầu năm 2024. Phấn đấu thu ngân sách cả năm đạt 1.850 tỷ đồng.",
        expect: [{ value: "1850000000000", unit: "VND", period: "2024", status: "target" }],
      },
      {
        text: "Tỉnh phấn đấu tỷ lệ hộ dùng nước sạch đạt 95% vào cuối năm 2025.",
        expect: [{ value: "95", unit: "%", period: "2025", status: "target" }],
      },
    ],
  },
  {
    behaviour: "does not take the base year of constant prices for the period",
    examples: [
      {
        text: "Năm 2024, tổng sản phẩm trên địa bàn theo giá so sánh năm 2010 ước tăng 8,4% so với năm 2023.",
        expect: [{ value: "8.4", unit: "%", period: "2024", status: "estimated", subject: ["tổng sản phẩm"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "8.4", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a month with its year",
    examples: [
      {
        text: "Trong tháng 7/2023, doanh thu bán lẻ hàng hóa trên địa bàn đạt 520,3 tỷ đồng.",
        expect: [{ value: "520300000000", unit: "VND", period: "2023-07", subject: ["bán lẻ"] }],
      },
      {
        text: "Doanh thu dịch vụ lưu trú, ăn uống tháng 7 năm 2023 đạt 212 tỷ đồng.",
        expect: [{ value: "212000000000", unit: "VND", period: "2023-07", subject: ["lưu trú"] }],
      },
      {
        text: "Đến cuối tháng 12/2024, dư nợ tín dụng trên địa bàn đạt 95.300 tỷ đồng.",
        expect: [{ value: "95300000000000", unit: "VND", period: "2024-12", subject: ["dư nợ tín dụng"] }],
      },
      // Brackets that say which days the month spans: the month's, and nothing of them in the subject.
      {
        text: "Theo Công an huyện, trong tháng 11/2026 (tính từ ngày 15/10 đến ngày 14/11/2026), trên địa bàn xảy ra 7 vụ cháy.",
        expect: [{ value: "7", unit: "count", period: "2026-11", subject: ["vụ cháy"], subjectLacks: ["( )", "tính"] }],
      },
    ],
  },
  {
    behaviour: "reads a month written as a word after 'tháng', capitalised",
    examples: [
      {
        text: "Tháng Chín năm 2025, giá trị xuất khẩu thủy sản của tỉnh đạt 46,2 triệu USD.",
        expect: [{ value: "46200000", unit: "USD", period: "2025-09", subject: ["xuất khẩu thủy sản"], subjectLacks: ["Chín"] }],
      },
      {
        text: "Báo cáo tình hình kinh tế - xã hội tháng Mười Hai năm 2024\nLượng khách lưu trú trong tháng Mười Hai đạt 318 nghìn lượt.",
        expect: [{ value: "318000", unit: "count", period: "2024-12", subject: ["khách lưu trú"] }],
      },
      {
        text: "Trong tháng Giêng năm 2025, các chợ đầu mối tiêu thụ 4.200 tấn rau xanh.",
        expect: [{ value: "4200", unit: "t", period: "2025-01", subject: ["rau xanh"] }],
      },
      {
        text: "Tháng Chạp năm 2024, sức mua hàng Tết đẩy doanh thu bán lẻ lên 9.870 tỷ đồng.",
        expect: [{ value: "9870000000000", unit: "VND", period: "2024-12", subject: ["doanh thu bán lẻ"] }],
      },
      {
        text: "Riêng tháng Mười Một năm 2024, toàn tỉnh trồng mới 1.150 ha rừng.",
        expect: [{ value: "1150", unit: "ha", period: "2024-11", subject: ["rừng"] }],
      },
      {
        text: "Sản lượng điện sản xuất tháng Tư năm 2025 ước đạt 2.640 triệu kWh.",
        expect: [{ value: "2640000000", unit: "kWh", period: "2025-04", status: "estimated", subject: ["sản lượng điện"] }],
      },
      {
        text: "Tháng Năm năm 2025, cảng biển của tỉnh bốc xếp 3,1 triệu tấn hàng hóa.",
        expect: [{ value: "3100000", unit: "t", period: "2025-05", subject: ["hàng hóa"] }],
      },
      {
        text: "Các tháng năm 2024 đều có mưa lớn; cả năm 2024 tổng lượng mưa đạt 2.480 mm.",
        expect: [{ value: "2480", unit: "mm", period: "2024", subject: ["lượng mưa"] }],
      },
    ],
  },
  {
    behaviour: "reads a quarter in Roman or Arabic numerals",
    examples: [
      {
        text: "Quý III/2024, kim ngạch xuất khẩu của tỉnh đạt 1,45 tỷ USD.",
        expect: [{ value: "1450000000", unit: "USD", period: "2024-Q3", subject: ["xuất khẩu"] }],
      },
      {
        text: "Trong quý 3 năm 2024, tỉnh thu hút 12 dự án đầu tư trong nước.",
        expect: [{ value: "12", unit: "count", period: "2024-Q3", subject: ["dự án"] }],
      },
      {
        text: "Trong quý 1/2024, tổng thu ngân sách nhà nước trên địa bàn đạt 3.100 tỷ đồng.",
        expect: [{ value: "3100000000000", unit: "VND", period: "2024-Q1", subject: ["thu ngân sách"] }],
      },
      {
        text: "Quý II năm 2024, kim ngạch nhập khẩu máy móc, thiết bị đạt 820 triệu USD.",
        expect: [{ value: "820000000", unit: "USD", period: "2024-Q2", subject: ["nhập khẩu"] }],
      },
      {
        text: "Quý 4/2023, tổng vốn đầu tư thực hiện toàn xã hội đạt 12.000 tỷ đồng.",
        expect: [{ value: "12000000000000", unit: "VND", period: "2023-Q4", subject: ["vốn đầu tư"] }],
      },
      {
        text: "Trong quí IV/2022, sản lượng thủy sản nuôi trồng đạt 84.600 tấn.",
        expect: [{ value: "84600", unit: "t", period: "2022-Q4", subject: ["thủy sản"] }],
      },
    ],
  },
  {
    behaviour: "reads the first or second half of a year",
    examples: [
      {
        text: "6 tháng đầu năm 2024, tổng vốn đầu tư thực hiện trên địa bàn đạt 9.870 tỷ đồng.",
        expect: [{ value: "9870000000000", unit: "VND", period: "2024-S1", subject: ["vốn đầu tư"] }],
      },
      {
        text: "Nửa đầu năm 2024, các khu, điểm du lịch trong tỉnh đón 1,2 triệu lượt khách.",
        expect: [{ value: "1200000", unit: "count", period: "2024-S1", subject: ["lượt khách"] }],
      },
      {
        text: "Nửa năm đầu 2024, tỉnh cấp mới 430 giấy chứng nhận đăng ký doanh nghiệp.",
        expect: [{ value: "430", unit: "count", period: "2024-S1", subject: ["giấy chứng nhận"] }],
      },
      {
        text: "Nửa cuối năm 2023, các cơ sở lưu trú trên địa bàn đón 1,6 triệu lượt khách.",
        expect: [{ value: "1600000", unit: "count", period: "2023-S2", subject: ["lượt khách"] }],
      },
      {
        text: "Sáu tháng cuối năm 2023, sản lượng điện thương phẩm đạt 1.900 triệu kWh.",
        expect: [{ value: "1900000000", unit: "kWh", period: "2023-S2", subject: ["điện thương phẩm"] }],
      },
      {
        text: "Trong 6 tháng cuối năm 2023, kim ngạch xuất khẩu gỗ và sản phẩm gỗ đạt 410 triệu USD.",
        expect: [{ value: "410000000", unit: "USD", period: "2023-S2", subject: ["gỗ"] }],
      },
      {
        text: "Sáu tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn đạt 7.500 tỷ đồng.",
        options: { date: "2024-07-05" },
        expect: [{ value: "7500000000000", unit: "VND", period: "2024-S1", subject: ["thu ngân sách"] }],
      },
    ],
  },
  {
    behaviour: "reads the first months of a year as a range from January",
    examples: [
      {
        text: "Tính chung 7 tháng năm 2023, doanh thu du lịch lữ hành đạt 310 tỷ đồng.",
        expect: [{ value: "310000000000", unit: "VND", period: "2023-01/2023-07", subject: ["du lịch lữ hành"] }],
      },
      {
        text: "10 tháng đầu năm 2024, tỉnh cấp phép cho 245 doanh nghiệp thành lập mới.",
        expect: [{ value: "245", unit: "count", period: "2024-01/2024-10", subject: ["doanh nghiệp"] }],
      },
      {
        text: "Luỹ kế 5 tháng năm 2024, lượng khách quốc tế đến tỉnh đạt 86.000 lượt.",
        expect: [{ value: "86000", unit: "count", period: "2024-01/2024-05", subject: ["khách quốc tế"] }],
      },
      {
        text: "Bình quân 8 tháng năm 2024, chỉ số giá tiêu dùng tăng 3,6% so với cùng kỳ.",
        expect: [{ value: "3.6", unit: "%", period: "2024-01/2024-08", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2023-01/2023-08", change: { kind: "percent", value: "3.6", direction: "increase" } }] }],
      },
      {
        text: "Chỉ trong 4 tháng đầu năm 2024, tỉnh đã thu hút 18 dự án đầu tư.",
        expect: [{ value: "18", unit: "count", period: "2024-01/2024-04", subject: ["dự án"] }],
      },
      {
        text: "Trong 5 tháng của năm 2024, kim ngạch xuất khẩu hàng nông sản đạt 1,1 tỷ USD.",
        expect: [{ value: "1100000000", unit: "USD", period: "2024-01/2024-05", subject: ["nông sản"] }],
      },
      {
        text: "Trong 2 tháng của đầu năm 2024, Sở Xây dựng cấp 45 giấy phép xây dựng.",
        expect: [{ value: "45", unit: "count", period: "2024-01/2024-02", subject: ["giấy phép"] }],
      },
      {
        // A count of months right before "được" or "thu" is a stretch from January, not a month.
        text: "Quý III/2026, tổng thu ngân sách đạt 6.800 tỷ đồng. Thu phí bảo vệ môi trường 11 tháng được 185 tỷ đồng.",
        expect: [
          { value: "6800000000000", unit: "VND", period: "2026-Q3" },
          { value: "185000000000", unit: "VND", period: "2026-01/2026-11" },
        ],
      },
      {
        text: "Năm 2026, huyện 9 tháng thu 420 tỷ đồng tiền sử dụng đất.",
        expect: [{ value: "420000000000", unit: "VND", period: "2026-01/2026-09" }],
      },
      {
        text: "Trong 11 tháng qua, tỉnh đón 2,8 triệu lượt khách du lịch.",
        options: { date: "2024-12-03" },
        expect: [{ value: "2800000", unit: "count", period: "2024-01/2024-11", subject: ["lượt khách"] }],
      },
      {
        text: "Trong 9 tháng đầu năm nay, doanh thu viễn thông đạt 1.240 tỷ đồng.",
        options: { date: "2024-10-06" },
        expect: [{ value: "1240000000000", unit: "VND", period: "2024-01/2024-09", subject: ["viễn thông"] }],
      },
      {
        text: "Tính chung 3 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa đạt 8.900 tỷ đồng.",
        expect: [{ value: "8900000000000", unit: "VND", period: "2024-Q1", subject: ["bán lẻ"] }],
      },
    ],
  },
  {
    behaviour: "reads a multi-year span",
    examples: [
      {
        text: "Giai đoạn 2021-2025, tỉnh giải ngân 18.400 tỷ đồng vốn đầu tư công.",
        expect: [{ value: "18400000000000", unit: "VND", period: "2021/2025", subject: ["vốn đầu tư công"] }],
      },
      {
        text: "Niên vụ 2023-2024, sản lượng lúa đông xuân toàn tỉnh đạt 1,1 triệu tấn.",
        expect: [{ value: "1100000", unit: "t", period: "2023/2024", subject: ["lúa đông xuân"] }],
      },
      // A school year, which a report may be about as a whole; not one that says which of a noun.
      {
        text: "BÁO CÁO\nTổng kết năm học 2025-2026\n\nToàn tỉnh có 672 trường học. Trong năm học 2025-2026, tỷ lệ học sinh bỏ học là 0,12%.",
        expect: [
          { value: "672", unit: "count", period: "2025/2026" },
          { value: "0.12", unit: "%", period: "2025/2026" },
        ],
      },
      {
        text: "Tháng 8/2026, giá sách giáo khoa năm học 2026-2027 tăng 3,5%.",
        expect: [{ value: "3.5", unit: "%", period: "2026-08" }],
      },
      {
        text: "Thời kỳ 2016-2020, tỉnh trồng mới 45.000 ha rừng tập trung.",
        expect: [{ value: "45000", unit: "ha", period: "2016/2020", subject: ["rừng"] }],
      },
      {
        text: "Nhiệm kỳ 2020-2025, tỉnh xây mới 120 trường học đạt chuẩn.",
        expect: [{ value: "120", unit: "count", period: "2020/2025", subject: ["trường"] }],
      },
    ],
  },
  {
    behaviour: "resolves 'năm nay' and a month without a year from options.date or options.period",
    examples: [
      {
        text: "Năm nay, sản lượng cà phê nhân của tỉnh ước đạt 480 nghìn tấn.",
        options: { date: "2024-12-20" },
        expect: [{ value: "480000", unit: "t", period: "2024", status: "estimated", subject: ["cà phê"] }],
      },
      {
        text: "Năm nay, sản lượng hồ tiêu của tỉnh ước đạt 62 nghìn tấn.",
        options: { period: "2023" },
        expect: [{ value: "62000", unit: "t", period: "2023", status: "estimated", subject: ["hồ tiêu"] }],
      },
      {
        text: "Trong năm này, Sở Xây dựng đã cấp 1.240 giấy phép xây dựng.",
        options: { date: "2024-12-28" },
        expect: [{ value: "1240", unit: "count", period: "2024", subject: ["giấy phép"] }],
      },
      {
        text: "Trong năm hiện tại, tỉnh phấn đấu thu hút 30 dự án đầu tư mới.",
        options: { date: "2025-03-10" },
        expect: [{ value: "30", unit: "count", period: "2025", status: "target", subject: ["dự án"] }],
      },
      {
        // A year-end report dated in January: "cả năm" and "năm qua" are the year it reports on.
        text: "Báo cáo kết quả thực hiện nhiệm vụ năm 2026. Quý IV/2026, toàn tỉnh thu hút 12 dự án mới. Cả năm, tỉnh thu hút 45 dự án; trong năm qua, tỉnh đón 2,1 triệu lượt khách.",
        options: { date: "2027-01-12" },
        expect: [
          { value: "12", unit: "count", period: "2026-Q4" },
          { value: "45", unit: "count", period: "2026" },
          { value: "2100000", unit: "count", period: "2026" },
        ],
      },
      {
        text: "Trong năm qua, Trung tâm Phục vụ hành chính công đã xử lý 1.250 hồ sơ.",
        options: { date: "2024-12-30" },
        expect: [{ value: "1250", unit: "count", period: "2024", subject: ["hồ sơ"] }],
      },
      {
        text: "Tháng 3, chỉ số giá tiêu dùng trên địa bàn tăng 0,3% so với tháng trước.",
        options: { date: "2024-04-02" },
        expect: [{ value: "0.3", unit: "%", period: "2024-03", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2024-02", change: { kind: "percent", value: "0.3", direction: "increase" } }] }],
      },
      {
        text: "Tháng 3 năm nay, chỉ số giá vận tải tăng 1,2% so với tháng trước.",
        options: { period: "2024-03" },
        expect: [{ value: "1.2", unit: "%", period: "2024-03", subject: ["giá vận tải"], comparisons: [{ against: "previous", period: "2024-02" }] }],
      },
      {
        text: "Trong quí I năm nay, tổng thu ngân sách trên địa bàn đạt 2.150 tỷ đồng.",
        options: { date: "2024-04-10" },
        expect: [{ value: "2150000000000", unit: "VND", period: "2024-Q1", subject: ["thu ngân sách"] }],
      },
      {
        // The date a report gives in its head stands for options.date.
        text: "UBND HUYỆN AN PHÚ\nAn Phú, ngày 15 tháng 12 năm 2024\nBÁO CÁO\nNăm nay, toàn huyện trồng mới 320 ha rừng. Dự kiến năm 2025, huyện trồng thêm 350 ha rừng và năm 2026 trồng 400 ha.",
        expect: [
          { value: "320", unit: "ha", period: "2024", subject: ["rừng"] },
          { value: "350", unit: "ha", period: "2025", status: "forecast", subject: ["rừng"] },
          { value: "400", unit: "ha", period: "2026", status: "forecast" },
        ],
      },
      {
        text: "Doanh thu bán lẻ hàng hóa trên địa bàn đạt 4.560 tỷ đồng.",
        options: { period: "2024-01/2024-10" },
        expect: [{ value: "4560000000000", unit: "VND", period: "2024-01/2024-10", subject: ["bán lẻ"] }],
      },
    ],
  },
  {
    behaviour: "reads the months added up since January after 'cộng dồn', as after 'lũy kế'",
    examples: [
      {
        text: "Tháng 9/2026, toàn tỉnh ghi nhận 312 ca sốt xuất huyết. Cộng dồn 9 tháng có 1.874 ca, giảm 8,1% so với cùng kỳ năm 2025; cộng dồn đến hết tháng 9 có 4 ca tử vong, cộng dồn đến tháng 9 có 126 ổ dịch.",
        expect: [
          { value: "312", unit: "count", period: "2026-09" },
          { value: "1874", unit: "count", period: "2026-01/2026-09", subjectLacks: ["Cộng dồn"], comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "8.1", direction: "decrease" } }] },
          { value: "4", unit: "count", period: "2026-01/2026-09", subjectLacks: ["cộng dồn"] },
          { value: "126", unit: "count", period: "2026-01/2026-09", subjectLacks: ["cộng dồn"] },
        ],
      },
    ],
  },
  {
    behaviour: "gives null when the text and the options name no period",
    examples: [
      {
        text: "Lũy kế 9 tháng, doanh thu dịch vụ viễn thông đạt 1.240 tỷ đồng.",
        expect: [{ value: "1240000000000", unit: "VND", period: null, subject: ["viễn thông"] }],
      },
      {
        text: "Sau 3 tháng triển khai, ứng dụng công dân số đã có 25.000 tài khoản đăng ký.",
        expect: [{ value: "25000", unit: "count", period: null, subject: ["tài khoản"] }],
      },
    ],
  },
  {
    behaviour: "reads last year's figure in a year's report",
    examples: [
      {
        text: "Năm 2024, doanh thu du lịch đạt 5.200 tỷ đồng. Năm ngoái, doanh thu du lịch chỉ đạt 4.100 tỷ đồng.",
        expect: [
          { value: "5200000000000", unit: "VND", period: "2024", subject: ["doanh thu du lịch"] },
          { value: "4100000000000", unit: "VND", period: "2023", subject: ["doanh thu du lịch"] },
        ],
      },
    ],
  },
  {
    behaviour: "lets a heading's period govern the sentences under it",
    examples: [
      {
        text: "Tình hình kinh tế - xã hội quý III năm 2024\nKim ngạch xuất khẩu ước đạt 1,45 tỷ USD. Tổng mức bán lẻ hàng hóa đạt 12.300 tỷ đồng.",
        expect: [
          { value: "1450000000", unit: "USD", period: "2024-Q3", status: "estimated", subject: ["xuất khẩu"] },
          { value: "12300000000000", unit: "VND", period: "2024-Q3", subject: ["bán lẻ"] },
        ],
      },
      {
        text: "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2024\nTổng thu ngân sách ước đạt 9.800 tỷ đồng.\nXuất khẩu hàng hóa đạt 1,75 tỷ USD.",
        expect: [
          { value: "9800000000000", unit: "VND", period: "2024-01/2024-09", status: "estimated", subject: ["thu ngân sách"] },
          { value: "1750000000", unit: "USD", period: "2024-01/2024-09", subject: ["xuất khẩu"] },
        ],
      },
    ],
  },
  {
    behaviour: "keeps the previous sentence's period for a sentence that continues it",
    examples: [
      {
        text: "Tháng 6/2024, kim ngạch xuất khẩu đạt 320 triệu USD. Tính chung 6 tháng đầu năm, kim ngạch xuất khẩu đạt 1,9 tỷ USD. Trong đó, xuất khẩu nông sản đạt 650 triệu USD.",
        expect: [
          { value: "320000000", unit: "USD", period: "2024-06", subject: ["xuất khẩu"] },
          { value: "1900000000", unit: "USD", period: "2024-S1", subject: ["xuất khẩu"] },
          { value: "650000000", unit: "USD", period: "2024-S1", subject: ["xuất khẩu nông sản"] },
        ],
      },
      {
        text: "Lũy kế 10 tháng năm 2024, thu ngân sách đạt 11.200 tỷ đồng. Ngoài ra, thu từ xổ số kiến thiết đạt 420 tỷ đồng.",
        expect: [
          { value: "11200000000000", unit: "VND", period: "2024-01/2024-10", subject: ["thu ngân sách"] },
          { value: "420000000000", unit: "VND", period: "2024-01/2024-10", subject: ["xổ số"] },
        ],
      },
    ],
  },
  {
    behaviour: "takes the report's year from the lede that names the headline's stretch with its year, however often the year before comes up",
    examples: [
      {
        text: "Thu ngân sách quý I tăng 15%\n\nTrong quý I/2025, thu ngân sách của tỉnh đạt 3.200 tỷ đồng, tăng 15% so với cùng kỳ. Năm 2024, tỉnh thu 11.000 tỷ đồng; năm 2024 cũng là năm thu cao nhất. So với năm 2023, số thu năm 2024 tăng 8%.\n\nThu từ khu vực doanh nghiệp nhà nước đạt 410 tỷ đồng.",
        expect: [
          { value: "3200000000000", unit: "VND", period: "2025-Q1" },
          { value: "11000000000000", unit: "VND", period: "2024" },
          { value: "410000000000", unit: "VND", period: "2025-Q1" },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "gives a sentence with no period of its own the period of the sentence right before it in its paragraph",
    examples: [
      // Under a heading about a month and the months so far, a paragraph that names neither goes on with the one named last.
      {
        text: "Tình hình xuất khẩu tháng 10 và 10 tháng năm 2026\n\nKim ngạch xuất khẩu tháng 10 ước đạt 41,2 tỷ USD.\n\nTính chung 10 tháng, kim ngạch xuất khẩu đạt 398,5 tỷ USD, tăng 12,4% so với cùng kỳ năm trước.\n\nKhu vực có vốn đầu tư nước ngoài xuất khẩu 301,4 tỷ USD, tăng 15,1%.",
        expect: [
          { value: "41200000000", unit: "USD", status: "estimated", period: "2026-10" },
          { value: "398500000000", unit: "USD", period: "2026-01/2026-10" },
          { value: "301400000000", unit: "USD", period: "2026-01/2026-10" },
        ],
      },
      // So under a quarter and the months so far; a sentence that singles out the quarter ("Riêng quý III") is an aside.
      {
        text: "Tình hình cháy nổ quý III và 9 tháng năm 2026\n\n9 tháng năm 2026, toàn tỉnh xảy ra 212 vụ cháy.\n\nRiêng quý III/2026 xảy ra 71 vụ cháy.\n\nTrong số các vụ cháy, khu dân cư chiếm 118 vụ.",
        expect: [
          { value: "212", unit: "count", period: "2026-01/2026-09" },
          { value: "71", unit: "count", period: "2026-Q3" },
          { value: "118", unit: "count", period: "2026-01/2026-09" },
        ],
      },
      {
        text: "Sản xuất công nghiệp quý II và 6 tháng năm 2026\n\nQuý II/2026, sản lượng xi măng đạt 2,1 triệu tấn.\n\nTính chung 6 tháng, sản lượng thép đạt 3,4 triệu tấn.\n\nSản lượng phân bón đạt 412 nghìn tấn.",
        expect: [
          { value: "2100000", unit: "t", period: "2026-Q2" },
          { value: "3400000", unit: "t", period: "2026-S1" },
          { value: "412000", unit: "t", period: "2026-S1" },
        ],
      },
      // The year of a plan a figure is measured against ("vượt dự toán cả năm") is no period of the passage.
      {
        text: "Thu ngân sách 9 tháng năm 2026 ước đạt 7.420 tỷ đồng, bằng 104,2% dự toán. Như vậy, số thu đã vượt dự toán cả năm khoảng 300 tỷ đồng. Thu từ thuế bảo vệ môi trường ước đạt 615 tỷ đồng, bằng 81% dự toán.",
        expect: [
          { value: "7420000000000", unit: "VND", status: "estimated", period: "2026-01/2026-09" },
          { value: "615000000000", unit: "VND", status: "estimated", period: "2026-01/2026-09" },
        ],
      },
      // But a target's own year after "Mục tiêu" is the target's.
      {
        text: "Chín tháng năm 2026, huyện đón 1,2 triệu lượt khách. Mục tiêu cả năm 2026 là đón 1,6 triệu lượt khách.",
        expect: [
          { value: "1200000", unit: "count", period: "2026-01/2026-09" },
          { value: "1600000", unit: "count", status: "target", period: "2026" },
        ],
      },
      // Nor does a figure of another year in parentheses, a baseline's value.
      {
        text: "Năm 2026, tỷ lệ trẻ em tiêm đủ mũi đạt 97,5%, tăng 1,2 điểm phần trăm (năm 2025 là 96,3%). Tỷ lệ trẻ suy dinh dưỡng thấp còi là 18,4%.",
        expect: [
          { value: "97.5", unit: "%", period: "2026" },
          { value: "18.4", unit: "%", period: "2026" },
        ],
      },
      {
        // A target set aside in parentheses names no period for the passage.
        text: "Năm 2024, tỷ lệ che phủ rừng đạt 47,2% (mục tiêu năm 2025 là 48%). Trong năm, toàn tỉnh trồng mới 5.600 ha rừng. Sản lượng gỗ khai thác đạt 1,1 triệu m3.",
        expect: [
          { value: "47.2", unit: "%", period: "2024" },
          { value: "48", unit: "%", period: "2025", status: "target" },
          { value: "5600", unit: "ha", period: "2024" },
          { value: "1100000", unit: "m3", period: "2024" },
        ],
        others: true,
      },
      // A stock under a passage of months is of its last month; a rate, and what is added up since January, keep the months.
      {
        text: "Hoạt động ngân hàng 8 tháng năm 2026\n\nTổng dư nợ cho vay đạt 186.400 tỷ đồng, tăng 7,2% so với cuối năm 2025. Tỷ lệ thất nghiệp ở mức 2,1%. Từ đầu năm, các ngân hàng huy động được 12.300 tỷ đồng qua phát hành giấy tờ có giá.",
        expect: [
          { value: "186400000000000", unit: "VND", period: "2026-08" },
          { value: "2.1", unit: "%", period: "2026-01/2026-08" },
          { value: "12300000000000", unit: "VND", period: "2026-01/2026-08" },
        ],
      },
      // What a count after the figure counts tells a stock, whatever the clause compares it with.
      {
        text: "Tính đến hết ngày 30/9/2026, toàn tỉnh có 251.300 người tham gia BHXH, chiếm 38% lực lượng lao động, thấp hơn 2 điểm phần trăm so với mục tiêu.",
        expect: [{ value: "251300", unit: "count", period: "2026-09" }],
        others: true,
      },
      // The items of a stock's list, a share of a stock, and a price at a day are stocks too; an
      // average over what was issued since January is not.
      {
        text: "Hoạt động ngân hàng 8 tháng năm 2026\n\nDư nợ phân theo lĩnh vực, lần lượt là: thương mại 74.300 tỷ đồng; xây dựng 28.150 tỷ đồng. Nợ xấu khoảng 1.920 tỷ đồng, chiếm 1,03% tổng dư nợ. Lãi suất cho vay phổ biến 6,8-9,5%/năm. Từ đầu năm, tỉnh phát hành 2.400 tỷ đồng trái phiếu, lãi suất bình quân 2,9%/năm.",
        expect: [
          { value: "74300000000000", unit: "VND", period: "2026-08" },
          { value: "28150000000000", unit: "VND", period: "2026-08" },
          { value: "1.03", unit: "%", period: "2026-08" },
          { value: "6.8", valueMax: "9.5", unit: "%", per: "năm", period: "2026-08" },
          { value: "2.9", unit: "%", per: "năm", period: "2026-01/2026-08" },
        ],
        others: true,
      },
      // A figure compared with the month before is that month's, the last of the passage's months;
      // one compared with the same stretch a year before keeps the months.
      {
        text: "Bình quân 7 tháng năm 2026, chỉ số giá tiêu dùng tăng 3,4% so với cùng kỳ. So với tháng trước, nhóm giáo dục tăng 2,6%; nhóm giao thông giảm 1,1% so với cùng kỳ.",
        expect: [
          { value: "3.4", unit: "%", period: "2026-01/2026-07" },
          { value: "2.6", unit: "%", period: "2026-07", comparisons: [{ against: "previous", period: "2026-06", change: { kind: "percent", value: "2.6", direction: "increase" } }] },
          { value: "-1.1", unit: "%", period: "2026-01/2026-07" },
        ],
      },
      {
        text: "Tình hình kinh tế quý III/2024\nTrong quý III, sản lượng điện thương phẩm đạt 410 triệu kWh.\nTính chung 9 tháng năm 2024, doanh thu bán lẻ tăng 8,5%. Doanh thu dịch vụ lưu trú tăng 12%.\nVốn đầu tư công giải ngân đạt 2.300 tỷ đồng.",
        expect: [
          { value: "410000000", unit: "kWh", period: "2024-Q3" },
          { value: "8.5", unit: "%", period: "2024-01/2024-09", subject: ["bán lẻ"] },
          { value: "12", unit: "%", period: "2024-01/2024-09", subject: ["lưu trú"] },
          // A new paragraph: the heading's period again.
          { value: "2300000000000", unit: "VND", period: "2024-Q3", subject: ["giải ngân"] },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "gives a figure the period a preposition of time names later in its clause, past the counted thing",
    examples: [
      {
        text: "Báo cáo hoạt động vận tải tháng 8, 8 tháng năm 2026\nBến xe trung tâm đón 215.000 lượt hành khách trong 8 tháng, tăng 9% so với cùng kỳ.",
        expect: [{ value: "215000", unit: "count", period: "2026-01/2026-08", subject: ["hành khách"], comparisons: [{ against: "previous", period: "2025-01/2025-08", change: { kind: "percent", value: "9", direction: "increase" } }] }],
      },
      {
        text: "Tình hình tháng 5 năm 2026.\nHuyện cấp 1.240 giấy phép xây dựng nhà ở vào quý I/2026.",
        expect: [{ value: "1240", unit: "count", period: "2026-Q1", subject: ["giấy phép"] }],
      },
      // Past a comma the clause is another: the period there is not the figure's.
      {
        text: "Tình hình tháng 5 năm 2026.\nHuyện cấp 1.240 giấy phép xây dựng, tăng so với quý I/2026.",
        expect: [{ value: "1240", unit: "count", period: "2026-05" }],
        others: true,
      },
    ],
  },
  {
    behaviour: "reads 'trong tháng', 'trong quý', 'trong năm' as the month, quarter or year the passage is about",
    examples: [
      {
        text: "Báo cáo tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025\nTính chung 9 tháng, toàn tỉnh có 2.310 doanh nghiệp thành lập mới. Riêng trong tháng có 265 doanh nghiệp thành lập mới.",
        expect: [
          { value: "2310", unit: "count", period: "2025-01/2025-09", subject: ["doanh nghiệp"] },
          { value: "265", unit: "count", period: "2025-09", subject: ["doanh nghiệp"] },
        ],
      },
      {
        text: "Báo cáo kinh tế - xã hội 9 tháng năm 2025\nToàn tỉnh có 1.150 doanh nghiệp đăng ký thành lập mới trong tháng, tăng 8% so với tháng trước.",
        expect: [{ value: "1150", unit: "count", period: "2025-09", subject: ["doanh nghiệp"], comparisons: [{ against: "previous", period: "2025-08", change: { kind: "percent", value: "8", direction: "increase" } }] }],
      },
      {
        text: "Tháng 3/2024, kim ngạch xuất khẩu đạt 320 triệu USD. Tính chung quý I/2024, kim ngạch xuất khẩu đạt 910 triệu USD. Cũng trong tháng này, kim ngạch nhập khẩu đạt 280 triệu USD.",
        expect: [
          { value: "320000000", unit: "USD", period: "2024-03", subject: ["xuất khẩu"] },
          { value: "910000000", unit: "USD", period: "2024-Q1", subject: ["xuất khẩu"] },
          { value: "280000000", unit: "USD", period: "2024-03", subject: ["nhập khẩu"] },
        ],
      },
      {
        text: "Báo cáo tình hình kinh tế - xã hội 8 tháng năm 2024\nLượng khách quốc tế tháng này đạt 45.000 lượt.",
        expect: [{ value: "45000", unit: "count", period: "2024-08", subject: ["khách quốc tế"] }],
      },
      {
        text: "Báo cáo 6 tháng đầu năm 2024\nTrong quý, tỉnh thu hút 14 dự án đầu tư mới.",
        expect: [{ value: "14", unit: "count", period: "2024-Q2", subject: ["dự án"] }],
      },
      {
        text: "Tính chung 9 tháng năm 2024, vốn đầu tư công giải ngân đạt 6.400 tỷ đồng; trong quí này, vốn giải ngân đạt 2.900 tỷ đồng.",
        expect: [
          { value: "6400000000000", unit: "VND", period: "2024-01/2024-09", subject: ["vốn đầu tư công"] },
          { value: "2900000000000", unit: "VND", period: "2024-Q3", subject: ["vốn giải ngân"] },
        ],
      },
      {
        text: "Tháng 6/2024, sản lượng điện thương phẩm đạt 610 triệu kWh. Sản lượng điện quý này đạt 1.750 triệu kWh; trong quý này, điện cho công nghiệp đạt 1.020 triệu kWh.",
        expect: [
          { value: "610000000", unit: "kWh", period: "2024-06", subject: ["điện thương phẩm"] },
          { value: "1750000000", unit: "kWh", period: "2024-Q2", subject: ["sản lượng điện"] },
          { value: "1020000000", unit: "kWh", period: "2024-Q2", subject: ["công nghiệp"] },
        ],
      },
      {
        text: "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2025\nTrong năm, các khu du lịch của tỉnh đón 4,5 triệu lượt khách.",
        expect: [{ value: "4500000", unit: "count", period: "2025", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, tỉnh đón 3,2 triệu lượt khách. Trong năm tới, tỉnh phấn đấu đón 3,6 triệu lượt khách.",
        expect: [
          { value: "3200000", unit: "count", period: "2024", subject: ["lượt khách"] },
          { value: "3600000", unit: "count", status: "target", subject: ["lượt khách"] },
        ],
      },
    ],
  },
  {
    behaviour: "gives a target for next year that year's period",
    examples: [
      {
        text: "Năm 2024, tổng sản phẩm trên địa bàn đạt 120.000 tỷ đồng. Nhiệm vụ năm 2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8%.",
        expect: [
          { value: "120000000000000", unit: "VND", period: "2024", subject: ["tổng sản phẩm"] },
          { value: "8", unit: "%", period: "2025", status: "target", subject: ["tăng trưởng"], comparisons: [{ against: "previous", change: { kind: "percent", value: "8", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, tổng thu ngân sách đạt 14.600 tỷ đồng. Kế hoạch năm 2025, tỉnh phấn đấu thu ngân sách đạt 16.000 tỷ đồng.",
        expect: [
          { value: "14600000000000", unit: "VND", period: "2024", subject: ["thu ngân sách"] },
          { value: "16000000000000", unit: "VND", period: "2025", status: "target", subject: ["thu ngân sách"] },
        ],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo còn 2,1%. Phương hướng năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo xuống còn 1,5%.",
        expect: [
          { value: "2.1", unit: "%", period: "2024", subject: ["hộ nghèo"] },
          { value: "1.5", unit: "%", period: "2025", status: "target", subject: ["hộ nghèo"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a stock under a passage of months as of its last month, whatever it is a stock of: a balance, a herd, the people insured, a price at a day",
    examples: [
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nDư nợ cho vay tiêu dùng đạt 21.500 tỷ đồng.", expect: [{ value: "21500000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nSố dư tài khoản thanh toán của dân cư đạt 9.800 tỷ đồng.", expect: [{ value: "9800000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTiền gửi của các tổ chức kinh tế đạt 64.200 tỷ đồng.", expect: [{ value: "64200000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nVốn huy động của các ngân hàng trên địa bàn đạt 152.000 tỷ đồng.", expect: [{ value: "152000000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nNợ xấu toàn hệ thống ở mức 1.450 tỷ đồng.", expect: [{ value: "1450000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nDân số trung bình của tỉnh là 1.320.000 người.", expect: [{ value: "1320000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nSố thuê bao di động đạt 2,4 triệu thuê bao.", expect: [{ value: "2400000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTổng tài sản của các tổ chức tín dụng đạt 240.000 tỷ đồng.", expect: [{ value: "240000000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nGiá trị vốn hóa của sàn chứng khoán đạt 7.100 nghìn tỷ đồng.", expect: [{ value: "7100000000000000", unit: "VND", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nChỉ số tồn kho ngành chế biến tăng 11,2%.", expect: [{ value: "11.2", unit: "%", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTổng phương tiện thanh toán tăng 9,4%.", expect: [{ value: "9.4", unit: "%", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTỉnh có 512.000 người tham gia BHYT.", expect: [{ value: "512000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nSố người tham gia BHTN là 87.300 người.", expect: [{ value: "87300", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nSố người tham gia bảo hiểm tự nguyện là 14.600 người.", expect: [{ value: "14600", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn lợn của tỉnh có 480.000 con.", expect: [{ value: "480000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn heo ở các trang trại có 96.000 con.", expect: [{ value: "96000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn trâu của tỉnh có 33.500 con.", expect: [{ value: "33500", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn gia cầm đạt 6,1 triệu con.", expect: [{ value: "6100000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn gà thả vườn có 2,7 triệu con.", expect: [{ value: "2700000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn vịt có 910.000 con.", expect: [{ value: "910000", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn dê có 12.400 con.", expect: [{ value: "12400", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nĐàn cừu có 3.100 con.", expect: [{ value: "3100", unit: "count", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nLãi suất tiền gửi kỳ hạn 12 tháng phổ biến ở mức 4,8%/năm.", expect: [{ value: "4.8", unit: "%", per: "năm", period: "2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTỷ giá trung tâm ở mức 24.150 đồng/USD.", expect: [{ value: "24150", unit: "VND", per: "USD", period: "2026-09" }], others: true },
      // A flow, and a price averaged over the months, keep the months.
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nDoanh thu bán lẻ đạt 61.300 tỷ đồng.", expect: [{ value: "61300000000000", unit: "VND", period: "2026-01/2026-09" }], others: true },
      { text: "Báo cáo kinh tế - xã hội 9 tháng năm 2026\n\nTỷ giá bình quân ở mức 24.020 đồng/USD.", expect: [{ value: "24020", unit: "VND", per: "USD", period: "2026-01/2026-09" }], others: true },
    ],
  },
];
