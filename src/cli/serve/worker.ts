import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { calendarFrom } from '../../claim/calendar-from';
import { answerBlockTask, answerTask, type Deciding, type Task } from './answers';

/**
 * A worker thread of `sanbao serve`'s pool (piscina runs this file's default export for each
 * task). Built as its own file beside the command line (`dist/serve-worker.js`, tsup.config.ts).
 * The calendar of `--calendar`, checked by the main thread, is loaded again here once.
 */
const settings = (workerData ?? {}) as { readonly calendar?: unknown };
const loaded = settings.calendar === undefined ? undefined : calendarFrom(settings.calendar);
if (loaded !== undefined && !loaded.ok) throw new Error('the calendar the main thread checked does not load');
const deciding: Deciding = loaded === undefined ? {} : { calendar: loaded.calendar };

export default function serveTask(task: Task): unknown {
  if (task.kind !== 'block') return answerTask(task, deciding);
  const answered = answerBlockTask(task, deciding);
  // The output buffer goes back to the main thread moved, not copied (piscina's transferable protocol).
  return move({ [transferableSymbol]: answered.out.buffer, [valueSymbol]: answered } as never);
}
