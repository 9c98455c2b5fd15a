import type { Corpus, Example } from "./types.js";

/** A list by area: "An Giang 98,2%, Bạc Liêu 97,6%": one record per place, the place in `area`. */
const list = (lead: string, items: Array<[place: string, stated: string, value: string, unit: string]>, tail = "."): Example => ({
  text: `${lead} ${items.map(([place, stated]) => `${place} ${stated}`).join(", ")}${tail}`,
  expect: items.map(([place, , value, unit]) => ({ value, unit, area: place, subject: [place] })),
});

/** The place a figure is about (REF_AREA). */
export const areas: Corpus = [
  {
    behaviour: "puts the place of a leading 'Tại X,' or 'Ở X,' in area",
    examples: [
      {
        text: "Tại Đắc Lắc, tỷ lệ đỗ tốt nghiệp trung học phổ thông năm 2024 là 97,46%.",
        expect: [{ value: "97.46", unit: "%", area: "Đắc Lắc", period: "2024", subject: ["tỷ lệ đỗ"] }],
      },
      {
        text: "Tại Cà Mau, tỷ lệ hộ dân nông thôn dùng nước sạch năm 2024 đạt 91,2%.",
        expect: [{ value: "91.2", unit: "%", area: "Cà Mau", subject: ["nước sạch"] }],
      },
      {
        text: "Ở Hà Nội, giá thuê văn phòng hạng A năm 2024 đạt bình quân 32 USD.",
        expect: [{ value: "32", unit: "USD", area: "Hà Nội", subject: ["giá thuê văn phòng"] }],
      },
      {
        text: "Tại Thành phố Hồ Chí Minh, tổng vốn FDI đăng ký năm 2024 đạt 6,1 tỷ USD.",
        expect: [{ value: "6100000000", unit: "USD", area: "Thành phố Hồ Chí Minh", subject: ["vốn FDI"] }],
      },
      {
        text: "Tại TP. Hồ Chí Minh, doanh thu bán lẻ hàng hóa năm 2024 tăng 9,5% so với năm 2023.",
        expect: [{ value: "9.5", unit: "%", subject: ["bán lẻ", "Hồ Chí Minh"] }],
      },
      {
        text: "Tại TP.Hồ Chí Minh, số doanh nghiệp thành lập mới năm 2024 là 48.500 doanh nghiệp.",
        expect: [{ value: "48500", unit: "count", area: "TP.Hồ Chí Minh", subject: ["doanh nghiệp"] }],
      },
      {
        text: "Ở TP Hồ Chí Minh, năm 2024 có 1.120 trường học các cấp.",
        expect: [{ value: "1120", unit: "count", subject: ["trường", "Hồ Chí Minh"] }],
      },
      {
        text: "Ở TP HCM, tỷ lệ lạm phát bình quân năm 2024 là 3,1%.",
        expect: [{ value: "3.1", unit: "%", subject: ["lạm phát", "HCM"] }],
      },
      {
        text: "Tại TPHCM, chỉ số sản xuất công nghiệp năm 2024 tăng 6,8%.",
        expect: [{ value: "6.8", unit: "%", area: "TPHCM", subject: ["sản xuất công nghiệp"] }],
      },
      {
        text: "Tại TP. HCM, giá thuê mặt bằng bán lẻ năm 2024 tăng 4%.",
        expect: [{ value: "4", unit: "%", subject: ["giá thuê mặt bằng", "HCM"] }],
      },
      {
        text: "Tại Hải Phòng, sản lượng hàng hóa qua cảng năm 2024 đạt 185 triệu tấn.",
        expect: [{ value: "185000000", unit: "t", area: "Hải Phòng", subject: ["hàng hóa qua cảng"] }],
      },
      {
        text: "Tại Bến Tre, diện tích trồng dừa năm 2024 đạt 79.000 ha.",
        expect: [{ value: "79000", unit: "ha", area: "Bến Tre", subject: ["dừa"] }],
      },
      {
        text: "Tại Cao Bằng, tỷ lệ che phủ rừng năm 2024 đạt 56,3%.",
        expect: [{ value: "56.3", unit: "%", area: "Cao Bằng", subject: ["che phủ rừng"] }],
      },
      {
        text: "Tại Đắk Lắk, diện tích cà phê năm 2024 đạt 213.000 ha.",
        expect: [{ value: "213000", unit: "ha", area: "Đắk Lắk", subject: ["cà phê"] }],
      },
    ],
  },
  {
    behaviour: "names a place written in the subject as the area",
    examples: [
      {
        text: "Năm 2024, cả nước có 157.000 doanh nghiệp thành lập mới.",
        expect: [{ value: "157000", unit: "count", area: "cả nước", subject: ["doanh nghiệp"] }],
      },
      {
        text: "Năm 2024, GDP của Việt Nam tăng 7,09% so với năm 2023.",
        expect: [{ value: "7.09", unit: "%", area: "Việt Nam", subject: ["GDP"], comparisons: [{ against: "previous", period: "2023", change: { kind: "percent", value: "7.09", direction: "increase" } }] }],
      },
      {
        text: "Năm 2024, tỷ lệ hộ nghèo ở Bà Rịa-Vũng Tàu chỉ còn 0,4%.",
        expect: [{ value: "0.4", unit: "%", area: "Bà Rịa-Vũng Tàu", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2024, tỷ lệ đô thị hóa của Thừa Thiên Huế đạt 52%, của Huế đạt 58%.",
        expect: [
          { value: "52", unit: "%", area: "Thừa Thiên Huế", subject: ["đô thị hóa"] },
          { value: "58", unit: "%", area: "Huế" },
        ],
      },
      {
        text: "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương đạt 34 tỷ USD, Đồng Nai đạt 25 tỷ USD.",
        expect: [
          { value: "34000000000", unit: "USD", area: "Bình Dương", subject: ["xuất khẩu"] },
          { value: "25000000000", unit: "USD", area: "Đồng Nai" },
        ],
      },
      {
        text: "Năm 2024, tỷ lệ lao động qua đào tạo của tỉnh đạt 70%, so với cả nước là 68%.",
        expect: [
          { value: "70", unit: "%", subject: ["lao động qua đào tạo"] },
          { value: "68", unit: "%", area: "cả nước" },
        ],
      },
    ],
  },
  {
    behaviour: "names a district, town, ward or city by its administrative prefix",
    examples: [
      {
        text: "Năm 2024, tỷ lệ đỗ tốt nghiệp ở tỉnh Hậu Giang đạt 98,1%.",
        expect: [{ value: "98.1", unit: "%", area: "Hậu Giang", subject: ["tốt nghiệp"] }],
      },
      {
        text: "Năm 2024, huyện Vĩnh Tường có 1.240 hộ kinh doanh cá thể.",
        expect: [{ value: "1240", unit: "count", area: "Vĩnh Tường", subject: ["hộ kinh doanh"] }],
      },
      {
        text: "Tại thị xã Sơn Tây, năm 2024 có 640 hộ kinh doanh mới.",
        expect: [{ value: "640", unit: "count", area: "Sơn Tây", subject: ["hộ kinh doanh"] }],
      },
      {
        text: "Năm 2024, phường Bến Nghé thu ngân sách 1.200 tỷ đồng.",
        expect: [{ value: "1200000000000", unit: "VND", area: "Bến Nghé", subject: ["thu ngân sách"] }],
      },
      {
        text: "Năm 2024, thị trấn Phong Điền có 3.400 hộ dân.",
        expect: [{ value: "3400", unit: "count", area: "Phong Điền", subject: ["hộ dân"] }],
      },
      {
        text: "Năm 2024, quận Hải Châu đón 1,2 triệu lượt khách lưu trú.",
        expect: [{ value: "1200000", unit: "count", area: "Hải Châu", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, xã Tân Phú còn 45 hộ nghèo.",
        expect: [{ value: "45", unit: "count", area: "Tân Phú", subject: ["hộ nghèo"] }],
      },
      {
        text: "Năm 2024, thành phố Vũng Tàu đón 12 triệu lượt khách du lịch.",
        expect: [{ value: "12000000", unit: "count", area: "Vũng Tàu", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, TP. Đà Lạt đón 8 triệu lượt khách du lịch.",
        expect: [{ value: "8000000", unit: "count", area: "Đà Lạt", subject: ["lượt khách"] }],
      },
      {
        text: "Năm 2024, TP Cần Thơ thu hút 1,2 tỷ USD vốn đầu tư.",
        expect: [{ value: "1200000000", unit: "USD", area: "Cần Thơ", subject: ["vốn đầu tư"] }],
      },
    ],
  },
  {
    behaviour: "gives each place of a list by area its own record",
    examples: [
      list("Năm 2024, tốc độ tăng doanh thu bán lẻ của một số địa phương: ", [
        ["Hà Nội", "15,2%", "15.2", "%"],
        ["TP.HCM", "12,1%", "12.1", "%"],
        ["Đà Nẵng", "9,8%", "9.8", "%"],
        ["Cần Thơ", "8,7%", "8.7", "%"],
      ]),
      list("Năm 2024, tỷ lệ tốt nghiệp trung học phổ thông của một số tỉnh:", [
        ["An Giang", "98,2%", "98.2", "%"],
        ["Bạc Liêu", "97,6%", "97.6", "%"],
        ["Bắc Giang", "99,1%", "99.1", "%"],
        ["Bắc Kạn", "96,4%", "96.4", "%"],
        ["Bắc Ninh", "99,3%", "99.3", "%"],
      ]),
      list("Năm 2024, kim ngạch xuất khẩu của một số địa phương:", [
        ["Bình Dương", "34,5 tỷ USD", "34500000000", "USD"],
        ["Đồng Nai", "25,1 tỷ USD", "25100000000", "USD"],
        ["Bà Rịa - Vũng Tàu", "8,2 tỷ USD", "8200000000", "USD"],
        ["Long An", "9,4 tỷ USD", "9400000000", "USD"],
        ["Tây Ninh", "6,3 tỷ USD", "6300000000", "USD"],
      ]),
      list("Năm 2024, tỷ lệ che phủ rừng của một số tỉnh miền núi phía Bắc:", [
        ["Điện Biên", "43,1%", "43.1", "%"],
        ["Hà Giang", "57,8%", "57.8", "%"],
        ["Lai Châu", "51,2%", "51.2", "%"],
      ]),
      {
        ...list("Năm 2024, tỷ lệ che phủ rừng của một số tỉnh:", [
          ["Bến Tre", "4,1%", "4.1", "%"],
          ["Cao Bằng", "56,3%", "56.3", "%"],
          ["Điện Biên", "43,1%", "43.1", "%"],
          ["Hà Giang", "57,8%", "57.8", "%"],
          ["Lai Châu", "51,2%", "51.2", "%"],
        ]),
      },

      list("Năm 2024, tăng trưởng GRDP của một số tỉnh duyên hải:", [
        ["Bình Định", "7,1%", "7.1", "%"],
        ["Bình Thuận", "6,4%", "6.4", "%"],
        ["Khánh Hòa", "10,2%", "10.2", "%"],
        ["Ninh Thuận", "9,6%", "9.6", "%"],
        ["Phú Yên", "6,9%", "6.9", "%"],
      ]),
      list("Năm 2024, diện tích cà phê của các tỉnh Tây Nguyên:", [
        ["Đắk Nông", "140.000 ha", "140000", "ha"],
        ["Gia Lai", "105.000 ha", "105000", "ha"],
        ["Kon Tum", "27.000 ha", "27000", "ha"],
        ["Lâm Đồng", "177.000 ha", "177000", "ha"],
        ["Bình Phước", "16.000 ha", "16000", "ha"],
      ]),
      list("Năm 2024, sản lượng lúa của các tỉnh đồng bằng sông Cửu Long:", [
        ["Đồng Tháp", "3,3 triệu tấn", "3300000", "t"],
        ["Kiên Giang", "4,2 triệu tấn", "4200000", "t"],
        ["Hậu Giang", "1,3 triệu tấn", "1300000", "t"],
        ["Sóc Trăng", "2,1 triệu tấn", "2100000", "t"],
        ["Tiền Giang", "1,1 triệu tấn", "1100000", "t"],
      ]),
      list("Năm 2024, số doanh nghiệp thành lập mới của một số tỉnh đồng bằng sông Hồng:", [
        ["Hà Nam", "820 doanh nghiệp", "820", "count"],
        ["Hải Dương", "1.650 doanh nghiệp", "1650", "count"],
        ["Hưng Yên", "1.320 doanh nghiệp", "1320", "count"],
        ["Nam Định", "980 doanh nghiệp", "980", "count"],
        ["Thái Bình", "870 doanh nghiệp", "870", "count"],
      ]),
      list("Năm 2024, thu ngân sách nhà nước của một số tỉnh Bắc Trung Bộ:", [
        ["Hà Tĩnh", "16.500 tỷ đồng", "16500000000000", "VND"],
        ["Nghệ An", "22.400 tỷ đồng", "22400000000000", "VND"],
        ["Quảng Bình", "7.300 tỷ đồng", "7300000000000", "VND"],
        ["Quảng Trị", "4.100 tỷ đồng", "4100000000000", "VND"],
        ["Thanh Hóa", "58.600 tỷ đồng", "58600000000000", "VND"],
      ]),
      list("Năm 2024, lượng khách du lịch đến một số tỉnh miền núi:", [
        ["Hòa Bình", "3,6 triệu lượt khách", "3600000", "count"],
        ["Lạng Sơn", "4,1 triệu lượt khách", "4100000", "count"],
        ["Lào Cai", "8,2 triệu lượt khách", "8200000", "count"],
        ["Sơn La", "4,3 triệu lượt khách", "4300000", "count"],
        ["Yên Bái", "1,9 triệu lượt khách", "1900000", "count"],
      ]),
      list("Năm 2024, chỉ số sản xuất công nghiệp của một số tỉnh tăng mạnh:", [
        ["Ninh Bình", "12,6%", "12.6", "%"],
        ["Phú Thọ", "9,4%", "9.4", "%"],
        ["Thái Nguyên", "8,1%", "8.1", "%"],
        ["Tuyên Quang", "11,3%", "11.3", "%"],
        ["Vĩnh Phúc", "5,2%", "5.2", "%"],
      ]),
      list("Năm 2024, vốn đầu tư công giải ngân của một số tỉnh miền Trung:", [
        ["Quảng Nam", "5.900 tỷ đồng", "5900000000000", "VND"],
        ["Quảng Ngãi", "4.800 tỷ đồng", "4800000000000", "VND"],
        ["Quảng Ninh", "9.700 tỷ đồng", "9700000000000", "VND"],
        ["Thanh Hoá", "11.200 tỷ đồng", "11200000000000", "VND"],
      ]),
      list("Năm 2024, tỷ lệ hộ nghèo của một số tỉnh Nam Bộ:", [
        ["Trà Vinh", "1,9%", "1.9", "%"],
        ["Vĩnh Long", "0,8%", "0.8", "%"],
        ["Hải Phòng", "0,3%", "0.3", "%"],
        ["Huế", "2,7%", "2.7", "%"],
      ]),
    ],
  },
];
