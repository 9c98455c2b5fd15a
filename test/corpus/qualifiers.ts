import type { Corpus } from "./types.js";

/** How exact a figure is (qualifier) and what kind of figure it is (status). */
export const qualifiers: Corpus = [
  {
    behaviour: "reads 'nearly' from gần, gần như and suýt soát",
    examples: [
      {
        text: "Năm 2024, tổng kim ngạch xuất nhập khẩu của tỉnh đạt gần 5,6 tỷ USD.",
        expect: [{ value: "5600000000", unit: "USD", qualifier: "nearly", subject: ["xuất nhập khẩu"] }],
      },
      {
        text: "Năm 2024, tỷ lệ hồ sơ được giải quyết trực tuyến đạt gần như 100%.",
        expect: [{ value: "100", unit: "%", qualifier: "nearly", subject: ["hồ sơ"] }],
      },
      {
        text: "Năm 2024, sản lượng tôm nuôi của huyện đạt suýt soát 9.000 tấn.",
        expect: [{ value: "9000", unit: "t", qualifier: "nearly", subject: ["tôm nuôi"] }],
      },
    ],
  },
  {
    behaviour: "reads 'about' from khoảng, chừng, xấp xỉ, tầm, khoảng gần, ước chừng and độ",
    examples: [
      {
        text: "Năm 2024, lượng khách lưu trú tại các cơ sở lưu trú đạt khoảng 2,1 triệu lượt khách.",
        expect: [{ value: "2100000", unit: "count", qualifier: "about", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, mỗi phiên chợ nông sản cuối tuần thu hút chừng 3.000 lượt người mua sắm.",
        expect: [{ value: "3000", unit: "count", qualifier: "about", subject: ["lượt người"] }],
      },
      {
        text: "Năm 2024, tỷ lệ đô thị hóa của tỉnh xấp xỉ 42%.",
        expect: [{ value: "42", unit: "%", qualifier: "about", subject: ["đô thị hóa"] }],
      },
      {
        text: "Năm 2024, giá thuê mặt bằng kinh doanh ở trung tâm thành phố tầm 120 triệu đồng.",
        expect: [{ value: "120000000", unit: "VND", qualifier: "about", subject: ["giá thuê"] }],
      },
      {
        text: "Năm 2024, số lao động làm việc ở nước ngoài theo hợp đồng là khoảng gần 4.000 lao động.",
        expect: [{ value: "4000", unit: "count", qualifier: "about", subject: ["lao động"] }],
      },
      {
        text: "Năm 2024, thiệt hại do bão lũ gây ra trên địa bàn tỉnh ước chừng 850 tỷ đồng.",
        expect: [{ value: "850000000000", unit: "VND", qualifier: "about", status: "estimated", subject: ["thiệt hại"] }],
      },
      {
        text: "Năm 2024, diện tích lúa bị ngập úng ở vùng trũng độ 1.200 ha.",
        expect: [{ value: "1200", unit: "ha", qualifier: "about", subject: ["lúa bị ngập úng"] }],
      },
    ],
  },
  {
    behaviour: "reads 'over' from hơn, trên, vượt, ngoài, hơn mức and vượt mức",
    examples: [
      {
        text: "Đến tháng 12/2024, số lao động nước ngoài làm việc tại khu kinh tế là 1.250 người.",
        expect: [{ value: "1250", unit: "count", qualifier: null, subject: ["nước ngoài"] }],
      },
      // "nước" ends a noun before "hơn" too, which stays a qualifier.
      {
        text: "Năm 2026, các đoàn kiểm tra nộp Kho bạc Nhà nước hơn 2,15 tỷ đồng tiền phạt.",
        expect: [{ value: "2150000000", unit: "VND", qualifier: "over", subjectLacks: ["hơn"] }],
      },
      {
        text: "Năm 2024, tổng vốn đăng ký của các doanh nghiệp thành lập mới đạt hơn 17.300 tỷ đồng.",
        expect: [{ value: "17300000000000", unit: "VND", qualifier: "over", subject: ["vốn đăng ký"] }],
      },
      {
        text: "Năm 2024, thu ngân sách trên địa bàn ước đạt trên 20.900 tỷ đồng.",
        expect: [{ value: "20900000000000", unit: "VND", qualifier: "over", status: "estimated", subject: ["thu ngân sách"] }],
      },
      {
        text: "Năm 2024, số lượt khách đến tham quan các điểm du lịch đã vượt 3 triệu lượt.",
        expect: [{ value: "3000000", unit: "count", qualifier: "over", subject: ["lượt"] }],
      },
      {
        text: "Năm 2024, các trung tâm dịch vụ việc làm đã giới thiệu cho ngoài 8.000 lao động.",
        expect: [{ value: "8000", unit: "count", qualifier: "over", subject: ["lao động"] }],
      },
      {
        text: "Năm 2024, năng suất lúa vụ mùa của huyện đạt hơn mức 58 tạ/ha.",
        expect: [{ value: "5.8", unit: "t", per: "ha", qualifier: "over", subject: ["năng suất lúa"] }],
      },
      {
        text: "Năm 2024, lượng mưa tại các huyện miền núi vượt mức 2.400 mm, gây sạt lở ở 16 xã.",
        others: true,
        expect: [{ value: "16", unit: "count", subject: ["xã"] }],
      },
    ],
  },
  {
    behaviour: "reads 'under' from dưới, chưa đến, chưa tới, chưa đầy, không đến and không tới",
    examples: [
      {
        text: "Năm 2024, tỷ lệ nợ xấu của các tổ chức tín dụng trên địa bàn ở dưới 1,5%.",
        expect: [{ value: "1.5", unit: "%", qualifier: "under", subject: ["nợ xấu"] }],
      },
      {
        text: "Năm 2024, vốn giải ngân của dự án cao tốc mới đạt chưa đến 30% kế hoạch.",
        expect: [{ value: "30", unit: "%", qualifier: "under", subject: ["vốn giải ngân"], comparisons: [{ against: "plan", attainment: "30" }] }],
      },
      {
        text: "Năm 2024, số hộ sử dụng điện mặt trời ở vùng cao chưa tới 900 hộ.",
        expect: [{ value: "900", unit: "count", qualifier: "under", subject: ["hộ"] }],
      },
      {
        text: "Năm 2024, dự án mới giải phóng mặt bằng được chưa đầy 40 ha.",
        expect: [{ value: "40", unit: "ha", qualifier: "under", subject: ["giải phóng mặt bằng"] }],
      },
      {
        text: "Năm 2024, lượng khách quốc tế đến huyện đảo không đến 5.000 lượt khách.",
        expect: [{ value: "5000", unit: "count", qualifier: "under", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, doanh thu của các hợp tác xã dịch vụ thủy lợi không tới 2 tỷ đồng.",
        expect: [{ value: "2000000000", unit: "VND", qualifier: "under", subject: ["hợp tác xã"] }],
      },
    ],
  },
  {
    behaviour: "reads 'at least' from ít nhất, tối thiểu, không dưới, không thấp hơn and a trailing 'trở lên'",
    examples: [
      {
        text: "Năm 2025, mỗi xã phấn đấu có ít nhất 2 sản phẩm OCOP.",
        expect: [{ value: "2", unit: "count", per: "xã", qualifier: "at least", status: "target", subject: ["sản phẩm"] }],
      },
      {
        text: "Năm 2024, lương tối thiểu vùng I áp dụng tại thành phố là 4.960.000 đồng.",
        expect: [{ value: "4960000", unit: "VND", subject: ["lương tối thiểu"] }],
      },
      {
        // A floor stated after a verb of level is a figure; after a noun it describes a threshold.
        text: "Năm 2025, tỷ lệ dân số nông thôn được dùng nước sạch đạt từ 97% trở lên.",
        expect: [{ value: "97", unit: "%", qualifier: "at least", subject: ["nước sạch"] }],
      },
      {
        text: "Năm 2025, tốc độ tăng trưởng kinh tế của tỉnh phải đạt tối thiểu 8%.",
        expect: [{ value: "8", unit: "%", qualifier: "at least", subject: ["tăng trưởng kinh tế"] }],
        others: true,
      },
      {
        text: "Năm 2025, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ không dưới 95%.",
        expect: [{ value: "95", unit: "%", qualifier: "at least", subject: ["tiêm chủng"] }],
      },
      {
        text: "Năm 2025, tỷ lệ giải ngân vốn đầu tư công phải đạt không thấp hơn 95% kế hoạch.",
        expect: [{ value: "95", unit: "%", qualifier: "at least", subject: ["giải ngân"], comparisons: [{ against: "plan", attainment: "95" }] }],
      },
      {
        text: "Năm 2024, tỷ lệ lao động có việc làm từ 35 tuổi trở lên đạt 68,4%; số hộ có thu nhập 100 triệu đồng trở lên là 12.600 hộ.",
        others: true,
        expect: [{ value: "12600", unit: "count", subject: ["hộ"] }],
      },
      {
        text: "Năm 2024, có 320 doanh nghiệp có doanh thu 100 tỷ đồng trở lên, chiếm 9,5% tổng số doanh nghiệp.",
        others: true,
        expect: [{ value: "320", unit: "count", subject: ["doanh nghiệp"] }],
      },
    ],
  },
  {
    behaviour: "reads 'at most' from tối đa, không quá, không vượt quá, nhiều nhất, không cao hơn, không lớn hơn and a trailing 'trở xuống'",
    examples: [
      // "không cao hơn" is a ceiling, not a comparative: the price is no change of its own.
      {
        text: "Giá bán lẻ xăng dầu áp dụng từ ngày 2/11/2026:\n- Xăng E5RON92: không cao hơn 20.150 đồng/lít, giảm 210 đồng/lít so với giá hiện hành;\n- Dầu hỏa: không cao hơn 18.920 đồng/lít, tăng 95 đồng/lít so với giá hiện hành.",
        expect: [
          { value: "20150", unit: "VND", per: "lít", qualifier: "at most", subject: ["Xăng E5RON92"], comparisons: [{ against: "previous", change: { kind: "absolute", value: "210", direction: "decrease" } }] },
          { value: "18920", unit: "VND", per: "lít", qualifier: "at most", subject: ["Dầu hỏa"], comparisons: [{ against: "previous", change: { kind: "absolute", value: "95", direction: "increase" } }] },
        ],
      },
      {
        text: "Năm 2026, tỷ lệ hộ nghèo đa chiều của huyện được giữ ở mức không lớn hơn 1,5%.",
        expect: [{ value: "1.5", unit: "%", qualifier: "at most", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2025, thời gian giải quyết thủ tục đăng ký doanh nghiệp rút xuống tối đa 3 ngày; mức phạt được nâng lên tối đa 75 triệu đồng.",
        others: true,
        expect: [{ value: "75000000", unit: "VND", qualifier: "at most", subject: ["mức phạt"] }],
      },
      {
        text: "Năm 2025, tỉnh kiểm soát lạm phát ở mức không quá 4,5%.",
        expect: [{ value: "4.5", unit: "%", qualifier: "at most", subject: ["lạm phát"] }],
      },
      {
        text: "Năm 2025, tỷ lệ nợ công của tỉnh được giữ ở mức không vượt quá 20% GRDP.",
        expect: [{ value: "20", unit: "%", qualifier: "at most", subject: ["nợ công"] }],
      },
      {
        text: "Năm 2024, mỗi lớp học ở vùng cao có nhiều nhất 35 học sinh.",
        expect: [{ value: "35", unit: "count", qualifier: "at most", subject: ["học sinh"] }],
      },
      {
        text: "Năm 2024, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em giảm còn 18% trở xuống.",
        expect: [{ value: "18", unit: "%", qualifier: "at most", subject: ["suy dinh dưỡng"] }],
      },
    ],
  },
  {
    behaviour: "reads an estimate from ước, ước tính, ước đạt, ước thực hiện, dự ước, ước đón, ước thu and ước khoảng",
    examples: [
      {
        text: "Tháng 10/2024, chỉ số sản xuất công nghiệp ước tăng 9,1% so với cùng kỳ năm trước.",
        expect: [{ value: "9.1", unit: "%", status: "estimated", subject: ["sản xuất công nghiệp"], period: "2024-10", comparisons: [{ against: "previous", period: "2023-10", change: { kind: "percent", value: "9.1", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tổng sản phẩm trên địa bàn ước tính đạt 125.600 tỷ đồng.",
        expect: [{ value: "125600000000000", unit: "VND", status: "estimated", subject: ["tổng sản phẩm"] }],
      },
      {
        text: "Quý III/2024, doanh thu bán lẻ hàng hóa ước đạt 12.300 tỷ đồng.",
        expect: [{ value: "12300000000000", unit: "VND", status: "estimated", period: "2024-Q3", subject: ["bán lẻ"] }],
      },
      {
        text: "Năm 2024, vốn đầu tư thuộc nguồn vốn ngân sách địa phương ước thực hiện 6.420 tỷ đồng.",
        expect: [{ value: "6420000000000", unit: "VND", status: "estimated", subject: ["vốn đầu tư"] }],
      },
      {
        text: "Năm 2024, giá trị sản xuất ngành xây dựng dự ước 18.750 tỷ đồng.",
        expect: [{ value: "18750000000000", unit: "VND", status: "estimated", subject: ["xây dựng"] }],
      },
      {
        text: "Tháng 4/2024, các điểm du lịch của tỉnh ước đón 650.000 lượt khách.",
        expect: [{ value: "650000", unit: "count", status: "estimated", period: "2024-04", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, ngành du lịch ước thu 9.800 tỷ đồng.",
        expect: [{ value: "9800000000000", unit: "VND", status: "estimated", subject: ["du lịch"] }],
      },
      {
        text: "Năm 2024, lượng hàng hóa thông qua cảng biển ước khoảng 36 triệu tấn.",
        expect: [{ value: "36000000", unit: "t", status: "estimated", qualifier: "about", subject: ["hàng hóa"] }],
      },
    ],
  },
  {
    behaviour: "reads a preliminary figure from sơ bộ, thống kê sơ bộ and số liệu sơ bộ",
    examples: [
      {
        text: "Năm 2023, tổng sản phẩm trên địa bàn theo giá hiện hành sơ bộ đạt 118.400 tỷ đồng.",
        expect: [{ value: "118400000000000", unit: "VND", status: "preliminary", subject: ["tổng sản phẩm"] }],
      },
      {
        text: "Theo thống kê sơ bộ, năm 2024 tỉnh có 2.340 ha lúa bị thiệt hại do hạn mặn.",
        expect: [{ value: "2340", unit: "ha", status: "preliminary", subject: ["lúa"] }],
      },
      {
        text: "Theo số liệu sơ bộ, năm 2024 dân số trung bình của tỉnh là 1.905.000 người.",
        expect: [{ value: "1905000", unit: "count", status: "preliminary", subject: ["dân số"] }],
      },
      // The parts of a preliminary figure after "trong đó" are preliminary too.
      {
        text: "Sáu tháng năm 2026, tổng vốn đăng ký mới sơ bộ đạt 3.120 tỷ đồng, tăng 8,4%, trong đó vốn của doanh nghiệp tư nhân tăng 11,2%, vốn của hộ kinh doanh tăng 2,5%.",
        expect: [
          { value: "3120000000000", unit: "VND", status: "preliminary" },
          { value: "11.2", unit: "%", status: "preliminary", subject: ["doanh nghiệp tư nhân"] },
          { value: "2.5", unit: "%", status: "preliminary", subject: ["hộ kinh doanh"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a target from kế hoạch, mục tiêu, chỉ tiêu, chỉ tiêu giao, phấn đấu, đề ra, định hướng and phương hướng",
    examples: [
      {
        text: "Theo kế hoạch, năm 2025 tỉnh trồng mới 3.500 ha rừng.",
        expect: [{ value: "3500", unit: "ha", status: "target", period: "2025", subject: ["rừng"] }],
      },
      {
        text: "Mục tiêu năm 2025, tỷ lệ hộ nghèo đa chiều của tỉnh giảm còn 1,5%.",
        expect: [{ value: "1.5", unit: "%", status: "target", period: "2025", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2025, chỉ tiêu thu ngân sách nhà nước trên địa bàn là 22.000 tỷ đồng.",
        expect: [{ value: "22000000000000", unit: "VND", status: "target", subject: ["thu ngân sách"] }],
      },
      {
        text: "Năm 2025, chỉ tiêu giao tuyển quân của huyện là 320 người.",
        expect: [{ value: "320", unit: "count", status: "target", subject: ["tuyển quân"] }],
      },
      {
        text: "Năm 2025, tỉnh phấn đấu thu hút 4 triệu lượt khách du lịch.",
        expect: [{ value: "4000000", unit: "count", status: "target", period: "2025", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2025, Nghị quyết đề ra tốc độ tăng trưởng GRDP đạt 8,5%.",
        others: true,
        expect: [{ value: "8.5", unit: "%", status: "target", subject: ["GRDP"] }],
      },
      {
        // A heading of tasks in capitals, over numbered items: their status, and its half of the year.
        text: "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n1. Phấn đấu thu ngân sách đạt 1.850 tỷ đồng.\n2. Cứng hóa thêm 45 km đường giao thông nông thôn.",
        expect: [
          { value: "1850000000000", unit: "VND", status: "target", period: "2026-S2" },
          { value: "45", unit: "km", status: "target", period: "2026-S2" },
        ],
      },
      {
        text: "Theo định hướng, năm 2030 kinh tế số chiếm 30% GRDP của tỉnh.",
        expect: [{ value: "30", unit: "%", status: "target", period: "2030", subject: ["kinh tế số"] }],
      },
      {
        // A plan named after a comparator is still a target for the figure it sets.
        text: "Tỉnh quyết tâm về đích sớm hơn 2 năm so với mục tiêu của Nghị quyết 15 là thu hút 4,5 triệu lượt khách du lịch.",
        others: true,
        expect: [{ value: "4500000", unit: "count", status: "target", subject: ["lượt khách"] }],
      },
    ],
  },
  {
    behaviour: "reads no target from a status word inside the name of a plan a figure is measured against",
    examples: [
      {
        text: "Năm 2024, thu tiền thuê đất đạt 520 tỷ đồng, bằng 88,4% dự toán phấn đấu; thu xổ số kiến thiết đạt 175 tỷ đồng.",
        expect: [
          { value: "520000000000", unit: "VND", status: null, subject: ["tiền thuê đất"] },
          { value: "175000000000", unit: "VND", status: null, subject: ["xổ số"] },
        ],
      },
      {
        text: "Trong 6 tháng, tỉnh giải ngân 2.140 tỷ đồng vốn đầu tư công, đạt 47% kế hoạch dự kiến, và cấp mới 38 dự án.",
        expect: [
          { value: "2140000000000", unit: "VND", status: null, subject: ["vốn đầu tư công"] },
          { value: "38", unit: "count", status: null, subject: ["dự án"] },
        ],
      },
    ],
  },
  {
    behaviour: "reads no target from a status word inside the name of a noun ('giường bệnh kế hoạch', beds a hospital is planned for)",
    examples: [
      {
        text: "Đến cuối năm 2025, tổng số giường bệnh kế hoạch toàn tỉnh là 4.820 giường, bình quân 29,5 giường bệnh/vạn dân.",
        expect: [
          { value: "4820", unit: "count", status: null, subject: ["giường bệnh"] },
          { value: "29.5", unit: "count", per: "vạn dân", status: null },
        ],
      },
      {
        text: "Năm 2025, bệnh viện đa khoa tỉnh có 760 giường kế hoạch và 910 giường thực kê.",
        expect: [
          { value: "760", unit: "count", status: null },
          { value: "910", unit: "count", status: null },
        ],
      },
    ],
  },
  {
    behaviour: "carries a target over a list of targets split by semicolons, until a result or a period of its own",
    examples: [
      {
        text: "Năm 2024, tổng số giường bệnh kế hoạch của ngành y tế là 5.200 giường; công suất sử dụng giường bệnh tuyến huyện khoảng 96%.",
        expect: [
          // (The planned beds are a stock counted now, no target: see the behaviour above.)
          { value: "5200", unit: "count", status: null },
          { value: "96", unit: "%", status: null, qualifier: "about" },
        ],
      },
      {
        text: "II. Phương hướng, nhiệm vụ 6 tháng cuối năm 2024\nPhấn đấu thu hút thêm 15 dự án đầu tư.",
        expect: [{ value: "15", unit: "count", status: "target", period: "2024-S2" }],
      },
      {
        text: "Năm 2025, huyện phấn đấu thu nhập bình quân đầu người đạt 72 triệu đồng; tỷ lệ trường đạt chuẩn quốc gia 85%; số xã nông thôn mới nâng cao thêm 3 xã.",
        expect: [
          { value: "72000000", unit: "VND", status: "target", subject: ["thu nhập bình quân"], subjectLacks: ["phấn đấu"] },
          { value: "85", unit: "%", status: "target", subject: ["trường đạt chuẩn"] },
          { value: "3", unit: "count", status: "target" },
        ],
      },
      {
        text: "Năm 2025, thành phố phấn đấu tỷ lệ đô thị hóa đạt 48%; năm 2024 tỷ lệ này mới đạt 45,1%, còn tổng vốn đã giải ngân 2.100 tỷ đồng.",
        expect: [
          { value: "48", unit: "%", status: "target", subject: ["đô thị hóa"] },
          { value: "2100000000000", unit: "VND", status: null },
        ],
      },
      // A clause's own period that ends no earlier than the target's is one more target; one that
      // ends before it is a result (the example above with 2024).
      {
        text: "Tháng 7/2026, ngành du lịch phấn đấu tháng 8 đón khoảng 1,9 triệu lượt khách; cả năm 2026 đón 16 triệu lượt khách trở lên.",
        expect: [
          { value: "1900000", unit: "count", status: "target", period: "2026-08", qualifier: "about" },
          { value: "16000000", unit: "count", status: "target", period: "2026", qualifier: "at least", subject: ["lượt khách"], subjectLacks: ["trở"] },
        ],
      },
      // A period the first clause named too is no period of a clause's own.
      {
        text: "Quý IV/2026, sở phấn đấu tổng mức bán lẻ cả năm đạt 82.000 tỷ đồng; kim ngạch xuất khẩu cả năm đạt từ 31 đến 33 tỷ USD; tổ chức ít nhất 11 phiên chợ hàng Việt.",
        expect: [
          { value: "82000000000000", unit: "VND", status: "target", period: "2026" },
          { value: "31000000000", unit: "USD", valueMax: "33000000000", status: "target", period: "2026" },
          { value: "11", unit: "count", status: "target", qualifier: "at least" },
        ],
      },
    ],
  },
  {
    behaviour: "carries an estimate named in a lead before the first item over the items of its list",
    examples: [
      {
        text: "Theo số liệu ước tính của quý III/2024, ngành nông nghiệp tăng 2,8%; ngành công nghiệp tăng 9,4%; ngành dịch vụ tăng 6,1%.",
        expect: [
          { value: "2.8", unit: "%", status: "estimated", subject: ["nông nghiệp"] },
          { value: "9.4", unit: "%", status: "estimated", subject: ["công nghiệp"] },
          { value: "6.1", unit: "%", status: "estimated", subject: ["dịch vụ"] },
        ],
      },
      // A level with no verb of its own after it is the next item of the list the estimate opened.
      {
        text: "Đến cuối tháng 9/2024, đàn bò của tỉnh ước có 212,6 nghìn con, tăng 1,4%; đàn trâu 88,1 nghìn con, giảm 2%; đàn lợn đã đạt 1,3 triệu con.",
        expect: [
          { value: "212600", unit: "count", status: "estimated", subject: ["đàn bò"] },
          { value: "88100", unit: "count", status: "estimated", subject: ["đàn trâu"] },
          { value: "1300000", unit: "count", status: null, subject: ["đàn lợn"] },
        ],
      },
      // …not a clause counted in another unit: another matter.
      {
        text: "Năm 2026, lực lượng quản lý thị trường xử lý 420 vụ, hàng hóa vi phạm trị giá ước tính 18 tỷ đồng; tiêu hủy 35 tấn hàng giả; nộp ngân sách hơn 6 tỷ đồng.",
        expect: [
          { value: "420", unit: "count", status: null },
          { value: "18000000000", unit: "VND", status: "estimated" },
          { value: "35", unit: "t", status: null },
          { value: "6000000000", unit: "VND", status: null, qualifier: "over" },
        ],
      },
      // A share that goes on from an estimated amount, past the amount's growth, is estimated too.
      {
        text: "Năm 2026, kim ngạch xuất khẩu cà phê của tỉnh ước đạt 2,5 tỷ USD, tăng 30% so với năm 2025 và chiếm 90% tổng kim ngạch xuất khẩu nông sản.",
        expect: [
          { value: "2500000000", unit: "USD", status: "estimated" },
          { value: "90", unit: "%", status: "estimated" },
        ],
      },
      // An estimate in the first item's own words goes on over the items that say the same of
      // something else (a figure of the same role and unit)…
      {
        text: "Quý II/2026, ngành nông nghiệp ước tăng 3,6%, đóng góp 0,4 điểm phần trăm; ngành công nghiệp tăng 8,5%; ngành xây dựng giảm 1,2%.",
        expect: [
          { value: "3.6", unit: "%", status: "estimated", subject: ["nông nghiệp"] },
          { value: "8.5", unit: "%", status: "estimated", subject: ["công nghiệp"] },
          { value: "-1.2", unit: "%", status: "estimated", subject: ["xây dựng"] },
        ],
        others: true,
      },
      // …not where the sentence said it twice already: its writer marks each clause that is one.
      {
        text: "Xuất khẩu sang Hàn Quốc ước đạt 24,6 tỷ USD; sang Ấn Độ ước đạt 7,1 tỷ USD; sang Úc đạt 5,3 tỷ USD.",
        expect: [
          { value: "24600000000", unit: "USD", status: "estimated" },
          { value: "7100000000", unit: "USD", status: "estimated" },
          { value: "5300000000", unit: "USD", status: null },
        ],
      },
    ],
  },
  {
    behaviour: "gives the items of a list opened by a colon the status named before the colon",
    examples: [
      // Right after a year: the year counts nothing ("trong 30 chỉ tiêu" would).
      {
        text: "Sản lượng một số sản phẩm chủ yếu 9 tháng năm 2026 ước tính như sau: xi măng đạt 3,2 triệu tấn, tăng 5,1% so với cùng kỳ; thép đạt 850 nghìn tấn, giảm 2,3%.",
        expect: [
          { value: "3200000", unit: "t", status: "estimated", period: "2026-01/2026-09" },
          { value: "850000", unit: "t", status: "estimated", period: "2026-01/2026-09" },
        ],
      },
      {
        text: "Các mục tiêu chủ yếu của thị xã năm 2025: thu nhập bình quân đầu người đạt 70 triệu đồng; tỷ lệ hộ nghèo còn 2,1%; trồng mới 350 ha rừng.",
        expect: [
          { value: "70000000", unit: "VND", status: "target", subject: ["thu nhập bình quân"] },
          { value: "2.1", unit: "%", status: "target", subject: ["hộ nghèo"] },
          { value: "350", unit: "ha", status: "target" },
        ],
        others: true,
      },
      {
        text: "Số liệu ước tính quý III/2024: sản lượng thủy sản đạt 41.200 tấn; sản lượng điện 530 triệu kWh.",
        expect: [
          { value: "41200", unit: "t", status: "estimated", period: "2024-Q3" },
          { value: "530000000", unit: "kWh", status: "estimated", period: "2024-Q3" },
        ],
      },
      // A list with no status before its colon is a list of results.
      {
        text: "Kết quả 9 tháng năm 2024: sản lượng thủy sản đạt 41.200 tấn; sản lượng điện 530 triệu kWh.",
        expect: [
          { value: "41200", unit: "t", status: null },
          { value: "530000000", unit: "kWh", status: null },
        ],
      },
    ],
  },
  {
    behaviour: "gives the items of a list on lines of their own the status their leading line names before its colon",
    examples: [
      {
        text: "Quỹ tín dụng nhân dân trên địa bàn, ước đến 30/9/2024:\n\n- Tổng nguồn vốn đạt 8.450 tỷ đồng. Tiền gửi dân cư chiếm khoảng 64%.\n- Dư nợ cho vay đạt 7.920 tỷ đồng.\n\nNăm 2023, dư nợ cho vay đạt 7.100 tỷ đồng.",
        expect: [
          { value: "8450000000000", unit: "VND", status: "estimated", subject: ["nguồn vốn"] },
          { value: "64", unit: "%", status: "estimated", qualifier: "about" },
          { value: "7920000000000", unit: "VND", status: "estimated", subject: ["dư nợ"] },
          { value: "7100000000000", unit: "VND", status: null, period: "2023" },
        ],
      },
      {
        text: "Chỉ tiêu chủ yếu năm 2025:\n+ Tốc độ tăng trưởng GRDP 8,5%;\n+ Thu ngân sách 1.900 tỷ đồng.",
        expect: [
          { value: "8.5", unit: "%", status: "target", subject: ["GRDP"] },
          { value: "1900000000000", unit: "VND", status: "target", subject: ["thu ngân sách"] },
        ],
      },
      // A lead that names no status leads a list of results.
      {
        text: "Kết quả chủ yếu 9 tháng năm 2024:\n- Sản lượng lúa đạt 512.000 tấn.\n- Sản lượng thủy sản đạt 41.200 tấn.",
        expect: [
          { value: "512000", unit: "t", status: null },
          { value: "41200", unit: "t", status: null },
        ],
      },
      // "Trong đó:" after a total lists its parts: the total's estimate, and the stretch its sentence
      // names (a stretch with no year of its own, the report's).
      {
        text: "Báo cáo quý III và 9 tháng năm 2026\n\nSản lượng lúa quý III/2026 ước đạt 120.000 tấn. Lũy kế 9 tháng ước đạt 410.000 tấn, bằng 76% kế hoạch năm và tăng 2,1%. Trong đó:\n- Lúa chất lượng cao: 260.000 tấn;\n- Lúa nếp: 35.000 tấn.",
        expect: [
          { value: "120000", unit: "t", status: "estimated", period: "2026-Q3" },
          { value: "410000", unit: "t", status: "estimated", period: "2026-01/2026-09" },
          { value: "260000", unit: "t", status: "estimated", period: "2026-01/2026-09", subject: ["Lúa chất lượng cao"] },
          { value: "35000", unit: "t", status: "estimated", period: "2026-01/2026-09", subject: ["Lúa nếp"] },
        ],
      },
      // A lead that opens with a dateline, set aside: the rest of its line still leads the list.
      {
        text: "Thu ngân sách khả quan\nHÀ NỘI - Ước tính 9 tháng năm 2026:\n- Thu nội địa 52.000 tỷ đồng;\n- Thu từ hoạt động xuất nhập khẩu 8.100 tỷ đồng.",
        expect: [
          { value: "52000000000000", unit: "VND", status: "estimated", period: "2026-01/2026-09", subjectLacks: ["HÀ NỘI"] },
          { value: "8100000000000", unit: "VND", status: "estimated", period: "2026-01/2026-09" },
        ],
      },
    ],
  },
  {
    behaviour: "gives the lettered items under a heading with no stop its status and period, through a numbered line that leads them",
    examples: [
      {
        text: "Bắc Kạn, ngày 9 tháng 12 năm 2025\n\nNGHỊ QUYẾT về nhiệm vụ năm 2026\n\nĐiều 1. Chỉ tiêu chủ yếu năm 2026\nMục tiêu chung: giữ vững ổn định và tăng tốc phát triển.\n1. Nhóm chỉ tiêu về kinh tế:\na) Tốc độ tăng trưởng kinh tế đạt 8,2%.\nb) Thu ngân sách trên địa bàn 1.150 tỷ đồng.\nđ) Tỷ lệ đô thị hóa đạt 26%.\n2. Nhóm chỉ tiêu về xã hội\na) Tỷ lệ lao động qua đào tạo 68%.",
        expect: [
          { value: "8.2", unit: "%", status: "target", period: "2026", subjectLacks: ["a)", "kinh tế:"] },
          { value: "1150000000000", unit: "VND", status: "target", period: "2026", subject: ["thu ngân sách"], subjectLacks: ["b)"] },
          { value: "26", unit: "%", status: "target", period: "2026", subject: ["đô thị hóa"], subjectLacks: ["đ)"] },
          { value: "68", unit: "%", status: "target", period: "2026", subject: ["lao động qua đào tạo"], subjectLacks: ["xã hội"] },
        ],
      },
      // An item that opens a list of its own with a colon and no status of its own.
      {
        text: "Điều 2. Mục tiêu chủ yếu năm 2027\n1. Các chỉ tiêu kinh tế:\nb) Cơ cấu GRDP: nông nghiệp 14,1%; dịch vụ 40,2%.",
        expect: [
          { value: "14.1", unit: "%", status: "target", period: "2027", subject: ["nông nghiệp"] },
          { value: "40.2", unit: "%", status: "target", period: "2027", subject: ["dịch vụ"] },
        ],
      },
      // A numbered item with no stop leads the dashed items under it, each list with its own year.
      {
        text: "Lào Cai, ngày 2 tháng 12 năm 2026\nII. MỤC TIÊU CỤ THỂ\n1. Mục tiêu đến năm 2028\n- Tỷ lệ đô thị hóa đạt 35%.\n- Số doanh nghiệp đang hoạt động trên 9.000 doanh nghiệp.\n2. Mục tiêu đến năm 2030\n- Tỷ lệ đô thị hóa đạt 40%.",
        expect: [
          { value: "35", unit: "%", status: "target", period: "2028" },
          { value: "9000", unit: "count", status: "target", period: "2028", qualifier: "over" },
          { value: "40", unit: "%", status: "target", period: "2030" },
        ],
      },
      // Lettered items of the list before are no lead of the numbered item after them.
      {
        text: "Hà Giang, ngày 5 tháng 12 năm 2026\nĐiều 2. Chỉ tiêu chủ yếu năm 2027\n1. Các chỉ tiêu kinh tế:\na) Tốc độ tăng trưởng GRDP đạt 8%.\nb) Thu ngân sách 2.400 tỷ đồng.\nc) Kim ngạch xuất khẩu 1,6 tỷ USD.\n2. Các chỉ tiêu xã hội:\na) Tỷ lệ lao động qua đào tạo đạt 72%.",
        expect: [
          { value: "8", unit: "%", status: "target", period: "2027" },
          { value: "2400000000000", unit: "VND", status: "target", period: "2027" },
          { value: "1600000000", unit: "USD", status: "target", period: "2027" },
          { value: "72", unit: "%", status: "target", period: "2027" },
        ],
      },
      // Items numbered in brackets, "(1)", under lettered groups under a numbered section, with a paragraph between the heading and the list.
      {
        text: "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2027\n\n1. Mục tiêu tổng quát\nPhát triển kinh tế nhanh, bền vững; bảo đảm an sinh xã hội.\n\n2. Các chỉ tiêu chủ yếu\na) Các chỉ tiêu kinh tế\n(1) Tốc độ tăng trưởng GRDP đạt 7,5%.\n(2) Kim ngạch xuất khẩu đạt 2,4 tỷ USD trở lên.\nb) Các chỉ tiêu xã hội\n(3) Tỷ lệ lao động qua đào tạo đạt 75%.",
        expect: [
          { value: "7.5", unit: "%", status: "target", period: "2027", subjectLacks: ["(1)"] },
          { value: "2400000000", unit: "USD", status: "target", qualifier: "at least", period: "2027", subjectLacks: ["(2)"] },
          { value: "75", unit: "%", status: "target", period: "2027", subjectLacks: ["(3)"] },
        ],
      },
      // A numbered heading right above a paragraph of prose gives it its period, not its status.
      {
        text: "BÁO CÁO tình hình năm 2026\n\n3. Nhiệm vụ năm 2027\nPhấn đấu trồng mới 1.200 ha rừng; tỷ lệ hộ dùng nước sạch đạt 92%.\n\nII. Kết quả thực hiện kế hoạch năm 2026\nToàn tỉnh trồng mới 1.050 ha rừng.",
        expect: [
          { value: "1200", unit: "ha", status: "target", period: "2027" },
          { value: "92", unit: "%", status: "target", period: "2027" },
          { value: "1050", unit: "ha", status: null, period: "2026" },
        ],
      },
      // A report's title that names the stretch reported on, then the plan after it: its items are
      // of the stretch, and no targets (also where the section's heading in capitals has a dash).
      {
        text: "BÁO CÁO\nKết quả công tác 6 tháng đầu năm 2026 và phương hướng nhiệm vụ năm 2027\n\nI. KẾT QUẢ SẢN XUẤT - KINH DOANH 6 THÁNG ĐẦU NĂM\n1. Công nghiệp\na) Sản xuất: Giá trị sản xuất công nghiệp đạt 4.300 tỷ đồng. Trong đó điện 900 tỷ đồng; nước 120 tỷ đồng.",
        expect: [
          { value: "4300000000000", unit: "VND", status: null, period: "2026-S1" },
          { value: "900000000000", unit: "VND", status: null, period: "2026-S1", subject: ["điện"] },
          { value: "120000000000", unit: "VND", status: null, period: "2026-S1", subject: ["nước"] },
        ],
      },
      {
        text: "BÁO CÁO\nTổng kết công tác giáo dục năm 2025 và kế hoạch năm 2026\n\n2. Cơ sở vật chất: đã xây mới 46 phòng học.\n3. Đội ngũ: có 1.250 giáo viên đạt chuẩn.",
        expect: [
          { value: "46", unit: "count", status: null, period: "2025" },
          { value: "1250", unit: "count", status: null, period: "2025" },
        ],
      },
      // A heading of results gives its items its period, and no status.
      {
        text: "Điều 1. Kết quả thực hiện năm 2025\na) Tốc độ tăng trưởng kinh tế đạt 7,9%.\nb) Thu ngân sách trên địa bàn 1.020 tỷ đồng.",
        expect: [
          { value: "7.9", unit: "%", status: null, period: "2025" },
          { value: "1020000000000", unit: "VND", status: null, period: "2025" },
        ],
      },
    ],
  },
  {
    behaviour: "reads a forecast from dự kiến, dự báo, sẽ đạt and có thể đạt",
    examples: [
      {
        text: "Năm 2025, tổng vốn đầu tư toàn xã hội dự kiến đạt 68.000 tỷ đồng.",
        expect: [{ value: "68000000000000", unit: "VND", status: "forecast", subject: ["vốn đầu tư"] }],
      },
      {
        text: "Năm 2025, sản lượng thanh long của tỉnh dự báo đạt 620 nghìn tấn.",
        expect: [{ value: "620000", unit: "t", status: "forecast", subject: ["thanh long"] }],
      },
      {
        text: "Năm 2025, công suất của nhà máy điện khí sẽ đạt 1.500 MW.",
        expect: [{ value: "1500", unit: "MW", status: "forecast", subject: ["nhà máy điện khí"] }],
      },
      {
        text: "Năm 2025, kim ngạch xuất khẩu rau quả của tỉnh có thể đạt 1,2 tỷ USD.",
        expect: [{ value: "1200000000", unit: "USD", status: "forecast", subject: ["rau quả"] }],
      },
    ],
  },
];
