import type { Corpus } from "./types.js";

/** A number before a counted noun is a count: unit "count", the noun in `stated.unitText`. */
export const counts: Corpus = [
  {
    behaviour: "counts a noun no lexicon lists, as a whole number, with its words as the unit text",
    examples: [
      {
        text: "Năm 2024, Thanh tra huyện đã tiếp nhận 57 đơn thư phản ánh của người dân.",
        expect: [{ value: "57", unit: "count", subject: ["đơn thư"], stated: { text: "57 đơn thư phản ánh", unitText: "đơn thư phản ánh" } }],
      },
      {
        text: "Trong 6 tháng đầu năm 2024, trung tâm dịch vụ việc làm tổ chức 41 phiên giao dịch, giới thiệu việc làm cho 3.120 lượt người.",
        expect: [
          { value: "41", unit: "count", subject: ["phiên giao dịch"] },
          { value: "3120", unit: "count", subject: ["lượt người"] },
        ],
      },
      {
        text: "Đến cuối năm 2024, các cơ sở lưu trú trên địa bàn có 18.240 phòng, tăng 7,5% so với năm 2023.",
        expect: [{ value: "18240", unit: "count", subject: ["phòng"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "7.5", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỉnh có 31,2 giường/vạn dân.",
        expect: [{ value: "31.2", unit: "count", per: "vạn dân", subject: ["giường"] }],
      },
      {
        text: "Tại hội nghị năm 2024, ban soạn thảo nhận được 926 ý kiến góp ý của doanh nghiệp.",
        expect: [{ value: "926", unit: "count", subject: ["ý kiến"] }],
      },
      // With a scale: the whole number is what must be whole, not the number as written.
      {
        text: "Năm 2024, các bến thủy nội địa của tỉnh phục vụ 2,35 triệu hành trình trên sông, tăng 6%.",
        expect: [{ value: "2350000", unit: "count", subject: ["hành trình"], comparisons: [{ against: "previous", change: { kind: "percent", value: "6", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "gives the bare numbers of a list the unit of its last number",
    examples: [
      {
        text: "Năm 2024, ba xã Tân An, Tân Bình và Tân Lập lần lượt có 1.250, 980 và 1.430 hộ tham gia mô hình.",
        expect: [
          { value: "1250", unit: "count", period: "2024" },
          { value: "980", unit: "count", period: "2024" },
          { value: "1430", unit: "count", period: "2024" },
        ],
      },
      // Numbers with a scale of their own make a list too.
      {
        text: "Năm 2025, hai cửa khẩu Lào Cai và Hữu Nghị lần lượt đón 1,3 triệu và 2,6 triệu lượt khách.",
        expect: [
          { value: "1300000", unit: "count", subject: ["Lào Cai"] },
          { value: "2600000", unit: "count", subject: ["Hữu Nghị"] },
        ],
      },
      // A number without a scale before one with a scale is no list: "12" is not billions of đồng.
      {
        text: "Năm 2025, số dự án mới và vốn đăng ký lần lượt là 12 và 3,5 nghìn tỷ đồng.",
        expect: [
          { value: "12", unit: "count", subject: ["số dự án mới"] },
          { value: "3500000000000", unit: "VND", subject: ["vốn đăng ký"] },
        ],
      },
      // A number of another kind between them ends the list.
      {
        text: "Năm 2024, xã có 1.250 hộ nghèo, 3 trường học và 980 hộ cận nghèo.",
        expect: [
          { value: "1250", unit: "count", subject: ["hộ nghèo"] },
          { value: "3", unit: "count", subject: ["trường học"] },
          { value: "980", unit: "count", subject: ["hộ cận nghèo"] },
        ],
      },
    ],
  },
  {
    behaviour: "takes the counted noun from the end of the subject when a scaled figure has no unit after it",
    examples: [
      {
        text: "Năm 2024, lượng khách đến tỉnh đạt 4,6 triệu, tăng 12% so với năm 2023.",
        expect: [{ value: "4600000", unit: "count", subject: ["khách"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "12", direction: "increase" } }] }],
      },
      // A scale with no noun counted anywhere near it stays no record.
      { text: "Năm 2024, doanh thu của hợp tác xã đạt 4,6 triệu.", expect: [] },
    ],
  },
  {
    behaviour: "counts a bare number whose subject is 'số …', the number of things",
    examples: [
      {
        text: "Năm 2024, số lượt tàu biển cập cảng Chân Mây là 1.260, tăng 9% so với năm 2023.",
        expect: [{ value: "1260", unit: "count", subject: ["lượt tàu biển"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "9", direction: "increase" } }] }],
      },
      { text: "Năm 2024, tổng số thuê bao băng rộng cố định trên địa bàn đạt 212.400.", expect: [{ value: "212400", unit: "count", subject: ["thuê bao băng rộng"] }] },
      // A sum of money is no count: a bare number after "số tiền" stays no record.
      { text: "Năm 2024, số tiền hỗ trợ các hộ bị thiệt hại do bão là 4.500.", expect: [] },
      // "số" ends "dân số" (population), no document number: the figure after it is one.
      { text: "Năm 2024, dân số trung bình 92.310 người; mật độ dân số 612 người/km2.", expect: [{ value: "92310", unit: "count", subject: ["dân số"] }, { value: "612", unit: "count", per: "km2", subject: ["mật độ dân số"] }] },
      // Passenger-kilometres are one counted noun: the change after them is theirs, not of a "km".
      ...["lượt khách.km", "hành khách.km"].map((noun) => ({
        text: `Tháng 11/2024, luân chuyển hành khách ước đạt 24,37 tỷ ${noun}, tăng 1,9% so với tháng trước.`,
        expect: [{ value: "24370000000", unit: "count", status: "estimated" as const, stated: { unitText: noun }, comparisons: [{ against: "previous" as const, period: "2024-10", change: { kind: "percent" as const, value: "1.9", direction: "increase" as const } }] }],
      })),
      // A part out of a whole counts the whole's noun; the whole is no figure.
      { text: "Năm 2025, có 21 trong số 34 tỉnh, thành phố đạt tỷ lệ tốt nghiệp trên 99%.", expect: [{ value: "21", unit: "count", subject: ["tỉnh"] }, { value: "99", unit: "%", qualifier: "over" }] },
      // A whole number by which the number of things changed, after a conjunction, is a count too, not a percentage like the change beside it.
      {
        text: "Năm 2026, vốn đăng ký mới giảm 3,2%, nhưng số dự án cấp mới tăng 36.",
        expect: [
          { value: "-3.2", unit: "%" },
          { value: "36", unit: "count", subject: ["dự án cấp mới"], comparisons: [{ against: "previous", change: { kind: "absolute", value: "36", direction: "increase" } }] },
        ],
      },
    ],
  },
  {
    behaviour: "reads a bound right after the words of a count as the class it counts, no figure of its own",
    examples: [
      {
        text: "Trong số 120 chủ đầu tư được giao vốn năm 2026, có 41 đơn vị giải ngân trên 75%, 18 đơn vị dưới 40%.",
        expect: [
          { value: "41", unit: "count", subject: ["đơn vị giải ngân trên 75%"] },
          { value: "18", unit: "count", subject: ["đơn vị dưới 40%"] },
        ],
        mustNotExtract: ["75%", "40%"],
      },
      // An amount as the bound: the class of goods, firms or projects counted, no figure of its own.
      {
        text: "Trong 10 tháng năm 2026 có 34 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, chiếm 92,8% tổng kim ngạch xuất khẩu.",
        expect: [{ value: "34", unit: "count", subject: ["mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD"] }],
        others: true,
        mustNotExtract: ["1 tỷ USD"],
      },
      {
        text: "Đến cuối năm 2026, huyện có 85 doanh nghiệp có doanh thu trên 50 tỷ đồng.",
        expect: [{ value: "85", unit: "count", subject: ["doanh nghiệp có doanh thu trên 50 tỷ đồng"] }],
        mustNotExtract: ["50 tỷ đồng"],
      },
      {
        text: "Năm 2026, tỉnh thu hút 12 dự án có vốn đăng ký từ 20 triệu USD trở lên.",
        expect: [{ value: "12", unit: "count", subject: ["dự án có vốn đăng ký từ 20 triệu USD trở lên"] }],
        mustNotExtract: ["20 triệu USD"],
      },
      // "trở lên", "trở xuống" close the bound, and stay in the subject.
      {
        text: "Năm 2026, huyện có 9 xã có tỷ lệ hộ nghèo từ 2% trở xuống.",
        expect: [{ value: "9", unit: "count", subject: ["xã có tỷ lệ hộ nghèo từ 2% trở xuống"] }],
        mustNotExtract: ["2%"],
      },
      {
        text: "Năm 2026, xã có 40 hộ trồng trên 2 ha chè.",
        expect: [{ value: "40", unit: "count", subject: ["hộ trồng trên 2 ha"] }],
        mustNotExtract: ["2 ha"],
      },
      // A total of the things counted is a figure: "tổng" says so.
      {
        text: "Năm 2026, 45 hợp tác xã của huyện đạt tổng doanh thu trên 300 tỷ đồng.",
        expect: [
          { value: "45", unit: "count" },
          { value: "300000000000", unit: "VND", qualifier: "over", subject: ["doanh thu"] },
        ],
      },
      {
        text: "Tính đến ngày 30/9/2026, toàn tỉnh có 13.200 doanh nghiệp đang hoạt động với tổng vốn đăng ký trên 380 nghìn tỷ đồng.",
        expect: [
          { value: "13200", unit: "count" },
          { value: "380000000000000", unit: "VND", qualifier: "over", subject: ["vốn đăng ký"] },
        ],
      },
      // Past a clause of its own, a bound is a figure: the rate the target keeps below 3%.
      {
        text: "Năm 2026, tỉnh phấn đấu đưa 1.500 lao động đi làm việc ở nước ngoài và giữ tỷ lệ thất nghiệp thành thị dưới 3%.",
        expect: [
          { value: "1500", unit: "count", status: "target" },
          { value: "3", unit: "%", qualifier: "under", status: "target" },
        ],
      },
    ],
  },
  {
    behaviour: "keeps the clause that says which things a count counts with that count",
    examples: [
      // A clause of a dozen words too, and the change after it is then the count's.
      {
        text: "Trong 9 tháng năm 2026, có 5 vụ tàu chở hàng vượt tải trọng bị lực lượng chức năng xử phạt, giảm 7 vụ so với cùng kỳ năm 2025.",
        expect: [
          { value: "5", unit: "count", subject: ["vượt tải trọng"], exactComparisons: true, comparisons: [{ against: "previous", period: "2025-01/2025-09", change: { kind: "absolute", value: "7", direction: "decrease" } }] },
        ],
      },
      {
        text: "Năm 2024, huyện công nhận 2 sản phẩm OCOP đạt 4 sao, 9 sản phẩm đạt 3 sao.",
        expect: [
          { value: "2", unit: "count", subject: ["sản phẩm OCOP đạt 4 sao"] },
          { value: "9", unit: "count", subject: ["sản phẩm đạt 3 sao"], subjectLacks: ["4 sao"] },
        ],
      },
      {
        text: "Tháng 8/2024, thành phố có 640 doanh nghiệp thành lập mới, vốn đăng ký đạt 5.210 tỷ đồng.",
        expect: [
          { value: "640", unit: "count", subject: ["doanh nghiệp thành lập mới"] },
          { value: "5210000000000", unit: "VND", subject: ["vốn đăng ký"] },
        ],
      },
      // A clause that runs into the next figure is no clause of the count; the sum of money is of what the count's clause did.
      {
        text: "Sáu tháng năm 2026, chi cục thuế đã giải quyết miễn thuế cho 96 hồ sơ với số tiền hơn 2,7 tỷ đồng.",
        expect: [
          { value: "96", unit: "count", subject: ["hồ sơ", "miễn thuế"], subjectLacks: ["số tiền", "2"] },
          { value: "2700000000", unit: "VND", qualifier: "over", subject: ["số tiền", "miễn thuế"] },
        ],
      },
      // Past a semicolon, a generic head ("trị giá") is of the figure before it in its own clause.
      {
        text: "Năm 2026, xuất khẩu hạt điều đạt 420 triệu USD; phân bón nhập khẩu 310 nghìn tấn, trị giá khoảng 125 triệu USD.",
        expect: [
          { value: "420000000", unit: "USD", subject: ["hạt điều"] },
          { value: "310000", unit: "t", subject: ["phân bón"] },
          { value: "125000000", unit: "USD", qualifier: "about", subject: ["trị giá", "phân bón"] },
        ],
      },
      {
        text: "Năm 2024, thêm 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn kiểu mẫu.",
        expect: [
          { value: "6", unit: "count", subject: ["nông thôn mới nâng cao"] },
          { value: "2", unit: "count", subject: ["kiểu mẫu"], subjectLacks: ["nâng cao"] },
        ],
      },
    ],
  },
  {
    behaviour: "counts targets met and missed without reading them as statuses or plan values",
    examples: [
      {
        text: "Năm 2024, trong 30 chỉ tiêu kinh tế - xã hội, huyện có 26 chỉ tiêu đạt và vượt kế hoạch, 4 chỉ tiêu chưa đạt; 2 đề án không được phê duyệt, 3 dự án không đạt tiến độ.",
        others: true,
        expect: [
          { value: "26", unit: "count", status: null, stated: { text: "26 chỉ tiêu" }, comparisons: [{ against: "plan", change: { direction: "increase" } }] },
          { value: "4", unit: "count", status: null, stated: { text: "4 chỉ tiêu" }, subjectLacks: ["chưa"] },
        ],
      },
    ],
  },
  {
    behaviour: "keeps a count after 'của' inside the subject of the figure that follows",
    examples: [
      {
        text: "Năm 2024, tổng vốn điều lệ của 46 hợp tác xã, tổ hợp tác đạt 152 tỷ đồng.",
        expect: [{ value: "152000000000", unit: "VND", subject: ["vốn điều lệ của 46 hợp tác xã"] }],
      },
      {
        text: "Quý I/2024, năng suất lao động của 35 doanh nghiệp được khảo sát tăng 6,3%.",
        expect: [{ value: "6.3", unit: "%", subject: ["năng suất lao động"] }],
      },
    ],
  },
  {
    behaviour: "does not count time, age, grade, order, parts of texts or the items of a list of tasks",
    examples: [
      { text: "Năm 2024, tỉnh tập trung vào 3 nhiệm vụ trọng tâm, 4 giải pháp, 2 nhóm giải pháp, 5 nội dung, 6 mục tiêu và 3 khâu đột phá.", expect: [] },
      { text: "Năm 2027, Sở đề ra 4 nhóm nhiệm vụ và 6 nhóm giải pháp chủ yếu.", expect: [] },
      { text: "Trong năm 2024, hồ sơ được giải quyết trong 5 ngày, 3 đêm, 2 giờ, 30 phút hoặc 40 giây, chậm nhất 2 tuần.", expect: [] },
      { text: "Kế hoạch năm 2024 chia làm 3 giai đoạn, 4 bước, 2 kỳ, 3 buổi và 2 quý, theo 5 tiêu chí, 4 nguyên tắc, 3 quan điểm và 2 định hướng.", expect: [] },
      { text: "Năm 2024, tỉnh tăng 4 bậc, chỉ số giữ 2 hạng, trường đạt 3 cấp; khách sạn 5 sao có 2 loại, 3 kiểu, 4 mặt, 2 bên, 2 phía.", expect: [] },
      { text: "Theo Điều 5, văn bản có 3 trang, 4 điều, 2 khoản, 3 chương, 4 mục, 5 phần, 200 chữ, hai số; vấn đề có 3 yêu cầu và 2 phương án.", expect: [] },
      { text: "Năm 2024, người dân 60 tuổi trở lên được khám miễn phí; thế kỷ 21 có 2 tháng nghỉ.", expect: [] },
      { text: "Năm 2024, giá trị sản xuất của 9 nhóm ngành chế biến tăng 3,1% so với năm 2023.", expect: [{ value: "3.1", unit: "%" }] },
      { text: "Năm 2024, phòng thí nghiệm áp dụng bộ tiêu chuẩn 2017 quản lý chất lượng.", expect: [] },
    ],
  },
  {
    behaviour: "counts enterprises, cooperatives and establishments",
    examples: [
      {
        text: "Tháng 9/2024, toàn tỉnh có 186 doanh nghiệp thành lập mới.",
        expect: [{ value: "186", unit: "count", subject: ["doanh nghiệp"], period: "2024-09", stated: { text: "186 doanh nghiệp", unitText: "doanh nghiệp" } }],
      },
      {
        text: "Năm 2024, tỉnh có thêm 12 hợp tác xã mới được thành lập.",
        expect: [{ value: "12", unit: "count", subject: ["hợp tác xã"], stated: { unitText: "hợp tác xã" } }],
      },
      {
        text: "Năm 2024, huyện hỗ trợ 27 HTX và 9 tổ hợp tác xây dựng nhãn hàng riêng.",
        expect: [
          { value: "27", unit: "count", subject: ["HTX"], stated: { unitText: "HTX" } },
          { value: "9", unit: "count", subject: ["tổ hợp tác"], stated: { unitText: "tổ hợp tác" } },
        ],
      },
      {
        text: "Năm 2024, có 48 công ty cổ phần đăng ký niêm yết, 210 cơ sở sản xuất được cấp mã số vùng trồng.",
        expect: [
          { value: "48", unit: "count", subject: ["công ty"], stated: { unitText: "công ty" } },
          { value: "210", unit: "count", subject: ["cơ sở"], stated: { unitText: "cơ sở" } },
        ],
      },
      {
        text: "Năm 2024, Sở đã công bố 293 cơ sở dữ liệu mở và kết nối 64 đơn vị hành chính.",
        expect: [
          { value: "293", unit: "count", subject: ["cơ sở dữ liệu"], stated: { unitText: "cơ sở dữ liệu" } },
          { value: "64", unit: "count", subject: ["đơn vị"], stated: { unitText: "đơn vị" } },
        ],
      },
      {
        text: "Năm 2024, toàn tỉnh tạo thêm 31.500 việc làm mới, thu hút 4.200 công nhân vào các khu công nghiệp.",
        expect: [
          { value: "31500", unit: "count", subject: ["việc làm"], stated: { unitText: "việc làm" } },
          { value: "4200", unit: "count", subject: ["công nhân"], stated: { unitText: "công nhân" } },
        ],
      },
      {
        text: "Đến cuối năm 2024, tỉnh có 14 bệnh viện, 612 trường học và 86 khách sạn từ 3 sao trở lên.",
        expect: [
          { value: "14", unit: "count", subject: ["bệnh viện"], stated: { unitText: "bệnh viện" } },
          { value: "612", unit: "count", subject: ["trường học"], stated: { unitText: "trường học" } },
          { value: "86", unit: "count", subject: ["khách sạn"], stated: { unitText: "khách sạn" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh có 3 cửa khẩu quốc tế, nhân rộng 45 mô hình sản xuất an toàn và xuất bản 120 đầu sách địa chí.",
        expect: [
          { value: "3", unit: "count", subject: ["cửa khẩu"], stated: { unitText: "cửa khẩu" } },
          { value: "45", unit: "count", subject: ["mô hình"], stated: { unitText: "mô hình" } },
          { value: "120", unit: "count", subject: ["đầu sách"], stated: { unitText: "đầu sách" } },
        ],
      },
      {
        text: "Năm 2024, cổng dữ liệu của thành phố mở thêm 15 tập dữ liệu về giao thông.",
        expect: [{ value: "15", unit: "count", subject: ["tập dữ liệu"], stated: { unitText: "tập dữ liệu" } }],
      },
      {
        text: "Kỳ thi năm 2024 được tổ chức tại 41 điểm thi; tỉnh đón khách ở 120 điểm du lịch và 35 điểm đến cộng đồng.",
        expect: [
          { value: "41", unit: "count", subject: ["điểm thi"], stated: { unitText: "điểm thi" } },
          { value: "120", unit: "count", subject: ["điểm du lịch"], stated: { unitText: "điểm du lịch" } },
          { value: "35", unit: "count", subject: ["điểm đến"], stated: { unitText: "điểm đến" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh chia sẻ 37 bộ dữ liệu dùng chung cho các sở, ngành.",
        expect: [{ value: "37", unit: "count", subject: ["bộ dữ liệu"], stated: { unitText: "bộ dữ liệu" } }],
      },
      {
        text: "Năm 2024, Sở Thông tin và Truyền thông công khai 58 tập dữ liệu mở.",
        expect: [{ value: "58", unit: "count", subject: ["tập dữ liệu"], stated: { unitText: "tập dữ liệu" } }],
      },
      {
        text: "Đến cuối năm 2024, toàn tỉnh có 12 chợ, 5 siêu thị và 40 cửa hàng tiện lợi.",
        expect: [
          { value: "12", unit: "count", subject: ["chợ"], stated: { unitText: "chợ" } },
          { value: "5", unit: "count", subject: ["siêu thị"], stated: { unitText: "siêu thị" } },
          { value: "40", unit: "count", subject: ["cửa hàng"], stated: { unitText: "cửa hàng" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh có 3 khu công nghiệp và 14 cụm công nghiệp đã đi vào hoạt động.",
        expect: [
          { value: "3", unit: "count", subject: ["khu công nghiệp"], stated: { unitText: "khu công nghiệp" } },
          { value: "14", unit: "count", subject: ["cụm công nghiệp"], stated: { unitText: "cụm công nghiệp" } },
        ],
      },
      {
        text: "Đến năm 2024, toàn tỉnh có 1.250 trang trại chăn nuôi và 36 làng nghề truyền thống.",
        expect: [
          { value: "1250", unit: "count", subject: ["trang trại"], stated: { unitText: "trang trại" } },
          { value: "36", unit: "count", subject: ["làng nghề"], stated: { unitText: "làng nghề" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts people, households and visitors",
    examples: [
      {
        text: "Năm học 2024-2025, huyện có 41.870 em học sinh phổ thông và 9.650 trẻ mầm non; 2.140 trẻ em khuyết tật được hỗ trợ học tập.",
        expect: [
          { value: "41870", unit: "count", stated: { unitText: "em" } },
          { value: "9650", unit: "count", stated: { unitText: "trẻ" } },
          { value: "2140", unit: "count", stated: { unitText: "trẻ em" } },
        ],
      },
      {
        text: "Năm 2024, toàn tỉnh có 1.500 người tham gia các lớp đào tạo nghề ngắn hạn.",
        expect: [{ value: "1500", unit: "count", subject: ["người"], stated: { unitText: "người" } }],
      },
      {
        text: "Năm 2024, dự án đã hỗ trợ sinh kế cho 2.300 người dân vùng ven biển.",
        expect: [{ value: "2300", unit: "count", subject: ["người dân"], stated: { unitText: "người dân" } }],
      },
      {
        text: "Năm 2024, tỉnh đã giải quyết việc làm cho 32.000 lao động.",
        expect: [{ value: "32000", unit: "count", subject: ["lao động"], stated: { unitText: "lao động" } }],
      },
      {
        text: "Năm 2024, toàn huyện còn 150 hộ nghèo và 230 hộ cận nghèo.",
        expect: [
          { value: "150", unit: "count", subject: ["hộ nghèo"], stated: { unitText: "hộ" } },
          { value: "230", unit: "count", subject: ["hộ cận nghèo"], stated: { unitText: "hộ" } },
        ],
      },
      {
        text: "Năm 2024, chương trình đã hỗ trợ nhà ở cho 420 hộ gia đình chính sách.",
        expect: [{ value: "420", unit: "count", subject: ["hộ gia đình"], stated: { unitText: "hộ gia đình" } }],
      },
      {
        text: "Năm 2024, dự án thủy lợi đã cấp nước tưới cho 5.600 hộ dân.",
        expect: [{ value: "5600", unit: "count", subject: ["hộ dân"], stated: { unitText: "hộ dân" } }],
      },
      {
        text: "Năm 2024, công an huyện đã đăng ký thường trú cho 860 nhân khẩu.",
        expect: [{ value: "860", unit: "count", subject: ["nhân khẩu"], stated: { unitText: "nhân khẩu" } }],
      },
      {
        text: "Trong dịp Tết Nguyên đán năm 2024, thành phố đón 185.000 khách nội địa.",
        expect: [{ value: "185000", unit: "count", subject: ["khách"], stated: { unitText: "khách" } }],
      },
      {
        text: "Trong năm 2024, khu di tích đón 320.000 du khách.",
        expect: [{ value: "320000", unit: "count", subject: ["du khách"], stated: { unitText: "du khách" } }],
      },
      {
        text: "Năm 2024, bến xe trung tâm phục vụ 96.000 lượt xe ra vào.",
        expect: [{ value: "96000", unit: "count", subject: ["lượt"], stated: { unitText: "lượt" } }],
      },
      {
        text: "Nửa đầu năm 2024, ngành du lịch đón 1,2 triệu lượt khách.",
        expect: [{ value: "1200000", unit: "count", subject: ["lượt khách"], period: "2024-S1", stated: { unitText: "lượt khách", scale: "triệu" } }],
      },
      {
        text: "Năm 2024, các cơ sở y tế đã khám bệnh cho 780.000 lượt người.",
        expect: [{ value: "780000", unit: "count", subject: ["lượt người"], stated: { unitText: "lượt người" } }],
      },
      {
        text: "Trong năm 2024, Cổng dịch vụ công của tỉnh có 2,5 triệu lượt truy cập.",
        expect: [{ value: "2500000", unit: "count", subject: ["lượt truy cập"], stated: { unitText: "lượt truy cập" } }],
      },
      {
        text: "Năm 2024, hội đã kết nạp 640 hội viên mới và 85 đảng viên.",
        expect: [
          { value: "640", unit: "count", subject: ["hội viên"], stated: { unitText: "hội viên" } },
          { value: "85", unit: "count", subject: ["đảng viên"], stated: { unitText: "đảng viên" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh tinh giản 210 công chức, 1.340 viên chức và bồi dưỡng 2.600 cán bộ cơ sở.",
        expect: [
          { value: "210", unit: "count", subject: ["công chức"], stated: { unitText: "công chức" } },
          { value: "1340", unit: "count", subject: ["viên chức"], stated: { unitText: "viên chức" } },
          { value: "2600", unit: "count", subject: ["cán bộ"], stated: { unitText: "cán bộ" } },
        ],
      },
      {
        text: "Năm 2024, có 76 tổ chức và 112 cá nhân được khen thưởng.",
        expect: [
          { value: "76", unit: "count", subject: ["tổ chức"], stated: { unitText: "tổ chức" } },
          { value: "112", unit: "count", subject: ["cá nhân"], stated: { unitText: "cá nhân" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts dossiers, procedures, projects, documents and containers",
    examples: [
      {
        // Official texts write a small count with two digits.
        text: "Năm 2024, tỉnh có 9 đô thị, gồm 01 đô thị loại II, 03 đô thị loại IV và 05 đô thị loại V; đường dây nóng 0211 3862 555.",
        expect: [
          { value: "9", unit: "count", stated: { unitText: "đô thị" } },
          { value: "1", unit: "count", stated: { unitText: "đô thị" } },
          { value: "3", unit: "count", stated: { unitText: "đô thị" } },
          { value: "5", unit: "count", stated: { unitText: "đô thị" } },
        ],
      },
      {
        // Containers are counted in twenty-foot equivalent units.
        text: "Năm 2024, sản lượng hàng container qua cảng đạt 1,2 triệu TEU.",
        expect: [{ value: "1200000", unit: "count", subject: ["container"], stated: { unitText: "TEU" } }],
      },
      {
        text: "Năm 2024, Sở Tư pháp đã tiếp nhận 3.200 hồ sơ và chuẩn hóa 415 thủ tục hành chính.",
        expect: [
          { value: "3200", unit: "count", subject: ["hồ sơ"], stated: { unitText: "hồ sơ" } },
          { value: "415", unit: "count", subject: ["thủ tục"], stated: { unitText: "thủ tục" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh cung cấp 1.850 dịch vụ công trực tuyến toàn trình.",
        expect: [{ value: "1850", unit: "count", subject: ["dịch vụ công"], stated: { unitText: "dịch vụ công" } }],
      },
      {
        text: "Quý III/2024, tỉnh thu hút 12 dự án đầu tư nước ngoài.",
        expect: [{ value: "12", unit: "count", subject: ["dự án"], period: "2024-Q3", stated: { unitText: "dự án" } }],
      },
      {
        text: "Năm 2024, Sở đã ban hành 1.120 văn bản chỉ đạo và đăng tải 2.450 bài viết, 830 tin bài trên trang thông tin điện tử.",
        expect: [
          { value: "1120", unit: "count", subject: ["văn bản"], stated: { unitText: "văn bản" } },
          { value: "2450", unit: "count", subject: ["bài viết"], stated: { unitText: "bài viết" } },
          { value: "830", unit: "count", subject: ["tin bài"], stated: { unitText: "tin bài" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh cấp 540 giấy phép xây dựng và 1.760 giấy chứng nhận quyền sử dụng đất.",
        expect: [
          { value: "540", unit: "count", subject: ["giấy phép"], stated: { unitText: "giấy phép" } },
          { value: "1760", unit: "count", subject: ["giấy chứng nhận"], stated: { unitText: "giấy chứng nhận" } },
        ],
      },
      {
        text: "Năm 2024, các viện, trường trên địa bàn được cấp 14 bằng sáng chế và đăng ký 95 nhãn hiệu.",
        expect: [
          { value: "14", unit: "count", subject: ["bằng sáng chế"], stated: { unitText: "bằng sáng chế" } },
          { value: "95", unit: "count", subject: ["nhãn hiệu"], stated: { unitText: "nhãn hiệu" } },
        ],
      },
      {
        text: "Năm 2024, hội đồng công nhận 230 sáng kiến và nghiệm thu 18 đề tài khoa học cấp tỉnh.",
        expect: [
          { value: "230", unit: "count", subject: ["sáng kiến"], stated: { unitText: "sáng kiến" } },
          { value: "18", unit: "count", subject: ["đề tài"], stated: { unitText: "đề tài" } },
        ],
      },
      {
        text: "Năm 2024, ban quản lý đã tổ chức đấu thầu 64 gói thầu, khởi công 27 công trình và ký 152 hợp đồng.",
        expect: [
          { value: "64", unit: "count", subject: ["gói thầu"], stated: { unitText: "gói thầu" } },
          { value: "27", unit: "count", subject: ["công trình"], stated: { unitText: "công trình" } },
          { value: "152", unit: "count", subject: ["hợp đồng"], stated: { unitText: "hợp đồng" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh triển khai 8 chương trình xúc tiến thương mại tại 15 thị trường trọng điểm.",
        expect: [
          { value: "8", unit: "count", subject: ["chương trình"], stated: { unitText: "chương trình" } },
          { value: "15", unit: "count", subject: ["thị trường"], stated: { unitText: "thị trường" } },
        ],
      },
      {
        text: "Năm 2024, Cục Hải quan đã rà soát 42 khoản thu và thanh tra 120 cuộc trên 9 lĩnh vực.",
        expect: [
          { value: "42", unit: "count", subject: ["khoản thu"], stated: { unitText: "khoản thu" } },
          { value: "120", unit: "count", subject: ["cuộc"], stated: { unitText: "cuộc" } },
          { value: "9", unit: "count", subject: ["lĩnh vực"], stated: { unitText: "lĩnh vực" } },
        ],
      },
      {
        text: "Năm 2024, lực lượng quản lý thị trường phát hiện 45 vụ vi phạm, xử lý 38 vụ việc.",
        expect: [
          { value: "45", unit: "count", subject: ["vụ"], stated: { unitText: "vụ" } },
          { value: "38", unit: "count", subject: ["vụ việc"], stated: { unitText: "vụ việc" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts administrative units and places",
    examples: [
      {
        text: "Đến hết năm 2024, tỉnh có 95 xã, 12 phường và 8 thị trấn đạt chuẩn tiếp cận pháp luật.",
        expect: [
          { value: "95", unit: "count", subject: ["xã"], stated: { unitText: "xã" } },
          { value: "12", unit: "count", subject: ["phường"], stated: { unitText: "phường" } },
          { value: "8", unit: "count", subject: ["thị trấn"], stated: { unitText: "thị trấn" } },
        ],
      },
      {
        text: "Năm 2024, có 4 huyện và 2 quận hoàn thành chuyển đổi số cấp cơ sở.",
        expect: [
          { value: "4", unit: "count", subject: ["huyện"], stated: { unitText: "huyện" } },
          { value: "2", unit: "count", subject: ["quận"], stated: { unitText: "quận" } },
        ],
      },
      {
        text: "Năm 2024, có 18 tỉnh và 3 thành phố tham gia liên kết vùng du lịch.",
        expect: [
          { value: "18", unit: "count", subject: ["tỉnh"], stated: { unitText: "tỉnh" } },
          { value: "3", unit: "count", subject: ["thành phố"], stated: { unitText: "thành phố" } },
        ],
      },
      {
        text: "Năm 2024, chương trình được triển khai tại 26 địa phương, 140 thôn và 35 bản vùng cao.",
        expect: [
          { value: "26", unit: "count", subject: ["địa phương"], stated: { unitText: "địa phương" } },
          { value: "140", unit: "count", subject: ["thôn"], stated: { unitText: "thôn" } },
          { value: "35", unit: "count", subject: ["bản"], stated: { unitText: "bản" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh có 215 di tích được xếp hạng.",
        expect: [{ value: "215", unit: "count", subject: ["di tích"], stated: { unitText: "di tích" } }],
      },
    ],
  },
  {
    behaviour: "counts telecommunication subscribers, stations, accounts and signatures",
    examples: [
      {
        text: "Năm 2024, số thuê bao di động trên địa bàn đạt 1,1 triệu thuê bao.",
        expect: [{ value: "1100000", unit: "count", subject: ["thuê bao"], stated: { unitText: "thuê bao", scale: "triệu" } }],
      },
      {
        text: "Năm 2024, các nhà mạng lắp đặt mới 120 trạm BTS và 35 trạm phát sóng 5G.",
        mustNotExtract: ["5G"],
        expect: [
          { value: "120", unit: "count", subject: ["trạm BTS"], stated: { unitText: "trạm BTS" } },
          { value: "35", unit: "count", subject: ["trạm"], stated: { unitText: "trạm" } },
        ],
      },
      {
        text: "Năm 2024, mạng lưới bưu chính có 186 điểm phục vụ, 52 điểm bưu chính văn hóa xã và 40 điểm truy cập Internet công cộng.",
        expect: [
          { value: "186", unit: "count", subject: ["điểm phục vụ"], stated: { unitText: "điểm phục vụ" } },
          { value: "52", unit: "count", subject: ["điểm bưu chính"], stated: { unitText: "điểm bưu chính" } },
          { value: "40", unit: "count", subject: ["điểm truy cập"], stated: { unitText: "điểm truy cập" } },
        ],
      },
      {
        text: "Năm 2024, các doanh nghiệp đã cấp 85.000 chữ ký số và mở mới 12.000 tài khoản thanh toán.",
        expect: [
          { value: "85000", unit: "count", subject: ["chữ ký số"], stated: { unitText: "chữ ký số" } },
          { value: "12000", unit: "count", subject: ["tài khoản"], stated: { unitText: "tài khoản" } },
        ],
      },
      {
        text: "Năm 2024, kiến nghị của cử tri đã thu được 1.200 chữ ký ủng hộ.",
        expect: [{ value: "1200", unit: "count", subject: ["chữ ký"], stated: { unitText: "chữ ký" } }],
      },
      {
        text: "Năm 2024, tỉnh vận hành 14 website, 6 trang thông tin điện tử, 9 ứng dụng di động và 3 nền tảng số dùng chung.",
        expect: [
          { value: "14", unit: "count", subject: ["website"], stated: { unitText: "website" } },
          { value: "6", unit: "count", subject: ["trang thông tin"], stated: { unitText: "trang thông tin" } },
          { value: "9", unit: "count", subject: ["ứng dụng"], stated: { unitText: "ứng dụng" } },
          { value: "3", unit: "count", subject: ["nền tảng"], stated: { unitText: "nền tảng" } },
        ],
      },
      {
        text: "Năm 2024, thành phố lắp đặt 2.400 camera giám sát và 18 hệ thống cảnh báo lũ.",
        expect: [
          { value: "2400", unit: "count", subject: ["camera"], stated: { unitText: "camera" } },
          { value: "18", unit: "count", subject: ["hệ thống"], stated: { unitText: "hệ thống" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts pupils, students, schools, patients and cases",
    examples: [
      // Sessions of a campaign count ("buổi" alone is a part of a plan's structure, no count).
      {
        text: "Năm 2026, Công an tỉnh tổ chức 275 buổi tuyên truyền và 64 buổi tập huấn về phòng cháy cho người dân.",
        expect: [
          { value: "275", unit: "count", stated: { unitText: "buổi tuyên truyền" } },
          { value: "64", unit: "count", stated: { unitText: "buổi tập huấn" } },
        ],
      },
      {
        text: "Kỳ thi tốt nghiệp trung học phổ thông năm 2024 của tỉnh có 12.500 thí sinh đăng ký dự thi.",
        expect: [{ value: "12500", unit: "count", subject: ["thí sinh"], stated: { unitText: "thí sinh" } }],
      },
      {
        text: "Năm học 2024, toàn tỉnh có 350 trường, 8.400 lớp với 245.000 học sinh và 14.200 giáo viên.",
        expect: [
          { value: "350", unit: "count", subject: ["trường"], stated: { unitText: "trường" } },
          { value: "8400", unit: "count", subject: ["lớp"], stated: { unitText: "lớp" } },
          { value: "245000", unit: "count", subject: ["học sinh"], stated: { unitText: "học sinh" } },
          { value: "14200", unit: "count", subject: ["giáo viên"], stated: { unitText: "giáo viên" } },
        ],
      },
      {
        text: "Năm 2024, có 22.159/22.248 HS tốt nghiệp trung học cơ sở.",
        expect: [{ value: "22159", unit: "count", subject: ["HS"], stated: { unitText: "HS" } }],
      },
      {
        text: "Năm 2024, các trường đại học trên địa bàn tuyển mới 9.800 sinh viên.",
        expect: [{ value: "9800", unit: "count", subject: ["sinh viên"], stated: { unitText: "sinh viên" } }],
      },
      {
        text: "Năm 2024, ngành y tế có 1.820 giường bệnh và 640 bác sĩ.",
        expect: [
          { value: "1820", unit: "count", subject: ["giường bệnh"], stated: { unitText: "giường bệnh" } },
          { value: "640", unit: "count", subject: ["bác sĩ"], stated: { unitText: "bác sĩ" } },
        ],
      },
      {
        text: "Năm 2024, bệnh viện tuyến huyện tiếp nhận thêm 25 bác sỹ và điều trị nội trú cho 14.300 bệnh nhân.",
        expect: [
          { value: "25", unit: "count", subject: ["bác sỹ"], stated: { unitText: "bác sỹ" } },
          { value: "14300", unit: "count", subject: ["bệnh nhân"], stated: { unitText: "bệnh nhân" } },
        ],
      },
      {
        text: "Trong tháng 6/2024, toàn tỉnh ghi nhận 45 ca mắc sốt xuất huyết và 3 trường hợp tử vong do tai nạn giao thông.",
        expect: [
          { value: "45", unit: "count", subject: ["ca"], period: "2024-06", stated: { unitText: "ca" } },
          { value: "3", unit: "count", subject: ["trường hợp"], period: "2024-06", stated: { unitText: "trường hợp" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts livestock, trees, products and goods",
    examples: [
      {
        text: "Năm 2024, tổng đàn lợn của tỉnh đạt 650.000 con.",
        expect: [{ value: "650000", unit: "count", subject: ["đàn lợn"], stated: { unitText: "con" } }],
      },
      {
        text: "Năm 2024, các địa phương đã trồng được 1,5 triệu cây xanh.",
        expect: [{ value: "1500000", unit: "count", subject: ["cây"], stated: { unitText: "cây", scale: "triệu" } }],
      },
      {
        text: "Năm 2024, tỉnh có 186 sản phẩm OCOP đạt từ 3 sao trở lên.",
        others: true,
        expect: [{ value: "186", unit: "count", subject: ["sản phẩm"], stated: { unitText: "sản phẩm" } }],
      },
      {
        text: "Năm 2024, tỉnh có 7 nhóm hàng xuất khẩu chủ lực và 24 mặt hàng nông sản được cấp mã vạch.",
        expect: [
          { value: "7", unit: "count", subject: ["nhóm hàng"], stated: { unitText: "nhóm hàng" } },
          { value: "24", unit: "count", subject: ["mặt hàng"], stated: { unitText: "mặt hàng" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts homes, vehicles, trips, machines and tickets",
    examples: [
      {
        text: "Năm 2024, dự án nhà ở xã hội đã bàn giao 1.200 căn hộ và 340 căn nhà liền kề.",
        expect: [
          { value: "1200", unit: "count", subject: ["căn hộ"], stated: { unitText: "căn hộ" } },
          { value: "340", unit: "count", subject: ["căn nhà"], stated: { unitText: "căn nhà" } },
        ],
      },
      {
        text: "Năm 2024, Mặt trận tỉnh xây mới 860 ngôi nhà đại đoàn kết và sửa chữa 120 nhà văn hóa thôn.",
        expect: [
          { value: "860", unit: "count", subject: ["ngôi nhà"], stated: { unitText: "ngôi nhà" } },
          { value: "120", unit: "count", subject: ["nhà"], stated: { unitText: "nhà" } },
        ],
      },
      {
        text: "Năm 2024, cơ quan đăng kiểm kiểm định 46.000 xe cơ giới, trong đó có 18.500 ô tô con.",
        expect: [
          { value: "46000", unit: "count", subject: ["xe"], stated: { unitText: "xe" } },
          { value: "18500", unit: "count", subject: ["ô tô"], stated: { unitText: "ô tô" } },
        ],
      },
      {
        text: "Năm 2024, lực lượng cảnh sát giao thông đã kiểm tra 25.000 phương tiện.",
        expect: [{ value: "25000", unit: "count", subject: ["phương tiện"], stated: { unitText: "phương tiện" } }],
      },
      {
        text: "Năm 2024, cảng hàng không khai thác 9.600 chuyến bay, các bến thủy phục vụ 4.200 chuyến tàu khách.",
        expect: [
          { value: "9600", unit: "count", subject: ["chuyến bay"], stated: { unitText: "chuyến bay" } },
          { value: "4200", unit: "count", subject: ["chuyến"], stated: { unitText: "chuyến" } },
        ],
      },
      {
        text: "Năm 2024, ngư dân trong tỉnh đóng mới 85 tàu cá vỏ thép.",
        expect: [{ value: "85", unit: "count", subject: ["tàu"], stated: { unitText: "tàu" } }],
      },
      {
        text: "Năm 2024, các trường được trang bị 300 máy tính và 1.500 thiết bị dạy học hiện đại.",
        expect: [
          { value: "300", unit: "count", subject: ["máy"], stated: { unitText: "máy" } },
          { value: "1500", unit: "count", subject: ["thiết bị"], stated: { unitText: "thiết bị" } },
        ],
      },
      {
        text: "Trong dịp lễ năm 2024, khu du lịch bán được 45.000 vé tham quan và trao 3.500 suất quà cho hộ khó khăn.",
        expect: [
          { value: "45000", unit: "count", subject: ["vé"], stated: { unitText: "vé" } },
          { value: "3500", unit: "count", subject: ["suất"], stated: { unitText: "suất" } },
        ],
      },
    ],
  },
  {
    behaviour: "counts people in a figure of thousands or millions whose subject is a population",
    examples: [
      {text: "Năm 2026, dân số trung bình của huyện ước đạt 215 nghìn, tăng 1,1% so với năm trước.", expect: [{value: "215000", unit: "count", subject: ["dân số trung bình"], period: "2026", status: "estimated", comparisons: [{against: "previous", period: "2025", change: {kind: "percent", value: "1.1", direction: "increase"}}]}]},
    ],
  },
  {
    behaviour: "gives a figure after a name, whose verb and noun go without saying, those of the figure before it",
    examples: [
      {text: "Năm 2026, Sơn La ghi nhận 31 vụ sạt lở, Điện Biên 12 và Lai Châu 8.", expect: [{value: "31", unit: "count", subject: ["vụ sạt lở", "Sơn La"]}, {value: "12", unit: "count", subject: ["Điện Biên"]}, {value: "8", unit: "count", subject: ["Lai Châu"]}]},
      // A name with brackets after it.
      {text: "Năm 2026, thị trường Hàn Quốc đón 9.400 lao động, Đài Loan (Trung Quốc) 7.150 và Nhật Bản 6.020.", expect: [{value: "9400", unit: "count"}, {value: "7150", unit: "count", subject: ["Đài Loan (Trung Quốc)"]}, {value: "6020", unit: "count", subject: ["Nhật Bản"]}]},
    ],
  },
  {
    behaviour: "reads a bare number per a number of people as a rate counted among them, and a count 'trên' a whole as a part of it",
    examples: [
      {text: "Năm 2026, tỷ suất sinh thô của huyện là 13,8 trên 1.000 dân.", expect: [{value: "13.8", unit: "count", per: "1.000 dân", subject: ["tỷ suất sinh thô"], period: "2026"}]},
      {text: "Năm 2026, toàn tỉnh có 9 trên 11 huyện hoàn thành kế hoạch.", expect: [{value: "9", unit: "count", subject: ["huyện"], period: "2026"}]},
    ],
  },
];
