import { availableParallelism } from 'node:os';
import { type Args, UsageError } from '../args';
import { EXIT } from '../command';
import { type CliIo, writeAll } from '../io';
import { calendarFileOf, policyOf } from '../options';
import { needOptional } from '../optional-dependencies';
import { codeOf } from '../output-error';
import { buildService } from '../serve/app';
import { serviceMetrics } from '../serve/metrics';
import { servicePool } from '../serve/pool';

/** A whole-number option between `min` and `max`, or its default. */
export function wholeOption(args: Args, name: string, min: number, max: number, fallback: number): number {
  const value = args.options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Why the service could not listen, by the system's error code, in both languages. */
const LISTEN_ERRORS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  EADDRINUSE: ['端口已被占用', 'the port is in use'],
  EACCES: ['没有权限使用该端口', 'permission denied for the port'],
  EADDRNOTAVAIL: ['本机没有这个地址', 'no such address on this machine'],
  ENOTFOUND: ['找不到这个主机名', 'no such host name'],
};

/** A claim every worker decides once before the service says it is ready (its code and tables then loaded). */
const WARM_UP = new TextEncoder().encode('{"claimDate":"2025-03-08","item":{"kind":"handset"},"sale":{"date":"2025-03-01","priceFen":399900},"fault":{"codes":["no-power-on"]}}');

/**
 * What `sanbao serve` does (loaded on use by serve.ts): starts the worker pool and the HTTP
 * service, and runs until SIGTERM or SIGINT, then finishes the requests in flight and exits 0.
 */
export async function runServe(args: Args, io: CliIo): Promise<number> {
  if (args.positional.length > 0) throw new UsageError('serve takes no file');
  await needOptional('serve');
  const port = wholeOption(args, 'port', 0, 65535, 8080);
  const host = args.options.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host === '') throw new UsageError('--host needs an address');
  const workers = wholeOption(args, 'workers', 1, 256, availableParallelism());
  const timeoutMs = wholeOption(args, 'timeout', 1, 600_000, 10_000);
  const rateLimit = wholeOption(args, 'rate-limit', 0, 1_000_000, 1000);
  const logLevel = args.options['log-level'] ?? 'info';
  if (typeof logLevel !== 'string' || !LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level must be one of: ${LOG_LEVELS.join(', ')}`);
  const policy = await policyOf(args);
  const calendar = await calendarFileOf(args, io);
  const token = process.env.SANBAO_TOKEN;
  if (token !== undefined && token.trim() === '') throw new UsageError('SANBAO_TOKEN is set but empty');

  const pool = await servicePool(workers, calendar === undefined ? undefined : { json: calendar.json, deciding: { calendar: calendar.calendar } });
  await Promise.all(Array.from({ length: Math.max(1, pool.threads) }, () => pool.run({ kind: 'decide', body: WARM_UP.slice(), policy: policy.id, counterfactuals: false })));
  const metrics = await serviceMetrics();
  const service = await buildService(pool, metrics, {
    policy: policy.id,
    token,
    timeoutMs,
    rateLimit,
    logClaims: args.options['log-claims'] === true,
    logLevel,
    logStream: process.stdout,
  });
  try {
    await service.app.listen({ port, host });
  } catch (error) {
    await service.close();
    const code = codeOf(error) ?? '';
    const words = LISTEN_ERRORS[code] ?? ['无法监听', 'cannot listen'];
    await writeAll(io.stderr, `sanbao: 无法在 ${host}:${port} 上监听：${words[0]} / cannot listen on ${host}:${port}: ${words[1]}\n`);
    return EXIT.usage;
  }
  const address = service.app.server.address();
  const where = typeof address === 'object' && address !== null ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
  await writeAll(
    io.stderr,
    `sanbao serve: 在 ${where} 上提供服务（${pool.threads} 个工作线程）/ listening on ${where} (${pool.threads} worker threads)${token === undefined ? '' : '; bearer token required'}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await writeAll(io.stderr, 'sanbao serve: 正在关闭，完成进行中的请求 / shutting down, finishing the requests in flight\n');
  await service.close();
  await writeAll(io.stderr, 'sanbao serve: 已关闭 / stopped\n');
  return EXIT.decided;
}
