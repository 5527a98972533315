import type { Command } from '../command';

/** `sanbao serve`; its work (Fastify, the worker pool, the metrics) is loaded when it runs (see decide.ts for why). */
export const serveCommand: Command = {
  name: 'serve',
  usage: `  sanbao serve  [--port 8080] [--host 127.0.0.1] [--policy ID] [--calendar FILE] [--workers N]
                [--timeout MS] [--rate-limit N] [--log-level LEVEL] [--log-claims]
                                            an HTTP/JSON decision service (docs/service.md):
                                            POST /v1/decide, /v1/check, /v1/decide/batch,
                                            /v1/report; GET /openapi.json; SANBAO_TOKEN: a
                                            bearer token every request must carry`,
  options: { port: { type: 'string' }, host: { type: 'string' }, policy: { type: 'string' }, calendar: { type: 'string' }, workers: { type: 'string' }, timeout: { type: 'string' }, 'rate-limit': { type: 'string' }, 'log-level': { type: 'string' }, 'log-claims': { type: 'boolean' } },
  run: async (args, io) => (await import('./serve-run')).runServe(args, io),
};
