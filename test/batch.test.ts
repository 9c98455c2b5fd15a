import { describe, expect, test } from "vitest";
import { extract, extractMany, type BatchDocument, type BatchResult } from "../src/index.js";

const DOCS: BatchDocument[] = [
  { id: "doanh-thu", text: "Doanh thu của doanh nghiệp đạt 412 tỷ đồng." },
  { id: "trong", text: "" },
  { id: "lao-dong", text: "Số lao động có việc làm đạt 9.150 người, tăng 3,5% so với năm trước." },
  { id: "xuat-khau", text: "Kim ngạch xuất khẩu ước đạt 27 triệu USD." },
];

async function collect<Id>(results: AsyncIterable<BatchResult<Id>>): Promise<BatchResult<Id>[]> {
  const all: BatchResult<Id>[] = [];
  for await (const result of results) all.push(result);
  return all;
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield item;
  }
}

describe("extractMany", () => {
  const expected = DOCS.map((doc) => ({ id: doc.id, ...extract(doc.text) }));

  test("yields each document's id and extract() result, in input order, from an array", async () => {
    expect(await collect(extractMany(DOCS))).toEqual(expected);
  });

  test("yields them in input order from an async iterable that is slow to give them", async () => {
    expect(await collect(extractMany(slowly(DOCS)))).toEqual(expected);
  });

  test("pulls a document only when its result is asked for, so the first result comes before the last document is pulled", async () => {
    const events: string[] = [];
    async function* corpus(): AsyncGenerator<BatchDocument> {
      for (const doc of DOCS) {
        events.push(`pulled ${doc.id}`);
        yield doc;
      }
    }
    for await (const result of extractMany(corpus())) events.push(`result ${result.id}`);
    expect(events).toEqual(DOCS.flatMap((doc) => [`pulled ${doc.id}`, `result ${doc.id}`]));
  });

  test("reports a document that fails as { id, error } and goes on with the next", async () => {
    const docs = [
      DOCS[0]!,
      { id: "bad-period", text: "Doanh thu đạt 5 tỷ đồng.", period: "quý 3" },
      { id: "no-text", text: undefined as unknown as string },
      DOCS[2]!,
    ];
    const results = await collect(extractMany(docs));
    expect(results.map((result) => result.id)).toEqual(["doanh-thu", "bad-period", "no-text", "lao-dong"]);
    expect(results[1]).toEqual({ id: "bad-period", error: { message: expect.stringMatching(/^invalid period: .*SDMX/) } });
    expect(results[2]).toEqual({ id: "no-text", error: { message: expect.stringContaining("takes a string") } });
    expect(results[3]).toEqual(expected[2]);
  });

  test("applies the options to every document and lets a document's own period and date override them", async () => {
    const text = "Doanh thu đạt 412 tỷ đồng.";
    const [shared, own] = await collect(
      extractMany(
        [
          { id: 1, text },
          { id: 2, text, period: "2023-Q4", date: "2024-01-15" },
        ],
        { period: "2024", language: "vi" },
      ),
    );
    expect(shared).toEqual({ id: 1, ...extract(text, { period: "2024", language: "vi" }) });
    expect(own).toEqual({ id: 2, ...extract(text, { period: "2023-Q4", date: "2024-01-15", language: "vi" }) });
  });

  test("throws at the call, before any document, on invalid options", () => {
    expect(() => extractMany(DOCS, { period: "năm ngoái" })).toThrow();
  });
});
