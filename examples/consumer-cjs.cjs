// A CommonJS consumer: require() resolves to dist/index.cjs.
// Build first (npm install does it), then: node examples/consumer-cjs.cjs
const { extract } = require("chitieu");

const result = extract("Tỷ lệ dân số được lập hồ sơ sức khỏe điện tử năm 2024 đạt 94,3%, tăng 104% so với năm 2023.");
console.log(JSON.stringify(result, null, 2));
