import type { Corpus } from "./types.js";

/** What each figure measures: the subject, trimmed of verbs, lead-ins and fillers. */
export const subjects: Corpus = [
  {
    behaviour: "reads a table written with pipes: each cell under its column's name and unit, for its row, in the period and status its lead or its column names, a column of comparisons as comparisons",
    examples: [
      {
        text: "Kết quả sản xuất vụ Mùa năm 2024 của huyện:\n\n| Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (nghìn tấn) |\n|---|---|---|---|\n| Lúa | 6.120 | 52,4 | 32,1 |\n| Khoai lang | 410 | 95 | 3,9 |",
        expect: [
          { value: "6120", unit: "ha", period: "2024", subject: ["Diện tích", "Lúa"] },
          { value: "5.24", unit: "t", per: "ha", period: "2024", subject: ["Năng suất", "Lúa"] },
          { value: "32100", unit: "t", period: "2024", subject: ["Sản lượng", "Lúa"] },
          { value: "410", unit: "ha", period: "2024", subject: ["Diện tích", "Khoai lang"] },
          { value: "9.5", unit: "t", per: "ha", subject: ["Năng suất", "Khoai lang"] },
          { value: "3900", unit: "t", subject: ["Sản lượng", "Khoai lang"] },
        ],
      },
      // Rows that each name their own unit in brackets at the end of the label; a number in a row's
      // label is no figure.
      {
        text: "II. Một số chỉ tiêu xã hội\n\n| Chỉ tiêu | Năm 2025 | Kế hoạch 2026 |\n|---|---|---|\n| Tỷ lệ hộ nghèo (%) | 2,15 | 1,8 |\n| Số bác sĩ trên 10.000 dân (bác sĩ) | 11,2 | 12 |",
        expect: [
          { value: "2.15", unit: "%", period: "2025", subject: ["Tỷ lệ hộ nghèo"], subjectLacks: ["(%)", "II."] },
          { value: "1.8", unit: "%", period: "2026", status: "target", subject: ["Tỷ lệ hộ nghèo"] },
          { value: "11.2", unit: "count", period: "2025", subject: ["Số bác sĩ"] },
          { value: "12", unit: "count", period: "2026", status: "target", subject: ["Số bác sĩ"] },
        ],
        mustNotExtract: ["10.000 dân"],
      },
      // A column headed by its period or its status alone measures what the table's caption names;
      // with no unit in its header, its cells take the unit of a note over the table.
      {
        text: "Vốn đầu tư công đã giải ngân theo huyện\n(Đơn vị: tỷ đồng)\n| Huyện | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Vĩnh Tường | 318 | 402 |\n| Lập Thạch | 207 | 265 |",
        expect: [
          { value: "318000000000", unit: "VND", period: "2025", subject: ["Vốn đầu tư công đã giải ngân theo huyện (Vĩnh Tường)"] },
          { value: "402000000000", unit: "VND", period: "2026", subject: ["Vốn đầu tư công đã giải ngân theo huyện (Vĩnh Tường)"] },
          { value: "207000000000", unit: "VND", period: "2025", subject: ["Vốn đầu tư công đã giải ngân theo huyện (Lập Thạch)"] },
          { value: "265000000000", unit: "VND", period: "2026", subject: ["Vốn đầu tư công đã giải ngân theo huyện (Lập Thạch)"] },
        ],
      },
      {
        text: "Chi thường xuyên năm 2026 của tỉnh:\n| Lĩnh vực | Dự toán (tỷ đồng) | Ước thực hiện (tỷ đồng) |\n|---|---|---|\n| Giáo dục | 2.150 | 2.098 |",
        expect: [
          { value: "2150000000000", unit: "VND", status: "target", period: "2026", subject: ["Chi thường xuyên của tỉnh (Giáo dục)"], subjectLacks: ["Dự toán"] },
          { value: "2098000000000", unit: "VND", status: "estimated", period: "2026", subject: ["Chi thường xuyên của tỉnh (Giáo dục)"], subjectLacks: ["Ước thực hiện"] },
        ],
      },
      // A column of changes against a baseline, with no amount beside them: each is a growth of what its row names.
      {
        text: "Kết quả sản xuất, kinh doanh quý III/2026\n| Ngành | Tăng so với cùng kỳ (%) |\n|---|---|\n| Chỉ số sản xuất công nghiệp | 10,8 |\n| Vốn đầu tư từ ngân sách | -2,4 |",
        expect: [
          {
            value: "10.8", unit: "%", period: "2026-Q3", subject: ["Chỉ số sản xuất công nghiệp"], subjectLacks: ["Tăng"],
            comparisons: [{ against: "previous", period: "2025-Q3", change: { kind: "percent", value: "10.8", direction: "increase" } }],
          },
          {
            value: "-2.4", unit: "%", period: "2026-Q3", subject: ["Vốn đầu tư từ ngân sách"],
            comparisons: [{ against: "previous", period: "2025-Q3", change: { kind: "percent", value: "2.4", direction: "decrease" } }],
          },
        ],
      },
      // A header that names a measure keeps it; "giá trị tăng thêm" (value added) is no change.
      {
        text: "Kết quả năm 2026 của huyện:\n| Xã | Dân số (người) | Diện tích (ha) | Giá trị tăng thêm (%) |\n|---|---|---|---|\n| Tân Lập | 8.420 | 1.305 | 7,5 |",
        expect: [
          { value: "8420", unit: "count", subject: ["Dân số (Tân Lập)"] },
          { value: "1305", unit: "ha", subject: ["Diện tích (Tân Lập)"] },
          { value: "7.5", unit: "%", subject: ["Giá trị tăng thêm (Tân Lập)"], comparisons: [] },
        ],
      },
      {
        text: "Thu ngân sách của các huyện (tỷ đồng):\n| Huyện | Năm 2023 (tỷ đồng) | Năm 2024 (tỷ đồng) |\n|---|---|---|\n| Yên Lạc | 412 | 458 |",
        expect: [
          { value: "412000000000", unit: "VND", period: "2023", subject: ["Yên Lạc"] },
          { value: "458000000000", unit: "VND", period: "2024", subject: ["Yên Lạc"] },
        ],
      },
      // A column headed by a plan is a target of its year; by an estimate, estimated; one that
      // compares ("So dự toán (%)") or changes ("Tăng/giảm (%)") holds comparisons of the row's amount.
      {
        text: "Thu ngân sách 9 tháng năm 2026:\n| Khoản thu | Dự toán 2026 (tỷ đồng) | Ước thực hiện (tỷ đồng) | So dự toán (%) | Tăng/giảm (%) |\n|---|---|---|---|---|\n| Thuế bảo vệ môi trường | 640 | 455 | 71,1 | -3,2 |",
        expect: [
          { value: "640000000000", unit: "VND", status: "target", period: "2026", subject: ["Thuế bảo vệ môi trường"] },
          {
            value: "455000000000", unit: "VND", status: "estimated", period: "2026-01/2026-09",
            comparisons: [{ against: "plan", attainment: "71.1" }, { against: "previous", change: { kind: "percent", value: "3.2", direction: "decrease" } }],
          },
        ],
      },
    ],
  },
  {
    behaviour: "reads the rows of a table flattened into 'Label: value' lines in the unit, period and baseline the note above them names",
    examples: [
      {
        text: "Một số mặt hàng nhập khẩu 9 tháng năm 2026 (đơn vị: triệu USD; tốc độ so với cùng kỳ, %):\nPhân bón: 412,6 (+8,4)\nXăng dầu: 1.096,0 (-2,5)\n\nSố lao động được giải quyết việc làm tăng.",
        expect: [
          { value: "412600000", unit: "USD", period: "2026-01/2026-09", subject: ["Phân bón"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "8.4", direction: "increase" } }] },
          { value: "1096000000", unit: "USD", period: "2026-01/2026-09", subject: ["Xăng dầu"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "percent", value: "2.5", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2026, ước thực hiện một số khoản thu (ĐVT: tỷ đồng):\n1. Thuế bảo vệ môi trường: 386; đạt 92,4% dự toán.\n2. Thu tiền thuê đất: 1.210; đạt 104,1% dự toán.",
        expect: [
          { value: "386000000000", unit: "VND", status: "estimated", subject: ["Thuế bảo vệ môi trường"], comparisons: [{ against: "plan", attainment: "92.4" }] },
          { value: "1210000000000", unit: "VND", status: "estimated", subject: ["Thu tiền thuê đất"], comparisons: [{ against: "plan", attainment: "104.1" }] },
        ],
        others: true,
      },
      // The first row's label is its subject too, though the lead's colon is in the same sentence.
      {
        text: "Sản lượng chủ yếu 9 tháng năm 2026:\nGạo: 1.284 nghìn tấn\nCà phê: 231 nghìn tấn",
        expect: [
          { value: "1284000", unit: "t", subject: ["Gạo"] },
          { value: "231000", unit: "t", subject: ["Cà phê"] },
        ],
      },
      // The rows end at a blank line: a bare number past it is none of theirs.
      {
        text: "Kết quả năm 2026 (đơn vị: tỷ đồng):\nThu ngân sách: 4.500\n\nPhụ lục: 12",
        expect: [{ value: "4500000000000", unit: "VND", subject: ["Thu ngân sách"] }],
      },
    ],
  },
  {
    behaviour: "reads no pipe of a table written with pipes into a subject",
    examples: [
      {
        text: "Kết quả vụ Đông năm 2024:\n| Cây trồng | Diện tích | Sản lượng |\n|---|---|---|\n| Ngô | 2.150 ha | 11.900 tấn |",
        expect: [
          { value: "2150", unit: "ha", subject: ["Ngô"], subjectLacks: ["|"] },
          { value: "11900", unit: "t", subject: ["Ngô"], subjectLacks: ["|"] },
        ],
      },
    ],
  },
  {
    behaviour: "names the subject before 'đạt' or 'là' without the verb",
    examples: [
      {
        text: "Năm 2024, doanh thu dịch vụ viễn thông trên địa bàn tỉnh đạt 1.250 tỷ đồng.",
        expect: [{ value: "1250000000000", unit: "VND", subject: ["doanh thu", "viễn thông"], subjectLacks: ["đạt"] }],
      },
      {
        text: "Năm 2024, thu nhập bình quân đầu người của tỉnh là 68,5 triệu đồng.",
        expect: [{ value: "68500000", unit: "VND", subject: ["thu nhập bình quân"], subjectLacks: ["là"] }],
      },
      {
        text: "Năm 2024, tổng sản phẩm trên địa bàn của tỉnh ước đạt 125.600 tỷ đồng.",
        expect: [{ value: "125600000000000", unit: "VND", status: "estimated", subject: ["tổng sản phẩm"], subjectLacks: ["ước đạt", "ước"] }],
      },
      {
        text: "Năm 2024, sản lượng khai thác thủy sản chỉ đạt 62.000 tấn.",
        expect: [{ value: "62000", unit: "t", subject: ["khai thác thủy sản"], subjectLacks: ["chỉ đạt"] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ có giấy chứng nhận quyền sử dụng đất đạt được 92,5%.",
        expect: [{ value: "92.5", unit: "%", subject: ["giấy chứng nhận"] }],
      },
    ],
  },
  {
    behaviour: "names the rate in 'tỷ lệ X đạt Y%'",
    examples: [
      {
        text: "Năm 2024, tỷ lệ học sinh tốt nghiệp trung học phổ thông của tỉnh đạt 99,2%.",
        expect: [{ value: "99.2", unit: "%", subject: ["tỷ lệ", "tốt nghiệp"] }],
      },
      {
        text: "Năm 2024, học sinh tốt nghiệp trung học cơ sở đạt tỷ lệ 98,7%.",
        expect: [{ value: "98.7", unit: "%", subject: ["tỷ lệ", "tốt nghiệp"] }],
      },
      {
        text: "Năm 2024, tỉnh có tỷ lệ hộ dùng điện lưới quốc gia 99,6%.",
        expect: [{ value: "99.6", unit: "%", subject: ["tỷ lệ", "điện lưới"] }],
      },
      {
        text: "Năm 2024, các xã biên giới tỷ lệ hộ nghèo 12,4%.",
        expect: [{ value: "12.4", unit: "%", subject: ["tỷ lệ hộ nghèo"] }],
      },
      {
        text: "Năm 2024, tỷ lệ bao phủ tiêm chủng mở rộng đạt mức 97%.",
        expect: [{ value: "97", unit: "%", subject: ["tiêm chủng"] }],
      },
      {
        text: "Năm 2024, tỷ lệ giải ngân vốn ODA của tỉnh chỉ có 45%.",
        expect: [{ value: "45", unit: "%", subject: ["giải ngân vốn ODA"] }],
      },
    ],
  },
  {
    behaviour: "names the counted noun of 'có N X'",
    examples: [
      {
        text: "Năm 2024, thành phố khởi công 2.350 căn nhà ở xã hội và cấp mới 9 dự án FDI với tổng vốn đăng ký 260 triệu USD.",
        expect: [
          { value: "2350", unit: "count", subject: ["căn nhà ở xã hội"] },
          { value: "9", unit: "count", subject: ["dự án FDI"] },
          { value: "260000000", unit: "USD", subject: ["tổng vốn đăng ký"], subjectLacks: ["với"] },
        ],
      },
      {
        text: "Năm 2024, toàn tỉnh có 1.250 hợp tác xã nông nghiệp.",
        expect: [{ value: "1250", unit: "count", subject: ["hợp tác xã"] }],
      },
      {
        text: "Năm 2024, số hộ nghèo của huyện còn 1.120 hộ.",
        expect: [{ value: "1120", unit: "count", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2024, hệ thống bưu chính của tỉnh bao gồm 210 điểm phục vụ.",
        expect: [{ value: "210", unit: "count", subject: ["điểm phục vụ"] }],
      },
      {
        text: "Năm 2024, đoàn kiểm tra liên ngành gồm 12 cán bộ.",
        expect: [{ value: "12", unit: "count", subject: ["cán bộ"] }],
      },
      {
        text: "Năm 2024, một số xã vùng sâu chỉ có 2 trạm y tế.",
        expect: [{ value: "2", unit: "count", subject: ["trạm"] }],
      },
    ],
  },
  {
    behaviour: "names the share in 'X chiếm Y%'",
    examples: [
      {
        text: "Năm 2024, khu vực công nghiệp - xây dựng chiếm 38,6% cơ cấu kinh tế của tỉnh.",
        expect: [{ value: "38.6", unit: "%", subject: ["công nghiệp - xây dựng"] }],
      },
      {
        text: "Năm 2024, những doanh nghiệp nhỏ và vừa chiếm 97% tổng số doanh nghiệp.",
        expect: [{ value: "97", unit: "%", subject: ["doanh nghiệp nhỏ và vừa"] }],
      },
      {
        text: "Năm 2024, hàng nông sản xuất khẩu chỉ chiếm 18% kim ngạch xuất khẩu của tỉnh.",
        expect: [{ value: "18", unit: "%", subject: ["nông sản"] }],
      },
      {
        text: "Quý II/2024, vốn FDI giải ngân đạt 610 triệu USD, chiếm 27,5% tổng vốn đầu tư toàn xã hội.",
        expect: [
          { value: "610000000", unit: "USD", subject: ["vốn FDI"] },
          { value: "27.5", unit: "%", subject: ["vốn FDI", "tổng vốn đầu tư"] },
        ],
      },
    ],
  },
  {
    behaviour: "names the subject of a figure after a level verb",
    examples: [
      {
        text: "Năm 2024, tỉnh ghi nhận 320 doanh nghiệp quay lại hoạt động với tổng vốn 2.100 tỷ đồng.",
        expect: [
          { value: "320", unit: "count", subject: ["doanh nghiệp"] },
          { value: "2100000000000", unit: "VND", subject: ["tổng vốn"] },
        ],
      },
      // With no figure before it in the sentence, what the attribute after "với" belongs to is named too.
      {
        text: "Trong 9 tháng năm 2026, Nhật Bản là đối tác lớn thứ ba của tỉnh với kim ngạch ước đạt 9,4 tỷ USD.",
        expect: [{ value: "9400000000", unit: "USD", status: "estimated", subject: ["kim ngạch", "Nhật Bản"], subjectLacks: ["với"] }],
      },
      {
        text: "Nước nhập khẩu nhiều cà phê nhất của tỉnh năm 2026 là Đức với trị giá 412 triệu USD.",
        expect: [{ value: "412000000", unit: "USD", subject: ["trị giá", "Đức"] }],
      },
      {
        text: "Ngoài hai huyện miền núi, Cam Lộ là địa phương thứ ba về đích với tổng vốn ước đạt 85 tỷ đồng.",
        expect: [{ value: "85000000000", unit: "VND", status: "estimated", subject: ["tổng vốn"], subjectLacks: ["huyện miền núi"] }],
      },
      {
        text: "Cà phê xuất khẩu đạt 1,2 tỷ USD. Ngược lại, hạt điều là mặt hàng giảm mạnh nhất với kim ngạch 380 triệu USD.",
        expect: [
          { value: "1200000000", unit: "USD", subject: ["Cà phê xuất khẩu"] },
          { value: "380000000", unit: "USD", subject: ["kim ngạch", "hạt điều"], subjectLacks: ["ngược lại"] },
        ],
      },
      {
        text: "Xuất khẩu sang Hàn Quốc đạt 2,6 tỷ USD. Ở chiều ngược lại, Hàn Quốc là thị trường nhập khẩu lớn nhất với kim ngạch 5,1 tỷ USD.",
        expect: [
          { value: "2600000000", unit: "USD", subject: ["Xuất khẩu sang Hàn Quốc"] },
          { value: "5100000000", unit: "USD", subject: ["kim ngạch", "Hàn Quốc là thị trường nhập khẩu"], subjectLacks: ["chiều", "ngược lại"] },
        ],
      },
      {
        text: "Năm 2024, giá bán lẻ điện bình quân ở mức 2.103 đồng/kWh.",
        expect: [{ value: "2103", unit: "VND", per: "kWh", subject: ["giá bán lẻ điện"] }],
      },
      {
        text: "Năm 2024, lượng khách du lịch nội địa lên tới 5,4 triệu lượt.",
        expect: [{ value: "5400000", unit: "count", subject: ["khách du lịch nội địa"] }],
      },
      {
        text: "Năm 2024, doanh thu lữ hành của các doanh nghiệp lên đến 1.480 tỷ đồng.",
        expect: [{ value: "1480000000000", unit: "VND", subject: ["doanh thu lữ hành"] }],
      },
      {
        text: "Năm 2024, giá trị xuất khẩu rau quả lên mức 620 triệu USD.",
        expect: [{ value: "620000000", unit: "USD", subject: ["xuất khẩu rau quả"] }],
      },
      {
        text: "Năm 2024, tổng vốn huy động của các ngân hàng lên 82.000 tỷ đồng.",
        expect: [{ value: "82000000000000", unit: "VND", subject: ["vốn huy động"] }],
      },
      {
        text: "Năm 2024, số khách quốc tế đến tỉnh tới 820.000 lượt.",
        expect: [{ value: "820000", unit: "count", subject: ["khách quốc tế"] }],
      },
      {
        text: "Năm 2024, giá vàng miếng có thời điểm đến 88 triệu đồng một lượng.",
        others: true,
        expect: [{ value: "88000000", unit: "VND", subject: ["giá vàng"] }],
      },
      {
        text: "Năm 2024, các hợp tác xã thủy sản thu về 410 tỷ đồng.",
        expect: [{ value: "410000000000", unit: "VND", subject: ["hợp tác xã thủy sản"] }],
      },
      {
        text: "Năm 2024, các nhà vườn thu được 2.600 tỷ đồng từ sầu riêng.",
        expect: [{ value: "2600000000000", unit: "VND", subject: ["nhà vườn"] }],
      },
      {
        text: "Năm 2024, lễ hội trái cây đem về 85 tỷ đồng cho các nhà vườn.",
        expect: [{ value: "85000000000", unit: "VND", subject: ["lễ hội trái cây"] }],
      },
      {
        text: "Năm 2024, mùa du lịch biển mang về 3.200 tỷ đồng.",
        expect: [{ value: "3200000000000", unit: "VND", subject: ["du lịch biển"] }],
      },
      {
        text: "Năm 2024, các khu công nghiệp thu hút 2,3 tỷ USD vốn đầu tư nước ngoài.",
        expect: [{ value: "2300000000", unit: "USD", subject: ["vốn đầu tư nước ngoài"] }],
      },
      {
        text: "Năm 2024, các làng nghề đón thu hút 350.000 lượt khách.",
        expect: [{ value: "350000", unit: "count", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, các bảo tàng trên địa bàn phục vụ 640.000 lượt khách tham quan.",
        expect: [{ value: "640000", unit: "count", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, cơ quan thuế miễn giảm 1.250 tỷ đồng tiền thuế cho doanh nghiệp.",
        expect: [{ value: "1250000000000", unit: "VND", subject: ["tiền thuế"] }],
      },
      {
        text: "Năm 2024, các hộ kinh doanh được miễn giảm 96 tỷ đồng tiền thuê đất.",
        expect: [{ value: "96000000000", unit: "VND", subject: ["tiền thuê đất"] }],
      },
      {
        text: "Năm 2024, thu nhập bình quân của người lao động đạt 5.200 USD, tương ứng 128 triệu đồng.",
        expect: [
          { value: "5200", unit: "USD", subject: ["thu nhập bình quân"] },
          { value: "128000000", unit: "VND", subject: ["thu nhập bình quân"] },
        ],
      },
      {
        text: "Năm 2024, thu ngân sách trên địa bàn đạt 14.600 tỷ đồng, tương đương 112% dự toán.",
        expect: [{ value: "14600000000000", unit: "VND", subject: ["thu ngân sách"], comparisons: [{ against: "plan", attainment: "112" }] }],
      },
      {
        text: "Năm 2024, Sở Kế hoạch và Đầu tư cấp phép cho 56 dự án đầu tư trong nước.",
        expect: [{ value: "56", unit: "count", subject: ["dự án"] }],
      },
      {
        text: "Năm 2024, Sở Xây dựng cấp 1.240 giấy phép xây dựng nhà ở riêng lẻ.",
        expect: [{ value: "1240", unit: "count", subject: ["giấy phép"] }],
      },
      {
        text: "Năm 2024, quỹ quốc gia về việc làm hỗ trợ 540 lao động nông thôn.",
        expect: [{ value: "540", unit: "count", subject: ["lao động"] }],
      },
      {
        text: "Năm 2024, tỉnh thu 18.600 tỷ đồng từ thuế và phí.",
        expect: [{ value: "18600000000000", unit: "VND", subject: ["thu"] }],
      },
      {
        text: "Năm 2024, ngân sách tỉnh chi 21.000 tỷ đồng cho đầu tư phát triển.",
        expect: [{ value: "21000000000000", unit: "VND", subject: ["chi"] }],
      },
      {
        text: "Năm 2024, ngân hàng chính sách xã hội cho vay 3.400 tỷ đồng.",
        expect: [{ value: "3400000000000", unit: "VND", subject: ["ngân hàng chính sách"] }],
      },
      {
        text: "Năm 2024, các hộ nghèo vay 680 tỷ đồng vốn ưu đãi.",
        expect: [{ value: "680000000000", unit: "VND", subject: ["vốn ưu đãi"] }],
      },
      {
        text: "Năm 2024, các chủ đầu tư trả 1.900 tỷ đồng tiền bồi thường giải phóng mặt bằng.",
        expect: [{ value: "1900000000000", unit: "VND", subject: ["tiền bồi thường"] }],
      },
      {
        text: "Năm 2024, tỉnh giải ngân 9.200 tỷ đồng vốn đầu tư công.",
        expect: [{ value: "9200000000000", unit: "VND", subject: ["vốn đầu tư công"] }],
      },
      {
        text: "Năm 2024, các doanh nghiệp nộp 4.800 tỷ đồng thuế thu nhập doanh nghiệp.",
        expect: [{ value: "4800000000000", unit: "VND", subject: ["thuế thu nhập doanh nghiệp"] }],
      },
      {
        text: "Năm 2024, các lực lượng chức năng đã xử lý 2.300 vụ vi phạm an toàn thực phẩm.",
        expect: [{ value: "2300", unit: "count", subject: ["vụ vi phạm"] }],
      },
      {
        text: "Năm 2024, tỉnh đã hoàn thành 1.450 căn nhà cho hộ nghèo.",
        expect: [{ value: "1450", unit: "count", subject: ["căn nhà"] }],
      },
      {
        text: "Năm 2024, các xã thực hiện 86 công trình giao thông nông thôn.",
        expect: [{ value: "86", unit: "count", subject: ["công trình"] }],
      },
      {
        text: "Năm 2024, số lượt truy cập cổng thông tin điện tử của tỉnh khoảng 3,5 triệu lượt.",
        expect: [{ value: "3500000", unit: "count", qualifier: "about", subject: ["truy cập"] }],
      },
      {
        text: "Năm 2024, tổng diện tích gieo trồng cây hằng năm vào khoảng 124.000 ha.",
        expect: [{ value: "124000", unit: "ha", qualifier: "about", subject: ["diện tích gieo trồng"] }],
      },
      {
        text: "Năm 2024, kim ngạch thương mại song phương với Lào đạt mốc 1 tỷ USD.",
        expect: [{ value: "1000000000", unit: "USD", subject: ["thương mại song phương"] }],
      },
      {
        text: "Năm 2024, doanh thu bán lẻ hàng hóa đạt con số 48.000 tỷ đồng.",
        expect: [{ value: "48000000000000", unit: "VND", subject: ["bán lẻ"] }],
      },
      {
        text: "Năm 2024, thanh tra tỉnh lập 240 hồ sơ xử phạt vi phạm hành chính.",
        expect: [{ value: "240", unit: "count", subject: ["hồ sơ"] }],
      },
      {
        text: "Mục tiêu năm 2025 là đón 5 triệu lượt khách du lịch.",
        expect: [{ value: "5000000", unit: "count", status: "target", period: "2025", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, chỉ số hài lòng của người dân đối với dịch vụ y tế xếp thứ 5 toàn quốc.",
        expect: [{ value: "5", unit: "rank", subject: ["chỉ số hài lòng"] }],
      },
    ],
  },
  {
    behaviour: "names a figure whose subject only points back ('con số trên') by the figure before in its unit",
    examples: [
      {
        text: "Tháng 3/2027, doanh thu dịch vụ lưu trú, ăn uống đạt 5.400 tỷ đồng. Tính chung quý I, con số trên là 15.900 tỷ đồng.",
        expect: [
          { value: "5400000000000", unit: "VND", subject: ["lưu trú, ăn uống"] },
          { value: "15900000000000", unit: "VND", period: "2027-Q1", subject: ["lưu trú, ăn uống"], subjectLacks: ["con số"] },
        ],
      },
    ],
  },
  {
    behaviour: "names the figures of a line that opens with a bullet or a number and a label by that label, split 'lần lượt' over a label of two",
    examples: [
      // A count right after the label's colon keeps the label as well as its noun.
      {
        text: "Kết quả xử lý vi phạm tháng 10/2026:\n- Vi phạm tốc độ: 845 trường hợp.\n2. Cháy nổ: 14 vụ, giảm 3 vụ so với cùng kỳ.",
        expect: [
          { value: "845", unit: "count", subject: ["Vi phạm tốc độ", "trường hợp"] },
          { value: "14", unit: "count", subject: ["Cháy nổ", "vụ"], comparisons: [{ against: "previous", change: { kind: "absolute", value: "3", direction: "decrease" } }] },
        ],
      },
      {
        text: "Xuất khẩu nông sản 9 tháng năm 2026:\n- Hạt điều: khối lượng xuất khẩu đạt 41 nghìn tấn, giảm 5% nhưng trị giá đạt 260 triệu USD, tăng 12%.\n- Chè và quế: lần lượt đạt 3.200 tấn và 1.150 tấn.",
        expect: [
          { value: "41000", unit: "t", subject: ["Hạt điều", "khối lượng xuất khẩu"] },
          { value: "260000000", unit: "USD", subject: ["trị giá", "Hạt điều"] },
          { value: "3200", unit: "t", subject: ["Chè"], subjectLacks: ["quế"] },
          { value: "1150", unit: "t", subject: ["quế"], subjectLacks: ["Chè"] },
        ],
      },
    ],
  },
  {
    behaviour: "names an item after a colon by the measure the colon's lead names, for that item",
    examples: [
      {
        text: "Tỷ lệ hộ dân dùng nước sạch theo tiêu chuẩn năm 2024: khu vực đô thị 98,6%, khu vực nông thôn 71,3%.",
        expect: [
          { value: "98.6", unit: "%", subject: ["hộ dân dùng nước sạch", "đô thị"] },
          { value: "71.3", unit: "%", subject: ["hộ dân dùng nước sạch", "nông thôn"] },
        ],
      },
      // A number in the lead that only says which (an age, a grade) is no figure of its own.
      {
        text: "Năm học 2025-2026:\n- Tỉ lệ trẻ 5 tuổi học 2 buổi/ngày: 98,7%.\n- Tỉ lệ học sinh lớp 12 tốt nghiệp THPT: 99,1%.",
        expect: [
          { value: "98.7", unit: "%", subject: ["trẻ 5 tuổi học 2 buổi/ngày"] },
          { value: "99.1", unit: "%", subject: ["học sinh lớp 12 tốt nghiệp"] },
        ],
      },
      // Right after the colon, a figure counted in a bare noun, and the figure that goes on with it.
      {
        text: "Trong 9 tháng năm 2026, nhận sáp nhập, mua lại doanh nghiệp: 14 lượt, tổng giá trị gần 25 triệu USD.",
        expect: [
          { value: "14", unit: "count", subject: ["nhận sáp nhập, mua lại doanh nghiệp"] },
          { value: "25000000", unit: "USD", qualifier: "nearly", subject: ["tổng giá trị", "nhận sáp nhập, mua lại doanh nghiệp"] },
        ],
      },
      // Items on lines of their own, each led by its own colon, after a sentence that has a subject.
      {
        text: "Năm 2026, tổng thu ngân sách đạt 9.800 tỷ đồng.\nCác khoản thu chính:\n- Thuế giá trị gia tăng: 2.100 tỷ đồng, tăng 8%;\n- Lệ phí trước bạ: 640 tỷ đồng;\n- Thu tiền thuê đất: 410 tỷ đồng.",
        expect: [
          { value: "9800000000000", unit: "VND", subject: ["tổng thu ngân sách"] },
          { value: "2100000000000", unit: "VND", subject: ["Thuế giá trị gia tăng"] },
          { value: "640000000000", unit: "VND", subject: ["Lệ phí trước bạ"] },
          { value: "410000000000", unit: "VND", subject: ["Thu tiền thuê đất"] },
        ],
      },
      // …and a figure with no noun at all takes the lead alone, with nothing empty after it.
      {
        text: "Năm 2026, nhập khẩu nguyên liệu: 2,4 tỷ USD, giảm 3%.",
        expect: [{ value: "2400000000", unit: "USD", subject: ["nhập khẩu nguyên liệu"], subjectLacks: ["()"] }],
      },
      // A lead that names no measure leaves the items as they are.
      {
        text: "Năm 2024, thu ngân sách các huyện tăng khá. Cụ thể: huyện Đông Hưng 412,5 tỷ đồng; huyện Tiền Hải 380 tỷ đồng.",
        expect: [
          { value: "412500000000", unit: "VND", subject: ["Đông Hưng"] },
          { value: "380000000000", unit: "VND", subject: ["Tiền Hải"] },
        ],
        others: true,
      },
    ],
  },
  {
    behaviour: "gives each item of a list by product its own record",
    examples: [
      {
        text: "Năm 2024, trong tổng lượng bùn thải nạo vét, 62% được tái sử dụng san lấp, 25% xử lý tại bãi, 13% đưa đi tiêu hủy.",
        expect: [
          { value: "62", unit: "%", subject: ["tái sử dụng san lấp"] },
          { value: "25", unit: "%", subject: ["xử lý tại bãi"] },
          { value: "13", unit: "%", subject: ["đưa đi tiêu hủy"] },
        ],
      },
      {
        text: "Năm 2024, tỷ lệ nước thải đô thị được xử lý đạt 24% trở lên và 90% nước thải công nghiệp được xử lý đạt chuẩn.",
        expect: [
          { value: "24", unit: "%", qualifier: "at least", subject: ["nước thải đô thị"] },
          { value: "90", unit: "%", subject: ["nước thải công nghiệp"] },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu một số mặt hàng chủ lực: gạo 650 triệu USD, cà phê 980 triệu USD, thủy sản 560 triệu USD.",
        expect: [
          { value: "650000000", unit: "USD", subject: ["gạo"] },
          { value: "980000000", unit: "USD", subject: ["cà phê"] },
          { value: "560000000", unit: "USD", subject: ["thủy sản"] },
        ],
      },
      {
        text: "Năm 2024, thu ngân sách của các huyện đạt 2.960 tỷ đồng. Cụ thể: huyện Yên Lập 412 tỷ đồng; huyện Tân Sơn 287,5 tỷ đồng; thị xã Phú Thọ 530 tỷ đồng.",
        expect: [
          { value: "2960000000000", unit: "VND", subject: ["thu ngân sách"] },
          { value: "412000000000", unit: "VND", subject: ["thu ngân sách", "Yên Lập"], area: "Yên Lập" },
          { value: "287500000000", unit: "VND", subject: ["thu ngân sách", "Tân Sơn"], area: "Tân Sơn" },
          { value: "530000000000", unit: "VND", subject: ["thu ngân sách", "Phú Thọ"], area: "Phú Thọ" },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu nông sản: gạo 650 triệu USD, hạt điều 560 triệu USD, hồ tiêu 120 triệu USD.",
        expect: [
          { value: "650000000", unit: "USD", subject: ["gạo"] },
          { value: "560000000", unit: "USD", subject: ["hạt điều"] },
          { value: "120000000", unit: "USD", subject: ["hồ tiêu"] },
        ],
      },
      {
        text: "Năm 2024, bán lẻ tăng 7,82%, vận tải kho bãi 9,05%, lưu trú ăn uống 12,3% so với năm 2023.",
        others: true,
        expect: [
          { value: "7.82", unit: "%", subject: ["bán lẻ"] },
          { value: "9.05", unit: "%", subject: ["vận tải kho bãi"] },
          { value: "12.3", unit: "%", subject: ["lưu trú ăn uống"] },
        ],
      },
    ],
  },
  {
    behaviour: "names a growth at constant prices after the growth of a measure by that measure, with its status",
    examples: [
      {
        text: "Quý I/2026, doanh thu dịch vụ lưu trú và ăn uống ước đạt 19,4 nghìn tỷ đồng, tăng 11,3% so với cùng kỳ; nếu loại trừ yếu tố giá tăng 7,9%.",
        expect: [
          { value: "19400000000000", unit: "VND", status: "estimated", period: "2026-Q1" },
          { value: "7.9", unit: "%", status: "estimated", period: "2026-Q1", subject: ["lưu trú và ăn uống", "loại trừ yếu tố giá"] },
        ],
      },
    ],
  },
  {
    behaviour: "splits 'X và Y lần lượt là A và B' into one subject each",
    examples: [
      // The names may run back over commas before the clause, and share the measure after "với".
      {
        text: "Về địa bàn, dẫn đầu là Long An, Tây Ninh, Bình Phước với vốn đăng ký lần lượt là 1,42 tỷ USD, 980 triệu USD và 615 triệu USD.",
        expect: [
          { value: "1420000000", unit: "USD", subject: ["vốn đăng ký", "Long An"], subjectLacks: ["Tây Ninh"] },
          { value: "980000000", unit: "USD", subject: ["vốn đăng ký", "Tây Ninh"], subjectLacks: ["Bình Phước"] },
          { value: "615000000", unit: "USD", subject: ["vốn đăng ký", "Bình Phước"], subjectLacks: ["Long An"] },
        ],
      },
      {
        text: "Về số dự án mới, tiếp theo là Nhật Bản và Đài Loan với tỷ trọng lần lượt là 11,2% và 9,7%.",
        expect: [
          { value: "11.2", unit: "%", subject: ["tỷ trọng", "Nhật Bản"], subjectLacks: ["Đài Loan", "với"] },
          { value: "9.7", unit: "%", subject: ["tỷ trọng", "Đài Loan"], subjectLacks: ["Nhật Bản", "với"] },
        ],
      },
      // After a verb of what happened ("xảy ra", "ghi nhận") too.
      {
        text: "Sáu tháng đầu năm 2026, theo loại hình, đường bộ, đường sắt và đường thủy lần lượt xảy ra 128, 6 và 3 vụ tai nạn.",
        expect: [
          { value: "128", unit: "count", subject: ["đường bộ"], subjectLacks: ["đường sắt", "theo loại hình"] },
          { value: "6", unit: "count", subject: ["đường sắt"], subjectLacks: ["đường bộ"] },
          { value: "3", unit: "count", subject: ["đường thủy"], subjectLacks: ["đường sắt"] },
        ],
      },
      {
        text: "Năm 2024, doanh thu và lợi nhuận của các doanh nghiệp nhà nước lần lượt là 12.500 tỷ đồng và 1.340 tỷ đồng.",
        expect: [
          { value: "12500000000000", unit: "VND", subject: ["doanh thu"], subjectLacks: ["lợi nhuận"] },
          { value: "1340000000000", unit: "VND", subject: ["lợi nhuận"], subjectLacks: ["doanh thu"] },
        ],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo và hộ cận nghèo của tỉnh lần lượt là 2,1% và 3,4%.",
        expect: [
          { value: "2.1", unit: "%", subject: ["hộ nghèo"], subjectLacks: ["cận nghèo"] },
          { value: "3.4", unit: "%", subject: ["hộ cận nghèo"] },
        ],
      },
      // The parts share the words before a linking word, when they are as short as what it links to…
      {
        text: "Năm 2025, kim ngạch nhập khẩu từ Thái Lan và Ấn Độ lần lượt đạt 2,4 tỷ USD và 960 triệu USD.",
        expect: [
          { value: "2400000000", unit: "USD", subject: ["nhập khẩu từ Thái Lan"], subjectLacks: ["Ấn Độ"] },
          { value: "960000000", unit: "USD", subject: ["nhập khẩu từ Ấn Độ"], subjectLacks: ["Thái Lan"] },
        ],
      },
      // …and the linking word and what follows it, when it comes last.
      {
        text: "Năm 2025, doanh thu và lợi nhuận của hợp tác xã Tân Tiến lần lượt đạt 48 tỷ đồng và 6,5 tỷ đồng.",
        expect: [
          { value: "48000000000", unit: "VND", subject: ["doanh thu của hợp tác xã Tân Tiến"], subjectLacks: ["lợi nhuận"] },
          { value: "6500000000", unit: "VND", subject: ["lợi nhuận của hợp tác xã Tân Tiến"], subjectLacks: ["doanh thu"] },
        ],
      },
      // A part longer than what the linking word links to is a whole name of its own.
      {
        text: "Năm 2025, số thuê bao của huyện và tổng số trạm phát sóng lần lượt là 41.200 thuê bao và 96 trạm.",
        expect: [
          { value: "41200", unit: "count", subject: ["thuê bao của huyện"] },
          { value: "96", unit: "count", subject: ["tổng số trạm phát sóng"], subjectLacks: ["của huyện"] },
        ],
      },
    ],
  },
  {
    behaviour: "names a clause that opens with the preposition of an earlier subject in its sentence by that subject's head ('…của nam là 74,8%, của nữ là 63,1%')",
    examples: [
      {
        text: "Quý II/2026, tỷ lệ tham gia lực lượng lao động của nam là 74,8%, của nữ là 63,1%. Lực lượng lao động ở khu vực thành thị là 19,6 triệu người, chiếm 37,2%; ở khu vực nông thôn là 33,1 triệu người.",
        expect: [
          { value: "74.8", unit: "%", subject: ["tỷ lệ tham gia lực lượng lao động của nam"] },
          { value: "63.1", unit: "%", subject: ["tỷ lệ tham gia lực lượng lao động của nữ"] },
          { value: "19600000", unit: "count", subject: ["lực lượng lao động ở khu vực thành thị"] },
          { value: "37.2", unit: "%" },
          { value: "33100000", unit: "count", subject: ["lực lượng lao động ở khu vực nông thôn"] },
        ],
      },
    ],
  },
  {
    behaviour: "trims a lead-in from the front of the subject",
    examples: [
      {
        text: "Năm 2026, với kết quả này, Lâm Đồng xếp thứ 4/34 tỉnh, thành phố về lượng khách quốc tế.",
        expect: [{ value: "4", unit: "rank", subject: ["Lâm Đồng"], subjectLacks: ["kết quả"] }],
      },
      {
        text: "Năm 2026, với kết quả đó, chỉ số cải cách hành chính của tỉnh đạt 88,6 điểm. Với kết quả trên, tỉnh đứng thứ 9/34 cả nước.",
        expect: [
          { value: "88.6", unit: "score", subject: ["chỉ số cải cách hành chính"], subjectLacks: ["kết quả"] },
          { value: "9", unit: "rank", subjectLacks: ["kết quả"] },
        ],
      },
      // A figure quoted from a speaker: the quotation mark that opens the quote is no part of its subject.
      {
        text: "“Năm 2025, doanh thu du lịch của tỉnh đạt 6.300 tỷ đồng, tăng 21% so với năm 2024”, Giám đốc Sở cho biết.",
        expect: [{ value: "6300000000000", unit: "VND", period: "2025", subject: ["doanh thu du lịch của tỉnh"], subjectLacks: ["“"] }],
      },
      {
        text: "Theo Sở Tài chính, \"tổng vốn đầu tư công giải ngân đạt 4.870 tỷ đồng trong năm 2025\".",
        expect: [{ value: "4870000000000", unit: "VND", period: "2025", subject: ["vốn đầu tư công giải ngân"], subjectLacks: ['"'] }],
      },
      {
        text: "Năm 2024, tổng thu ngân sách đạt 14.200 tỷ đồng. Trong số đó, thu từ doanh nghiệp nhà nước đạt 2.100 tỷ đồng.",
        expect: [
          { value: "14200000000000", unit: "VND", subject: ["thu ngân sách"] },
          { value: "2100000000000", unit: "VND", period: "2024", subject: ["doanh nghiệp nhà nước"], subjectLacks: ["trong số đó"] },
        ],
      },
      {
        text: "Năm 2024, tổng thu ngân sách đạt 14.200 tỷ đồng, trong đó thu nội địa đạt 12.100 tỷ đồng.",
        expect: [
          { value: "14200000000000", unit: "VND", subject: ["thu ngân sách"] },
          { value: "12100000000000", unit: "VND", subject: ["thu nội địa"], subjectLacks: ["trong đó"] },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu đạt 2,3 tỷ USD. Dẫn đầu là hàng dệt may với 820 triệu USD.",
        expect: [
          { value: "2300000000", unit: "USD", subject: ["xuất khẩu"] },
          { value: "820000000", unit: "USD", period: "2024", subject: ["dệt may"], subjectLacks: ["dẫn đầu"] },
        ],
      },
      {
        text: "Năm 2024, xuất khẩu điện thoại đạt 5,1 tỷ USD. Kế đến là hàng máy vi tính với 1,2 tỷ USD.",
        expect: [
          { value: "5100000000", unit: "USD", subject: ["điện thoại"] },
          { value: "1200000000", unit: "USD", subject: ["máy vi tính"], subjectLacks: ["kế đến"] },
        ],
      },
      {
        text: "Năm 2024, xuất khẩu dệt may đạt 2,3 tỷ USD. Kế tiếp là hàng điện tử với 610 triệu USD.",
        expect: [
          { value: "2300000000", unit: "USD", subject: ["dệt may"] },
          { value: "610000000", unit: "USD", subject: ["điện tử"], subjectLacks: ["kế tiếp"] },
        ],
      },
      {
        text: "Năm 2024, nổi bật là doanh thu dịch vụ lưu trú đạt 1.200 tỷ đồng.",
        expect: [{ value: "1200000000000", unit: "VND", subject: ["lưu trú"], subjectLacks: ["nổi bật"] }],
      },
      {
        text: "Tính đến nay, toàn tỉnh có 86 xã đạt chuẩn nông thôn mới.",
        expect: [{ value: "86", unit: "count", subject: ["xã"], subjectLacks: ["tính đến nay"] }],
      },
      {
        text: "Tính đến cuối năm 2024, tổng dư nợ cho vay của các ngân hàng đạt 95.000 tỷ đồng.",
        expect: [{ value: "95000000000000", unit: "VND", period: "2024", subject: ["dư nợ"], subjectLacks: ["tính đến"] }],
      },
      {
        text: "Đến cuối năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 93,1%.",
        expect: [{ value: "93.1", unit: "%", period: "2024", subject: ["bảo hiểm y tế"], subjectLacks: ["đến cuối"] }],
      },
      {
        text: "Cuối năm 2024, tổng dư nợ tín dụng chính sách đạt 7.800 tỷ đồng.",
        expect: [{ value: "7800000000000", unit: "VND", period: "2024", subject: ["dư nợ"], subjectLacks: ["cuối"] }],
      },
      {
        text: "Hiện nay, toàn tỉnh có 1.250 hợp tác xã đang hoạt động.",
        expect: [{ value: "1250", unit: "count", subject: ["hợp tác xã"], subjectLacks: ["hiện nay"] }],
      },
      {
        text: "Hiện tại, tỉnh có 48 dự án điện gió đang triển khai.",
        expect: [{ value: "48", unit: "count", subject: ["dự án"], subjectLacks: ["hiện tại"] }],
      },
      {
        text: "Hiện toàn huyện có 320 hộ chăn nuôi bò sữa.",
        expect: [{ value: "320", unit: "count", subject: ["hộ"], subjectLacks: ["hiện"] }],
      },
      {
        text: "Đến nay, đã có 12.000 hộ được cấp giấy chứng nhận quyền sử dụng đất.",
        expect: [{ value: "12000", unit: "count", subject: ["hộ"], subjectLacks: ["đến nay"] }],
      },
      {
        text: "Năm 2024, doanh thu du lịch đạt 5.200 tỷ đồng. Cùng với đó, doanh thu lưu trú đạt 1.800 tỷ đồng.",
        expect: [
          { value: "5200000000000", unit: "VND", subject: ["doanh thu du lịch"] },
          { value: "1800000000000", unit: "VND", period: "2024", subject: ["doanh thu lưu trú"], subjectLacks: ["cùng với đó"] },
        ],
      },
      {
        text: "Năm 2024, tổng vốn đăng ký đạt 17.300 tỷ đồng. Như vậy, vốn bình quân mỗi doanh nghiệp là 11,2 tỷ đồng.",
        expect: [
          { value: "17300000000000", unit: "VND", subject: ["vốn đăng ký"] },
          { value: "11200000000", unit: "VND", per: "doanh nghiệp", subject: ["vốn bình quân"], subjectLacks: ["như vậy"] },
        ],
      },
      {
        text: "Năm 2024, thu ngân sách đạt 14.200 tỷ đồng. Theo đó, thu nội địa đạt 12.100 tỷ đồng.",
        expect: [
          { value: "14200000000000", unit: "VND", subject: ["thu ngân sách"] },
          { value: "12100000000000", unit: "VND", period: "2024", subject: ["thu nội địa"], subjectLacks: ["theo đó"] },
        ],
      },
      {
        text: "Năm 2024, huyện Mường Tè có 1.200 hộ nghèo. Tương tự, huyện Sìn Hồ có 960 hộ nghèo.",
        expect: [
          { value: "1200", unit: "count", area: "Mường Tè", subject: ["hộ nghèo"] },
          { value: "960", unit: "count", area: "Sìn Hồ", period: "2024", subject: ["hộ nghèo"], subjectLacks: ["tương tự"] },
        ],
      },
      {
        text: "Năm 2024, tỉnh có 86 xã đạt chuẩn nông thôn mới. Trước đó, năm 2023 tỉnh có 79 xã đạt chuẩn.",
        expect: [
          { value: "86", unit: "count", period: "2024", subject: ["xã"] },
          { value: "79", unit: "count", period: "2023", subject: ["xã"], subjectLacks: ["trước đó"] },
        ],
      },
      {
        text: "Năm 2024, Sở Tư pháp tiếp nhận 3.200 hồ sơ lý lịch tư pháp. Tiếp theo, Sở Xây dựng nhận 1.100 hồ sơ cấp phép.",
        expect: [
          { value: "3200", unit: "count", subject: ["hồ sơ"] },
          { value: "1100", unit: "count", subject: ["hồ sơ"], subjectLacks: ["tiếp theo"] },
        ],
      },
      {
        text: "Năm 2024, doanh thu bán lẻ đạt 48.000 tỷ đồng. Bên cạnh đó, doanh thu dịch vụ tiêu dùng đạt 12.000 tỷ đồng.",
        expect: [
          { value: "48000000000000", unit: "VND", subject: ["bán lẻ"] },
          { value: "12000000000000", unit: "VND", period: "2024", subject: ["dịch vụ tiêu dùng"], subjectLacks: ["bên cạnh đó"] },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu đạt 2,3 tỷ USD. Cụ thể, xuất khẩu nông sản đạt 820 triệu USD.",
        expect: [
          { value: "2300000000", unit: "USD", subject: ["xuất khẩu"] },
          { value: "820000000", unit: "USD", period: "2024", subject: ["xuất khẩu nông sản"], subjectLacks: ["cụ thể"] },
        ],
      },
      {
        text: "Năm 2024, tỉnh thu hút 56 dự án FDI. Đồng thời, tổng vốn đăng ký của các dự án đạt 2.100 tỷ đồng.",
        expect: [
          { value: "56", unit: "count", subject: ["dự án"] },
          { value: "2100000000000", unit: "VND", period: "2024", subject: ["vốn đăng ký"], subjectLacks: ["đồng thời"] },
        ],
      },
      {
        text: "Năm 2024, doanh thu dịch vụ đạt 12.000 tỷ đồng. Tiếp đến, doanh thu vận tải đạt 3.400 tỷ đồng.",
        expect: [
          { value: "12000000000000", unit: "VND", subject: ["doanh thu dịch vụ"] },
          { value: "3400000000000", unit: "VND", period: "2024", subject: ["doanh thu vận tải"], subjectLacks: ["tiếp đến"] },
        ],
      },
      {
        text: "Năm 2024, xuất khẩu đạt 2,3 tỷ USD. Cũng trong năm 2024, nhập khẩu đạt 1,9 tỷ USD.",
        expect: [
          { value: "2300000000", unit: "USD", subject: ["xuất khẩu"] },
          { value: "1900000000", unit: "USD", period: "2024", subject: ["nhập khẩu"], subjectLacks: ["cũng trong"] },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu đạt 2,3 tỷ USD. Riêng xuất khẩu gạo đạt 650 triệu USD.",
        expect: [
          { value: "2300000000", unit: "USD", subject: ["xuất khẩu"] },
          { value: "650000000", unit: "USD", period: "2024", subject: ["xuất khẩu gạo"], subjectLacks: ["riêng"] },
        ],
      },
      {
        text: "Năm 2024, luỹ kế vốn giải ngân của các dự án trọng điểm đạt 9.200 tỷ đồng.",
        expect: [{ value: "9200000000000", unit: "VND", subject: ["vốn giải ngân"], subjectLacks: ["luỹ kế"] }],
      },
      {
        text: "Năm 2024, lũy kế số doanh nghiệp đang hoạt động đạt 14.500 doanh nghiệp.",
        expect: [{ value: "14500", unit: "count", subject: ["doanh nghiệp"], subjectLacks: ["lũy kế"] }],
      },
      {
        text: "Năm 2024, tính chung doanh thu dịch vụ lưu trú và ăn uống đạt 8.600 tỷ đồng.",
        expect: [{ value: "8600000000000", unit: "VND", subject: ["lưu trú"], subjectLacks: ["tính chung"] }],
      },
      {
        text: "Năm 2024, bình quân mỗi hộ nông dân có thu nhập 96 triệu đồng.",
        others: true,
        expect: [{ value: "96000000", unit: "VND", subject: ["thu nhập"], subjectLacks: ["bình quân"] }],
      },
      {
        text: "Năm 2024, chia theo khu vực kinh tế, khu vực nhà nước đạt 4.200 tỷ đồng.",
        expect: [{ value: "4200000000000", unit: "VND", subject: ["khu vực nhà nước"], subjectLacks: ["chia theo"] }],
      },
      {
        text: "Năm 2024, cả tỉnh có 1.250 hợp tác xã và 26 liên hiệp hợp tác xã.",
        others: true,
        expect: [{ value: "1250", unit: "count", subject: ["hợp tác xã"] }],
      },
      {
        text: "Năm 2024, toàn huyện có 150 hộ nghèo và 230 hộ cận nghèo.",
        expect: [
          { value: "150", unit: "count", subject: ["hộ nghèo"] },
          { value: "230", unit: "count", subject: ["hộ cận nghèo"] },
        ],
      },
      {
        text: "Năm 2024, mục tiêu quan trọng nhất của tỉnh đó là tỷ lệ hộ nghèo giảm còn 1,5%.",
        expect: [{ value: "1.5", unit: "%", status: "target", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2024, giá trị sản xuất nông nghiệp đạt 21.000 tỷ đồng, còn giá trị sản xuất lâm nghiệp là 2.400 tỷ đồng.",
        expect: [
          { value: "21000000000000", unit: "VND", subject: ["nông nghiệp"] },
          { value: "2400000000000", unit: "VND", subject: ["lâm nghiệp"], subjectLacks: ["còn"] },
        ],
      },
      {
        text: "Năm 2024, doanh thu của ngành bưu chính đạt 420 tỷ đồng, nhưng lợi nhuận chỉ đạt 18 tỷ đồng.",
        expect: [
          { value: "420000000000", unit: "VND", subject: ["doanh thu", "bưu chính"] },
          { value: "18000000000", unit: "VND", subject: ["lợi nhuận"], subjectLacks: ["nhưng"] },
        ],
      },
      {
        text: "Năm 2024, ngoài vốn ngân sách, các dự án còn huy động được 3.200 tỷ đồng vốn xã hội hóa.",
        others: true,
        expect: [{ value: "3200000000000", unit: "VND", subject: ["vốn xã hội hóa"] }],
      },
      {
        text: "Năm 2024, về giáo dục, toàn tỉnh có 96% trường đạt chuẩn quốc gia.",
        others: true,
        expect: [{ value: "96", unit: "%", subject: ["trường"] }],
      },
      {
        text: "Năm 2024, như đã nêu, tổng mức bán lẻ hàng hóa đạt 48.000 tỷ đồng.",
        expect: [{ value: "48000000000000", unit: "VND", subject: ["bán lẻ"] }],
      },
      {
        text: "Năm 2024, mà trọng tâm là nông nghiệp công nghệ cao, giá trị sản xuất nông nghiệp thì đạt 21.000 tỷ đồng.",
        others: true,
        expect: [{ value: "21000000000000", unit: "VND", subject: ["nông nghiệp"] }],
      },
    ],
  },
  {
    behaviour: "trims auxiliaries and predicate verbs from the end of the subject",
    examples: [
      {
        text: "Năm 2024, các dự án trọng điểm đã giải ngân 5.600 tỷ đồng.",
        expect: [{ value: "5600000000000", unit: "VND", subject: ["dự án trọng điểm"], subjectLacks: ["đã"] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ dùng nước hợp vệ sinh ở các xã đều đạt trên 95%.",
        expect: [{ value: "95", unit: "%", qualifier: "over", subject: ["nước hợp vệ sinh"], subjectLacks: ["đều"] }],
      },
      {
        text: "Năm 2024, tỷ lệ thất nghiệp ở khu vực thành thị vẫn ở mức 3,2%.",
        expect: [{ value: "3.2", unit: "%", subject: ["thất nghiệp"], subjectLacks: ["vẫn"] }],
      },
      {
        text: "Năm 2025, thu ngân sách của tỉnh sẽ đạt 24.000 tỷ đồng.",
        expect: [{ value: "24000000000000", unit: "VND", status: "forecast", subject: ["thu ngân sách"], subjectLacks: ["sẽ"] }],
      },
      {
        text: "Năm 2024, vốn ODA được giải ngân đạt 1.450 tỷ đồng.",
        expect: [{ value: "1450000000000", unit: "VND", subject: ["vốn ODA"] }],
      },
      {
        text: "Năm 2024, chỉ số giá tiêu dùng tiếp tục tăng 3,1% so với năm 2023.",
        expect: [{ value: "3.1", unit: "%", subject: ["giá tiêu dùng"], subjectLacks: ["tiếp tục"] }],
      },
      {
        text: "Năm 2024, doanh nghiệp mới thành lập đạt 1.850 doanh nghiệp.",
        expect: [{ value: "1850", unit: "count", subject: ["doanh nghiệp"] }],
      },
      {
        text: "Năm 2024, số lao động đang làm việc tại các khu công nghiệp là 96.000 người.",
        expect: [{ value: "96000", unit: "count", subject: ["lao động"] }],
      },
      {
        text: "Năm 2024, số hộ dân hiện có nhà kiên cố là 245.000 hộ.",
        expect: [{ value: "245000", unit: "count", subject: ["hộ"] }],
      },
      {
        text: "Năm 2024, tổng vốn đầu tư thuộc nguồn ngân sách nhà nước đạt 8.400 tỷ đồng.",
        expect: [{ value: "8400000000000", unit: "VND", subject: ["vốn đầu tư"] }],
      },
      {
        text: "Năm 2024, số lượt khách khi đến các lễ hội truyền thống đạt 1,3 triệu lượt.",
        expect: [{ value: "1300000", unit: "count", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, giá trị sản xuất nông nghiệp năm nay đạt 21.500 tỷ đồng.",
        expect: [{ value: "21500000000000", unit: "VND", subject: ["sản xuất nông nghiệp"], subjectLacks: ["năm nay"] }],
      },
      {
        text: "Năm 2024, lượng khách lưu trú năm qua đạt 1,9 triệu lượt khách.",
        expect: [{ value: "1900000", unit: "count", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, sản lượng lúa dự ước đạt 1,3 triệu tấn.",
        expect: [{ value: "1300000", unit: "t", status: "estimated", subject: ["sản lượng lúa"], subjectLacks: ["dự ước"] }],
      },
      {
        text: "Năm 2024, số hộ thoát nghèo mới đạt 1.120 hộ.",
        expect: [{ value: "1120", unit: "count", subject: ["hộ thoát nghèo"] }],
      },
      // A noun whose last word is also a filler or a verb stays whole, and is no predicate.
      {
        text: "Năm 2025, tỷ lệ người lao động có bằng cấp, chứng chỉ 31,4%.",
        expect: [{ value: "31.4", unit: "%", subject: ["chứng chỉ"] }],
      },
      {
        text: "Năm 2026, tỷ lệ lao động có văn bằng, chứng chỉ đạt 33,8%.",
        expect: [{ value: "33.8", unit: "%", subject: ["chứng chỉ"] }],
      },
      {
        text: "Năm 2025, tỷ lệ hộ được gắn biển địa chỉ 87,5%.",
        expect: [{ value: "87.5", unit: "%", subject: ["biển địa chỉ"] }],
      },
      {
        text: "Năm 2025, số thu thuế giá trị gia tăng 2.345 tỷ đồng.",
        expect: [{ value: "2345000000000", unit: "VND", subject: ["thuế giá trị gia tăng"], comparisons: [] }],
      },
    ],
  },
  {
    behaviour: "drops a source attribution from the front of the subject",
    examples: [
      {
        text: "Theo Cục Thống kê tỉnh, năm 2024 doanh thu du lịch của tỉnh đạt 5.200 tỷ đồng.",
        expect: [{ value: "5200000000000", unit: "VND", subject: ["doanh thu du lịch"], subjectLacks: ["theo", "Cục Thống kê"] }],
      },
      {
        text: "Thông tin từ Sở Công Thương, năm 2024 kim ngạch xuất khẩu đạt 2,3 tỷ USD.",
        expect: [{ value: "2300000000", unit: "USD", subject: ["xuất khẩu"], subjectLacks: ["Sở Công Thương"] }],
      },
      {
        text: "Số liệu từ Cục Hải quan, năm 2024 nhập khẩu phân bón qua cửa khẩu đạt 4,2 triệu tấn.",
        expect: [{ value: "4200000", unit: "t", subject: ["nhập khẩu phân bón"], subjectLacks: ["Cục Hải quan"] }],
      },
      {
        text: "Căn cứ báo cáo của Sở Tài chính, năm 2024 tổng chi ngân sách địa phương đạt 21.000 tỷ đồng.",
        expect: [{ value: "21000000000000", unit: "VND", subject: ["chi ngân sách"], subjectLacks: ["Sở Tài chính"] }],
      },
    ],
  },
  {
    behaviour: "does not take a clause with a verb of its own before a comma into the subject",
    examples: [
      {
        text: "Năm 2024, Cục Thống kê cho biết, doanh thu bán lẻ hàng hóa đạt 48.000 tỷ đồng.",
        expect: [{ value: "48000000000000", unit: "VND", subject: ["bán lẻ"], subjectLacks: ["cho biết"] }],
      },
      {
        text: "Năm 2024, Sở Du lịch công bố, lượng khách quốc tế đạt 820.000 lượt.",
        expect: [{ value: "820000", unit: "count", subject: ["khách quốc tế"], subjectLacks: ["công bố"] }],
      },
      {
        text: "Năm 2024, ngành du lịch khởi sắc, doanh thu lữ hành đạt 1.480 tỷ đồng.",
        expect: [{ value: "1480000000000", unit: "VND", subject: ["doanh thu lữ hành"], subjectLacks: ["khởi sắc"] }],
      },
      {
        text: "Năm 2024, ngành thống kê ghi nhận, số doanh nghiệp giải thể là 640 doanh nghiệp.",
        expect: [{ value: "640", unit: "count", subject: ["doanh nghiệp"], subjectLacks: ["ghi nhận"] }],
      },
      {
        text: "Năm 2024, cơ quan thống kê thống kê, sản lượng thịt hơi đạt 210.000 tấn.",
        expect: [{ value: "210000", unit: "t", subject: ["thịt hơi"] }],
      },
      {
        text: "Năm 2024, kinh tế số phát triển nhanh, doanh thu thương mại điện tử đạt 3.600 tỷ đồng.",
        expect: [{ value: "3600000000000", unit: "VND", subject: ["thương mại điện tử"], subjectLacks: ["phát triển"] }],
      },
      {
        text: "Năm 2024, lễ hội diễn ra sôi nổi, lượng khách tham dự đạt 450.000 lượt.",
        expect: [{ value: "450000", unit: "count", subject: ["khách tham dự"], subjectLacks: ["diễn ra"] }],
      },
      {
        text: "Năm 2024, tỉnh triển khai chuyển đổi số, tỷ lệ hồ sơ trực tuyến đạt 68%.",
        expect: [{ value: "68", unit: "%", subject: ["hồ sơ trực tuyến"], subjectLacks: ["triển khai"] }],
      },
      {
        text: "Năm 2024, nhà máy mới được đưa vào vận hành, sản lượng điện thương phẩm đạt 3.850 triệu kWh.",
        expect: [{ value: "3850000000", unit: "kWh", subject: ["điện thương phẩm"], subjectLacks: ["đưa vào"] }],
      },
      {
        text: "Năm 2024, thị trường xuất hiện nhiều điểm sáng, kim ngạch xuất khẩu đạt 2,3 tỷ USD.",
        expect: [{ value: "2300000000", unit: "USD", subject: ["xuất khẩu"], subjectLacks: ["xuất hiện"] }],
      },
      {
        text: "Năm 2024, tỉnh thực hiện tốt an sinh xã hội, tỷ lệ hộ nghèo còn 2,1%.",
        expect: [{ value: "2.1", unit: "%", subject: ["hộ nghèo"], subjectLacks: ["thực hiện"] }],
      },
      {
        text: "Năm 2024, tỉnh hoàn thành chương trình nông thôn mới, thu nhập bình quân đạt 68 triệu đồng.",
        expect: [{ value: "68000000", unit: "VND", subject: ["thu nhập bình quân"], subjectLacks: ["hoàn thành"] }],
      },
      {
        text: "Năm 2024, lãnh đạo tỉnh nhấn mạnh, tỷ lệ giải ngân vốn đầu tư công đạt 96%.",
        expect: [{ value: "96", unit: "%", subject: ["giải ngân"], subjectLacks: ["nhấn mạnh"] }],
      },
      {
        text: "Năm 2024, các chuyên gia phân tích, tỷ trọng kinh tế số đạt 12% GRDP.",
        expect: [{ value: "12", unit: "%", subject: ["kinh tế số"], subjectLacks: ["phân tích"] }],
      },
      {
        text: "Năm 2024, ngân hàng nhà nước nhận định, dư nợ tín dụng tăng 10,5% so với năm 2023.",
        expect: [{ value: "10.5", unit: "%", subject: ["dư nợ tín dụng"], subjectLacks: ["nhận định"] }],
      },
      {
        text: "Năm 2024, hội đồng đánh giá, chỉ số cải cách hành chính đạt 89,6 điểm.",
        expect: [{ value: "89.6", unit: "score", subject: ["cải cách hành chính"], subjectLacks: ["đánh giá"] }],
      },
      {
        text: "Năm 2024, nhiều ý kiến cho rằng, giá nhà ở thương mại tăng 12% so với năm 2023.",
        expect: [{ value: "12", unit: "%", subject: ["giá nhà ở"], subjectLacks: ["cho rằng"] }],
      },
      {
        text: "Năm 2024, ngành chế biến chiếm tỷ trọng lớn, giá trị sản xuất công nghiệp đạt 98.000 tỷ đồng.",
        expect: [{ value: "98000000000000", unit: "VND", subject: ["sản xuất công nghiệp"], subjectLacks: ["chiếm"] }],
      },
      {
        text: "Năm 2024, ngành điện tử dẫn đầu, kim ngạch xuất khẩu điện tử đạt 5,1 tỷ USD.",
        expect: [{ value: "5100000000", unit: "USD", subject: ["xuất khẩu điện tử"], subjectLacks: ["dẫn đầu"] }],
      },
      {
        text: "Năm 2024, khu vực dịch vụ đóng góp lớn nhất, doanh thu dịch vụ đạt 52.000 tỷ đồng.",
        expect: [{ value: "52000000000000", unit: "VND", subject: ["doanh thu dịch vụ"], subjectLacks: ["đóng góp"] }],
      },
    ],
  },
  {
    behaviour: "names a figure whose subject only says what it measures ('sản lượng', 'năng suất', 'output') by the thing its clause is about",
    examples: [
      {
        text: "Năm 2026, cây ngô đạt 52.140 ha, sản lượng 263.500 tấn; rau các loại 46.800 ha, sản lượng đạt gần 760 nghìn tấn.",
        expect: [
          { value: "52140", unit: "ha", subject: ["ngô"] },
          { value: "263500", unit: "t", subject: ["sản lượng", "ngô"] },
          { value: "46800", unit: "ha", subject: ["rau"] },
          { value: "760000", unit: "t", subject: ["sản lượng", "rau"], qualifier: "nearly" },
        ],
      },
      {
        text: "Năm 2026, lúa chiêm xuân toàn tỉnh gieo cấy 41.200 ha, năng suất 6,1 tấn/ha, diện tích tưới 38.500 ha.",
        expect: [
          { value: "41200", unit: "ha", subject: ["lúa chiêm xuân"] },
          { value: "6.1", unit: "t", per: "ha", subject: ["năng suất", "lúa chiêm xuân"] },
          { value: "38500", unit: "ha", subject: ["diện tích tưới", "lúa chiêm xuân"] },
        ],
      },
      {
        text: "Năm 2026, nhà máy điện mặt trời Phước Hữu phát lên lưới 410 triệu kWh, công suất 330 MW, quy mô 420 ha.",
        expect: [
          { value: "410000000", unit: "kWh", subject: ["nhà máy điện mặt trời"] },
          { value: "330", unit: "MW", subject: ["công suất", "nhà máy điện mặt trời"] },
          { value: "420", unit: "ha", subject: ["quy mô", "nhà máy điện mặt trời"] },
        ],
      },
      {
        text: "In 2026, corn covered 52,140 hectares, with output of 263,500 tonnes and a yield of 5.1 tonnes per hectare.",
        expect: [
          { value: "52140", unit: "ha", subject: ["corn"] },
          { value: "263500", unit: "t", subject: ["output", "corn"] },
          { value: "5.1", unit: "t", per: "hectare", subject: ["yield", "corn"] },
        ],
      },
    ],
  },
  {
    behaviour: "names a contribution to growth in percentage points",
    examples: [
      {
        text: "Năm 2024, ngành công nghiệp chế biến, chế tạo đóng góp 1,98 điểm phần trăm vào mức tăng chung.",
        expect: [{ value: "1.98", unit: "pp", subject: ["đóng góp", "chế biến"] }],
      },
      {
        text: "Năm 2024, khu vực nông nghiệp góp 0,6 điểm phần trăm vào tăng trưởng GRDP.",
        expect: [{ value: "0.6", unit: "pp", subject: ["góp", "nông nghiệp"] }],
      },
      {
        text: "Năm 2024, ngành du lịch đóng góp vào ngân sách 1.200 tỷ đồng.",
        expect: [{ value: "1200000000000", unit: "VND", subject: ["du lịch"] }],
      },
    ],
  },
];
