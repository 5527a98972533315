#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { setBatchWorkerScript } from './batch/worker-script';
import { EXIT } from './command';
import { fileStream } from './io';
import { runCli } from './main';
import { endOnClosedOutput, outputErrorText } from './output-error';

// This one file is both the command line and, started with a batch's workerData, a batch worker
// thread (`sanbao batch --jobs N`): the bundle runs the same code either way. The worker's code
// (and the engine it decides with) is loaded only in a worker, so the command line starts light.
if (!isMainThread && parentPort !== null && (workerData as { sanbaoBatchWorker?: unknown } | null)?.sanbaoBatchWorker === 1) {
  const port = parentPort;
  void import('./batch/worker').then(({ isBatchWorker, runBatchWorker }) => {
    if (isBatchWorker(workerData)) runBatchWorker(port, workerData);
  });
} else {
  // Only the built JavaScript can be a worker: run from the TypeScript sources (tsx src/cli/bin.ts),
  // a worker thread would not get the TypeScript loader, so batch decides on this thread.
  if (/\.[cm]?js$/.test(new URL(import.meta.url).pathname)) setBatchWorkerScript(new URL(import.meta.url));
  endOnClosedOutput(process);
  runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    openFile: (path) => fileStream(path, createReadStream),
  }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      const output = outputErrorText(error);
      if (output !== undefined) {
        process.stderr.write(`sanbao: ${output}\n`);
        process.exitCode = EXIT.outputFailed;
        return;
      }
      process.stderr.write(`sanbao: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
