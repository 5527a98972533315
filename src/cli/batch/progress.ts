import type { Output } from '../io';
import type { Tally } from './tally';

/**
 * Progress of a batch on standard error: lines done, rate, time elapsed and, when the input is a
 * file of known size, an estimate of the time left, shown `live` only (standard error a terminal,
 * or `--progress`). On a terminal it is one line redrawn a few times a second; forced onto
 * something else, a line every few seconds. The summary at the end is written either way.
 * Never on standard output.
 */
export class Progress {
  private readonly started: number;
  private shown: number;
  private drawn = false;

  constructor(
    private readonly output: Output,
    private readonly terminal: boolean,
    /** The input's size in bytes, when it is a file. */
    private readonly total: number | undefined,
    /** Whether progress lines are shown while the batch runs (the summary always is). */
    private readonly live: boolean = true,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.shown = this.started;
  }

  /** Called as blocks are written; draws when the last drawing is old enough. */
  update(lines: number, bytesRead: number): void {
    if (!this.live) return;
    const now = this.now();
    if (now - this.shown < (this.terminal ? 250 : 5000)) return;
    this.shown = now;
    const text = progressText(lines, bytesRead, this.total, (now - this.started) / 1000);
    this.output.write(this.terminal ? `\r${text}\u001b[K` : `${text}\n`);
    this.drawn = this.terminal;
  }

  /** Clears the progress line and prints the summary. */
  finish(tally: Tally): void {
    const seconds = (this.now() - this.started) / 1000;
    this.output.write(`${this.drawn ? '\r\u001b[K' : ''}${summaryText(tally, seconds)}`);
  }
}

/**
 * One progress line.
 *
 * @example
 * progressText(120000, 30_000_000, 120_000_000, 15) //=> 'sanbao batch: 120,000 lines, 8,000 lines/s, 0:15 elapsed, about 0:45 left'
 */
export function progressText(lines: number, bytesRead: number, total: number | undefined, seconds: number): string {
  const rate = seconds > 0 ? lines / seconds : 0;
  let text = `sanbao batch: ${grouped(lines)} lines, ${grouped(Math.round(rate))} lines/s, ${clock(seconds)} elapsed`;
  if (total !== undefined && total > 0 && bytesRead > 0 && seconds > 0) {
    text += `, about ${clock((seconds * (total - Math.min(bytesRead, total))) / bytesRead)} left`;
  }
  return text;
}

/**
 * The summary at the end: lines decided, lines in error, decisions by verdict and by status.
 *
 * @example
 * summaryText({ decided: 3, errors: 1, verdicts: { refund: 2, exchange: 1 }, statuses: { final: 3 } }, 2)
 * //=> 'sanbao batch: 4 lines in 0:02: 3 decided, 1 in error\n  verdict: exchange 1, refund 2\n  status: final 3\n'
 */
export function summaryText(tally: Tally, seconds: number): string {
  const counts = (record: Record<string, number>) =>
    Object.keys(record)
      .sort()
      .map((key) => `${key} ${grouped(record[key]!)}`)
      .join(', ');
  let text = `sanbao batch: ${grouped(tally.decided + tally.errors)} lines in ${clock(seconds)}: ${grouped(tally.decided)} decided, ${grouped(tally.errors)} in error\n`;
  if (tally.decided > 0) text += `  verdict: ${counts(tally.verdicts)}\n  status: ${counts(tally.statuses)}\n`;
  return text;
}

/** 1234567 → '1,234,567' (fixed, whatever the host's locale). */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Seconds as m:ss (or h:mm:ss). */
function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
