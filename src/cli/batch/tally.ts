/** What a batch has answered so far: for progress and the summary at the end. */
export interface Tally {
  decided: number;
  errors: number;
  /** Decisions by verdict and by status (only the values met). */
  readonly verdicts: Record<string, number>;
  readonly statuses: Record<string, number>;
}

export function newTally(): Tally {
  return { decided: 0, errors: 0, verdicts: {}, statuses: {} };
}

/** Adds one count to a key of a count record. */
export function count(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (Object.prototype.hasOwnProperty.call(record, key) ? record[key]! : 0) + by;
}

/** Adds `part` (a block's tally, from a worker) into `into`. */
export function addTally(into: Tally, part: Tally): void {
  into.decided += part.decided;
  into.errors += part.errors;
  for (const key of Object.keys(part.verdicts)) count(into.verdicts, key, part.verdicts[key]);
  for (const key of Object.keys(part.statuses)) count(into.statuses, key, part.statuses[key]);
}
