import { describe, expect, test } from "vitest";
import { mapInOrder } from "../../src/cli/pool.js";

async function* numbers(count: number): AsyncGenerator<number> {
  for (let n = 0; n < count; n++) yield n;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("mapInOrder", () => {
  test("hands results on in the items' order even when later work finishes first", async () => {
    const used: number[] = [];
    await mapInOrder(numbers(12), 4, async (n) => (await sleep((12 - n) % 4), n * 10), (r) => void used.push(r));
    expect(used).toEqual(Array.from({ length: 12 }, (_, n) => n * 10));
  });

  test("never has more than the window between an item's start and its use", async () => {
    let open = 0;
    let most = 0;
    await mapInOrder(
      numbers(20),
      3,
      async (n) => {
        most = Math.max(most, ++open);
        await sleep(n % 3);
        return n;
      },
      () => void open--,
    );
    expect(most).toBe(3);
  });

  test("stops at the first failure and throws it", async () => {
    const used: number[] = [];
    const run = mapInOrder(
      numbers(10),
      2,
      async (n) => {
        if (n === 3) throw new Error("thread died");
        return n;
      },
      (n) => void used.push(n),
    );
    await expect(run).rejects.toThrow("thread died");
    expect(used).toEqual([0, 1, 2]);
  });
});
