import { EARLIEST_DAY, LATEST_DAY } from '../claim/primitives';

/**
 * A claim's calendar date as a regular expression, so that a JSON Schema says what the library
 * checks: a real day (no 2025-02-30, 29 February only in leap years) from 1980-01-01 to
 * 2099-12-31. In that range a year is a leap year exactly when it divides by 4 (2000 does), which
 * is what the last alternative spells out. No look-around, so RE2 (Go) and Java read it too.
 * A test compares it with the library's check on every day from 1979 to 2100.
 */
export const CALENDAR_DAY_PATTERN =
  '^(?:(?:19[89][0-9]|20[0-9]{2})-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|(?:19(?:8[048]|9[26])|20(?:[02468][048]|[13579][26]))-02-29)$';

/** The range the pattern covers, named in its description. */
export const CALENDAR_DAY_RANGE = `${EARLIEST_DAY} to ${LATEST_DAY}` as const;
