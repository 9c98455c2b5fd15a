import type { Corpus } from "./types.js";

/** Growth, attainment and ratios: what a figure is compared with, and how. */
export const comparisons: Corpus = [
  {
    behaviour: "does not read the 'tăng thêm' of 'giá trị tăng thêm' (value added) as a growth",
    examples: [
      {
        text: "Năm 2024, tỷ trọng dịch vụ trong giá trị tăng thêm của tỉnh đạt 41,2%, tăng 0,9 điểm phần trăm so với năm 2023.",
        expect: [{ value: "41.2", unit: "%", comparisons: [{ against: "previous", period: "2023", change: { kind: "points", value: "0.9", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives the amount after a comparison with an average to that comparison",
    examples: [
      {
        text: "Năm 2024, tỷ lệ học sinh đỗ tốt nghiệp của tỉnh đạt 98,4%, cao hơn bình quân cả nước 0,6 điểm phần trăm.",
        expect: [{ value: "98.4", unit: "%", comparisons: [{ against: "other", change: { kind: "points", value: "0.6", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "compares the items of a list on lines of their own with the earlier period their leading line names",
    examples: [
      {
        text: "Tháng 10/2026, so với tháng trước có 8 nhóm hàng tăng giá:\n- Nhóm nhà ở và vật liệu xây dựng tăng 0,62%.\n- Nhóm văn hóa, giải trí và du lịch tăng 0,15%.",
        expect: [
          { value: "0.62", unit: "%", period: "2026-10", comparisons: [{ against: "previous", period: "2026-09", change: { kind: "percent", value: "0.62", direction: "increase" } }] },
          { value: "0.15", unit: "%", period: "2026-10", comparisons: [{ against: "previous", period: "2026-09", change: { kind: "percent", value: "0.15", direction: "increase" } }] },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "gives the amount after an earlier period, named between the comparative and the figure, to that one comparison",
    examples: [
      {
        text: "Năm 2025, năng suất ngô bình quân đạt 58,4 tạ/ha, cao hơn năm trước 2,1 tạ/ha.",
        expect: [{ value: "5.84", unit: "t", per: "ha", comparisons: [{ against: "previous", period: "2024", change: { kind: "absolute", value: "0.21", direction: "increase" } }] }],
      },
      {
        text: "Trong tháng 10/2025, giá thóc bình quân đạt 7.800 đồng/kg, thấp hơn tháng trước 200 đồng/kg.",
        expect: [{ value: "7800", unit: "VND", per: "kg", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "absolute", value: "200", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, số thuê bao di động của tỉnh đạt 1,2 triệu thuê bao, tăng so với cùng kỳ năm trước 4,5%.",
        expect: [{ value: "1200000", unit: "count", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "4.5", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a growth stated before the level it reached, and the amount of a growth after 'tương đương'",
    examples: [
      {
        text: "Năm 2024, thu ngân sách của huyện tăng 9,2% so với năm 2023, lên 745 tỷ đồng.",
        expect: [{ value: "745000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "9.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch nhập khẩu giảm 4%, đạt 2,1 tỷ USD.",
        expect: [{ value: "2100000000", unit: "USD", comparisons: [{ against: "previous", change: { kind: "percent", value: "4", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, doanh thu du lịch tăng 6% so với năm 2023, tương đương 120 tỷ đồng.",
        expect: [{ value: "6", unit: "%", comparisons: [
          { against: "previous", period: "2023", change: { kind: "percent", value: "6", direction: "increase" } },
          { against: "previous", period: "2023", change: { kind: "absolute", value: "120000000000", direction: "increase" } },
        ] }],
      },
    ],
  },
  {
    behaviour: "gives a change in an amount to the level in its unit, also when that level restates the one before in another currency",
    examples: [
      {
        text: "Năm 2026, GRDP bình quân đầu người đạt 112,4 triệu đồng, tương đương 4.410 USD, tăng 265 USD so với năm 2025.",
        expect: [
          { value: "112400000", unit: "VND", exactComparisons: true, comparisons: [] },
          { value: "4410", unit: "USD", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "absolute", value: "265", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "reads two attainments of one measure against two baselines as two records",
    examples: [
      {
        text: "Chỉ số giá sản xuất công nghiệp quý III/2026 bằng 101,2% so với quý trước và bằng 104,6% so với cùng kỳ năm trước.",
        expect: [
          { value: "101.2", unit: "%", period: "2026-Q3", subject: ["giá sản xuất công nghiệp"], comparisons: [{ against: "previous", period: "2026-Q2", attainment: "101.2" }] },
          { value: "104.6", unit: "%", period: "2026-Q3", subject: ["giá sản xuất công nghiệp"], comparisons: [{ against: "previous", period: "2025-Q3", attainment: "104.6" }] },
        ],
      },
    ],
  },
  {
    behaviour: "gives a change to the level before it across a day named without its year",
    examples: [
      {
        text: "Năm 2026, tỷ giá trung tâm ở mức 25.300 đồng/USD vào ngày 28/11, tăng 1,6% so với đầu năm.",
        expect: [{ value: "25300", unit: "VND", per: "USD", subject: ["tỷ giá trung tâm"], comparisons: [{ against: "previous", change: { kind: "percent", value: "1.6", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives a growth after a share to the amount the share is of",
    examples: [
      {
        text: "Quý II/2024, vốn đầu tư của khu vực ngoài Nhà nước đạt 412,6 nghìn tỷ đồng, chiếm 55,3% tổng vốn và tăng 6,9% so với cùng kỳ năm 2023.",
        expect: [
          { value: "412600000000000", unit: "VND", comparisons: [{ against: "previous", period: "2023-Q2", change: { kind: "percent", value: "6.9", direction: "increase" } }] },
          { value: "55.3", unit: "%", comparisons: [] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a figure whose verb of change goes without saying after the subject of a second clause as a change the same way, and the level after its 'lên' as the level it reached",
    examples: [
      {
        text: "Năm 2026, sản lượng thủy sản nuôi trồng tăng 4,8% lên 612 nghìn tấn, còn sản lượng khai thác 2,1% lên 198 nghìn tấn.",
        expect: [
          { value: "612000", unit: "t", period: "2026", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "4.8", direction: "increase" } }] },
          { value: "198000", unit: "t", period: "2026", subject: ["sản lượng khai thác"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "2.1", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "pairs the changes after 'lần lượt' with the levels before them, in order, and the changes listed right after levels that 'lần lượt' listed",
    examples: [
      {
        text: "Quý III/2026, sản lượng điện thương phẩm đạt 78,2 tỷ kWh. Sản lượng điện gió và điện mặt trời 9 tháng lần lượt đạt 12,4 tỷ kWh và 19,8 tỷ kWh, tăng 15,6% và giảm 2,3% so với cùng kỳ.",
        expect: [
          { value: "78200000000", unit: "kWh", period: "2026-Q3" },
          { value: "12400000000", unit: "kWh", period: "2026-01/2026-09", subject: ["điện gió"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "15.6", direction: "increase" } }] },
          { value: "19800000000", unit: "kWh", period: "2026-01/2026-09", subject: ["điện mặt trời"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "2.3", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2024, cảng đón 2,35 triệu lượt khách, trong đó khách quốc tế 410.000 lượt, lần lượt tăng 12% và 27% so với năm 2023.",
        expect: [
          { value: "2350000", unit: "count", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12", direction: "increase" } }] },
          { value: "410000", unit: "count", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "27", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "compares a change that names no baseline, right after a sentence of its paragraph whose one baseline is an earlier period, with that period (one other than the same stretch a year before only while no new period is named)",
    examples: [
      {
        text: "Trong mức tăng 0,3% của CPI tháng 5/2026 so với tháng trước, có 7 nhóm hàng tăng giá. Nhóm giáo dục tăng 0,9%; nhóm văn hóa, giải trí và du lịch tăng 0,5%.",
        expect: [
          { value: "0.9", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-04", change: { kind: "percent", value: "0.9", direction: "increase" } }] },
          { value: "0.5", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-04", change: { kind: "percent", value: "0.5", direction: "increase" } }] },
        ],
        others: true,
      },
      {
        text: "Kim ngạch nhập khẩu tháng 5/2026 ước đạt 31,4 tỷ USD, giảm 2,1% so với tháng trước. Tính chung 5 tháng, nhập khẩu linh kiện điện tử đạt 38,2 tỷ USD, tăng 18,6%.",
        expect: [
          { value: "38200000000", unit: "USD", period: "2026-01/2026-05", exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-05", change: { kind: "percent", value: "18.6", direction: "increase" } }] },
        ],
        others: true,
      },
      {
        text: "Chỉ số sản xuất công nghiệp 9 tháng năm 2026 tăng 9,4% so với cùng kỳ năm trước. Một số sản phẩm tăng cao: xi măng tăng 15,2%; thép cán tăng 11,8%.",
        expect: [
          { value: "9.4", unit: "%", comparisons: [{ against: "previous", period: "2025-01/2025-09" }] },
          { value: "15.2", unit: "%", comparisons: [{ against: "previous", period: "2025-01/2025-09" }] },
          { value: "11.8", unit: "%", comparisons: [{ against: "previous", period: "2025-01/2025-09" }] },
        ],
      },
      // Not after a sentence of two baselines, nor across a paragraph.
      {
        text: "Tháng 9/2026, CPI tăng 0,4% so với tháng trước và tăng 3,1% so với cùng kỳ năm trước. Nhóm nhà ở tăng 1,2%.\n\nNhóm giao thông giảm 0,6%.",
        expect: [
          { value: "1.2", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", change: { kind: "percent", value: "1.2", direction: "increase" } }] },
          { value: "-0.6", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", change: { kind: "percent", value: "0.6", direction: "decrease" } }] },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "compares a change that names no baseline, of a stretch since January, a quarter or a year, with the same stretch a year before",
    examples: [
      {
        text: "Kim ngạch xuất khẩu 8 tháng năm 2026 đạt 265,3 tỷ USD.\n\nRiêng hàng dệt may đạt 26,1 tỷ USD, tăng 7,4%.",
        expect: [{ value: "26100000000", unit: "USD", period: "2026-01/2026-08", comparisons: [{ against: "previous", period: "2025-01/2025-08", change: { kind: "percent", value: "7.4", direction: "increase" } }] }],
        others: true,
      },
      {
        text: "Năm 2026, tổng thu ngân sách trên địa bàn tỉnh đạt 18.240 tỷ đồng, tăng 9,2%.",
        expect: [{ value: "18240000000000", unit: "VND", comparisons: [{ against: "previous", period: "2025" }] }],
      },
      {
        text: "6 tháng đầu năm 2026, sản lượng lúa của tỉnh đạt 1,12 triệu tấn, giảm 1,5%.",
        expect: [{ value: "1120000", unit: "t", comparisons: [{ against: "previous", period: "2025-S1" }] }],
      },
      {
        text: "Tổng sản phẩm trên địa bàn quý II/2026 ước tăng 7,1%.",
        expect: [{ value: "7.1", unit: "%", status: "estimated", comparisons: [{ against: "previous", period: "2025-Q2" }] }],
      },
      // A month alone is also compared with the month before it: no period is guessed.
      {
        text: "Tháng 7/2026, lượng khách quốc tế đến tỉnh đạt 412.000 lượt, tăng 5,3%.",
        expect: [{ value: "412000", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", change: { kind: "percent", value: "5.3", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives a change restated in a sentence of its own to the level it compares",
    examples: [
      {
        text: "Tháng 10/2024, toàn tỉnh xảy ra 14 vụ cháy, làm chết 2 người, bị thương 5 người. So với cùng kỳ năm 2023, số vụ cháy giảm 3 vụ, số người chết giảm 1 người, số người bị thương tăng 2 người.",
        expect: [
          { value: "14", unit: "count", comparisons: [{ against: "previous", period: "2023-10", change: { kind: "absolute", value: "3", direction: "decrease" } }] },
          { value: "2", unit: "count", subject: ["chết"], comparisons: [{ against: "previous", period: "2023-10", change: { kind: "absolute", value: "1", direction: "decrease" } }] },
          { value: "5", unit: "count", subject: ["bị thương"], comparisons: [{ against: "previous", period: "2023-10", change: { kind: "absolute", value: "2", direction: "increase" } }] },
        ],
      },
      // Changes listed after one verb each, their counted nouns after them, each with its growth in brackets.
      {
        text: "Năm 2026, toàn huyện xảy ra 23 vụ đuối nước, làm chết 19 người, bị thương 4 người. So với năm 2025, giảm 5 vụ (-17,9%), giảm 3 người chết (-13,6%) và tăng 1 người bị thương (+33,3%).",
        expect: [
          { value: "23", unit: "count", exactComparisons: true, comparisons: [
            { against: "previous", period: "2025", change: { kind: "absolute", value: "5", direction: "decrease" } },
            { against: "previous", period: "2025", change: { kind: "percent", value: "17.9", direction: "decrease" } },
          ] },
          { value: "19", unit: "count", subject: ["chết"], exactComparisons: true, comparisons: [
            { against: "previous", period: "2025", change: { kind: "absolute", value: "3", direction: "decrease" } },
            { against: "previous", period: "2025", change: { kind: "percent", value: "13.6", direction: "decrease" } },
          ] },
          { value: "4", unit: "count", subject: ["bị thương"], exactComparisons: true, comparisons: [
            { against: "previous", period: "2025", change: { kind: "absolute", value: "1", direction: "increase" } },
            { against: "previous", period: "2025", change: { kind: "percent", value: "33.3", direction: "increase" } },
          ] },
        ],
      },
      {
        text: "Quý III/2024, trên địa bàn tỉnh xảy ra 52 vụ tai nạn giao thông. So với cùng kỳ năm 2023, số vụ tai nạn giao thông giảm 9 vụ (giảm 14,8%).",
        expect: [{ value: "52", unit: "count", comparisons: [
          { against: "previous", period: "2023-Q3", change: { kind: "absolute", value: "9", direction: "decrease" } },
          { against: "previous", period: "2023-Q3", change: { kind: "percent", value: "14.8", direction: "decrease" } },
        ] }],
      },
      {
        text: "Năm 2024, thu nội địa đạt 9.870 tỷ đồng, kế hoạch là 8.600 tỷ đồng. Như vậy, thu nội địa đã vượt 14,8% so với kế hoạch.",
        expect: [{ value: "9870000000000", unit: "VND", comparisons: [{ against: "plan", value: "8600000000000", change: { kind: "percent", value: "14.8", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, xuất khẩu gỗ đạt 1,6 tỷ USD. Nhìn chung, xuất khẩu gỗ tăng 11% so với năm 2023, tóm lại là một năm khởi sắc.",
        expect: [{ value: "1600000000", unit: "USD", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "11", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, năng suất lao động đạt 199 triệu đồng/lao động. Tính chung giai đoạn 2021-2024, năng suất lao động tăng bình quân 5,1%/năm.",
        expect: [
          { value: "199000000", unit: "VND", per: "lao động", comparisons: [] },
          { value: "5.1", unit: "%", per: "năm", period: "2021/2024" },
        ],
      },
      {
        text: "Tháng 6/2024, khách quốc tế đến tỉnh đạt 42 nghìn lượt. Trong đó, khách quốc tế đến bằng đường biển tăng 6% so với tháng trước; nói chung mùa du lịch đã khởi động.",
        expect: [
          { value: "42000", unit: "count", comparisons: [] },
          { value: "6", unit: "%", subject: ["đường biển"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a plan named with who set it, and a plan of the year",
    examples: [
      {
        text: "Năm 2024, số doanh nghiệp thành lập mới đạt 1.120 doanh nghiệp, bằng 93,3% kế hoạch được giao, tăng 5,2% so với năm 2023.",
        expect: [{ value: "1120", unit: "count", comparisons: [{ against: "plan", attainment: "93.3" }, { against: "previous", period: "2023", change: { kind: "percent", value: "5.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, thu ngân sách huyện đạt 615 tỷ đồng, bằng 112% dự toán tỉnh giao và vượt 4,6% dự toán HĐND huyện thông qua.",
        expect: [{ value: "615000000000", unit: "VND", comparisons: [{ against: "plan", attainment: "112" }, { against: "plan", change: { kind: "percent", value: "4.6", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, vốn đầu tư công giải ngân 2.980 tỷ đồng, đạt 88% kế hoạch vốn Thủ tướng Chính phủ giao, bằng 97% kế hoạch điều chỉnh, đạt 91% chỉ tiêu Nghị quyết đề ra và 95% kế hoạch đã phê duyệt.",
        expect: [{ value: "2980000000000", unit: "VND", comparisons: [{ against: "plan", attainment: "88" }, { against: "plan", attainment: "97" }, { against: "plan", attainment: "91" }, { against: "plan", attainment: "95" }] }],
      },
      {
        text: "Năm 2024, thu nội địa đạt 7.350 tỷ đồng, bằng 104,5% dự toán năm.",
        expect: [{ value: "7350000000000", unit: "VND", comparisons: [{ against: "plan", period: "2024", attainment: "104.5" }] }],
      },
    ],
  },
  {
    behaviour: "completes the direction a verb of reaching gave a level with the change after it, in one comparison",
    examples: [
      {
        text: "Năm 2026, tỷ lệ hộ nghèo của tỉnh giảm xuống còn 1,9%, giảm 0,4 điểm phần trăm so với năm 2025.",
        expect: [{ value: "1.9", unit: "%", period: "2026", comparisons: [{ against: "previous", period: "2025", change: { kind: "points", value: "0.4", direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "reads 'giữ ổn định', 'không đổi' against a baseline as unchanged",
    examples: [
      {
        text: "Năm 2024, tỷ lệ lao động có việc làm đạt 97,8%, giữ ổn định so với năm 2023.",
        expect: [{ value: "97.8", unit: "%", comparisons: [{ against: "previous", period: "2023", change: { direction: "unchanged" } }] }],
      },
      {
        text: "Tháng 9/2024, giá xăng dầu bình quân không đổi so với tháng trước, còn giá gạo đạt 14.500 đồng/kg.",
        expect: [{ value: "14500", unit: "VND", per: "kg" }],
      },
    ],
  },
  {
    behaviour: "gives a decreasing range negative ends, and the baseline after the noun it counts",
    examples: [
      {
        text: "Kế hoạch năm 2025 là giảm từ 3-5% số vụ cháy nổ so với năm 2024.",
        expect: [{ value: "-3", valueMax: "-5", unit: "%", status: "target", comparisons: [{ against: "previous", period: "2024", change: { kind: "percent", value: "3", direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "reads 'vượt khoảng 8% so với kế hoạch' as a change against the plan",
    examples: [
      {
        text: "Năm 2024, lượng khách quốc tế đạt 1,1 triệu lượt, vượt khoảng 10% so với kế hoạch.",
        expect: [{ value: "1100000", unit: "count", comparisons: [{ against: "plan", change: { kind: "percent", value: "10", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads 'từ A xuống còn B' and 'từ A lên B' as the level B compared with A",
    examples: [
      {
        text: "Năm 2024, số hộ cận nghèo toàn huyện giảm từ 3.250 hộ xuống còn 2.871 hộ.",
        expect: [{ value: "2871", unit: "count", subject: ["hộ cận nghèo"], comparisons: [{ against: "previous", value: "3250", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ lao động qua đào tạo tăng từ 68,2% lên 71,5% so với năm 2023.",
        expect: [{ value: "71.5", unit: "%", subject: ["lao động qua đào tạo"], comparisons: [{ against: "previous", period: "2023", value: "68.2", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, thời gian thông quan trung bình của mỗi lô hàng đã giảm từ 2,4 giờ còn 1,8 giờ, còn chi phí logistics giảm 6%.",
        expect: [
          { value: "1.8", unit: "hour", per: "lô hàng", subject: ["thời gian thông quan"], comparisons: [{ against: "previous", value: "2.4", change: { direction: "decrease" } }] },
          { value: "-6", unit: "%", subject: ["chi phí logistics"] },
        ],
      },
    ],
  },
  {
    behaviour: "gives the period named between 'từ A' and 'xuống B' to A, the starting value",
    examples: [
      {
        text: "Tỷ lệ hộ nghèo đa chiều của huyện giảm từ 6,1% năm 2023 xuống còn 4,7% năm 2024.",
        expect: [{ value: "4.7", unit: "%", period: "2024", subject: ["hộ nghèo"], comparisons: [{ against: "previous", period: "2023", value: "6.1", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, số xã đạt chuẩn nông thôn mới tăng từ 41 xã (năm 2022) lên 57 xã.",
        expect: [{ value: "57", unit: "count", period: "2024", subject: ["xã đạt chuẩn"], comparisons: [{ against: "previous", period: "2022", value: "41", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số vụ tai nạn giao thông giảm từ 215 xuống còn 188.",
        expect: [{ value: "188", unit: "count", subject: ["số vụ tai nạn"], comparisons: [{ against: "previous", value: "215", change: { direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "gives a level's value in another period, after 'so với mức' or 'cao hơn mức', in brackets after 'cùng kỳ' or in a bracketed 'từ … xuống …', to the level's comparison",
    examples: [
      {
        text: "Trong 9 tháng năm 2025, tỉnh xuất siêu 1,8 tỷ USD, cao hơn mức 1,2 tỷ USD của cùng kỳ năm trước.",
        expect: [{ value: "1800000000", unit: "USD", comparisons: [{ against: "previous", period: "2024-01/2024-09", value: "1200000000", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2025, giá cà phê nhân xô bình quân đạt 98.000 đồng/kg, thấp hơn mức 105.000 đồng/kg của năm 2024.",
        expect: [{ value: "98000", unit: "VND", per: "kg", comparisons: [{ against: "previous", period: "2024", value: "105000", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ thất nghiệp khu vực thành thị là 2,6%, giảm so với mức 3,1% năm 2023.",
        expect: [{ value: "2.6", unit: "%", period: "2024", subject: ["tỷ lệ thất nghiệp"], comparisons: [{ against: "previous", period: "2023", value: "3.1", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, năng suất lúa bình quân đạt 6,3 tấn/ha, cao hơn so với mức 6,0 tấn/ha của năm 2023.",
        expect: [{ value: "6.3", unit: "t", per: "ha", subject: ["năng suất lúa"], comparisons: [{ against: "previous", period: "2023", value: "6", change: { direction: "increase" } }] }],
      },
      // A change in points is the rate's, not the count's; the rate restated in brackets from its old value gives that value.
      {
        text: "Cuối năm 2026, toàn huyện còn 1.204 hộ nghèo, chiếm 2,15%, giảm 0,87 điểm phần trăm so với năm 2025 (từ 3,02% xuống 2,15%).",
        expect: [
          { value: "1204", unit: "count", comparisons: [] },
          { value: "2.15", unit: "%", comparisons: [{ against: "previous", period: "2025", value: "3.02", change: { kind: "points", value: "0.87", direction: "decrease" } }] },
        ],
      },
      {
        text: "Quý I/2026, cán cân thanh toán tổng thể thặng dư 2,1 tỷ USD (cùng kỳ năm trước thặng dư 1,4 tỷ USD).",
        expect: [{ value: "2100000000", unit: "USD", period: "2026-Q1", comparisons: [{ against: "previous", period: "2025-Q1", value: "1400000000" }] }],
      },
      // The same state in brackets, whichever it is.
      {
        text: "Quý I/2026, cán cân thương mại hàng hóa xuất siêu 3,2 tỷ USD (cùng kỳ năm trước xuất siêu 2,5 tỷ USD).",
        expect: [{ value: "3200000000", unit: "USD", comparisons: [{ against: "previous", period: "2025-Q1", value: "2500000000" }] }],
      },
      {
        text: "Quý I/2026, cán cân thương mại dịch vụ nhập siêu 1,1 tỷ USD (cùng kỳ năm trước nhập siêu 0,9 tỷ USD).",
        expect: [{ value: "1100000000", unit: "USD", comparisons: [{ against: "previous", period: "2025-Q1", value: "900000000" }] }],
      },
      {
        text: "Quý I/2026, ngân sách tỉnh bội thu 420 tỷ đồng (cùng kỳ năm trước bội thu 380 tỷ đồng).",
        expect: [{ value: "420000000000", unit: "VND", comparisons: [{ against: "previous", period: "2025-Q1", value: "380000000000" }] }],
      },
      {
        text: "Quý I/2026, ngân sách huyện bội chi 35 tỷ đồng (cùng kỳ năm trước bội chi 41 tỷ đồng).",
        expect: [{ value: "35000000000", unit: "VND", comparisons: [{ against: "previous", period: "2025-Q1", value: "41000000000" }] }],
      },
      // A deficit a year before is no value of this year's surplus: a record of its own, of the year before.
      {
        text: "Quý I/2026, cán cân thanh toán tổng thể thặng dư 2,1 tỷ USD (cùng kỳ năm trước thâm hụt 0,6 tỷ USD).",
        expect: [
          { value: "2100000000", unit: "USD", period: "2026-Q1", comparisons: [] },
          { value: "600000000", unit: "USD", period: "2025-Q1" },
        ],
      },
      {
        text: "Tám tháng năm 2026, số doanh nghiệp giải thể là 1.240 doanh nghiệp (cùng kỳ là 1.095 doanh nghiệp).",
        expect: [{ value: "1240", unit: "count", period: "2026-01/2026-08", comparisons: [{ against: "previous", period: "2025-01/2025-08", value: "1095" }] }],
      },
    ],
  },
  {
    behaviour: "gives a value in brackets labelled with an earlier period ('(năm 2025: …)', '(cùng kỳ: …)') to the level before it, as its comparison's value",
    examples: [
      {
        text: "Năm 2026, doanh thu du lịch của tỉnh đạt 1.250 tỷ đồng (năm 2025: 1.080 tỷ đồng).",
        expect: [{ value: "1250000000000", unit: "VND", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "1080000000000" }] }],
      },
      {
        text: "Sáu tháng đầu năm 2026, có 640 doanh nghiệp thành lập mới (cùng kỳ: 585 doanh nghiệp).",
        expect: [{ value: "640", unit: "count", period: "2026-S1", comparisons: [{ against: "previous", period: "2025-S1", value: "585" }] }],
      },
      {
        text: "Quý III/2026, tỷ lệ giải ngân vốn đầu tư công của huyện là 61,4% (cùng kỳ năm trước: 55,2%).",
        expect: [{ value: "61.4", unit: "%", period: "2026-Q3", comparisons: [{ against: "previous", period: "2025-Q3", value: "55.2" }] }],
      },
      {
        text: "Năm 2026, số thuê bao băng rộng cố định trên địa bàn đạt 312.400 thuê bao (năm trước: 287.900 thuê bao).",
        expect: [{ value: "312400", unit: "count", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "287900" }] }],
      },
      {
        text: "Năm 2026, tổng lượt khách quốc tế đến tỉnh đạt 412.000 lượt (năm 2025 đạt 366.000 lượt).",
        expect: [{ value: "412000", unit: "count", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "366000" }] }],
      },
      // The year that labels a baseline is no period of the figures after it…
      {
        text: "Năm 2026, giá trị xuất khẩu nông sản đạt 1.240 triệu USD (năm 2025: 1.130 triệu USD); sản lượng trứng gia cầm đạt 640 triệu quả.",
        expect: [
          { value: "1240000000", unit: "USD", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "1130000000" }] },
          { value: "640000000", unit: "count", period: "2026" },
        ],
      },
      // …nor is the year of another figure in brackets: last year's growth beside this year's.
      {
        text: "Năm 2026, tốc độ tăng trưởng ngành nông nghiệp đạt 3,8% (năm 2025: 3,5%); giá trị sản xuất toàn ngành đạt 41.200 tỷ đồng.",
        expect: [
          { value: "3.8", unit: "%", period: "2026" },
          { value: "3.5", unit: "%", period: "2025" },
          { value: "41200000000000", unit: "VND", period: "2026" },
        ],
      },
      // A change that names no baseline takes the labelled value as its own, even over a line break.
      {
        text: "Năm 2026, tỷ lệ trẻ em dưới 5 tuổi thấp còi của huyện giảm xuống còn 18,7% (năm 2025:\n19,6%).",
        expect: [{ value: "18.7", unit: "%", period: "2026", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", value: "19.6", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2026, số hộ dùng nước sạch tập trung tăng lên 48.300 hộ (năm 2025: 44.950 hộ).",
        expect: [{ value: "48300", unit: "count", period: "2026", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", value: "44950", change: { direction: "increase" } }] }],
      },
      // Two values after one label, each to the level of its own unit.
      {
        text: "Năm 2026, toàn tỉnh xảy ra 9 vụ cháy rừng, làm thiệt hại 21,5 ha (năm 2025: 14 vụ, 38,2 ha).",
        expect: [
          { value: "9", unit: "count", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "14" }] },
          { value: "21.5", unit: "ha", period: "2026", comparisons: [{ against: "previous", period: "2025", value: "38.2" }] },
        ],
      },
      // A part of the level's period in brackets is no baseline: a record of its own.
      {
        text: "Năm 2026, doanh thu bán lẻ hàng hóa của tỉnh đạt 5.640 tỷ đồng (quý IV: 1.610 tỷ đồng).",
        expect: [
          { value: "5640000000000", unit: "VND", period: "2026", comparisons: [] },
          { value: "1610000000000", unit: "VND", period: "2026-Q4" },
        ],
      },
      // A label that names a place is no period: the bracket's figure is that place's.
      {
        text: "Năm 2026, tỷ lệ đô thị hóa của vùng đạt 41,3% (Hải Phòng: 52,1%).",
        expect: [{ value: "41.3", unit: "%", period: "2026", comparisons: [] }],
        others: true,
      },
    ],
  },
  {
    behaviour: "gives a change after the noun phrase that follows a level's unit to that level",
    examples: [
      {
        // A note in brackets with no figure closes the noun phrase.
        text: "Năm 2024, tỉnh thu hút 1.320 tỷ đồng vốn ngoài ngân sách (bao gồm cả vốn điều chỉnh tăng), tăng 14% so với năm 2023.",
        expect: [{ value: "1320000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "14", direction: "increase" } }] }],
      },
      {
        text: "Trong năm 2024, huyện đã giải ngân 1.236 tỷ đồng vốn xây dựng cơ bản, tăng 9,4% so với năm 2023.",
        expect: [{ value: "1236000000000", unit: "VND", subject: ["vốn xây dựng cơ bản"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "9.4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, các khu du lịch phục vụ 86.300 lượt khách nghỉ dưỡng, tham quan, tăng 21% so với năm 2023.",
        expect: [{ value: "86300", unit: "count", subject: ["lượt khách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "21", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97,2% số trẻ trong độ tuổi, tăng 0,8 điểm phần trăm so với năm 2023.",
        expect: [{ value: "97.2", unit: "%", subject: ["tiêm chủng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "points", value: "0.8", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tổng thu ngân sách đạt 640 tỷ đồng, chi thường xuyên giảm 3% so với năm 2023.",
        expect: [
          { value: "640000000000", unit: "VND", subject: ["thu ngân sách"] },
          { value: "-3", unit: "%", subject: ["chi thường xuyên"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "3", direction: "decrease" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "compares with the same period last year, shifting the record's period back a year",
    examples: [
      {
        text: "Tháng 7/2023, sản lượng điện sản xuất đạt 2.150 triệu kWh, tăng 6,4% so với cùng kỳ năm trước.",
        expect: [{ value: "2150000000", unit: "kWh", period: "2023-07", subject: ["sản lượng điện"], comparisons: [{ against: "previous", period: "2022-07", change: { kind: "percent", value: "6.4", direction: "increase" } }] }],
      },
      {
        text: "Tính chung 7 tháng năm 2023, kim ngạch xuất khẩu đạt 4,2 tỷ USD, tăng 12,5% so với cùng kỳ năm 2022.",
        expect: [{ value: "4200000000", unit: "USD", period: "2023-01/2023-07", subject: ["xuất khẩu"], comparisons: [{ against: "previous", period: "2022-01/2022-07", change: { kind: "percent", value: "12.5", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, chỉ số giá tiêu dùng tăng 2,6% so với cùng kỳ năm ngoái.",
        expect: [{ value: "2.6", unit: "%", period: "2024-09", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "2.6", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, sản lượng điện thương phẩm tăng 4,1% so cùng kỳ năm 2023.",
        expect: [{ value: "4.1", unit: "%", period: "2024-09", subject: ["điện thương phẩm"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "4.1", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, chỉ số giá nhóm nhà ở tăng 1,4% so với cùng thời kỳ năm trước.",
        expect: [{ value: "1.4", unit: "%", period: "2024-09", subject: ["nhà ở"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "1.4", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, chỉ số giá nhóm giáo dục tăng 1,4% so với cùng thời kỳ năm trước.",
        expect: [{ value: "1.4", unit: "%", period: "2024-09", subject: ["giáo dục"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "1.4", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, giá thịt lợn hơi tăng 3,2% so với năm trước cùng kỳ.",
        expect: [{ value: "3.2", unit: "%", period: "2024-09", subject: ["thịt lợn"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "3.2", direction: "increase" } }] }],
      },
      {
        text: "Tháng 9/2024, kim ngạch xuất khẩu hàng điện tử tăng 8% so với cùng thời điểm năm trước.",
        expect: [{ value: "8", unit: "%", period: "2024-09", subject: ["điện tử"], comparisons: [{ against: "previous", period: "2023-09", change: { kind: "percent", value: "8", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, xuất khẩu thủy sản đạt 3,2 tỷ USD, tăng 10% so với cùng kỳ năm.",
        expect: [{ value: "3200000000", unit: "USD", subject: ["thủy sản"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "10", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, thu ngân sách nhà nước đạt 14.600 tỷ đồng, tăng 12% so với mức cùng kỳ.",
        expect: [{ value: "14600000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, thu ngân sách trên địa bàn đạt 14.600 tỷ đồng, so sánh với năm 2023 tăng 12%.",
        expect: [{ value: "14600000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "compares with the month or quarter before",
    examples: [
      // A quarter named after a comparative, without "so với"; its period is no period of the figure's.
      {
        text: "Quý III/2026, giá cà phê nhân bình quân 96.000 đồng/kg, thấp hơn quý II khoảng 5.000 đồng/kg. Diện tích tái canh đạt 1.200 ha.",
        expect: [
          { value: "96000", unit: "VND", per: "kg", period: "2026-Q3", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-Q2", change: { kind: "absolute", value: "5000", direction: "decrease" } }] },
          { value: "1200", unit: "ha", period: "2026-Q3" },
        ],
      },
      {
        text: "Quý I/2027, doanh thu du lịch đạt 2.300 tỷ đồng, tăng 8% so với quý IV năm 2026.",
        expect: [{ value: "2300000000000", unit: "VND", period: "2027-Q1", comparisons: [{ against: "previous", period: "2026-Q4", change: { kind: "percent", value: "8", direction: "increase" } }] }],
      },
      {
        text: "Chỉ số sản xuất công nghiệp tháng 10/2024 tăng 3,1% so với tháng trước và tăng 9,4% so với cùng tháng năm trước.",
        expect: [
          { value: "3.1", unit: "%", comparisons: [{ against: "previous", period: "2024-09", change: { kind: "percent", value: "3.1", direction: "increase" } }] },
          { value: "9.4", unit: "%", comparisons: [{ against: "previous", period: "2023-10", change: { kind: "percent", value: "9.4", direction: "increase" } }] },
        ],
      },
      {
        text: "Trong tháng 7/2023, chỉ số giá tiêu dùng tăng 0,45% so với tháng trước.",
        expect: [{ value: "0.45", unit: "%", period: "2023-07", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2023-06", change: { kind: "percent", value: "0.45", direction: "increase" } }] }],
      },
      {
        text: "Tháng 1/2024, chỉ số sản xuất công nghiệp giảm 1,1% so với tháng liền trước.",
        expect: [{ value: "-1.1", unit: "%", period: "2024-01", subject: ["sản xuất công nghiệp"], comparisons: [{ against: "previous", period: "2023-12", change: { kind: "percent", value: "1.1", direction: "decrease" } }] }],
      },
      {
        text: "Quý III/2024, doanh thu dịch vụ ăn uống tăng 3,1% so với quý trước.",
        expect: [{ value: "3.1", unit: "%", period: "2024-Q3", subject: ["ăn uống"], comparisons: [{ against: "previous", period: "2024-Q2", change: { kind: "percent", value: "3.1", direction: "increase" } }] }],
      },
      {
        text: "Quý I/2024, tổng sản phẩm trên địa bàn giảm 2,3% so với quí trước.",
        expect: [{ value: "-2.3", unit: "%", period: "2024-Q1", subject: ["tổng sản phẩm"], comparisons: [{ against: "previous", period: "2023-Q4", change: { kind: "percent", value: "2.3", direction: "decrease" } }] }],
      },
      {
        text: "Quý II/2024, GRDP của tỉnh tăng 6,1% so với quý liền trước.",
        expect: [{ value: "6.1", unit: "%", period: "2024-Q2", subject: ["GRDP"], comparisons: [{ against: "previous", period: "2024-Q1", change: { kind: "percent", value: "6.1", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "compares with a quarter, a half or a stretch of months named after 'so với', in the year named",
    examples: [
      {
        text: "Doanh thu bán lẻ quý III/2026 đạt 12.400 tỷ đồng, tăng 6,2% so với quý II/2026.",
        expect: [{ value: "12400000000000", unit: "VND", period: "2026-Q3", comparisons: [{ against: "previous", period: "2026-Q2", change: { kind: "percent", value: "6.2", direction: "increase" } }] }],
      },
      {
        text: "Thu ngân sách 6 tháng đầu năm 2026 đạt 3.150 tỷ đồng, tăng 11% so với 6 tháng đầu năm 2025.",
        expect: [{ value: "3150000000000", unit: "VND", period: "2026-S1", comparisons: [{ against: "previous", period: "2025-S1", change: { kind: "percent", value: "11", direction: "increase" } }] }],
      },
      {
        text: "Lượng khách 9 tháng năm 2026 đạt 2,1 triệu lượt, tăng 14% so với 9 tháng năm 2025.",
        expect: [{ value: "2100000", unit: "count", period: "2026-01/2026-09", comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "14", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "compares 'cùng thời điểm tháng trước' with the month before",
    examples: [
      {
        text: "Tháng 9/2026, chỉ số sử dụng lao động của doanh nghiệp công nghiệp tăng 0,8% so với cùng thời điểm tháng trước.",
        expect: [{ value: "0.8", unit: "%", period: "2026-09", comparisons: [{ against: "previous", period: "2026-08", change: { kind: "percent", value: "0.8", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives a change counted in a noun to the level counted in the same noun",
    examples: [
      {
        text: "9 tháng năm 2026, trên địa bàn xã xảy ra 5 vụ tai nạn giao thông, làm chết 2 người, giảm 3 vụ so với cùng kỳ.",
        expect: [
          { value: "5", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "absolute", value: "3", direction: "decrease" } }] },
          { value: "2", unit: "count", exactComparisons: true, comparisons: [] },
        ],
      },
      // Also when the change names the count it is of ("số vụ", "số người bị thương").
      {
        text: "Năm 2026, huyện xảy ra 31 vụ cháy, làm bị thương 12 người; so với năm 2025, số vụ giảm 6 vụ, số người bị thương tăng 2 người.",
        expect: [
          { value: "31", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "absolute", value: "6", direction: "decrease" } }] },
          { value: "12", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "absolute", value: "2", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "compares with a month or a year-end named, in the year named or the one before the record's",
    examples: [
      // A day named after the comparator: that day's month.
      {
        text: "Tính đến 31/10/2026, số tiền thuế còn nợ là 742 tỷ đồng, giảm 6,1% so với thời điểm 31/12/2025.",
        expect: [{ value: "742000000000", unit: "VND", period: "2026-10", comparisons: [{ against: "previous", period: "2025-12", change: { kind: "percent", value: "6.1", direction: "decrease" } }] }],
      },
      {
        text: "Tháng 8/2025, chỉ số giá nhóm nhà ở và vật liệu xây dựng tăng 1,84% so với tháng 12 năm trước.",
        expect: [{ value: "1.84", unit: "%", period: "2025-08", subject: ["nhà ở"], comparisons: [{ against: "previous", period: "2024-12", change: { kind: "percent", value: "1.84", direction: "increase" } }] }],
      },
      {
        text: "Đến hết tháng 6/2024, dư nợ cho vay tiêu dùng đạt 52.300 tỷ đồng, tăng 4,7% so với tháng 12 năm 2023.",
        expect: [{ value: "52300000000000", unit: "VND", period: "2024-06", subject: ["dư nợ"], comparisons: [{ against: "previous", period: "2023-12", change: { kind: "percent", value: "4.7", direction: "increase" } }] }],
      },
      {
        text: "Tháng 11/2024, số thuê bao truyền hình trả tiền giảm 0,6% so với tháng 6 năm ngoái.",
        expect: [{ value: "-0.6", unit: "%", period: "2024-11", subject: ["thuê bao truyền hình"], comparisons: [{ against: "previous", period: "2023-06", change: { kind: "percent", value: "0.6", direction: "decrease" } }] }],
      },
      {
        text: "Tháng 9 năm 2025, giá thép xây dựng giảm 1,2% so với tháng Tám.",
        expect: [{ value: "-1.2", unit: "%", period: "2025-09", subject: ["giá thép"], comparisons: [{ against: "previous", period: "2025-08", change: { kind: "percent", value: "1.2", direction: "decrease" } }] }],
      },
      {
        text: "Đến cuối tháng 6/2025, tổng nguồn vốn huy động đạt 410.500 tỷ đồng, tăng 5,1% so với cuối năm trước.",
        expect: [{ value: "410500000000000", unit: "VND", period: "2025-06", subject: ["vốn huy động"], comparisons: [{ against: "previous", period: "2024-12", change: { kind: "percent", value: "5.1", direction: "increase" } }] }],
      },
      // The start of the year is the end of the one before.
      {
        text: "Đến ngày 30/11/2026, tổng dư nợ cho vay trên địa bàn đạt 452.870 tỷ đồng, tăng 13,4% so với đầu năm.",
        expect: [{ value: "452870000000000", unit: "VND", period: "2026-11", comparisons: [{ against: "previous", period: "2025-12", change: { kind: "percent", value: "13.4", direction: "increase" } }] }],
      },
      {
        text: "Ước đến 31/12/2026, tổng nguồn vốn huy động đạt 407,2 nghìn tỷ đồng, tăng 12% so với đầu năm 2026.",
        expect: [{ value: "407200000000000", unit: "VND", status: "estimated", comparisons: [{ against: "previous", period: "2025-12" }] }],
      },
      {
        text: "Tháng 3/2025, số lao động làm việc trong các khu công nghiệp tăng 2,2% so với thời điểm cuối năm 2024.",
        expect: [{ value: "2.2", unit: "%", period: "2025-03", subject: ["lao động"], comparisons: [{ against: "previous", period: "2024-12", change: { kind: "percent", value: "2.2", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "compares with the year before or a year named",
    examples: [
      {
        text: "Năm 2024, số doanh nghiệp giải thể tăng 5,3% so với năm liền trước.",
        expect: [{ value: "5.3", unit: "%", period: "2024", subject: ["doanh nghiệp giải thể"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "5.3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu ngành công nghiệp phần mềm của tỉnh đạt 838 tỷ đồng, tăng 18% so với năm 2023.",
        expect: [{ value: "838000000000", unit: "VND", period: "2024", subject: ["doanh thu", "phần mềm"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "18", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tổng dư nợ tín dụng của các tổ chức tín dụng tăng 10,2% so với năm ngoái.",
        expect: [{ value: "10.2", unit: "%", period: "2024", subject: ["dư nợ tín dụng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "10.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, lượng khách đến các điểm du lịch sinh thái tăng 15% so với mức năm 2023.",
        expect: [{ value: "15", unit: "%", period: "2024", subject: ["lượng khách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "15", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tổng thu ngân sách nhà nước đạt 14.600 tỷ đồng, bằng 104,3% so với năm qua.",
        expect: [{ value: "14600000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "previous", period: "2023", attainment: "104.3" }] }],
      },
    ],
  },
  {
    behaviour: "gives a change in parentheses right after a counted noun phrase to that count, the words before the bracket being the noun's",
    examples: [
      {
        text: "Năm 2024, toàn huyện có 58 chợ nông thôn và chợ đầu mối (tăng 3 chợ so với năm 2023).",
        expect: [{ value: "58", unit: "count", period: "2024", exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "3", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a signed percentage in brackets right after an amount as the amount's change, by its sign",
    examples: [
      {
        text: "Sản phẩm công nghiệp chủ yếu 9 tháng năm 2026 (so với cùng kỳ):\n- Thép cán: 1,84 triệu tấn (-2,7%)\n- Nước máy: 82,5 triệu m3 (+3,4%)",
        expect: [
          { value: "1840000", unit: "t", period: "2026-01/2026-09", exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "2.7", direction: "decrease" } }] },
          { value: "82500000", unit: "m3", period: "2026-01/2026-09", exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "3.4", direction: "increase" } }] },
        ],
      },
      // Unsigned, a percentage in brackets is no change: here a share.
      {
        text: "Năm 2026, huyện có 1.250 hộ nghèo (4,1%).",
        expect: [{ value: "1250", unit: "count", exactComparisons: true, comparisons: [] }],
        others: true,
      },
    ],
  },
  {
    behaviour: "does not carry a change in parentheses over to the parts listed after it",
    examples: [
      {
        text: "Năm học 2024-2025, huyện có 96 trường học (giảm 4 trường so với năm học trước), gồm: 31 trường mầm non, 38 trường tiểu học và 27 trường THCS.",
        expect: [
          { value: "96", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", change: { kind: "absolute", value: "4", direction: "decrease" } }] },
          { value: "31", unit: "count", exactComparisons: true, comparisons: [] },
          { value: "38", unit: "count", exactComparisons: true, comparisons: [] },
          { value: "27", unit: "count", exactComparisons: true, comparisons: [] },
        ],
      },
    ],
  },
  {
    behaviour: "compares the parts of a growth ('Trong mức tăng chung, …') with the baseline of the sentence they continue",
    examples: [
      {
        text: "GRDP quý II/2026 tăng 8,3% so với cùng kỳ năm trước. Trong mức tăng chung, khu vực công nghiệp tăng 11,2%. Trong mức tăng trưởng chung, khu vực dịch vụ tăng 7,6%.",
        expect: [
          { value: "8.3", unit: "%", comparisons: [{ against: "previous", period: "2025-Q2", change: { kind: "percent", value: "8.3", direction: "increase" } }] },
          { value: "11.2", unit: "%", period: "2026-Q2", comparisons: [{ against: "previous", period: "2025-Q2", change: { kind: "percent", value: "11.2", direction: "increase" } }] },
          { value: "7.6", unit: "%", period: "2026-Q2", comparisons: [{ against: "previous", period: "2025-Q2", change: { kind: "percent", value: "7.6", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a figure past a semicolon, in the unit of the level whose change came last, as a new level",
    examples: [
      {
        text: "Tháng 10/2026, giá cà phê nhân ở mức 98.500 đồng/kg, giảm 6.000 đồng/kg so với tháng trước; giá hồ tiêu khoảng 141.000 đồng/kg.",
        expect: [
          { value: "98500", unit: "VND", per: "kg", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-09", change: { kind: "absolute", value: "6000", direction: "decrease" } }] },
          { value: "141000", unit: "VND", per: "kg", qualifier: "about", exactComparisons: true, comparisons: [] },
        ],
      },
      // A list of changes stated alone still goes on past a semicolon.
      {
        text: "Năm 2026, bán lẻ hàng hóa tăng 8,1%; dịch vụ lưu trú 11,4%.",
        expect: [
          { value: "8.1", unit: "%" },
          { value: "11.4", unit: "%", comparisons: [{ against: "previous", change: { kind: "percent", value: "11.4", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "reads 'bằng X% so với cùng kỳ' as attainment, not growth",
    examples: [
      {
        text: "Năm 2024, tổng vốn đầu tư phát triển đạt 45.200 tỷ đồng, bằng 108,3% so với cùng kỳ.",
        expect: [{ value: "45200000000000", unit: "VND", subject: ["vốn đầu tư"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", attainment: "108.3" }] }],
      },
      {
        text: "Tháng 6/2024, lượng khách quốc tế đến tỉnh đạt 38.000 lượt, chỉ bằng 81,7% cùng kỳ năm 2023.",
        expect: [{ value: "38000", unit: "count", period: "2024-06", subject: ["khách quốc tế"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023-06", attainment: "81.7" }] }],
      },
      {
        text: "Năm 2024, số thuê bao internet cáp quang của tỉnh đạt 412.000 thuê bao, bằng 109,5% so với năm 2023.",
        expect: [{ value: "412000", unit: "count", period: "2024", subject: ["thuê bao internet"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", attainment: "109.5" }] }],
      },
      {
        text: "Lũy kế 11 tháng năm 2024, thu nội địa đạt 9.870 tỷ đồng, bằng 101,8% dự toán pháp lệnh và bằng 114,2% so với cùng kỳ năm 2023.",
        expect: [{ value: "9870000000000", unit: "VND", period: "2024-01/2024-11", subject: ["thu nội địa"], exactComparisons: true, comparisons: [{ against: "plan", period: "2024", attainment: "101.8" }, { against: "previous", period: "2023-01/2023-11", attainment: "114.2" }] }],
      },
    ],
  },
  {
    behaviour: "reads attainment of a plan, estimate or target",
    examples: [
      // The plan's value labelled in brackets after the figure or after its attainment.
      {
        text: "Năm 2026, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 88,4% (kế hoạch năm: 95%); sản lượng điện thương phẩm đạt 2.410 triệu kWh, bằng 98,1% kế hoạch (kế hoạch: 2.456 triệu kWh).",
        expect: [
          { value: "88.4", unit: "%", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", value: "95" }] },
          { value: "2410000000", unit: "kWh", status: null, exactComparisons: true, comparisons: [{ against: "plan", period: "2026", value: "2456000000", attainment: "98.1" }] },
        ],
      },
      {
        // The plan's value after a slash, then the share of it without the plan's name again.
        text: "Đến hết tháng 9/2025, huyện giải ngân 86,4 tỷ đồng/150 tỷ đồng kế hoạch vốn được giao, đạt 57,6%.",
        expect: [{ value: "86400000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2025", value: "150000000000", attainment: "57.6" }] }],
      },
      {
        text: "Năm 2024, thu ngân sách nhà nước trên địa bàn đạt 16.500 tỷ đồng, bằng 112,4% dự toán.",
        expect: [{ value: "16500000000000", unit: "VND", subject: ["thu ngân sách"], exactComparisons: true, comparisons: [{ against: "plan", period: "2024", attainment: "112.4" }] }],
      },
      {
        text: "Năm 2024, thu từ thuế bảo vệ môi trường đạt 1.240 tỷ đồng, bằng 96,3% dự toán phấn đấu, trong khi thu phí và lệ phí đạt 310 tỷ đồng.",
        expect: [
          { value: "1240000000000", unit: "VND", subject: ["thuế bảo vệ môi trường"], exactComparisons: true, comparisons: [{ against: "plan", period: "2024", attainment: "96.3" }] },
          { value: "310000000000", unit: "VND", subject: ["phí và lệ phí"], exactComparisons: true, comparisons: [] },
        ],
      },
      {
        text: "Năm 2024, tổng thu ngân sách của huyện đạt 14.600 tỷ đồng, bằng 108% KH.",
        expect: [{ value: "14600000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "plan", attainment: "108" }] }],
      },
      // Revenue reports abbreviate the plan and the same period: "DT", "CK", read only right after a
      // percentage; "thị trường CK" is the stock market, and "khối lượng" no "KH".
      {
        text: "Năm 2026, thu nội địa ước đạt 6.210 tỷ đồng, bằng 97,4% DT, bằng 111,2% CK.",
        expect: [{ value: "6210000000000", unit: "VND", status: "estimated", subject: ["thu nội địa"], exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "97.4" }, { against: "previous", period: "2025", attainment: "111.2" }] }],
      },
      {
        text: "Năm 2026, vốn hóa thị trường CK đạt 7,1 triệu tỷ đồng; dự án đã hoàn thành 64% khối lượng.",
        expect: [
          { value: "7100000000000000", unit: "VND", exactComparisons: true, comparisons: [] },
          { value: "64", unit: "%", exactComparisons: true, comparisons: [] },
        ],
      },
      {
        text: "Năm 2024, chi đầu tư phát triển đạt 5.400 tỷ đồng, bằng 92% dự toán giao.",
        expect: [{ value: "5400000000000", unit: "VND", subject: ["chi đầu tư phát triển"], comparisons: [{ against: "plan", attainment: "92" }] }],
      },
      {
        text: "Năm 2024, số hộ thoát nghèo đạt 1.450 hộ, bằng 120% mục tiêu.",
        expect: [{ value: "1450", unit: "count", subject: ["hộ thoát nghèo"], comparisons: [{ against: "plan", attainment: "120" }] }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu đạt 2,4 tỷ USD, bằng 101% chỉ tiêu kế hoạch.",
        expect: [{ value: "2400000000", unit: "USD", subject: ["xuất khẩu"], comparisons: [{ against: "plan", attainment: "101" }] }],
      },
      {
        text: "Năm 2024, số lượt khách du lịch đạt 4,2 triệu lượt, bằng 105% kế hoạch dự kiến.",
        expect: [{ value: "4200000", unit: "count", subject: ["khách du lịch"], comparisons: [{ against: "plan", attainment: "105" }] }],
      },
      {
        text: "Năm 2024, tỷ lệ đô thị hóa của tỉnh đạt 38%, bằng 95% chỉ tiêu Nghị quyết.",
        expect: [{ value: "38", unit: "%", subject: ["đô thị hóa"], comparisons: [{ against: "plan", attainment: "95" }] }],
      },
      {
        text: "Năm 2024, thu ngân sách của thị xã đạt 1.460 tỷ đồng, chỉ bằng 88% dự toán.",
        expect: [{ value: "1460000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "plan", attainment: "88" }] }],
      },
    ],
  },
  {
    behaviour: "gives 'mới đạt X% dự toán' and 'đã hoàn thành X% kế hoạch' after a level to that level",
    examples: [
      {
        text: "Năm 2026, thu ngân sách của huyện đạt 412 tỷ đồng, mới đạt 61% dự toán.",
        expect: [{ value: "412000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "61" }] }],
      },
      {
        text: "Năm 2026, doanh thu của hợp tác xã đạt 27 tỷ đồng, tăng 6% và đã hoàn thành 103% kế hoạch năm.",
        expect: [{ value: "27000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "6", direction: "increase" } }, { against: "plan", period: "2026", attainment: "103" }] }],
      },
      // A bare percentage after an amount, in a passage measured against a plan named before it, is
      // the amount's attainment of that plan; with no plan named it is left a figure of its own.
      {
        text: "Năm 2026, vốn đầu tư công giải ngân đạt 9.000 tỷ đồng, bằng 71% kế hoạch vốn năm. Trong đó, vốn ngân sách trung ương 2.400 tỷ đồng, đạt 64%; vốn ngân sách địa phương 6.600 tỷ đồng, đạt 74%.",
        expect: [
          { value: "9000000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "71" }] },
          { value: "2400000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "64" }] },
          { value: "6600000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "74" }] },
        ],
      },
      {
        text: "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 3 tỷ USD, đạt 35%.",
        expect: [
          { value: "3000000000", unit: "USD", exactComparisons: true, comparisons: [] },
          { value: "35", unit: "%" },
        ],
      },
      // …past the words that describe the level and the period that closes them.
      {
        text: "Huyện đã thu 640 tỷ đồng tiền thuê đất trong 9 tháng năm 2026, bằng 58% dự toán.",
        expect: [{ value: "640000000000", unit: "VND", period: "2026-01/2026-09", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "58" }] }],
      },
    ],
  },
  {
    behaviour: "gives a change or an attainment after words that name nothing ('mới chỉ', 'nên', 'vẫn') to the level before it",
    examples: [
      {
        text: "Năm 2026, tỷ lệ hộ dùng nước sạch đạt 86,4%, tăng 2,2 điểm phần trăm so với năm 2025 nhưng vẫn thấp hơn 1,6 điểm phần trăm so với mục tiêu 88%.",
        expect: [{ value: "86.4", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "points", value: "2.2", direction: "increase" } }, { against: "plan", period: "2026", value: "88", change: { kind: "points", value: "1.6", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2026, cả hai nhà máy sản xuất 52 nghìn tấn, đều tăng 4% so với năm 2025.",
        expect: [{ value: "52000", unit: "t", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2026, dư nợ tín dụng toàn tỉnh đạt 95.000 tỷ đồng, tiếp tục tăng 11% so với năm 2025.",
        expect: [{ value: "95000000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "11", direction: "increase" } }] }],
      },
      {
        text: "Năm 2026, vốn đầu tư công giải ngân được 1.240 tỷ đồng, mới chỉ bằng 41,2% kế hoạch.",
        expect: [{ value: "1240000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "41.2" }] }],
      },
      {
        text: "Năm 2026, sản lượng lúa đạt 410 nghìn tấn do mất mùa, nên thấp hơn 3,5% so với năm 2025.",
        expect: [{ value: "410000", unit: "t", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "percent", value: "3.5", direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "reads 'đạt X% kế hoạch' alone as the attainment itself",
    examples: [
      {
        text: "Năm 2024, thu ngân sách trên địa bàn đạt 95% kế hoạch.",
        expect: [{ value: "95", unit: "%", subject: ["thu ngân sách"], comparisons: [{ against: "plan", attainment: "95" }] }],
      },
      {
        text: "Năm 2024, giải ngân vốn đầu tư công của tỉnh chỉ đạt 72% kế hoạch.",
        expect: [{ value: "72", unit: "%", subject: ["giải ngân"], comparisons: [{ against: "plan", attainment: "72" }] }],
      },
      {
        text: "Năm 2024, công tác trồng rừng của huyện hoàn thành 104% kế hoạch.",
        expect: [{ value: "104", unit: "%", subject: ["trồng rừng"], comparisons: [{ against: "plan", attainment: "104" }] }],
      },
      {
        text: "Năm 2024, vốn đầu tư công của tỉnh thực hiện 95% kế hoạch vốn giao.",
        expect: [{ value: "95", unit: "%", subject: ["vốn đầu tư công"], comparisons: [{ against: "plan", attainment: "95" }] }],
      },
    ],
  },
  {
    behaviour: "reads 'vượt X% dự toán' as a change against the plan",
    examples: [
      {
        text: "Năm 2024, thu nội địa trên địa bàn đạt 11.800 tỷ đồng, vượt 7,2% dự toán được giao.",
        expect: [{ value: "11800000000000", unit: "VND", subject: ["thu nội địa"], exactComparisons: true, comparisons: [{ against: "plan", period: "2024", change: { kind: "percent", value: "7.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ che phủ rừng của tỉnh đạt 47%, vượt 1% chỉ tiêu.",
        expect: [{ value: "47", unit: "%", subject: ["che phủ rừng"], comparisons: [{ against: "plan", change: { kind: "percent", value: "1", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, thu ngân sách nhà nước đạt 16.500 tỷ đồng, vượt 15,9% dự toán.",
        expect: [{ value: "16500000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "plan", change: { kind: "percent", value: "15.9", direction: "increase" } }] }],
      },
      // The plan named before an amount: by how much, in the level's unit.
      {
        text: "Năm 2026, thu phí tham quan ước đạt 640 tỷ đồng, vượt dự toán 85 tỷ đồng.",
        expect: [{ value: "640000000000", unit: "VND", status: "estimated", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", change: { kind: "absolute", value: "85000000000", direction: "increase" } }] }],
      },
      // By an amount a sentence states alone: with the plan's year and a word of approximation between, or with the plan after it.
      {
        text: "Sau 10 tháng năm 2026, tiền thuê đất nộp ngân sách đã vượt kế hoạch cả năm khoảng 310 tỷ đồng.",
        expect: [{ value: "310000000000", unit: "VND", qualifier: "about", period: "2026-01/2026-10", comparisons: [{ against: "plan", change: { kind: "absolute", value: "310000000000", direction: "increase" } }] }],
      },
      {
        text: "Trong năm 2026, thu từ xổ số kiến thiết vượt 96 tỷ đồng so với dự toán.",
        expect: [{ value: "96000000000", unit: "VND", period: "2026", comparisons: [{ against: "plan", change: { kind: "absolute", value: "96000000000", direction: "increase" } }] }],
      },
      // In percentage points, for a rate.
      {
        text: "Năm 2024, tỷ lệ lao động qua đào tạo đạt 71,5%, vượt 1,5 điểm phần trăm kế hoạch.",
        expect: [{ value: "71.5", unit: "%", subject: ["lao động qua đào tạo"], exactComparisons: true, comparisons: [{ against: "plan", period: "2024", change: { kind: "points", value: "1.5", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a target named with a year of its own after a result as a record of its own, not as that result's plan",
    examples: [
      {
        text: "Năm 2024, tỷ lệ hộ dùng nước sạch đạt 88,2%; mục tiêu năm 2025 là 90%.",
        expect: [
          { value: "88.2", unit: "%", period: "2024", exactComparisons: true, comparisons: [] },
          { value: "90", unit: "%", period: "2025", status: "target", subject: ["nước sạch"] },
        ],
      },
      // With no year of its own it is the plan the result is measured against.
      {
        text: "Năm 2024, tỷ lệ hộ dùng nước sạch đạt 88,2%; mục tiêu đề ra là 90%.",
        expect: [{ value: "88.2", unit: "%", period: "2024", exactComparisons: true, comparisons: [{ against: "plan", period: "2024", value: "90" }] }],
      },
      // …also of a growth stated alone, in brackets after the plan it exceeded.
      {
        text: "Năm 2026, tốc độ tăng trưởng kinh tế của tỉnh tăng 9,1%, vượt mục tiêu đề ra (8,5%).",
        expect: [{ value: "9.1", unit: "%", period: "2026", comparisons: [{ against: "previous", change: { kind: "percent", value: "9.1", direction: "increase" } }, { against: "plan", value: "8.5" }] }],
      },
    ],
  },
  {
    behaviour: "reads 'tăng/gấp N lần' and written ratios as times",
    examples: [
      {
        text: "Năm 2024, sản lượng điện thương phẩm đạt 3.100 triệu kWh, gấp ba lần năm 2015.",
        expect: [{ value: "3100000000", unit: "kWh", comparisons: [{ against: "previous", period: "2015", change: { kind: "times", value: "3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2026, số giao dịch thanh toán không dùng tiền mặt đạt 418.000 giao dịch, gấp 1,9 lần năm trước.",
        expect: [{ value: "418000", unit: "count", comparisons: [{ against: "previous", period: "2025", change: { kind: "times", value: "1.9", direction: "increase" } }] }],
      },
      // The level after "gấp N lần mức" is the value of the baseline.
      {
        text: "Năm 2026, số tài khoản thanh toán trên điện thoại đạt 21,5 triệu tài khoản, gấp 2,4 lần mức 8,9 triệu tài khoản của năm trước.",
        expect: [{ value: "21500000", unit: "count", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", value: "8900000", change: { kind: "times", value: "2.4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số vụ cháy rừng trên địa bàn giảm 2 lần so với năm 2023.",
        expect: [{ value: "2", unit: "times", comparisons: [{ against: "previous", period: "2023", change: { kind: "times", value: "2", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 25,6 tỷ USD, tăng 1,86 lần so với năm 2020.",
        expect: [{ value: "25600000000", unit: "USD", subject: ["xuất khẩu"], comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.86", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch nhập khẩu của tỉnh đạt 18,2 tỷ USD, gấp 1,86 lần so với năm 2020.",
        expect: [{ value: "18200000000", unit: "USD", subject: ["nhập khẩu"], comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.86", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu hàng may mặc tăng gấp 3 lần so với năm 2015.",
        expect: [{ value: "3", unit: "times", period: "2024", subject: ["may mặc"], comparisons: [{ against: "previous", period: "2015", change: { kind: "times", value: "3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu du lịch của tỉnh cao gấp 2,4 lần năm 2019.",
        expect: [{ value: "2.4", unit: "times", period: "2024", subject: ["doanh thu du lịch"], comparisons: [{ against: "previous", period: "2019", change: { kind: "times", value: "2.4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu du lịch của tỉnh đạt 9.600 tỷ đồng, cao gấp 2,4 lần năm 2019.",
        expect: [{ value: "9600000000000", unit: "VND", period: "2024", subject: ["doanh thu du lịch"], comparisons: [{ against: "previous", period: "2019", change: { kind: "times", value: "2.4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số thuê bao băng rộng cố định đạt 420.000 thuê bao, bằng gấp 1,6 lần năm 2020.",
        expect: [{ value: "420000", unit: "count", subject: ["thuê bao"], comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.6", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, vốn FDI thu hút được đạt 1,9 tỷ USD, gần gấp 2 lần năm 2023.",
        expect: [{ value: "1900000000", unit: "USD", subject: ["vốn FDI"], comparisons: [{ against: "previous", period: "2023", change: { kind: "times", value: "2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số khách quốc tế đến tỉnh đạt 310.000 lượt, hơn gấp 3 lần năm 2022.",
        expect: [{ value: "310000", unit: "count", subject: ["khách quốc tế"], comparisons: [{ against: "previous", period: "2022", change: { kind: "times", value: "3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, GRDP bình quân đầu người của tỉnh đạt 98,5 triệu đồng, gấp đôi năm 2019.",
        expect: [{ value: "98500000", unit: "VND", subject: ["GRDP"], comparisons: [{ against: "previous", period: "2019", change: { kind: "times", value: "2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, giá trị sản xuất công nghiệp đạt 8.200 tỷ đồng, gấp rưỡi năm 2020.",
        expect: [{ value: "8200000000000", unit: "VND", subject: ["giá trị sản xuất công nghiệp"], comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.5", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives a growth whose subject only points back ('Con số này') to the figure before, in its own sentence",
    examples: [
      {
        text: "Trong 10 tháng năm 2025, giải ngân vốn đầu tư công đạt 514,6 nghìn tỷ đồng. Con số này tăng 25,4% so với cùng kỳ năm 2024.",
        expect: [{ value: "514600000000000", unit: "VND", exactComparisons: true, comparisons: [{ against: "previous", period: "2024-01/2024-10", change: { kind: "percent", value: "25.4", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads no figure after a semicolon as the amount by which the plan before it was exceeded",
    examples: [
      {
        text: "Năm 2024, toàn tỉnh có 14/16 khoản thu đạt và vượt dự toán; 9/11 huyện hoàn thành vượt dự toán thu nội địa.",
        expect: [
          { value: "14", unit: "count", exactComparisons: true, comparisons: [{ against: "plan", period: "2024", change: { direction: "increase" } }] },
          { value: "9", unit: "count", subject: ["huyện"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads 'làm giảm' and 'kéo giảm' before percentage points as a contribution below zero",
    examples: [
      {
        text: "Năm 2024, ngành khai khoáng giảm 4,1%, làm giảm 0,3 điểm phần trăm mức tăng chung của nền kinh tế.",
        expect: [{ value: "-0.3", unit: "pp", subject: ["khai khoáng"], exactComparisons: true, comparisons: [] }],
        others: true,
      },
      {
        text: "Năm 2024, ngành khai khoáng giảm 4,1%, kéo giảm 0,3 điểm phần trăm mức tăng chung của nền kinh tế.",
        expect: [{ value: "-0.3", unit: "pp", subject: ["khai khoáng"] }],
        others: true,
      },
    ],
  },
  {
    behaviour: "reads a change in percentage points as points",
    examples: [
      {
        text: "Năm 2024, tỷ lệ đô thị hóa của tỉnh đạt 42,5%, tăng 2,3 điểm phần trăm so với năm 2023.",
        expect: [{ value: "42.5", unit: "%", subject: ["đô thị hóa"], comparisons: [{ against: "previous", period: "2023", change: { kind: "points", value: "2.3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo của tỉnh là 2,1%, thấp hơn 0,8 điểm phần trăm so với mức trung bình cả nước.",
        expect: [{ value: "2.1", unit: "%", subject: ["hộ nghèo"], comparisons: [{ against: "other", change: { kind: "points", value: "0.8", direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "reads an absolute change in the record's unit",
    examples: [
      // The same change in percent, right after the amount: a second comparison, not a record.
      {
        text: "Năm 2026, huyện có 412 hợp tác xã, tăng 37 hợp tác xã, 9,9% so với năm 2025.",
        expect: [{ value: "412", unit: "count", period: "2026", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "absolute", value: "37", direction: "increase" } }, { against: "previous", period: "2025", change: { kind: "percent", value: "9.9", direction: "increase" } }] }],
      },
      {
        text: "Quý II/2026, toàn tỉnh xảy ra 64 vụ cháy nổ, làm chết 5 người. So với quý I/2026, giảm 11 vụ, 14,7%; giảm 2 người chết, 28,6%.",
        expect: [
          { value: "64", unit: "count", period: "2026-Q2", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-Q1", change: { kind: "absolute", value: "11", direction: "decrease" } }, { against: "previous", period: "2026-Q1", change: { kind: "percent", value: "14.7", direction: "decrease" } }] },
          { value: "5", unit: "count", period: "2026-Q2", exactComparisons: true, comparisons: [{ against: "previous", period: "2026-Q1", change: { kind: "absolute", value: "2", direction: "decrease" } }, { against: "previous", period: "2026-Q1", change: { kind: "percent", value: "28.6", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 52,3 tỷ USD (tăng 8,07 tỷ USD) so với năm 2023.",
        expect: [{ value: "52300000000", unit: "USD", subject: ["xuất khẩu"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "8070000000", direction: "increase" } }] }],
      },
      // A shortfall against the plan, and a wait cut short.
      {
        text: "Năm 2026, thu tiền sử dụng đất ước đạt 980 tỷ đồng, bằng 61% dự toán, hụt khoảng 620 tỷ đồng so với dự toán.",
        expect: [{ value: "980000000000", unit: "VND", status: "estimated", exactComparisons: true, comparisons: [{ against: "plan", period: "2026", attainment: "61" }, { against: "plan", period: "2026", change: { kind: "absolute", value: "620000000000", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2026, thời gian cấp giấy phép xây dựng bình quân là 6,5 ngày, rút ngắn 2,5 ngày so với năm 2025.",
        expect: [{ value: "6.5", unit: "day", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "absolute", value: "2.5", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, xuất khẩu tôm của tỉnh tăng thêm 120 triệu USD so với năm 2023.",
        expect: [{ value: "120000000", unit: "USD", subject: ["xuất khẩu tôm"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "120000000", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số vụ cháy trên địa bàn giảm đi 12 vụ so với năm 2023.",
        expect: [{ value: "-12", unit: "count", subject: ["vụ cháy"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "12", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, số lao động có việc làm nhiều hơn 12.000 người so với năm 2023.",
        expect: [{ value: "12000", unit: "count", subject: ["lao động có việc làm"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "12000", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số doanh nghiệp rút lui khỏi thị trường ít hơn 150 doanh nghiệp so với năm 2023.",
        expect: [{ value: "-150", unit: "count", subject: ["rút lui khỏi thị trường"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "150", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, năng suất lúa của tỉnh đạt 62 tạ/ha, cao hơn 3 tạ/ha so với trung bình cả nước.",
        expect: [{ value: "6.2", unit: "t", per: "ha", subject: ["năng suất lúa"], comparisons: [{ against: "other", change: { kind: "absolute", value: "0.3", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "puts a baseline in parentheses into the comparison it belongs to",
    examples: [
      {
        text: "Năm 2024, tỷ lệ che phủ rừng đạt 47,2%, vượt chỉ tiêu kế hoạch (46,5%).",
        expect: [{ value: "47.2", unit: "%", subject: ["che phủ rừng"], comparisons: [{ against: "plan", value: "46.5", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu dịch vụ chuyển đổi số của các doanh nghiệp trên địa bàn đạt 412 tỷ đồng, tăng so với năm 2023 (đạt 296 tỷ).",
        expect: [{ value: "412000000000", unit: "VND", subject: ["chuyển đổi số"], comparisons: [{ against: "previous", period: "2023", value: "296000000000", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu đạt 2,3 tỷ USD; năm trước con số này là 2,1 tỷ USD.",
        expect: [{ value: "2300000000", unit: "USD", subject: ["xuất khẩu"], comparisons: [{ against: "previous", period: "2023", value: "2100000000" }] }],
      },
      {
        text: "Cuối năm 2024, tỷ lệ hộ dùng nước sạch đạt 92,4%; năm 2020 tỷ lệ này mới là 81%.",
        expect: [{ value: "92.4", unit: "%", subject: ["nước sạch"], comparisons: [{ against: "previous", period: "2020", value: "81" }] }],
      },
    ],
  },
  {
    behaviour: "puts the value stated after a growth in the record, with the growth as its comparison",
    examples: [
      {
        text: "Năm 2024, số chữ ký số được cấp tăng 299% (đạt gần 500.000 chữ ký).",
        expect: [{ value: "500000", unit: "count", qualifier: "nearly", subject: ["chữ ký"], comparisons: [{ against: "previous", change: { kind: "percent", value: "299", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, lượng khách lưu trú tăng 15% so với cùng kỳ năm 2023 (đạt 3,9 triệu lượt).",
        expect: [{ value: "3900000", unit: "count", subject: ["khách lưu trú"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "15", direction: "increase" } }] }],
      },
      {
        // "còn": the level a fall left.
        text: "Năm 2024, số vụ tai nạn lao động trên địa bàn giảm 9 vụ so với năm 2023, còn 41 vụ.",
        expect: [{ value: "41", unit: "count", subject: ["tai nạn lao động"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "9", direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "makes a growth stated alone the record's value, signed",
    examples: [
      {
        text: "Năm 2024, chỉ số sản xuất công nghiệp của tỉnh giảm 0,7% so với năm 2023.",
        expect: [{ value: "-0.7", unit: "%", subject: ["sản xuất công nghiệp"], stated: { text: "0,7%" }, exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "0.7", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, GRDP của tỉnh tăng 7,2%.",
        expect: [{ value: "7.2", unit: "%", subject: ["GRDP"], comparisons: [{ against: "previous", change: { kind: "percent", value: "7.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, lượng khách đến các khu nghỉ dưỡng tăng tới 35% so với năm 2023.",
        expect: [{ value: "35", unit: "%", subject: ["khu nghỉ dưỡng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "35", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, giá trị sản xuất ngành chế biến gỗ tăng đến 18% so với năm 2023.",
        expect: [{ value: "18", unit: "%", subject: ["chế biến gỗ"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "18", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu thương mại điện tử tăng mạnh 45% so với năm 2023.",
        expect: [{ value: "45", unit: "%", subject: ["thương mại điện tử"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "45", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, giá điện sinh hoạt tăng nhẹ 0,5% so với năm 2023.",
        expect: [{ value: "0.5", unit: "%", subject: ["giá điện"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "0.5", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, mức tăng của chỉ số giá tiêu dùng bình quân là 3,2%.",
        expect: [{ value: "3.2", unit: "%", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", change: { kind: "percent", value: "3.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, nhóm nhà ở và vật liệu xây dựng tăng giá 4,1% so với năm 2023.",
        expect: [{ value: "4.1", unit: "%", subject: ["vật liệu xây dựng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "4.1", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, đà tăng của giá vàng trong nước đạt 28% so với năm 2023.",
        expect: [{ value: "28", unit: "%", subject: ["giá vàng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "28", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số ca mắc sốt xuất huyết giảm tới 40% so với năm 2023.",
        expect: [{ value: "-40", unit: "%", subject: ["sốt xuất huyết"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "40", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, nhập khẩu xăng dầu giảm mạnh 22% so với năm 2023.",
        expect: [{ value: "-22", unit: "%", subject: ["xăng dầu"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "22", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, giá gạo tẻ thường giảm nhẹ 1,5% so với năm 2023.",
        expect: [{ value: "-1.5", unit: "%", subject: ["giá gạo"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "1.5", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, mức giảm của giá xăng bình quân là 6,3% so với năm 2023.",
        expect: [{ value: "-6.3", unit: "%", subject: ["giá xăng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "6.3", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, nhóm bưu chính, viễn thông giảm giá 0,8% so với năm 2023.",
        expect: [{ value: "-0.8", unit: "%", subject: ["viễn thông"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "0.8", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, sản lượng khai thác than sụt giảm 9,4% so với năm 2023.",
        expect: [{ value: "-9.4", unit: "%", subject: ["khai thác than"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "9.4", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ sử dụng Internet cáp quang tăng lên 85%.",
        expect: [{ value: "85", unit: "%", subject: ["Internet"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ thất nghiệp ở khu vực thành thị giảm xuống 2,1%.",
        expect: [{ value: "2.1", unit: "%", subject: ["thất nghiệp"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ trường học đạt chuẩn quốc gia tăng lên mức 78%.",
        expect: [{ value: "78", unit: "%", subject: ["trường học"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ bao phủ bảo hiểm y tế của tỉnh được nâng lên mức 94,1%.",
        expect: [{ value: "94.1", unit: "%", subject: ["bảo hiểm y tế"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo của huyện giảm xuống còn 3,4%.",
        expect: [{ value: "3.4", unit: "%", subject: ["hộ nghèo"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ trẻ em suy dinh dưỡng thể thấp còi hạ xuống 17,5%.",
        expect: [{ value: "17.5", unit: "%", subject: ["suy dinh dưỡng"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "decrease" } }] }],
      },
      {
        // "xuống" after the noun the verb lowers: a level reached, under it.
        text: "Năm 2026, huyện phấn đấu giảm tỷ lệ hộ cận nghèo xuống dưới 2,5%.",
        expect: [{ value: "2.5", unit: "%", qualifier: "under", status: "target", subject: ["hộ cận nghèo"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2025, ngân hàng đã giảm lãi suất cho vay ngắn hạn xuống còn 4,5%.",
        expect: [{ value: "4.5", unit: "%", subject: ["lãi suất"], exactComparisons: true, comparisons: [{ against: "previous", period: "2024", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2025, tỉnh kéo tỷ lệ thất nghiệp khu vực thành thị xuống mức 2,1%.",
        expect: [{ value: "2.1", unit: "%", subject: ["thất nghiệp"], exactComparisons: true, comparisons: [{ against: "previous", period: "2024", change: { direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, lãi suất cho vay bình quân giảm xuống mức 6,8%.",
        expect: [{ value: "6.8", unit: "%", subject: ["lãi suất"], exactComparisons: true, comparisons: [{ against: "previous", period: "2023", change: { direction: "decrease" } }] }],
      },
    ],
  },
  {
    behaviour: "makes two growths of one subject against two baselines two records",
    examples: [
      {
        text: "Tháng 5/2024, chỉ số giá tiêu dùng tăng 0,4% so với tháng trước và tăng 3,9% so với cùng kỳ năm 2023.",
        expect: [
          { value: "0.4", unit: "%", period: "2024-05", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2024-04", change: { kind: "percent", value: "0.4", direction: "increase" } }] },
          { value: "3.9", unit: "%", period: "2024-05", subject: ["giá tiêu dùng"], comparisons: [{ against: "previous", period: "2023-05", change: { kind: "percent", value: "3.9", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "gives each of two levels the change that names its aspect",
    examples: [
      {
        text: "Năm 2024, xuất khẩu gạo đạt 1,2 triệu tấn, trị giá 650 triệu USD, giảm 10,5% về khối lượng, nhưng tăng 12,3% về giá trị so với năm 2023.",
        expect: [
          { value: "1200000", unit: "t", subject: ["xuất khẩu gạo"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "10.5", direction: "decrease" } }] },
          { value: "650000000", unit: "USD", subject: ["gạo"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12.3", direction: "increase" } }] },
        ],
      },
      {
        // Three levels, two of them counts: an aspect that names a level's noun, or the words before it, picks it.
        text: "Trong tháng 9/2026, cả nước có gần 15,2 nghìn doanh nghiệp thành lập mới với tổng số vốn đăng ký 140,5 nghìn tỷ đồng và 96.400 lao động đăng ký, tăng 6,1% về số doanh nghiệp, tăng 12,4% về số vốn đăng ký và giảm 2,3% về số lao động so với tháng 9/2025.",
        expect: [
          { value: "15200", unit: "count", qualifier: "nearly", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "6.1", direction: "increase" } }] },
          { value: "140500000000000", unit: "VND", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "12.4", direction: "increase" } }] },
          { value: "96400", unit: "count", comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "2.3", direction: "decrease" } }] },
        ],
      },
      {
        // …with "nhưng" and no comma between the two changes.
        text: "Năm 2024, huyện cấp phép cho 18 dự án với tổng vốn 2.400 tỷ đồng, giảm 5% về số dự án nhưng tăng 40% về vốn so với năm 2023.",
        expect: [
          { value: "18", unit: "count", comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "5", direction: "decrease" } }] },
          { value: "2400000000000", unit: "VND", subject: ["tổng vốn"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "40", direction: "increase" } }] },
        ],
      },
      {
        text: "Quý III/2024, sản lượng cà phê xuất khẩu đạt 310 nghìn tấn, tăng 4,2%, trị giá đạt 1,5 tỷ USD, tăng 38,6% so với cùng kỳ năm 2023.",
        expect: [
          { value: "310000", unit: "t", subject: ["cà phê"], comparisons: [{ against: "previous", period: "2023-Q3", change: { kind: "percent", value: "4.2", direction: "increase" } }] },
          { value: "1500000000", unit: "USD", comparisons: [{ against: "previous", period: "2023-Q3", change: { kind: "percent", value: "38.6", direction: "increase" } }] },
        ],
      },
      {
        text: "Tháng 8/2024, giá thịt lợn tăng 1,2%; giá rau xanh giảm 0,8% so với tháng trước.",
        expect: [
          { value: "1.2", unit: "%", subject: ["thịt lợn"], comparisons: [{ against: "previous", change: { kind: "percent", value: "1.2", direction: "increase" } }] },
          { value: "-0.8", unit: "%", subject: ["rau xanh"], comparisons: [{ against: "previous", period: "2024-07", change: { kind: "percent", value: "0.8", direction: "decrease" } }] },
        ],
      },
      {
text: "Năm 2024, xuất khẩu gạo đạt 1,2 triệu tấn, trị giá 650 triệu USD; so với năm 2023 giảm 10,5% về khối lượng, nhưng tăng 12,3% về giá trị.",
        expect: [
          { value: "1200000", unit: "t", subject: ["xuất khẩu gạo"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "10.5", direction: "decrease" } }] },
          { value: "650000000", unit: "USD", subject: ["gạo"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12.3", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, xuất khẩu cà phê đạt 210 nghìn tấn, kim ngạch đạt 980 triệu USD; so với năm 2023 giảm 4% về lượng, nhưng tăng 38% về kim ngạch.",
        expect: [
          { value: "210000", unit: "t", subject: ["cà phê"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "4", direction: "decrease" } }] },
          { value: "980000000", unit: "USD", subject: ["cà phê"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "38", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, xuất khẩu hạt điều đạt 95 nghìn tấn, trị giá 560 triệu USD, tăng 6% về sản lượng và tăng 15% về trị giá so với năm 2023.",
        expect: [
          { value: "95000", unit: "t", subject: ["hạt điều"], comparisons: [{ against: "previous", change: { kind: "percent", value: "6", direction: "increase" } }] },
          { value: "560000000", unit: "USD", subject: ["hạt điều"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "15", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, tỉnh cấp mới 48 dự án, tổng vốn đăng ký 1.250 tỷ đồng, tăng 9% về số dự án, nhưng giảm 4% về vốn so với năm 2023.",
        expect: [
          { value: "48", unit: "count", subject: ["dự án"], comparisons: [{ against: "previous", change: { kind: "percent", value: "9", direction: "increase" } }] },
          { value: "1250000000000", unit: "VND", subject: ["vốn đăng ký"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "4", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2024, có 1.120 doanh nghiệp thành lập mới, doanh thu đạt 3.400 tỷ đồng, tăng 7% về số doanh nghiệp, tăng 11% về doanh thu.",
        expect: [
          { value: "1120", unit: "count", subject: ["doanh nghiệp"], comparisons: [{ against: "previous", change: { kind: "percent", value: "7", direction: "increase" } }] },
          { value: "3400000000000", unit: "VND", subject: ["doanh thu"], comparisons: [{ against: "previous", change: { kind: "percent", value: "11", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, khu du lịch đón 450.000 lượt khách, doanh thu 520 tỷ đồng, tăng 12% về số lượt, tăng 20% về doanh thu so với năm 2023.",
        expect: [
          { value: "450000", unit: "count", subject: ["lượt khách"], comparisons: [{ against: "previous", change: { kind: "percent", value: "12", direction: "increase" } }] },
          { value: "520000000000", unit: "VND", subject: ["doanh thu"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "20", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2024, tỉnh cấp 85 giấy phép đầu tư, vốn đăng ký 640 tỷ đồng, tăng 5% về số lượng giấy phép, giảm 2% về vốn so với năm 2023.",
        expect: [
          { value: "85", unit: "count", subject: ["giấy phép"], comparisons: [{ against: "previous", change: { kind: "percent", value: "5", direction: "increase" } }] },
          { value: "640000000000", unit: "VND", subject: ["vốn đăng ký"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "2", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2024, tỉnh tiếp nhận 2.400 hồ sơ đất đai, tổng giá trị giao dịch 3.100 tỷ đồng, tăng 15% về số lượng, tăng 9% về trị giá so với năm 2023.",
        expect: [
          { value: "2400", unit: "count", subject: ["hồ sơ"], comparisons: [{ against: "previous", change: { kind: "percent", value: "15", direction: "increase" } }] },
          { value: "3100000000000", unit: "VND", subject: ["giá trị giao dịch"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "9", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "compares with an average or the whole country as 'other'",
    examples: [
      // The average's value in brackets right after it, in the level's unit, is that comparison's value.
      {
        text: "Năm 2026, tỷ lệ suy dinh dưỡng thể thấp còi của tỉnh còn 19%, cao hơn mức bình quân cả nước (18%).",
        expect: [{ value: "19", unit: "%", exactComparisons: true, comparisons: [{ against: "other", value: "18" }] }],
        mustNotExtract: ["18%"],
      },
      {
        text: "Năm 2026, tỷ lệ hộ nghèo của huyện còn 4,2%, giảm 0,6 điểm phần trăm so với năm trước nhưng vẫn cao hơn bình quân cả nước (3,1%).",
        expect: [{ value: "4.2", unit: "%", exactComparisons: true, comparisons: [{ against: "previous", period: "2025", change: { kind: "points", value: "0.6", direction: "decrease" } }, { against: "other", value: "3.1", change: { direction: "increase" } }] }],
        mustNotExtract: ["3,1%"],
      },
      {
        text: "Năm 2024, GRDP bình quân đầu người của tỉnh đạt 112 triệu đồng, cao hơn bình quân cả nước.",
        expect: [{ value: "112000000", unit: "VND", subject: ["GRDP"], comparisons: [{ against: "other", change: { direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ lao động có bằng cấp của tỉnh đạt 72%, cao hơn 3,5 điểm phần trăm so với bình quân cả nước.",
        expect: [{ value: "72", unit: "%", subject: ["bằng cấp"], exactComparisons: true, comparisons: [{ against: "other", change: { kind: "points", value: "3.5", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ lao động qua đào tạo của tỉnh đạt 70%, cao hơn 2 điểm phần trăm so với bình quân chung.",
        expect: [{ value: "70", unit: "%", subject: ["lao động qua đào tạo"], comparisons: [{ against: "other", change: { kind: "points", value: "2", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads the value after a level's change ('tăng 6,2% so với 5,48 tỷ USD') as the value the level changed from",
    examples: [
      {text: "Năm 2026, kim ngạch xuất khẩu cà phê đạt 5,82 tỷ USD, tăng 6,2% so với mức 5,48 tỷ USD của năm 2025.", expect: [{value: "5820000000", unit: "USD", period: "2026", comparisons: [{against: "previous", period: "2025", value: "5480000000", change: {kind: "percent", value: "6.2", direction: "increase"}}]}]},
    ],
  },
];
