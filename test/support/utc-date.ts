/**
 * A `Date` whose calendar fields are read and written in UTC: what date-fns works on here.
 *
 * Why: date-fns reads and writes local fields (`getDate`, `setMonth`, …), so on a plain `Date` the
 * host's zone leaks in. Noon local time survives daylight saving, but not a zone that skipped a
 * whole day (Pacific/Apia had no 2011-12-30). Here every local field is the UTC one, so the host's
 * zone cannot touch a result. date-fns builds its results with the input's constructor, so they
 * stay `UtcDate`s through every helper.
 */
export class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return month === undefined ? this.setUTCFullYear(year) : date === undefined ? this.setUTCFullYear(year, month) : this.setUTCFullYear(year, month, date);
  }
  override setMonth(month: number, date?: number): number {
    return date === undefined ? this.setUTCMonth(month) : this.setUTCMonth(month, date);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, minutes?: number, seconds?: number, ms?: number): number {
    if (minutes === undefined) return this.setUTCHours(hours);
    if (seconds === undefined) return this.setUTCHours(hours, minutes);
    return ms === undefined ? this.setUTCHours(hours, minutes, seconds) : this.setUTCHours(hours, minutes, seconds, ms);
  }
  override setMinutes(minutes: number, seconds?: number, ms?: number): number {
    if (seconds === undefined) return this.setUTCMinutes(minutes);
    return ms === undefined ? this.setUTCMinutes(minutes, seconds) : this.setUTCMinutes(minutes, seconds, ms);
  }
  override setSeconds(seconds: number, ms?: number): number {
    return ms === undefined ? this.setUTCSeconds(seconds) : this.setUTCSeconds(seconds, ms);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
