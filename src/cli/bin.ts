#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isBatchWorker, runBatchWorker } from './batch/worker';
import { setBatchWorkerScript } from './batch/worker-script';
import { runCli } from './main';

// This one file is both the command line and, started with a batch's workerData, a batch worker
// thread (`sanbao batch --jobs N`): the bundle runs the same code either way.
if (!isMainThread && parentPort !== null && isBatchWorker(workerData)) {
  runBatchWorker(parentPort, workerData);
} else {
  // Only the built JavaScript can be a worker: run from the TypeScript sources (tsx src/cli/bin.ts),
  // a worker thread would not get the TypeScript loader, so batch decides on this thread.
  if (/\.[cm]?js$/.test(new URL(import.meta.url).pathname)) setBatchWorkerScript(new URL(import.meta.url));
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    openFile: (path) => createReadStream(path),
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`sanbao: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
