/** Provinces, cities and the country as English texts name them, with and without their diacritics. */
export const places = [
  "Vietnam", "Viet Nam", "Việt Nam", "Hanoi", "Ha Noi", "Hà Nội", "Ho Chi Minh City", "HCM City", "HCMC",
  "Hai Phong", "Hải Phòng", "Da Nang", "Đà Nẵng", "Can Tho", "Cần Thơ", "Hue", "Thua Thien Hue",
  "Quang Ninh", "Thanh Hoa", "Nghe An", "Ha Tinh", "Khanh Hoa", "Lam Dong", "Binh Thuan", "Binh Duong",
  "Dong Nai", "Ba Ria-Vung Tau", "Bac Ninh", "Bac Giang", "Hai Duong", "Hung Yen", "Vinh Phuc", "Thai Nguyen",
  "Quang Nam", "Quang Ngai", "Long An", "Tay Ninh", "Kien Giang", "An Giang", "Lao Cai", "Ninh Binh",
  "Singapore", "Japan", "China", "the Republic of Korea", "South Korea", "the US", "the United States",
  "Thailand", "Taiwan", "Hong Kong", "the EU",
] as const;

/** Administrative words written after a place name: "Thanh Hoa province", "Hai Phong city". */
export const placeSuffixes = ["province", "city", "district", "town", "commune"] as const;

/** Administrative words written before a place name: "the province of Thanh Hoa", "capital city of Hanoi". */
export const placePrefixes = ["province of", "city of", "capital city of", "district of"] as const;
