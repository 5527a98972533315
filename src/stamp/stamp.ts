import { version } from '../../package.json';
import { weakCache } from '../engine/caches';
import { nationalPolicy } from '../policy/national';
import type { Decision } from '../claim/decision';
import type { Policy } from '../policy/policy';
import type { RestDayCalendar } from '../time/rest-day-calendar';
import { canonicalJson } from './canonical';
import { engineMaterialDigest, policyData } from './material';
import { sha256 } from './sha256';

/**
 * The digest of the rule set and data, written in by the build (tsup `define`, see
 * tsup.config.ts) so that a shipped engine does not hash its tables at start-up. A run from the
 * sources (tests, tsx) has no build: it computes the same value on first use.
 */
declare const __SANBAO_ENGINE_DIGEST__: string | undefined;

/** Which engine made a decision: the library version and the digest of its rules and data. */
export interface EngineStamp {
  readonly version: string;
  /** SHA-256 (hex) of the rule set and data, and of the profile's own terms under a profile. */
  readonly digest: string;
}

let base: string | undefined;

/** The digest of the rule set and data this library was built with. */
export function engineDigest(): string {
  base ??= typeof __SANBAO_ENGINE_DIGEST__ === 'string' ? __SANBAO_ENGINE_DIGEST__ : engineMaterialDigest();
  return base;
}

const stamps = weakCache<Policy, EngineStamp>('stamp.stamps', "a profile's engine stamp");
const calendarStamps = weakCache<RestDayCalendar, WeakMap<Policy, EngineStamp>>('stamp.calendar-stamps', "the engine stamp of decisions made with a calendar that replaces the library's years, per calendar and profile");

/**
 * The stamp for decisions made under a profile: for the national floor, the engine's digest;
 * under another profile, the digest of the engine's digest and the profile's own rules,
 * parameters and clauses, so that changing a profile's parameter changes the stamp. With a
 * calendar that replaces years the library carries (loaded with `override`), the digest also
 * covers the calendar's: the engine is not the library's as built.
 *
 * @example
 * engineStamp(nationalPolicy).digest === engineStamp(nationalPolicy).digest //=> true
 * engineStamp(nationalPolicy).digest.length //=> 64
 * engineStamp(nationalPolicy, defaultCalendar()) === engineStamp(nationalPolicy) //=> true
 */
export function engineStamp(policy: Policy = nationalPolicy, calendar?: RestDayCalendar): EngineStamp {
  let stamp = stamps.get(policy);
  if (stamp === undefined) {
    const digest = policy === nationalPolicy ? engineDigest() : sha256(`${engineDigest()}\n${canonicalJson(policyData(policy))}`);
    stamp = Object.freeze({ version, digest });
    stamps.set(policy, stamp);
  }
  if (calendar === undefined || calendar.replaces === undefined || calendar.replaces.length === 0) return stamp;
  let byPolicy = calendarStamps.get(calendar);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    calendarStamps.set(calendar, byPolicy);
  }
  let withCalendar = byPolicy.get(policy);
  if (withCalendar === undefined) {
    withCalendar = Object.freeze({ version, digest: sha256(`${stamp.digest}\ncalendar ${calendarDigest(calendar)}`) });
    byPolicy.set(policy, withCalendar);
  }
  return withCalendar;
}

const calendarDigests = weakCache<RestDayCalendar, string>('stamp.calendar-digests', "a calendar's digest");

/**
 * The digest of a calendar's data: SHA-256 (hex) of its notices, every year, as canonical JSON.
 * A calendar written by hand (no notices) has none: `undefined`.
 *
 * @example
 * calendarDigest(defaultCalendar())?.length //=> 64
 */
export function calendarDigest(calendar: RestDayCalendar): string | undefined {
  if (calendar.years === undefined) return undefined;
  let digest = calendarDigests.get(calendar);
  if (digest === undefined) {
    digest = sha256(canonicalJson(calendar.years));
    calendarDigests.set(calendar, digest);
  }
  return digest;
}

/** What a decision says of its calendar when it replaces the library's years (decision.ts, `calendar`). */
export interface CalendarStamp {
  /** SHA-256 (hex) of the calendar's notices, every year (see {@link calendarDigest}). */
  readonly digest: string;
  /** The years of the library's calendar it replaced, each with the notice it put in their place. */
  readonly replaces: readonly { readonly year: number; readonly notice?: string }[];
}

const calendarStampsOf = weakCache<RestDayCalendar, CalendarStamp>('stamp.calendar-stamp', 'what a decision says of a calendar that replaces years the library carries');

/**
 * The calendar a decision names: only one that replaces years the library carries (loaded with
 * `override`); `undefined` for the library's own and for one that only adds years.
 *
 * @example
 * calendarStamp(defaultCalendar()) //=> undefined
 */
export function calendarStamp(calendar: RestDayCalendar | undefined): CalendarStamp | undefined {
  if (calendar === undefined || calendar.replaces === undefined || calendar.replaces.length === 0) return undefined;
  let stamp = calendarStampsOf.get(calendar);
  if (stamp === undefined) {
    const noticeOf = (year: number) => calendar.years?.find((entry) => entry.year === year)?.notice.title;
    stamp = Object.freeze({
      digest: calendarDigest(calendar) ?? '',
      replaces: Object.freeze(calendar.replaces.map((year) => Object.freeze(noticeOf(year) === undefined ? { year } : { year, notice: noticeOf(year)! }))),
    });
    calendarStampsOf.set(calendar, stamp);
  }
  return stamp;
}

/**
 * A decision with its calendar named (`calendar`, after every other field) when the calendar
 * replaces the library's years; the decision itself otherwise.
 */
export function withCalendarNamed(decision: Decision, calendar: RestDayCalendar | undefined): Decision {
  const named = calendarStamp(calendar);
  return named === undefined ? decision : { ...decision, calendar: named as Decision['calendar'] & object };
}

/**
 * Whether two recorded stamps name the same engine; `undefined` when either decision carries
 * none (recorded before stamps existed), since then nothing can be said.
 *
 * @example
 * sameEngine({ version: '0.1.0', digest: 'a' }, { version: '0.2.0', digest: 'a' }) //=> false
 * sameEngine(undefined, { version: '0.1.0', digest: 'a' }) //=> undefined
 */
export function sameEngine(a: EngineStamp | undefined, b: EngineStamp | undefined): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a.version === b.version && a.digest === b.digest;
}
