import { describe, expect, it } from "vitest";
import { vi } from "../../src/languages/vi/index.js";
import { normalizeText, toInputSpan } from "../../src/text/normalize.js";

describe("normalizeText", () => {
  it.each([
    ["composes decomposed Vietnamese to NFC", "Doanh thu đạt 94,3%".normalize("NFD"), "Doanh thu đạt 94,3%"],
    ["turns the underscores of word-segmented text into spaces", "doanh_nghiệp mới thành_lập", "doanh nghiệp mới thành lập"],
    ["turns a no-break space into a plain space", "94,3\u00A0%", "94,3 %"],
    ["turns a narrow no-break space into a plain space", "94,3\u202F%", "94,3 %"],
    ["turns tabs into spaces", "tăng\t3,9%", "tăng 3,9%"],
    ["folds a run of spaces into one", "đạt   838  tỷ đồng", "đạt 838 tỷ đồng"],
    ["drops zero-width spaces and joiners", "đạt 8\u200B38 tỷ\u200D đồng", "đạt 838 tỷ đồng"],
    ["drops soft hyphens and byte-order marks", "\uFEFFdoanh\u00ADnghiệp", "doanhnghiệp"],
    ["reads CRLF as one line break", "Dòng một.\r\nDòng hai.", "Dòng một.\nDòng hai."],
    ["reads a lone CR as a line break", "Dòng một.\rDòng hai.", "Dòng một.\nDòng hai."],
    ["leaves NFC text alone", "Tại Đắc Lắc, tỷ lệ đỗ đạt 97,46%.", "Tại Đắc Lắc, tỷ lệ đỗ đạt 97,46%."],
  ])("%s", (_name, input, text) => {
    expect(normalizeText(input).text).toBe(text);
  });

  it("returns text that needs no work as it is, with spans at the same offsets", () => {
    const input = "Năm 2024, doanh thu đạt 838 tỷ đồng.";
    const n = normalizeText(input);
    expect(n.text).toBe(input);
    expect(toInputSpan(n, 24, 35)).toEqual({ start: 24, end: 35 });
  });
});

describe("toInputSpan", () => {
  // Maps a range of the normalised text back to the caller's string, so that slicing holds.
  const cases: Array<[string, string, string]> = [
    ["maps a figure after decomposed letters back to the NFD input", "Tỷ lệ đỗ đạt 97,46%.".normalize("NFD"), "97,46%"],
    ["maps a unit written with decomposed letters as a whole cluster", "Sản lượng đạt 1,2 triệu tấn.".normalize("NFD"), "1,2 triệu tấn"],
    ["maps a folded run of spaces to all of its spaces", "đạt 838   tỷ đồng", "838   tỷ đồng"],
    ["maps a no-break space to itself", "tỷ lệ 94,3\u00A0% dân số", "94,3\u00A0%"],
    ["maps across a CRLF", "Năm 2024\r\nđạt 838 tỷ đồng", "838 tỷ đồng"],
    ["maps underscores of segmented words", "có 34 doanh_nghiệp mới", "34 doanh_nghiệp"],
  ];
  it.each(cases)("%s", (_name, input, want) => {
    const n = normalizeText(input);
    const normWant = normalizeText(want).text;
    const at = n.text.indexOf(normWant);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toInputSpan(n, at, at + normWant.length);
    expect(input.slice(span.start, span.end)).toBe(input === input.normalize("NFC") ? want : want.normalize("NFD"));
  });

  it("maps every word of a long text that mixes copied and rewritten stretches back to its own input", () => {
    // Decomposed letters, folded spaces, a CRLF, a dropped zero-width space and an old font's ƣ,
    // again and again: the map switches between copied runs and rewritten units many times.
    const piece = (k: number): string =>
      `Mục ${k}: sản lượng\u00A0đạt ${k},5  triệu tấn,\r\ntăng ${k}% so với năm trước; ${"giá trị".normalize("NFD")} xuất kh\u200Bẩu ${k} tỷ USD, bƣu chính ${k} điểm. `;
    const input = Array.from({ length: 300 }, (_, k) => piece(k + 1)).join("");
    const n = normalizeText(input);
    for (const word of n.text.matchAll(/\S+/gu)) {
      const span = toInputSpan(n, word.index, word.index + word[0].length);
      expect(normalizeText(input.slice(span.start, span.end)).text).toBe(word[0]);
    }
    expect(toInputSpan(n, n.text.length, n.text.length)).toEqual({ start: input.length, end: input.length });
  });

  it("gives an empty span at the start of an empty range", () => {
    const n = normalizeText("Tỷ lệ 94,3%".normalize("NFD"));
    const span = toInputSpan(n, 3, 3);
    expect(span.end).toBe(span.start);
  });
});

describe("repairs text damaged by PDF extraction and old fonts", () => {
  it.each([
    ["ƣ for ư", "dịch vụ bƣu chính", "dịch vụ bưu chính"],
    ["Ƣ for Ư", "ƢỚC TÍNH", "ƯỚC TÍNH"],
    ["ð for đ", "doanh thu ðạt 5 tỷ", "doanh thu đạt 5 tỷ"],
    ["Ð for Đ", "Ðồng Nai", "Đồng Nai"],
    ["a ligature", "ﬁle báo cáo", "file báo cáo"],
    ["a word hyphenated across a line", "chuyển đổi sô-\nhóa", "chuyển đổi sôhóa"],
    ["a word hyphenated across a CRLF line", "chuyển đổi sô-\r\nhóa", "chuyển đổi sôhóa"],
    ["a no-break space read as Windows-1252, after a figure", "đạt 153,2Â tỷ đồng", "đạt 153,2 tỷ đồng"],
    ["a no-break space read as Windows-1252, whole", "VND153.2Â\u00a0trillion", "VND153.2 trillion"],
  ])("repairs %s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("keeps a capital Â that starts a word", () => {
    expect(normalizeText("CHÂU ÂU 12 Âm").text).toBe("CHÂU ÂU 12 Âm");
  });

  it("keeps a dash between words, which is no hyphenation", () => {
    expect(normalizeText("kinh tế - xã hội").text).toBe("kinh tế - xã hội");
  });

  it("maps a repaired span back to the damaged input", () => {
    const input = "bƣu chính ðạt 69,3 tỷ đồng";
    const n = normalizeText(input);
    const at = n.text.indexOf("69,3 tỷ đồng");
    const span = toInputSpan(n, at, at + "69,3 tỷ đồng".length);
    expect(input.slice(span.start, span.end)).toBe("69,3 tỷ đồng");
  });
});

describe("reads a line break inside a sentence as a space", () => {
  it.each([
    ["before a word in lower case", "doanh thu đạt 5\r\ntỷ đồng", "doanh thu đạt 5 tỷ đồng"],
    ["before a figure", "doanh thu giảm\n5%", "doanh thu giảm 5%"],
    ["after a comma, before a capital", "gồm Bắc Ninh,\nHà Nội", "gồm Bắc Ninh, Hà Nội"],
    ["before a unit code", "đạt 1.200\nUSD.", "đạt 1.200 USD."],
    ["over a blank line inside a sentence", "đạt 5\r\n\r\ntỷ đồng", "đạt 5 tỷ đồng"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it.each([
    ["after a full stop", "Doanh thu tăng.\ntiếp theo", "Doanh thu tăng.\ntiếp theo"],
    ["before a capitalised line (a headline above its text)", "Tin kinh tế\nDoanh thu tăng", "Tin kinh tế\nDoanh thu tăng"],
    ["before a list item", "Kết quả\n1. Sản xuất", "Kết quả\n1. Sản xuất"],
    ["after a comma, before an opening bracket (rows of a table or a script)", "'a'),\n(20, 'b'", "'a'),\n(20, 'b'"],
    ["after a dateline's clock time, before a place name in capitals", "December 3, 2025 - 09:15\n\nHÀ NỘI — Exports rose", "December 3, 2025 - 09:15\n\nHÀ NỘI — Exports rose"],
    ["after a headline's year, before a place name in capitals", "Đà Nẵng đón 8 triệu lượt khách năm 2025\nĐÀ NẴNG - Trong năm", "Đà Nẵng đón 8 triệu lượt khách năm 2025\nĐÀ NẴNG - Trong năm"],
    ["after a clock time, before a place name in capitals whose first word is longer than a unit code", "Cập nhật 10:05\n\nQUẢNG NINH — Thu ngân sách", "Cập nhật 10:05\n\nQUẢNG NINH — Thu ngân sách"],
    ["after a clock time, before a place name in capitals whose first word could start a unit code", "Update: 17:42\n\nNGHE AN — Exports rose", "Update: 17:42\n\nNGHE AN — Exports rose"],
  ])("but keeps it %s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });
});

describe("asks the language whether a line goes on before a capitalised word", () => {
  const joined = (input: string): string => normalizeText(input, vi.continuesLine).text;

  it.each([
    ["a place name wrapped after its lead word", "doanh thu du lịch của\nHà Giang tăng", "doanh thu du lịch của Hà Giang tăng"],
    ["a place name cut in two", "sản lượng lúa của Thái\r\nBình đạt", "sản lượng lúa của Thái Bình đạt"],
    ["a name of two words after an administrative word", "vốn đầu tư vào huyện\nMộc Châu đạt", "vốn đầu tư vào huyện Mộc Châu đạt"],
    ["a name wrapped twice", "khách đến Bà Rịa -\nVũng\nTàu tăng", "khách đến Bà Rịa - Vũng Tàu tăng"],
    ["a quarter whose numeral went to the next line", "Quý\nIV/2024, lợi nhuận", "Quý IV/2024, lợi nhuận"],
    ["a currency code after a scale", "đạt 2,1 tỷ\nUSD trong năm", "đạt 2,1 tỷ USD trong năm"],
  ])("joins %s", (_name, input, expected) => {
    expect(joined(input)).toBe(expected);
  });

  it.each([
    ["a heading above its text", "Kinh tế phục hồi\nDoanh thu tăng 8%", "Kinh tế phục hồi\nDoanh thu tăng 8%"],
    ["a heading ending with an administrative word, above a sentence", "Tình hình kinh tế toàn tỉnh\nGiá cả ổn định", "Tình hình kinh tế toàn tỉnh\nGiá cả ổn định"],
    ["a heading ending with a quarter, above a sentence opening with its period", "Kinh tế quý III\nNăm 2024, GRDP tăng", "Kinh tế quý III\nNăm 2024, GRDP tăng"],
    ["a heading ending with a place, above a sentence", "Kinh tế Hà Nội\nThu ngân sách đạt", "Kinh tế Hà Nội\nThu ngân sách đạt"],
    ["a list item numbered in capitals", "Kết quả chủ yếu\nII. Nhiệm vụ năm 2025", "Kết quả chủ yếu\nII. Nhiệm vụ năm 2025"],
    ["a list item numbered in capitals, even after a dangling word", "Kết quả chủ yếu của\nB) Nhiệm vụ năm 2025", "Kết quả chủ yếu của\nB) Nhiệm vụ năm 2025"],
  ])("keeps the line break of %s", (_name, input, expected) => {
    expect(joined(input)).toBe(expected);
  });

  it("maps a figure after a joined line break back to the input", () => {
    const input = "doanh thu của\r\nHà Nội đạt 838 tỷ đồng";
    const n = normalizeText(input, vi.continuesLine);
    const at = n.text.indexOf("838 tỷ đồng");
    const span = toInputSpan(n, at, at + "838 tỷ đồng".length);
    expect(input.slice(span.start, span.end)).toBe("838 tỷ đồng");
  });
});

describe("finds tables flattened one cell per line", () => {
  const tables = (input: string): string[] => {
    const n = normalizeText(input, vi.continuesLine);
    return n.tables.map((t) => n.text.slice(t.start, t.end));
  };

  it.each([
    ["two columns of figures", "Bảng sau:\nChỉ tiêu\nNăm 2023\nNăm 2024\nDoanh thu\n584\n838\nHết bảng.", ["Chỉ tiêu\nNăm 2023\nNăm 2024\nDoanh thu\n584\n838"]],
    ["a label, a unit and a figure per row", "Chỉ tiêu\nĐơn vị\nGiá trị\nDoanh thu\ntỷ đồng\n838\nLao động\nngười\n1.234", ["Chỉ tiêu\nĐơn vị\nGiá trị\nDoanh thu\ntỷ đồng\n838\nLao động\nngười\n1.234"]],
    ["cells with CRLF, spaces and blank lines between them", "Năm 2023\r\n\r\n 1.234,5 \r\n2.345,6\r\n", ["Năm 2023\n\n 1.234,5 \n2.345,6"]],
  ])("%s", (_name, input, expected) => {
    expect(tables(input)).toEqual(expected);
  });

  it("keeps every line break of a table and the ones around it", () => {
    expect(normalizeText("Doanh thu\n584\n838\ntrong đó", vi.continuesLine).text).toBe("Doanh thu\n584\n838\ntrong đó");
  });

  it.each([
    ["prose wrapped at a usual width", "Năm 2024, doanh thu dịch vụ viễn thông trên địa bàn tỉnh\nđạt 1.250 tỷ đồng, tăng 8,2% so với năm 2023."],
    ["prose wrapped into a narrow column", "Năm 2024, doanh thu\ndịch vụ viễn thông\nđạt 1.250 tỷ đồng,\ntăng 8,2% so với\nnăm 2023."],
    ["short lines with one figure alone", "Số doanh nghiệp là\n1.350\ndoanh nghiệp mới\nthành lập"],
    ["lines of a label and its figure", "Doanh thu: 838 tỷ đồng\nLợi nhuận: 45 tỷ đồng\nLao động: 1.200 người\nThuế: 30 tỷ đồng"],
  ])("finds none in %s", (_name, input) => {
    expect(tables(input)).toEqual([]);
  });
});

describe("reads UTF-8 that was read as Windows-1252 (mojibake) as what it stands for", () => {
  // What a scraper does that takes UTF-8 bytes for Windows-1252 (the bytes it leaves undefined
  // become C1 controls, as the WHATWG decoder has it).
  const misread = (text: string): string => new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));

  it.each([
    ["Vietnamese letters", "Giá trị sản xuất nông nghiệp ước đạt 18.920 tỷ đồng."],
    ["Đ, whose second byte Windows-1252 leaves undefined", "Đồng Nai và Điện Biên"],
    ["capitals", "CÔNG TY CỔ PHẦN THỦY SẢN"],
    ["curly quotation marks and dashes", "the city’s “green” exports — up 12%"],
    ["signs of Latin-1", "35°C, ±2%"],
  ])("repairs %s", (_name, text) => {
    const n = normalizeText(misread(text));
    expect(n.text).toBe(text);
    expect(n.mojibake).toBeGreaterThan(0);
  });

  it.each([
    ["Đ", "Ä\uFFFDồng Nai", "Đồng Nai"],
    ["a closing quotation mark", "â€œxanhâ€\uFFFD", "“xanh”"],
  ])("reads %s whose lost byte only it can have held", (_name, input, text) => {
    expect(normalizeText(input).text).toBe(text);
  });

  it("leaves a lost byte that several letters could have held as it is", () => {
    expect(normalizeText("há»\uFFFDi").text).toBe("há»\uFFFDi");
  });

  it("keeps a capital before a quotation mark in a text that holds no mojibake, and repairs it in one that does", () => {
    expect(normalizeText("UBND XÃ” cho biết").text).toBe("UBND XÃ” cho biết");
    expect(normalizeText("UBND XÃ” cho biáº¿t").text).toBe("UBND XÔ cho biết");
  });

  it("changes nothing in clean Vietnamese, whose á and â are letters of their own", () => {
    const text = "Tháng 5, sản lượng cá tra đạt 152 nghìn tấn, giá bán bình quân ổn định.";
    expect(normalizeText(text)).toMatchObject({ text, mojibake: 0 });
  });

  it("maps a repaired figure back to the damaged input", () => {
    const input = misread("Doanh thu đạt 62.450 tỷ đồng.");
    const n = normalizeText(input);
    const at = n.text.indexOf("62.450 tỷ đồng");
    const span = toInputSpan(n, at, at + "62.450 tỷ đồng".length);
    expect(input.slice(span.start, span.end)).toBe(misread("62.450 tỷ đồng"));
  });
});
