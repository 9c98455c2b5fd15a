import { parentPort, workerData } from "node:worker_threads";
import type { WorkerAnswer, WorkerRequest } from "./pool.js";
import { createRenderer, type RenderSettings } from "./render.js";

// A worker thread of the command line: it renders the batches the main thread sends, in the order
// they come, and sends back the output already serialised as UTF-8, so that the main thread only
// reads, forwards and writes bytes.
const render = createRenderer(workerData as RenderSettings);
const encoder = new TextEncoder();
const port = parentPort;
if (port === null) throw new Error("worker.js runs as a worker thread of the chitieu command line");

port.on("message", ({ seq, batch }: WorkerRequest) => {
  const rendered = render(batch);
  const text = encoder.encode(rendered.text as string);
  const answer: WorkerAnswer = { seq, rendered: { ...rendered, text } };
  port.postMessage(answer, [text.buffer]);
});
