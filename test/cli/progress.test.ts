import { describe, expect, test } from "vitest";
import { describeProgress, Progress, REDRAW_MS } from "../../src/cli/progress.js";

/** A stand-in for stderr and a clock the test moves by hand. */
function terminal() {
  const writes: string[] = [];
  const clock = { now: 0 };
  return { writes, clock, stream: { write: (text: string) => writes.push(text) }, now: () => clock.now };
}

describe("the progress line", () => {
  test("says documents, MB and MB/s, and the percentage and ETA only when the size is known", () => {
    expect(describeProgress(1, 2_500_000, 2)).toBe("chitieu: 1 document, 2.5 MB, 1.3 MB/s");
    expect(describeProgress(40, 10_000_000, 5, 100_000_000)).toBe("chitieu: 40 documents, 10.0 MB, 2.0 MB/s, 10%, ETA 0:45");
    expect(describeProgress(40, 10_000_000, 5, 8_010_000_000)).toMatch(/ETA 1:06:40$/);
  });

  test("is redrawn in place with \\r at most once per interval", () => {
    const { writes, clock, stream, now } = terminal();
    const progress = new Progress(stream, true, undefined, now);
    clock.now = 1_000;
    progress.update(1, 1_000_000);
    clock.now += REDRAW_MS / 2;
    progress.update(2, 2_000_000);
    clock.now += REDRAW_MS;
    progress.update(3, 3_000_000);
    expect(writes).toHaveLength(2);
    expect(writes.every((text) => text.startsWith("\r") && !text.includes("\n"))).toBe(true);
    expect(writes[1]).toContain("3 documents");
  });

  test("is wiped before a message and at the end, leaving the message alone on its line", () => {
    const { writes, clock, stream, now } = terminal();
    const progress = new Progress(stream, true, 10_000_000, now);
    clock.now = 1_000;
    progress.update(1, 1_000_000);
    const width = writes[0]!.length - 1;
    progress.print("chitieu: stdin:3: not JSON\n");
    progress.clear();
    expect(writes.slice(1)).toEqual([`\r${" ".repeat(width)}\r`, "chitieu: stdin:3: not JSON\n"]);
  });

  test("draws nothing when it is not visible, and still passes messages on", () => {
    const { writes, clock, stream, now } = terminal();
    const progress = new Progress(stream, false, 10, now);
    clock.now = 10_000;
    progress.update(5, 5);
    progress.print("a warning\n");
    progress.clear();
    expect(writes).toEqual(["a warning\n"]);
  });
});
