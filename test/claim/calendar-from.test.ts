/**
 * `calendarFrom` (I28): a year's rest-day notice loaded from JSON, validated with every problem at
 * once, added to the built-in calendar (replacing one of its years only with override); and what loading it does to a
 * decision that was provisional for want of it.
 */
import { describe, expect, it } from 'vitest';
import { calendarFrom } from '../../src/claim/calendar-from';
import { parseClaim } from '../../src/claim/parse';
import { decideClaim, defaultCalendar } from '../../src/facade/decide';

const NEW_YEAR = { 'zh-CN': '元旦', en: "New Year's Day" };
/** A made-up 2027 notice for the tests: New Year's Day on Friday 2027-01-01, joined to the weekend; 01-06 … 01-08 off. */
const year2027 = (holidays: unknown[] = [{ name: NEW_YEAR, from: '2027-01-01', to: '2027-01-03' }], makeUpWorkdays: unknown[] = []) => ({
  year: 2027,
  notice: { title: '（测试用）2027年节假日安排' },
  holidays,
  makeUpWorkdays,
});
const load = (json: unknown) => {
  const result = calendarFrom(json);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message.en).join('\n'));
  return result;
};
const errorsOf = (json: unknown) => {
  const result = calendarFrom(json);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('calendarFrom: a valid file', () => {
  it('adds a year the built-in calendar lacks', () => {
    const { calendar, years } = load({ years: [year2027()] });
    expect(years).toEqual([2027]);
    expect(calendar.kindOf('2027-01-01')).toMatchObject({ kind: 'holiday', covered: true, holiday: NEW_YEAR });
    expect(calendar.kindOf('2027-01-04')).toMatchObject({ kind: 'working', covered: true });
    expect(calendar.lastYear).toBe(2027);
    // The built-in years stay: 2025's National Day is still a holiday.
    expect(calendar.kindOf('2025-10-01').kind).toBe('holiday');
    expect(defaultCalendar().kindOf('2027-01-01').covered).toBe(false);
  });

  it('replaces a year the built-in calendar has only when told to (override), and says which', () => {
    const bare2026 = { years: [{ year: 2026, notice: { title: 'x' }, holidays: [], makeUpWorkdays: [] }] };
    expect(errorsOf(bare2026).map((error) => [error.path, error.expected.en.slice(0, 40)])).toEqual([['$.years[0].year', 'a year the library’s calendar does not c']]);
    const result = calendarFrom(bare2026, { override: true });
    if (!result.ok) throw new Error('expected the override to load');
    expect(result.replaces).toEqual([2026]);
    expect(result.calendar.replaces).toEqual([2026]);
    expect(result.calendar.kindOf('2026-10-01')).toMatchObject({ kind: 'working', covered: true });
    expect(result.calendar.kindOf('2026-10-03').kind).toBe('weekend');
  });

  it('takes make-up working days, and leaves them out by default', () => {
    const { calendar } = load({ years: [year2027([{ name: NEW_YEAR, from: '2027-01-01', to: '2027-01-03' }], ['2027-01-09'])] });
    expect(calendar.kindOf('2027-01-09')).toMatchObject({ kind: 'working', makeUpWorkday: true });
    const { years } = load({ years: [{ year: 2027, notice: { title: 'x' }, holidays: [] }] });
    expect(years).toEqual([2027]);
  });
});

describe('calendarFrom: every problem at once, with its path, in both languages', () => {
  it('reports schema and cross-field problems together', () => {
    const errors = errorsOf({
      years: [
        year2027(
          [
            { name: NEW_YEAR, from: '2027-01-01', to: '2027-01-03' },
            { name: NEW_YEAR, from: '2027-01-02', to: '2027-01-04' },
            { name: NEW_YEAR, from: '2027-05-05', to: '2027-05-01' },
            { name: NEW_YEAR, from: '2027-02-30', to: '2027-03-01' },
          ],
          ['2027-01-05', '2027-01-02'],
        ),
        { year: 2027, notice: { title: '' }, holidays: [{ name: NEW_YEAR, from: '2029-01-01', to: '2029-01-01' }], makeUpWorkdays: [] },
        { year: 2027.5, notice: {}, holidays: 'none', extra: 1 },
      ],
    });
    expect(errors.map((error) => `${error.path} ${error.code}`)).toEqual([
      '$.years[0].holidays[3].from value',
      '$.years[1].notice.title range',
      '$.years[2].year type',
      '$.years[2].notice.title required',
      '$.years[2].holidays type',
      '$.years[2].extra unknown-key',
      '$.years[0].holidays[1].from value',
      '$.years[0].holidays[2].to order',
      '$.years[0].makeUpWorkdays[0] value',
      '$.years[0].makeUpWorkdays[1] value',
      '$.years[1].year value',
      '$.years[1].holidays[0].from range',
      '$.years[1].holidays[0].to range',
    ]);
    const overlap = errors.find((error) => error.path === '$.years[0].holidays[1].from')!;
    expect(overlap.message.en).toBe('$.years[0].holidays[1].from: expected a holiday span that does not overlap years[0].holidays[0], received "2027-01-02".');
    expect(overlap.message['zh-CN']).toBe('$.years[0].holidays[1].from：取值无效，应为不与 years[0].holidays[0] 重叠的放假区间，实际为 "2027-01-02"。');
    const outside = errors.find((error) => error.path === '$.years[1].holidays[0].from')!;
    expect(outside.expected.en).toBe('a date from 2026-12-01 to 2028-01-31 (the notice’s year, with its neighbouring weeks)');
  });

  it('refuses a span longer than 15 days and a file without years', () => {
    expect(errorsOf({ years: [year2027([{ name: NEW_YEAR, from: '2027-01-01', to: '2027-01-16' }])] }).map((error) => error.expected.en)).toEqual([
      'a span of at most 15 days',
    ]);
    expect(errorsOf({ years: [] }).map((error) => error.path)).toEqual(['$.years']);
    expect(errorsOf(null).map((error) => error.path)).toEqual(['$']);
  });

  it('caps the list as a claim’s: 100 errors listed, the count of the rest beside them', () => {
    const unknown = Object.fromEntries(Array.from({ length: 130 }, (_, index) => [`extra${index}`, index]));
    // 130 unknown keys and a year the library does not allow: 131 problems.
    const result = calendarFrom({ years: [{ ...year2027(), year: 1850 }], ...unknown });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(100);
    expect(result.omittedErrors).toBe(31);
    const few = calendarFrom({ years: [], extra: 1 });
    expect(few.ok === false && few.errors.length === 2 && !('omittedErrors' in few)).toBe(true);
  });

  it('never throws: getters that throw and revoked proxies are errors', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(proxy).map((error) => error.path)).toEqual(['$']);
    const file = {
      years: [
        {
          ...year2027(),
          get holidays(): unknown {
            throw new Error('no');
          },
        },
      ],
    };
    expect(errorsOf(file).map((error) => `${error.path} ${error.received}`)).toEqual(['$.years[0].holidays (unreadable)']);
  });
});

describe('a loaded year settles a decision that waited for it (I28)', () => {
  // Sold Wednesday 2026-12-30; the refund window's last day is Wednesday 2027-01-06; claim Thursday 2027-01-07.
  const claim = parseClaim({
    claimDate: '2027-01-07',
    item: { kind: 'handset' },
    sale: { date: '2026-12-30', priceFen: 259900 },
    fault: { codes: ['no-service'] },
  });
  if (!claim.ok) throw new Error('bad claim');

  it('without 2027: provisional exchange, calendar.2027 missing', () => {
    const decision = decideClaim(claim.claim);
    expect([decision.verdict, decision.status]).toEqual(['exchange', 'provisional']);
    expect(decision.missing.map((entry) => [entry.fact, entry.would])).toEqual([['calendar.2027', 'refund']]);
  });

  it('with a 2027 that makes 01-06 … 01-08 holidays: the window ends Monday 01-11, a final refund', () => {
    const { calendar } = load({ years: [year2027([{ name: NEW_YEAR, from: '2027-01-06', to: '2027-01-08' }])] });
    const decision = decideClaim(claim.claim, { calendar });
    expect([decision.verdict, decision.status, decision.dates.refundUntil]).toEqual(['refund', 'final', '2027-01-11']);
    expect(decision.warnings.map((warning) => warning.code)).toEqual([]);
  });

  it('with a 2027 whose holidays leave 01-06 a working day: a final exchange, nothing missing', () => {
    const { calendar } = load({ years: [year2027()] });
    const decision = decideClaim(claim.claim, { calendar });
    expect([decision.verdict, decision.status, decision.dates.refundUntil]).toEqual(['exchange', 'final', '2027-01-06']);
    expect(decision.missing).toEqual([]);
  });
});

describe('docs/calendar.md', () => {
  it('its example year loads, and gives 2026 exactly as the built-in calendar has it', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../docs/calendar.md', import.meta.url), 'utf8');
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const example = JSON.parse(blocks[blocks.length - 1]!) as unknown;
    const { calendar, years } = load(example);
    expect(years).toEqual([2026]);
    const builtIn = defaultCalendar();
    for (let day = '2025-12-01'; day <= '2027-01-31'; day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      expect(calendar.kindOf(day), day).toEqual(builtIn.kindOf(day));
    }
  });
});
