import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { periods } from "../corpus/periods.js";
import { runCorpus } from "../corpus/runner.js";

runCorpus(periods);

describe("the document's period", () => {
  it.each([
    ["takes options.period over the text", "Năm 2023, doanh thu đạt 838 tỷ đồng, tăng 18% so với năm 2022.", { period: "2024" }, "2024", "option"],
    ["takes the first period the text names", "Quý III/2024, doanh thu bán lẻ hàng hóa đạt 12.300 tỷ đồng.", {}, "2024-Q3", "text"],
    ["infers the year after a baseline year", "Doanh thu dịch vụ đạt 838 tỷ đồng, tăng 18% so với năm 2023.", {}, "2024", "text"],
    ["falls back to the year of options.date", "Doanh thu dịch vụ ăn uống trên địa bàn đạt 838 tỷ đồng.", { date: "2025-01-15" }, "2025", "text"],
    ["takes no period from a link to another article", "Doanh thu dịch vụ ăn uống đạt 838 tỷ đồng.\nXem thêm:\n>> Quý I/2025, du lịch đón 3 triệu lượt khách", {}, null, "none"],
    ["takes no year from a caption", "Năm nay, doanh thu dịch vụ ăn uống đạt 838 tỷ đồng.\nKhách mua sắm dịp Tết năm 2023. Ảnh: Thu Trang", { date: "2025-02-01" }, "2025", "text"],
    ["is null when nothing names it", "Doanh thu dịch vụ ăn uống trên địa bàn đạt 838 tỷ đồng.", {}, null, "none"],
  ])("%s", (_name, text, options, period, source) => {
    const { document } = extract(text, options);
    expect(document.period).toBe(period);
    expect(document.periodSource).toBe(source);
  });
});
