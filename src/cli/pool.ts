import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { createRenderer, type Job, type Rendered, type RenderSettings } from "./render.js";

/** Renders batches of jobs, here or elsewhere; `close` lets the process end. */
export interface Runner {
  run(batch: Job[]): Promise<Rendered>;
  close(): Promise<void>;
}

/** A message to a worker: a batch to render, numbered so that its answer finds its way back. */
export interface WorkerRequest {
  seq: number;
  batch: Job[];
}

export interface WorkerAnswer {
  seq: number;
  rendered: Rendered;
}

interface Pending {
  resolve: (rendered: Rendered) => void;
  reject: (error: unknown) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

const transferables = (batch: readonly Job[]): ArrayBuffer[] =>
  batch.flatMap((job) => (job.kind === "unreadable" ? [] : [job.bytes.buffer as ArrayBuffer]));

/**
 * Heap limits for a worker: a smaller young generation, and an old generation capped at 1 GiB
 * (or at this thread's own limit, when lower), make V8 collect sooner rather than grow the heap.
 * Against the defaults that is some 50 MB less for a few percent more time; a young generation of
 * 8 MB rather than 16 MB takes some 15 MB more off (peaks of 262-270 MB against 274-293 MB over
 * 50 MB of JSON lines, in 28.3-29.5 s against 27.2-31.6 s). 1 GiB still holds the largest
 * document extract() takes (16 Mi characters need about 450 MB).
 */
const WORKER_LIMITS = {
  maxYoungGenerationSizeMb: 8,
  maxOldGenerationSizeMb: Math.min(1024, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)),
};

/** Batches a worker holds, the one it renders and the next, so that it never waits for work. */
const QUEUE = 2;

/**
 * Renders batches on `threads` threads: this one and `threads - 1` worker threads running
 * `script`, started as they are needed (with one thread, none: all runs here). A batch goes to
 * the least busy worker unless every worker already holds its queue; then this thread renders
 * it. This thread has little else to do (it reads, forwards and writes bytes), and one heap
 * fewer keeps memory down. The input bytes are moved, not copied, to a worker, and its output
 * comes back as UTF-8 bytes, moved too.
 */
export function threadPool(settings: RenderSettings, threads: number, script: URL): Runner {
  const render = createRenderer(settings);
  const workers: PoolWorker[] = [];
  let seq = 0;
  let broken: Error | undefined;

  function fail(member: PoolWorker, error: Error): void {
    broken ??= error;
    for (const { reject } of member.pending.values()) reject(error);
    member.pending.clear();
  }

  function start(): PoolWorker {
    const member: PoolWorker = { worker: new Worker(script, { workerData: settings, resourceLimits: WORKER_LIMITS }), pending: new Map() };
    member.worker.on("message", ({ seq: done, rendered }: WorkerAnswer) => {
      member.pending.get(done)?.resolve(rendered);
      member.pending.delete(done);
    });
    member.worker.on("error", (error) => fail(member, error));
    member.worker.on("exit", (code) => fail(member, new Error(`a worker thread stopped (exit code ${code})`)));
    workers.push(member);
    return member;
  }

  /** The worker to send a batch to, or undefined when this thread should render it. */
  function pick(): PoolWorker | undefined {
    const idlest = workers.reduce<PoolWorker | undefined>(
      (best, member) => (best === undefined || member.pending.size < best.pending.size ? member : best),
      undefined,
    );
    if (idlest !== undefined && idlest.pending.size === 0) return idlest;
    if (workers.length < threads - 1) return start();
    return idlest !== undefined && idlest.pending.size < QUEUE ? idlest : undefined;
  }

  return {
    run(batch) {
      if (broken) return Promise.reject(broken);
      const member = pick();
      if (member === undefined) return Promise.resolve(render(batch));
      const request: WorkerRequest = { seq: seq++, batch };
      return new Promise((resolve, reject) => {
        member.pending.set(request.seq, { resolve, reject });
        member.worker.postMessage(request, transferables(batch));
      });
    },
    async close() {
      for (const { worker } of workers) worker.removeAllListeners("exit");
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/**
 * Runs `work` on each item with at most `window` items between their start and their use, and
 * hands the results to `use` one at a time in the items' order. The first failure stops it.
 */
export async function mapInOrder<T, R>(
  items: AsyncIterable<T>,
  window: number,
  work: (item: T) => Promise<R>,
  use: (result: R) => void | Promise<void>,
): Promise<void> {
  let tail = Promise.resolve();
  let open = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    open--;
    wake?.();
  };
  for await (const item of items) {
    while (open >= window && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) break;
    open++;
    const result = work(item);
    // Its failure is met in turn, below; until then it must not count as unhandled.
    result.catch(() => {});
    const previous = tail;
    tail = (async () => {
      await previous;
      try {
        if (!failure) await use(await result);
      } catch (error) {
        failure ??= { error };
      }
      settle();
    })();
  }
  await tail;
  if (failure) throw failure.error;
}
