/**
 * The file a batch worker thread runs: the command line's own bundle (`dist/cli.js`), which
 * starts as a worker when its `workerData` says so (`bin.ts`). Set by `bin.ts`; when the command
 * line runs some other way (in-process, from the TypeScript sources under the tests), it stays
 * unset and a batch decides on its own thread, with the same output.
 */
let script: URL | undefined;

export function setBatchWorkerScript(url: URL): void {
  script = url;
}

export function batchWorkerScript(): URL | undefined {
  return script;
}
