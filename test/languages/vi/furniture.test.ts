import { describe, expect, it } from "vitest";
import { vi } from "../../../src/languages/vi/index.js";

const findFurniture = (text: string) => vi.furniture(text);

/** The lines findFurniture sets aside, as text. */
const furnitureLines = (text: string): string[] => findFurniture(text).map((r) => text.slice(r.start, r.end));

describe("findFurniture", () => {
  it("sets aside a heading of links and the headlines under it, up to a blank line", () => {
    const text = "Doanh thu đạt 5 tỷ đồng.\nXem thêm:\n\n- Tin một\nTin hai không dấu chấm\n\nĐoạn văn sau dòng trống\nvẫn là văn bản";
    expect(furnitureLines(text)).toEqual(["Xem thêm:", "- Tin một", "Tin hai không dấu chấm"]);
  });

  it("ends the list at a paragraph of prose, which it keeps", () => {
    const text = "Tin liên quan:\n- Tin một\nSản lượng lúa năm 2024 đạt 620 nghìn tấn, tăng 2%.\nDòng sau đoạn văn";
    expect(furnitureLines(text)).toEqual(["Tin liên quan:", "- Tin một"]);
  });

  it("sets aside link lines, captions and image file names wherever they stand", () => {
    const text = ">> Tin một\nVăn bản.\n» Tin hai\nanh-hoi-cho.png\nKhách tham quan. Ảnh: Thu Trang\n(Ảnh minh họa)\nHình 3: Biểu đồ\nVăn bản cuối.";
    expect(furnitureLines(text)).toEqual([">> Tin một", "» Tin hai", "anh-hoi-cho.png", "Khách tham quan. Ảnh: Thu Trang", "(Ảnh minh họa)", "Hình 3: Biểu đồ"]);
  });

  it("sets aside a dateline in capitals before the first paragraph's prose", () => {
    expect(furnitureLines("Thu ngân sách tăng khá\nĐÀ NẴNG - Tổng thu ngân sách quý III/2026 đạt 2.480 tỷ đồng.")).toEqual(["ĐÀ NẴNG - "]);
  });

  it.each([
    ["Ảnh hưởng của bão làm 1.200 ha lúa bị ngập."],
    ["Hình thức thanh toán không dùng tiền mặt tăng 30%."],
    ["Xem thêm phụ lục, năm 2024 có 312 hợp tác xã."],
    ["- Tổng thu ngân sách đạt 14.600 tỷ đồng"],
    ["Doanh thu đạt 838 tỷ đồng (số liệu ảnh hưởng: 5%)."],
    // A heading in capitals with a dash opens no story: no prose follows its dash, or it is numbered.
    ["Báo cáo nhanh\nTHU NGÂN SÁCH - CHI NGÂN SÁCH QUÝ III/2026\nTổng thu đạt 2.480 tỷ đồng."],
    ["Báo cáo nhanh\nII. NÔNG NGHIỆP - THỦY SẢN: Sản lượng thủy sản đạt 84.000 tấn."],
  ])("keeps prose that only looks like furniture: %s", (text) => {
    expect(findFurniture(text)).toEqual([]);
  });
});
