import type { Corpus } from "./types.js";

/** Figures written out in words: "mười lăm", "hai mươi mốt", "một trăm linh năm", "nửa triệu", "gấp rưỡi". */
export const numberWords: Corpus = [
  {
    behaviour: "reads a written number of tens and units before a counted noun",
    examples: [
      {
        text: "Năm 2024, huyện có thêm mười lăm doanh nghiệp được thành lập.",
        expect: [{ value: "15", unit: "count", subject: ["doanh nghiệp"], stated: { text: "mười lăm doanh nghiệp", number: "15", unitText: "doanh nghiệp" } }],
      },
      {
        text: "Năm 2024, toàn tỉnh có hai mươi mốt xã đạt chuẩn nông thôn mới nâng cao.",
        expect: [{ value: "21", unit: "count", subject: ["xã"], stated: { text: "hai mươi mốt xã", unitText: "xã" } }],
      },
      {
        text: "Năm 2024, toàn tỉnh có ba mươi tư xã được công nhận đạt chuẩn an toàn thực phẩm.",
        expect: [{ value: "34", unit: "count", subject: ["xã"], stated: { text: "ba mươi tư xã" } }],
      },
      // Before a noun no lexicon lists, and in a list of digits.
      {
        text: "Năm học 2025-2026, huyện còn mười sáu phòng học tạm; học sinh đạt 7 giải Nhất, hai mươi hai giải Nhì.",
        expect: [
          { value: "16", unit: "count", subject: ["phòng học tạm"] },
          { value: "7", unit: "count", subject: ["giải Nhất"] },
          { value: "22", unit: "count", subject: ["giải Nhì"] },
        ],
      },
      // Half of something is no count of it.
      {
        text: "Năm 2026, giá thuê nhà ở xã hội chỉ bằng khoảng một nửa giá thuê nhà thương mại.",
        expect: [],
      },
      {
        text: "Năm 2024, thành phố có sáu mươi nhăm hộ được hỗ trợ sửa chữa nhà ở.",
        expect: [{ value: "65", unit: "count", subject: ["hộ"], stated: { text: "sáu mươi nhăm hộ" } }],
      },
      {
        text: "Năm 2024, huyện có mười hai trường và mười bẩy thôn được kết nối Internet tốc độ cao.",
        expect: [
          { value: "12", unit: "count", subject: ["trường"], stated: { text: "mười hai trường" } },
          { value: "17", unit: "count", subject: ["thôn"], stated: { text: "mười bẩy thôn" } },
        ],
      },
      {
        text: "Năm 2024, tỉnh có thêm sáu mươi tám hợp tác xã và chín mươi mốt tổ hợp tác.",
        expect: [
          { value: "68", unit: "count", subject: ["hợp tác xã"] },
          { value: "91", unit: "count", subject: ["tổ hợp tác"] },
        ],
      },
      {
        text: "Năm 2024, xã trồng mới tám mươi bảy ha rừng phòng hộ ven biển.",
        expect: [{ value: "87", unit: "ha", subject: ["rừng phòng hộ"], stated: { text: "tám mươi bảy ha" } }],
      },
      {
        text: "Năm 2024, toàn tỉnh có bốn mươi tư xã đạt chuẩn nông thôn mới.",
        expect: [{ value: "44", unit: "count", subject: ["xã"] }],
      },
    ],
  },
  {
    behaviour: "reads hundreds with 'linh' or 'lẻ' before the units",
    examples: [
      {
        text: "Năm 2024, tỉnh có một trăm linh năm hợp tác xã nông nghiệp hoạt động hiệu quả.",
        expect: [{ value: "105", unit: "count", subject: ["hợp tác xã"], stated: { text: "một trăm linh năm hợp tác xã" } }],
      },
      {
        text: "Trong tháng 5/2024, bộ phận một cửa của huyện tiếp nhận một trăm lẻ tám hồ sơ.",
        expect: [{ value: "108", unit: "count", subject: ["hồ sơ"], period: "2024-05", stated: { text: "một trăm lẻ tám hồ sơ" } }],
      },
    ],
  },
  {
    behaviour: "multiplies a written number by the scale after it",
    examples: [
      {
        text: "Năm 2024, vốn đăng ký của các doanh nghiệp mới đạt ba trăm tỷ đồng.",
        expect: [{ value: "300000000000", unit: "VND", subject: ["vốn đăng ký"], stated: { text: "ba trăm tỷ đồng", scale: "tỷ" } }],
      },
      {
        text: "Năm 2024, huyện có hai mươi hai nghìn hộ dân được dùng nước sạch.",
        expect: [{ value: "22000", unit: "count", subject: ["hộ dân"], stated: { scale: "nghìn", unitText: "hộ dân" } }],
      },
      {
        text: "Năm 2024, tỉnh có bốn nghìn hai trăm hộ nghèo được vay vốn ưu đãi.",
        expect: [{ value: "4200", unit: "count", subject: ["hộ nghèo"] }],
      },
      {
        text: "Trong quý I/2024, cửa khẩu đón một triệu hai trăm nghìn lượt khách xuất nhập cảnh.",
        expect: [{ value: "1200000", unit: "count", subject: ["lượt khách"], stated: { text: "một triệu hai trăm nghìn lượt khách", number: "1200000", scale: null } }],
      },
      {
        text: "Năm 2024, ngân sách huyện chi bốn nghìn hai trăm tỷ đồng cho đầu tư công.",
        expect: [{ value: "4200000000000", unit: "VND", stated: { text: "bốn nghìn hai trăm tỷ đồng", number: "4200", scale: "tỷ" } }],
      },
      {
        text: "Đến cuối năm 2024, toàn tỉnh có hai mươi ba nghìn một trăm linh năm doanh nghiệp đang hoạt động.",
        expect: [{ value: "23105", unit: "count", subject: ["doanh nghiệp"] }],
      },
    ],
  },
  {
    behaviour: "does not guess a spoken short form after a scale",
    examples: [
      {
        text: "Năm 2024, giá phòng bình quân là ba nghìn hai một đêm, theo lời chủ khách sạn.",
        expect: [],
      },
    ],
  },
  {
    behaviour: "reads a single number word before a percent",
    examples: [
      {
        text: "Năm 2024, tỷ lệ hộ nghèo ở các huyện vùng cao còn năm phần trăm.",
        expect: [{ value: "5", unit: "%", subject: ["hộ nghèo"], stated: { text: "năm phần trăm", unitText: "phần trăm" } }],
      },
      {
        text: "Năm 2024, tỷ lệ trẻ em đi học đúng độ tuổi tăng hai phần trăm so với năm 2023.",
        expect: [{ value: "2", unit: "%", subject: ["đi học đúng độ tuổi"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "2", direction: "increase" } }] }],
      },
    ],
  },
  {
    behaviour: "counts the noun after a single number word right after a verb that states how many there are",
    examples: [
      { text: "Tháng 10/2026, trên địa bàn huyện xảy ra hai vụ cháy rừng.", expect: [{ value: "2", unit: "count", period: "2026-10", subject: ["vụ cháy rừng"] }] },
      { text: "Năm 2026, toàn tỉnh vẫn còn sáu xã chưa có trạm y tế đạt chuẩn.", expect: [{ value: "6", unit: "count", subject: ["xã"] }] },
      // …also past "tại" or "ở", where it happened.
      { text: "Tháng 5/2026, dịch cúm gia cầm xảy ra tại bốn thôn của xã.", expect: [{ value: "4", unit: "count", period: "2026-05", subject: ["thôn"] }] },
      { text: "Năm 2026, tỉnh có ba khu công nghiệp mới, ghi nhận bốn dự án và phát hiện bảy ổ dịch.", expect: [{ value: "3", unit: "count" }, { value: "4", unit: "count" }, { value: "7", unit: "count" }] },
      { text: "Tháng 9/2026, lực lượng chức năng bắt giữ tám đối tượng, khởi tố chín vụ án; xã có mười hộ nghèo, còn bẩy thôn chưa có đường nhựa.", expect: [{ value: "8", unit: "count" }, { value: "9", unit: "count" }, { value: "10", unit: "count" }, { value: "7", unit: "count" }] },
      // Not without such a verb: a number that describes ("ngoài hai thành phố lớn nhất"), an order, a month.
      { text: "Năm 2026, ngoài hai thành phố lớn nhất, tỉnh là ba địa phương dẫn đầu; lần thứ ba trong tháng Chín.", expect: [], others: true, mustNotExtract: ["hai thành phố", "ba địa phương", "thứ ba", "Chín"] },
    ],
  },
  {
    behaviour: "reads a decimal said aloud with 'phẩy'",
    examples: [
      {
        text: "Đến cuối năm 2024, tỷ lệ hộ nghèo đa chiều của tỉnh còn bốn phẩy sáu phần trăm.",
        expect: [{ value: "4.6", unit: "%", subject: ["hộ nghèo"], stated: { text: "bốn phẩy sáu phần trăm", number: "4.6" } }],
      },
      {
        text: "Năm 2024, lãi suất tiết kiệm phổ biến ở mức năm phẩy hai lăm phần trăm một năm.",
        expect: [{ value: "5.25", unit: "%", subject: ["lãi suất tiết kiệm"], subjectLacks: ["mức"] }],
      },
    ],
  },
  {
    behaviour: "adds half of the scale for 'rưỡi'",
    examples: [
      {
        text: "Năm 2024, các điểm du lịch của huyện đón ba triệu rưỡi lượt khách.",
        expect: [{ value: "3500000", unit: "count", subject: ["lượt khách"], stated: { text: "ba triệu rưỡi lượt khách" } }],
      },
      {
        text: "Năm 2024, tổng vốn đầu tư vào khu kinh tế đạt 2 tỷ rưỡi USD.",
        expect: [{ value: "2500000000", unit: "USD", subject: ["vốn đầu tư"], stated: { text: "2 tỷ rưỡi USD", scale: "tỷ" } }],
      },
    ],
  },
  {
    behaviour: "reads a half: 'nửa' and 'một nửa'",
    examples: [
      {
        text: "Năm 2024, tỉnh đón nửa triệu lượt khách quốc tế.",
        expect: [{ value: "500000", unit: "count", subject: ["lượt khách"], stated: { text: "nửa triệu lượt khách", scale: "triệu" } }],
      },
      {
        text: "Năm 2024, số vụ tai nạn giao thông trên địa bàn giảm một nửa so với năm 2023.",
        expect: [{ value: "-50", unit: "%", subject: ["tai nạn giao thông"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "50", direction: "decrease" } }] }],
      },
      {
        text: "Sau hai năm, lượng rác thải nhựa ở các chợ đã tăng một nửa so với năm 2022.",
        expect: [{ value: "50", unit: "%", subject: ["rác thải nhựa"], stated: { text: "một nửa", number: "0.5" }, comparisons: [{ against: "previous", period: "2022", change: { kind: "percent", value: "50", direction: "increase" } }] }],
      },
      {
        text: "Đến tháng 6/2024, hơn một nửa số xã của huyện đã có nhà văn hóa.",
        expect: [],
      },
    ],
  },
  {
    behaviour: "reads ratios written in words as times",
    examples: [
      {
        text: "Năm 2024, GRDP bình quân đầu người của tỉnh đạt 98,5 triệu đồng, gấp đôi năm 2019.",
        expect: [{ value: "98500000", unit: "VND", subject: ["GRDP bình quân đầu người"], comparisons: [{ against: "previous", period: "2019", change: { kind: "times", value: "2", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu nông sản của tỉnh tăng gấp rưỡi so với năm 2020.",
        expect: [{ value: "1.5", unit: "times", subject: ["xuất khẩu nông sản"], stated: { text: "gấp rưỡi" }, comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "1.5", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, doanh thu du lịch cộng đồng tăng gấp ba so với năm 2020.",
        expect: [{ value: "3", unit: "times", subject: ["du lịch cộng đồng"], comparisons: [{ against: "previous", period: "2020", change: { kind: "times", value: "3", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số lượt khách đến làng nghề tăng gấp bốn so với năm 2015.",
        expect: [{ value: "4", unit: "times", subject: ["lượt khách"], comparisons: [{ against: "previous", period: "2015", change: { kind: "times", value: "4", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, số doanh nghiệp công nghệ số của tỉnh tăng gấp năm so với năm 2015.",
        expect: [{ value: "5", unit: "times", subject: ["doanh nghiệp công nghệ số"], comparisons: [{ against: "previous", period: "2015", change: { kind: "times", value: "5", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, vốn đăng ký của các dự án FDI tăng gấp mười so với năm 2015.",
        expect: [{ value: "10", unit: "times", subject: ["vốn đăng ký"], comparisons: [{ against: "previous", period: "2015", change: { kind: "times", value: "10", direction: "increase" } }] }],
      },
    ],
  },
];
