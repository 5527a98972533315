import type { Tally } from '../batch/tally';

/** What `GET /metrics` reports (Prometheus text format), kept by prom-client in a registry of the service's own. */
export interface ServiceMetrics {
  /** A request answered: its route (the pattern, not the URL), method, status, and time taken. */
  request(route: string, method: string, status: number, seconds: number): void;
  /** Decisions made, by verdict and status. */
  decided(verdict: string, status: string, by?: number): void;
  /** A batch's counts. */
  batch(tally: Tally): void;
  /** An answer that was an error, by its code (`json`, `required`, `unauthorized`, `timeout`, …). */
  error(code: string, by?: number): void;
  readonly contentType: string;
  text(): Promise<string>;
}

/** Latency buckets, in seconds: fine below 10 ms, where a decision's answer should be. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export async function serviceMetrics(): Promise<ServiceMetrics> {
  const { Counter, Histogram, Registry, collectDefaultMetrics } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sanbao_' });
  const requests = new Counter({ name: 'sanbao_http_requests_total', help: 'HTTP requests answered, by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry] });
  const latency = new Histogram({ name: 'sanbao_http_request_duration_seconds', help: 'Time to answer an HTTP request, by route', labelNames: ['route'], buckets: BUCKETS, registers: [registry] });
  const verdicts = new Counter({ name: 'sanbao_decisions_total', help: 'Claims decided, by verdict', labelNames: ['verdict'], registers: [registry] });
  const statuses = new Counter({ name: 'sanbao_decision_status_total', help: 'Claims decided, by status (final or provisional)', labelNames: ['status'], registers: [registry] });
  const errors = new Counter({ name: 'sanbao_errors_total', help: 'Answers that were errors, by error code', labelNames: ['code'], registers: [registry] });
  const decided = (verdict: string, status: string, by = 1) => {
    verdicts.inc({ verdict }, by);
    statuses.inc({ status }, by);
  };
  return {
    request(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      latency.observe({ route }, seconds);
    },
    decided,
    batch(tally) {
      for (const [verdict, count] of Object.entries(tally.verdicts)) verdicts.inc({ verdict }, count);
      for (const [status, count] of Object.entries(tally.statuses)) statuses.inc({ status }, count);
      if (tally.errors > 0) errors.inc({ code: 'batch-line' }, tally.errors);
    },
    error: (code, by = 1) => errors.inc({ code }, by),
    contentType: registry.contentType,
    text: () => registry.metrics(),
  };
}
