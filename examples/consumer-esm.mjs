// An ES module consumer: the package resolves to dist/index.js.
// Build first (npm install does it), then: node examples/consumer-esm.mjs
import { extract } from "chitieu";

const result = extract("Doanh thu dịch vụ bưu chính năm 2024 đạt 69,3 tỷ đồng, tăng 18% so với năm 2023.");
console.log(JSON.stringify(result, null, 2));
