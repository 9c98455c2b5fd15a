/** Where the progress line goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  write(text: string): unknown;
}

/** How often the line may change, at most: five times a second. */
export const REDRAW_MS = 200;

const MB = 1_000_000;

function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const two = (n: number): string => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "1234 documents, 12.5 MB, 3.1 MB/s, 25%, ETA 0:12": the ETA only when the input's size is known. */
export function describeProgress(documents: number, bytes: number, seconds: number, total?: number): string {
  const rate = seconds > 0 ? bytes / MB / seconds : 0;
  const parts = [`${documents} document${documents === 1 ? "" : "s"}`, `${(bytes / MB).toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`];
  if (total !== undefined && total > 0) {
    parts.push(`${Math.min(100, Math.floor((100 * bytes) / total))}%`);
    if (rate > 0) parts.push(`ETA ${duration((Math.max(0, total - bytes) / MB) / rate)}`);
  }
  return `chitieu: ${parts.join(", ")}`;
}

/**
 * A progress line on a terminal, redrawn in place with "\r" at most five times a second and
 * wiped before any other message and at the end. When it is not `visible` (stderr is not a
 * terminal, or --quiet) it draws nothing and only passes messages through.
 */
export class Progress {
  private shown = 0;
  private drawnAt = -Infinity;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly visible: boolean,
    private readonly total?: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(documents: number, bytes: number): void {
    if (!this.visible) return;
    const time = this.now();
    if (time - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = time;
    const line = describeProgress(documents, bytes, (time - this.started) / 1000, this.total);
    // Spaces cover what is left of a longer line before.
    this.stream.write(`\r${line.padEnd(this.shown)}`);
    this.shown = line.length;
  }

  /** Writes a message on a line of its own, above where the progress line comes back. */
  print(text: string): void {
    this.clear();
    this.stream.write(text);
  }

  clear(): void {
    if (this.shown === 0) return;
    this.stream.write(`\r${" ".repeat(this.shown)}\r`);
    this.shown = 0;
  }
}
