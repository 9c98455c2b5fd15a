import type { Corpus } from "./types.js";

/** Units: money to ISO 4217, percentages and points, physical units, ratios, scores, ranks, rates and ranges. */
export const units: Corpus = [
  {
    behaviour: "reads Vietnamese đồng in every spelling as VND",
    examples: [
      {
        text: "Năm 2024, thu nhập bình quân của người lao động đạt 8,5 triệu đồng/tháng.",
        expect: [{ value: "8500000", unit: "VND", per: "tháng", subject: ["thu nhập"], stated: { text: "8,5 triệu đồng", unitText: "đồng" } }],
      },
      {
        text: "Năm 2024, tổng giá trị hàng hóa bán ra tại hội chợ nông sản đạt 152 triệu VNĐ.",
        expect: [{ value: "152000000", unit: "VND", subject: ["giá trị hàng hóa"], stated: { unitText: "VNĐ" } }],
      },
      {
        text: "Năm 2024, vốn điều lệ đăng ký mới đạt 6.480 tỷ VND.",
        expect: [{ value: "6480000000000", unit: "VND", subject: ["vốn điều lệ"], stated: { unitText: "VND" } }],
      },
      {
        text: "Năm 2024, mức hỗ trợ bình quân cho mỗi hộ bị thiệt hại là 15 triệu đ.",
        expect: [{ value: "15000000", unit: "VND", subject: ["mức hỗ trợ"], stated: { unitText: "đ" } }],
      },
      {
        text: "Năm 2024, giá vé tham quan bảo tàng tỉnh giữ ở mức 40.000 Đ.",
        expect: [{ value: "40000", unit: "VND", subject: ["giá vé"], stated: { unitText: "Đ" } }],
      },
    ],
  },
  {
    behaviour: "reads US dollars in every spelling as USD",
    examples: [
      {
        text: "Năm 2024, vốn đầu tư trực tiếp nước ngoài đăng ký mới đạt 1,35 tỷ USD.",
        expect: [{ value: "1350000000", unit: "USD", subject: ["vốn đầu tư trực tiếp nước ngoài"], stated: { unitText: "USD" } }],
      },
      {
        text: "Năm 2024, kiều hối chuyển về tỉnh đạt 420 triệu đô la Mỹ.",
        expect: [{ value: "420000000", unit: "USD", subject: ["kiều hối"], stated: { unitText: "đô la Mỹ" } }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu thủy sản sang Nhật Bản đạt 96 triệu đô la.",
        expect: [{ value: "96000000", unit: "USD", subject: ["xuất khẩu thủy sản"], stated: { unitText: "đô la" } }],
      },
      {
        text: "Năm 2024, giá trị hợp đồng xuất khẩu phần mềm đạt 18 triệu đô-la.",
        expect: [{ value: "18000000", unit: "USD", subject: ["phần mềm"], stated: { unitText: "đô-la" } }],
      },
      {
        text: "Năm 2024, doanh thu từ khách quốc tế của khu nghỉ dưỡng đạt 25 triệu đôla.",
        expect: [{ value: "25000000", unit: "USD", subject: ["khách quốc tế"], stated: { unitText: "đôla" } }],
      },
      {
        text: "Năm 2024, vốn đầu tư của dự án điện gió ngoài khơi được điều chỉnh lên 2,1 tỷ US$.",
        expect: [{ value: "2100000000", unit: "USD", subject: ["điện gió"], stated: { unitText: "US$" } }],
      },
    ],
  },
  {
    behaviour: "reads other currencies to their ISO codes",
    examples: [
      {
        text: "Năm 2024, kim ngạch xuất khẩu cà phê sang châu Âu đạt 320 triệu EUR.",
        expect: [{ value: "320000000", unit: "EUR", subject: ["cà phê"], stated: { unitText: "EUR" } }],
      },
      {
        text: "Năm 2024, khoản viện trợ không hoàn lại của Đức cho tỉnh là 12 triệu euro.",
        expect: [{ value: "12000000", unit: "EUR", subject: ["viện trợ"], stated: { unitText: "euro" } }],
      },
      {
        text: "Năm 2024, dự án xử lý nước thải nhận khoản vay 45 triệu Euro.",
        expect: [{ value: "45000000", unit: "EUR", subject: ["khoản vay"], stated: { unitText: "Euro" } }],
      },
      {
        text: "Năm 2024, nguồn vốn ODA của Nhật Bản giải ngân cho tỉnh đạt 8,6 tỷ yên.",
        expect: [{ value: "8600000000", unit: "JPY", subject: ["ODA"], stated: { unitText: "yên" } }],
      },
      {
        text: "Năm 2024, khoản vay ưu đãi của JICA cho dự án cầu là 14 tỷ yên Nhật.",
        expect: [{ value: "14000000000", unit: "JPY", subject: ["khoản vay"], stated: { unitText: "yên Nhật" } }],
      },
      {
        text: "Năm 2024, vốn góp của nhà đầu tư Nhật Bản vào khu công nghệ cao đạt 3,2 tỷ JPY.",
        expect: [{ value: "3200000000", unit: "JPY", subject: ["vốn góp"], stated: { unitText: "JPY" } }],
      },
      {
        text: "Năm 2024, giá trị hàng hóa nhập khẩu qua cửa khẩu biên giới đạt 950 triệu nhân dân tệ.",
        expect: [{ value: "950000000", unit: "CNY", subject: ["nhập khẩu"], stated: { unitText: "nhân dân tệ" } }],
      },
      {
        text: "Năm 2024, doanh số thanh toán biên mậu bằng đồng bản tệ đạt 1,4 tỷ NDT.",
        expect: [{ value: "1400000000", unit: "CNY", subject: ["thanh toán biên mậu"], stated: { unitText: "NDT" } }],
      },
      {
        text: "Năm 2024, tổng giá trị giao dịch thanh toán tại chợ cửa khẩu đạt 620 triệu CNY.",
        expect: [{ value: "620000000", unit: "CNY", subject: ["giao dịch thanh toán"], stated: { unitText: "CNY" } }],
      },
      {
        text: "Năm 2024, vốn đầu tư của doanh nghiệp Hàn Quốc vào nhà máy linh kiện đạt 540 tỷ won.",
        expect: [{ value: "540000000000", unit: "KRW", subject: ["vốn đầu tư"], stated: { unitText: "won" } }],
      },
      {
        text: "Năm 2024, tổng giá trị tài trợ của tổ chức KOICA cho tỉnh là 7,5 tỷ KRW.",
        expect: [{ value: "7500000000", unit: "KRW", subject: ["tài trợ"], stated: { unitText: "KRW" } }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu hạt điều sang Vương quốc Anh đạt 38 triệu bảng Anh.",
        expect: [{ value: "38000000", unit: "GBP", subject: ["hạt điều"], stated: { unitText: "bảng Anh" } }],
      },
      {
        text: "Năm 2024, giá trị đơn hàng may mặc của đối tác Anh đạt 11 triệu GBP.",
        expect: [{ value: "11000000", unit: "GBP", subject: ["đơn hàng"], stated: { unitText: "GBP" } }],
      },
    ],
  },
  {
    behaviour: "reads percentages and percentage points",
    examples: [
      {
        text: "Năm 2024, tỷ lệ giải quyết hồ sơ đúng hạn của tỉnh đạt 99,2%.",
        expect: [{ value: "99.2", unit: "%", subject: ["giải quyết hồ sơ"], stated: { unitText: "%" } }],
      },
      {
        text: "Năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5 phần trăm dân số.",
        expect: [{ value: "93.5", unit: "%", subject: ["bảo hiểm y tế"], stated: { unitText: "phần trăm" } }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm so với năm 2023.",
        expect: [{ value: "-1.2", unit: "pp", subject: ["hộ nghèo"], stated: { unitText: "điểm phần trăm" }, comparisons: [{ against: "previous", period: "2023", change: { kind: "points", value: "1.2", direction: "decrease" } }] }],
      },
      {
        text: "Năm 2024, tỷ trọng khu vực dịch vụ trong GRDP tăng 0,8 điểm % so với năm 2023.",
        expect: [{ value: "0.8", unit: "pp", subject: ["dịch vụ"], stated: { unitText: "điểm %" }, comparisons: [{ against: "previous", period: "2023", change: { kind: "points", value: "0.8", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads physical units to SI-style codes",
    examples: [
      {
        text: "Tháng 10/2024, lượng mưa trung bình tại trạm đo của huyện đạt 412 mm, cao nhất trong 10 năm.",
        expect: [{ value: "412", unit: "mm", subject: ["lượng mưa"], stated: { text: "412 mm", unitText: "mm" } }],
      },
      {
        text: "Năm 2024, mực nước biển tại trạm quan trắc dâng thêm 3,2 mi-li-mét, còn chiều cao cây keo trồng mới đạt 85 cm.",
        expect: [
          { value: "3.2", unit: "mm", stated: { unitText: "mi-li-mét" } },
          { value: "85", unit: "cm", subject: ["cây keo"], stated: { unitText: "cm" } },
        ],
      },
      {
        text: "Năm 2024, huyện nạo vét được 2.300 mét kênh mương nội đồng.",
        expect: [{ value: "2300", unit: "m", subject: ["kênh mương"], stated: { text: "2.300 mét", unitText: "mét" } }],
      },
      {
        // "báo động 2" names an alarm level, no figure.
        text: "Sáng 26/10/2026, mực nước sông Gianh tại trạm Mai Hóa là 6,14 m, dưới báo động 2 khoảng 0,3 m.",
        expect: [
          { value: "6.14", unit: "m", stated: { text: "6,14 m", unitText: "m" } },
          { value: "0.3", unit: "m", qualifier: "about" },
        ],
      },
      {
        text: "Năm 2026, mưa lớn gây 46 điểm sạt lở, 12 điểm ngập sâu và làm hư hỏng 8 điểm trường.",
        expect: [
          { value: "46", unit: "count", stated: { unitText: "điểm sạt lở" } },
          { value: "12", unit: "count", stated: { unitText: "điểm ngập" } },
          { value: "8", unit: "count", stated: { unitText: "điểm trường" } },
        ],
      },
      // Also "điểm" before a noun no lexicon lists; before a stop or a preposition it is a score.
      {
        text: "Năm 2026, công ty cấp nước đã xử lý 326 điểm rò rỉ, ngân hàng mở thêm 45 điểm giao dịch; điểm thi trung bình môn Toán đạt 6,8 điểm trên thang 10.",
        expect: [
          { value: "326", unit: "count", stated: { unitText: "điểm rò rỉ" } },
          { value: "45", unit: "count", stated: { unitText: "điểm giao dịch" } },
          { value: "6.8", unit: "score", stated: { unitText: "điểm" } },
        ],
      },
      {
        text: "Năm 2024, sản lượng cà phê nhân của tỉnh đạt 480 nghìn tấn.",
        expect: [{ value: "480000", unit: "t", subject: ["cà phê"], stated: { unitText: "tấn", scale: "nghìn" } }],
      },
      {
        text: "Năm 2024, sản lượng thịt hơi xuất chuồng của hợp tác xã đạt 350 tạ.",
        expect: [{ value: "35", unit: "t", subject: ["thịt hơi"], stated: { text: "350 tạ", unitText: "tạ" } }],
      },
      {
        text: "Năm 2024, lượng thuốc bảo vệ thực vật thu gom đạt 12.500 kg.",
        expect: [{ value: "12500", unit: "kg", subject: ["thuốc bảo vệ thực vật"], stated: { unitText: "kg" } }],
      },
      {
        text: "Năm 2024, lượng hạt giống lúa được hỗ trợ cho nông dân là 36.000 ki-lô-gam.",
        expect: [{ value: "36000", unit: "kg", subject: ["hạt giống"], stated: { unitText: "ki-lô-gam" } }],
      },
      {
        text: "Năm 2024, lượng muối iốt cấp cho đồng bào vùng cao đạt 8.400 kilôgam.",
        expect: [{ value: "8400", unit: "kg", subject: ["muối"], stated: { unitText: "kilôgam" } }],
      },
      {
        text: "Năm 2024, diện tích lúa gieo cấy của tỉnh đạt 78.500 ha.",
        expect: [{ value: "78500", unit: "ha", subject: ["diện tích lúa"], stated: { unitText: "ha" } }],
      },
      {
        text: "Năm 2024, diện tích rừng trồng mới tập trung đạt 2.150 héc-ta.",
        expect: [{ value: "2150", unit: "ha", subject: ["rừng trồng"], stated: { unitText: "héc-ta" } }],
      },
      {
        text: "Năm 2024, diện tích cây ăn quả được cấp mã số vùng trồng là 640 hécta.",
        expect: [{ value: "640", unit: "ha", subject: ["cây ăn quả"], stated: { unitText: "hécta" } }],
      },
      {
        text: "Năm 2024, diện tích nuôi trồng thủy sản nước lợ đạt 5.300 hecta.",
        expect: [{ value: "5300", unit: "ha", subject: ["nuôi trồng thủy sản"], stated: { unitText: "hecta" } }],
      },
      {
        text: "Năm 2024, tỉnh đã cứng hóa 320 km đường giao thông nông thôn.",
        expect: [{ value: "320", unit: "km", subject: ["đường giao thông"], stated: { unitText: "km" } }],
      },
      {
        text: "Năm 2024, chiều dài tuyến kênh được nạo vét đạt 48 ki-lô-mét.",
        expect: [{ value: "48", unit: "km", subject: ["tuyến kênh"], stated: { unitText: "ki-lô-mét" } }],
      },
      {
        text: "Năm 2024, chiều dài đường dây điện trung thế xây mới là 95 kilômét.",
        expect: [{ value: "95", unit: "km", subject: ["đường dây"], stated: { unitText: "kilômét" } }],
      },
      {
        text: "Năm 2024, diện tích vùng nuôi biển được giao là 120 km2.",
        expect: [{ value: "120", unit: "km2", subject: ["nuôi biển"], stated: { unitText: "km2" } }],
      },
      {
        text: "Năm 2024, diện tích khu bảo tồn biển được mở rộng thêm 45 km².",
        expect: [{ value: "45", unit: "km2", subject: ["khu bảo tồn"], stated: { unitText: "km²" } }],
      },
      {
        text: "Năm 2024, diện tích sàn nhà ở hoàn thành đạt 1,8 triệu m2.",
        expect: [{ value: "1800000", unit: "m2", subject: ["diện tích sàn"], stated: { unitText: "m2" } }],
      },
      {
        text: "Năm 2024, diện tích nhà ở bình quân đầu người đạt 26,4 m².",
        expect: [{ value: "26.4", unit: "m2", subject: ["diện tích nhà ở"], stated: { unitText: "m²" } }],
      },
      {
        text: "Năm 2024, diện tích kho lạnh xây mới ở cảng cá là 4.500 mét vuông.",
        expect: [{ value: "4500", unit: "m2", subject: ["kho lạnh"], stated: { unitText: "mét vuông" } }],
      },
      {
        text: "Năm 2024, sản lượng nước sạch cung cấp đạt 42 triệu m3.",
        expect: [{ value: "42000000", unit: "m3", subject: ["nước sạch"], stated: { unitText: "m3" } }],
      },
      {
        text: "Năm 2024, khối lượng đất đá nạo vét luồng lạch đạt 650.000 m³.",
        expect: [{ value: "650000", unit: "m3", subject: ["nạo vét"], stated: { unitText: "m³" } }],
      },
      {
        text: "Năm 2024, dung tích hồ chứa nước mới hoàn thành là 12 triệu mét khối.",
        expect: [{ value: "12000000", unit: "m3", subject: ["hồ chứa"], stated: { unitText: "mét khối" } }],
      },
      {
        text: "Năm 2024, sản lượng sữa tươi thu mua của nhà máy đạt 85 triệu lít.",
        expect: [{ value: "85000000", unit: "l", subject: ["sữa tươi"], stated: { unitText: "lít" } }],
      },
      {
        text: "Năm 2024, sản lượng điện thương phẩm toàn tỉnh đạt 3.850 triệu kWh.",
        expect: [{ value: "3850000000", unit: "kWh", subject: ["điện thương phẩm"], stated: { unitText: "kWh" } }],
      },
      {
        text: "Năm 2024, tổng công suất điện mặt trời mái nhà đã đấu nối là 210 MW.",
        expect: [{ value: "210", unit: "MW", subject: ["điện mặt trời"], stated: { unitText: "MW" } }],
      },
      {
        text: "Năm 2024, sản lượng điện gió phát lên lưới đạt 1.250 MWh.",
        expect: [{ value: "1250", unit: "MWh", subject: ["điện gió"], stated: { unitText: "MWh" } }],
      },
    ],
  },
  {
    behaviour: "reads scores on a scale, the values of an index, and ranks",
    examples: [
      // A bare number that an index reaches is its value; an aside in brackets after it names nothing.
      {
        text: "Tháng 9/2026, chỉ số giá tiêu dùng (CPI) đạt 121,35 (kỳ gốc 2019 = 100), tăng 3,4% so với cùng kỳ năm trước.",
        expect: [{ value: "121.35", unit: "index", period: "2026-09", subject: ["chỉ số giá tiêu dùng"], comparisons: [{ against: "previous", period: "2025-09", change: { kind: "percent", value: "3.4", direction: "increase" } }] }],
      },
      { text: "Chỉ số sản xuất công nghiệp (IIP) quý III/2026 là 108,6.", expect: [{ value: "108.6", unit: "index", period: "2026-Q3" }] },
      {
        text: "Năm 2024, chỉ số hài lòng của người dân đạt 84,6%, cao hơn mức trung bình của vùng và đứng thứ 7/63 tỉnh, thành phố.",
        expect: [
          { value: "84.6", unit: "%", subject: ["hài lòng"] },
          { value: "7", unit: "rank", subject: ["hài lòng"], subjectLacks: ["cao hơn", "đứng thứ"] },
        ],
      },
      {
        text: "Năm 2024, chỉ số chuyển đổi số của tỉnh đạt 0,52 điểm, tăng 6 bậc, xếp thứ 21/63.",
        expect: [
          { value: "0.52", unit: "score", subject: ["chuyển đổi số"] },
          { value: "21", unit: "rank", subject: ["chuyển đổi số"], subjectLacks: ["xếp thứ", "bậc"] },
        ],
      },
      {
        text: "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh đạt 65,5 điểm.",
        expect: [{ value: "65.5", unit: "score", subject: ["PCI"], stated: { unitText: "điểm" } }],
      },
      {
        text: "Năm 2023, chỉ số PAPI của tỉnh xếp thứ 12/63 tỉnh, thành phố.",
        expect: [{ value: "12", unit: "rank", subject: ["PAPI"] }],
      },
      {
        text: "Năm 2024, chỉ số chuyển đổi số của tỉnh đứng thứ 8 cả nước.",
        expect: [{ value: "8", unit: "rank", subject: ["chuyển đổi số"] }],
      },
      {
        text: "Năm 2024, thành phố tiếp tục nằm trong top 10 địa phương dẫn đầu về chỉ số hài lòng.",
        expect: [{ value: "10", unit: "rank" }],
      },
      {
        text: "Năm 2024, chỉ số cải cách hành chính của tỉnh xếp hạng 14 cả nước.",
        expect: [{ value: "14", unit: "rank", subject: ["cải cách hành chính"] }],
      },
      // A place written in words after a verb of ranking; what the ranking is of, after "về".
      {
        text: "Năm 2025, tỉnh đứng thứ ba cả nước về thu hút vốn đầu tư nước ngoài.",
        expect: [{ value: "3", unit: "rank", subject: ["tỉnh", "thu hút vốn đầu tư"], subjectLacks: ["đứng"], stated: { text: "thứ ba" } }],
      },
      // What the ranking is of ends with its line: a headline above its byline.
      {
        text: "Năm 2025, Huế xếp thứ 6 cả nước về tăng trưởng bán lẻ\nNguyễn Minh Châu",
        expect: [{ value: "6", unit: "rank", subject: ["Huế", "tăng trưởng bán lẻ"], subjectLacks: ["Châu"] }],
      },
      ...([
        ["xếp thứ nhất", "1"],
        ["đứng thứ nhì", "2"],
        ["xếp hạng thứ hai", "2"],
        ["đứng thứ ba", "3"],
        ["xếp thứ tư", "4"],
        ["đứng thứ năm", "5"],
        ["xếp thứ sáu", "6"],
        ["xếp thứ bảy", "7"],
        ["đứng thứ tám", "8"],
        ["xếp thứ chín", "9"],
        ["đứng thứ mười", "10"],
      ] as const).map(([phrase, value]) => ({
        text: `Năm 2025, tỉnh ${phrase} cả nước về chỉ số chuyển đổi số.`,
        expect: [{ value, unit: "rank", subject: ["tỉnh", "chuyển đổi số"], stated: { text: phrase.replace(/^\S+(?: hạng)? /u, "") } }],
      })),
      // Out of how many ("trên 63") is no count; a second place marked "thứ" is of the same holder.
      {
        text: "Năm 2025, tỉnh xếp thứ 6 trên 63 tỉnh, thành phố về chỉ số PCI và thứ 14 về chỉ số PAPI.",
        expect: [
          { value: "6", unit: "rank", subject: ["PCI"] },
          { value: "14", unit: "rank", subject: ["tỉnh", "PAPI"] },
        ],
      },
      // The figure a place is won with is of what holds the place.
      {
        text: "Trong 9 tháng năm 2025, thị trường Nhật Bản đứng thứ hai với 512.000 lượt khách.",
        expect: [
          { value: "2", unit: "rank", subject: ["Nhật Bản"] },
          { value: "512000", unit: "count", subject: ["Nhật Bản", "lượt khách"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a span of time a verb or a noun of time states as a duration in days, hours, months or years",
    examples: [
      {
        text: "Năm 2024, thời gian giải quyết thủ tục đất đai rút ngắn còn 12 ngày, thời gian chờ cấp điện giảm xuống 36 giờ.",
        expect: [
          { value: "12", unit: "day", subject: ["thời gian giải quyết thủ tục đất đai"] },
          { value: "36", unit: "hour", subject: ["thời gian chờ cấp điện"] },
        ],
      },
      {
        text: "Năm 2024, kỳ hạn bình quân của trái phiếu chính phủ phát hành là 11,5 năm, thời gian thi công trung bình mỗi công trình đạt 8 tháng rưỡi.",
        expect: [
          { value: "11.5", unit: "year", subject: ["kỳ hạn bình quân"] },
          { value: "8.5", unit: "month", per: "công trình", stated: { text: "8 tháng rưỡi" } },
        ],
      },
      { text: "Trong 5 ngày nghỉ lễ năm 2024, sau 3 năm thực hiện đề án, bà con đã có 20 năm gắn bó với nghề.", expect: [] },
      // A noun of time, with words before the figure, names a span no verb states; a product's term does not.
      {
        text: "Sáu tháng năm 2026, thời hạn xử lý hồ sơ bình quân 9 ngày; lãi suất cho vay kỳ hạn 12 tháng phổ biến 6,8%/năm.",
        expect: [
          { value: "9", unit: "day", subject: ["thời hạn xử lý hồ sơ"] },
          { value: "6.8", unit: "%", per: "năm" },
        ],
      },
      // The last noun of time must have words after it: "kỳ hạn dưới 1 tháng" names a product; the per stops before "đối với".
      {
        text: "Tháng 9/2026, lãi suất huy động phổ biến 0,2%/năm đối với tiền gửi không kỳ hạn và kỳ hạn dưới 1 tháng.",
        expect: [{ value: "0.2", unit: "%", per: "năm" }],
      },
      // A range of terms after a term's noun names a product too; a range a verb or a noun of time states is a span.
      {
        text: "Tháng 9/2026, lãi suất huy động kỳ hạn từ 6 tháng đến dưới 12 tháng phổ biến từ 4,6% đến 5,3%/năm.",
        expect: [{ value: "4.6", unit: "%", valueMax: "5.3", per: "năm", subject: ["lãi suất huy động"] }],
        mustNotExtract: ["6 tháng", "12 tháng"],
      },
      {
        text: "Năm 2026, thời gian thông quan hàng hóa giảm từ 48 giờ xuống 20 giờ.",
        expect: [{ value: "20", unit: "hour", subject: ["thời gian thông quan"], comparisons: [{ against: "previous", value: "48", change: { direction: "decrease" } }] }],
      },
      {
        // An age a verb states is a duration in years.
        text: "Năm 2024, tuổi thọ bình quân của người dân huyện đạt 73,9 tuổi, tăng 0,3 tuổi so với năm 2023.",
        expect: [{ value: "73.9", unit: "year", subject: ["tuổi thọ bình quân"], comparisons: [{ against: "previous", period: "2023", change: { kind: "absolute", value: "0.3", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a rate per something into `per`",
    examples: [
      // An average per something counted, named in the subject.
      { text: "Tháng 9/2026, vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt 8,7 tỷ đồng.", expect: [{ value: "8700000000", unit: "VND", per: "doanh nghiệp", subject: ["vốn đăng ký"] }] },
      { text: "Sáu tháng đầu năm 2026, chi phí trung bình mỗi lượt khám ngoại trú là 296.000 đồng.", expect: [{ value: "296000", unit: "VND", per: "lượt" }] },
      {
        // "trên" before a number of people is "per", not "over".
        text: "Năm 2024, toàn tỉnh có 11,6 bác sĩ trên 10.000 dân và trên 500 nhân viên y tế thôn bản.",
        expect: [
          { value: "11.6", unit: "count", per: "10.000 dân", qualifier: null, subject: ["bác sĩ"] },
          { value: "500", unit: "count", qualifier: "over" },
        ],
        others: true,
      },
      {
        // An amount in the figure's own unit after the slash is the whole it is part of, not a per.
        text: "Năm 2025, tỉnh đã thu hồi 52,3 ha/61,8 ha đất cho dự án đường ven biển.",
        expect: [{ value: "52.3", unit: "ha" }],
      },
      {
        // …and inside the subject, before the figure: no figure of its own.
        text: "Năm 2024, số giường bệnh trên 10.000 dân của huyện đạt 28,5 giường bệnh.",
        expect: [{ value: "28.5", unit: "count", per: "10.000 dân", qualifier: null, subject: ["số giường bệnh"] }],
      },
      {
        text: "Năm 2026, số giường bệnh trên 10.000 dân của tỉnh đạt 31,4 giường.",
        expect: [{ value: "31.4", unit: "count", per: "10.000 dân", qualifier: null, subject: ["số giường bệnh"] }],
        mustNotExtract: ["10.000 dân"],
      },
      {
        text: "Đến cuối năm 2025, tỷ lệ bác sĩ trên 10.000 dân toàn tỉnh ước đạt 13,2 bác sĩ.",
        expect: [{ value: "13.2", unit: "count", per: "10.000 dân", status: "estimated", subject: ["bác sĩ"] }],
      },
      {
        text: "Năm 2024, thu nhập bình quân của công nhân khu công nghiệp đạt 8,2 triệu đồng/người/tháng.",
        expect: [{ value: "8200000", unit: "VND", per: "người/tháng", subject: ["thu nhập bình quân"] }],
      },
      {
        text: "Năm 2024, năng suất lao động của tỉnh đạt 102,2 triệu đồng/lao động.",
        expect: [{ value: "102200000", unit: "VND", per: "lao động", subject: ["năng suất lao động"], stated: { text: "102,2 triệu đồng" } }],
      },
      {
        text: "Năm 2024, toàn tỉnh có 9,8 bác sỹ/10.000 dân.",
        expect: [{ value: "9.8", unit: "count", per: "10.000 dân", subject: ["bác sỹ"], stated: { unitText: "bác sỹ" } }],
      },
      {
        text: "Giai đoạn 2021-2025, tổng sản phẩm trên địa bàn tăng bình quân 4,88%/năm.",
        expect: [{ value: "4.88", unit: "%", per: "năm", period: "2021/2025", subject: ["tổng sản phẩm"], comparisons: [{ against: "previous", change: { kind: "percent", value: "4.88", direction: "increase" } }] }],
      },
      {
        text: "Tổng sản phẩm trên địa bàn tăng bình quân 6,2%/năm trong giai đoạn 2021-2025.",
        expect: [{ value: "6.2", unit: "%", per: "năm", period: "2021/2025", subject: ["tổng sản phẩm"], comparisons: [{ against: "previous", change: { kind: "percent", value: "6.2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, năng suất lúa bình quân của tỉnh đạt 61,2 tạ/ha.",
        expect: [{ value: "6.12", unit: "t", per: "ha", subject: ["năng suất lúa"], stated: { unitText: "tạ" } }],
      },
      {
        text: "Năm 2024, mật độ dân số của tỉnh là 245 người/km2.",
        expect: [{ value: "245", unit: "count", per: "km2", subject: ["mật độ dân số"], stated: { unitText: "người" } }],
      },
      {
        text: "Năm 2024, giá gạo xuất khẩu bình quân đạt 627 USD một tấn.",
        expect: [{ value: "627", unit: "USD", per: "tấn", subject: ["giá gạo"] }],
      },
    ],
  },
  {
    behaviour: "reads ratios in 'lần' as times",
    examples: [
      {
        text: "Năm 2024, số doanh nghiệp công nghệ số của tỉnh tăng 1,4 lần so với năm 2020.",
        expect: [{ value: "1.4", unit: "times", subject: ["doanh nghiệp công nghệ số"], stated: { unitText: "lần" }, comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.4", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "reads a range into value and valueMax",
    examples: [
      {
        text: "Năm 2025, tỉnh phấn đấu tỷ lệ che phủ rừng đạt 80-85%.",
        expect: [{ value: "80", valueMax: "85", unit: "%", status: "target", subject: ["che phủ rừng"], stated: { text: "80-85%" } }],
      },
      {
        text: "Năm 2025, chỉ số giá tiêu dùng dự kiến tăng từ 2,7 đến 2,9%.",
        expect: [{ value: "2.7", valueMax: "2.9", unit: "%", status: "forecast", subject: ["chỉ số giá tiêu dùng"] }],
      },
      {
        text: "Năm 2024, lãi suất cho vay trung hạn phổ biến ở mức từ 7,5% đến 9,5%/năm; công suất buồng phòng đạt 55%-65%.",
        expect: [
          { value: "7.5", valueMax: "9.5", unit: "%", per: "năm", subject: ["lãi suất cho vay"], stated: { text: "7,5% đến 9,5%" } },
          { value: "55", valueMax: "65", unit: "%", subject: ["công suất buồng phòng"], stated: { text: "55%-65%" } },
        ],
      },
      {
        text: "Năm 2024, suất đầu tư mỗi trạm bơm từ 3 tỷ đến 4,5 tỷ đồng.",
        expect: [{ value: "3000000000", valueMax: "4500000000", unit: "VND", per: "trạm bơm", stated: { text: "3 tỷ đến 4,5 tỷ đồng" } }],
      },
      {
        text: "Năm 2025, tỉnh dự báo đón 17–20 triệu lượt khách du lịch.",
        expect: [{ value: "17000000", valueMax: "20000000", unit: "count", status: "forecast", subject: ["lượt khách"], stated: { unitText: "lượt khách" } }],
      },
      {
        text: "Năm 2024, giá thuê đất tại các khu công nghiệp dao động từ 55 đến 60 USD.",
        expect: [{ value: "55", valueMax: "60", unit: "USD", subject: ["giá thuê đất"] }],
      },
    ],
  },
  {
    behaviour: "reads the points of a market index as the index's value, not a score",
    examples: [
      {text: "Năm 2026, chỉ số HNX-Index kết thúc năm ở mức 261,4 điểm, tăng 5,1% so với mức 248,7 điểm cuối năm 2025.", expect: [{value: "261.4", unit: "index", subject: ["HNX-Index"], period: "2026", comparisons: [{against: "previous", value: "248.7", change: {kind: "percent", value: "5.1", direction: "increase"}}]}]},
      {text: "Năm 2026, chỉ số PCI của tỉnh đạt 70,12 điểm.", expect: [{value: "70.12", unit: "score", period: "2026"}]},
    ],
  },
];
