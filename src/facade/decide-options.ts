import { cut, excerpt } from '../claim/excerpt';
import type { Lang } from '../law/lang';
import type { Policy } from '../policy/policy';
import type { PolicyId } from '../policy/registry';
import { isCalendarData, type RestDayCalendar } from '../time/rest-day-calendar';

type Words = Readonly<Record<Lang, string>>;

/** The options `decide` and its kin read (see `DecideOptions`). */
const KNOWN = ['policy', 'calendar', 'counterfactuals'] as const;

/**
 * Options that are not an options object: a string where `{ policy }` goes (`decide(claim,
 * 'huawei')`), an unknown key (`{ polcy: 'huawei' }`), a calendar that is not one. Each would
 * otherwise decide under the floor in silence. A `TypeError`, with the path, what was expected and
 * what came, in both languages.
 */
export class InvalidOptionsError extends TypeError {
  override readonly name = 'InvalidOptionsError';
  /** Where: `options`, or `options.<key>`. */
  readonly path: string;
  readonly expected: Words;
  readonly received: string;
  readonly text: Words;
  constructor(path: string, expected: Words, received: string, hint?: Words) {
    const text = {
      'zh-CN': `${path}：应为${expected['zh-CN']}，收到 ${received}${hint === undefined ? '' : `（${hint['zh-CN']}）`}`,
      en: `${path}: expected ${expected.en}, received ${received}${hint === undefined ? '' : ` (${hint.en})`}`,
    };
    super(text.en);
    this.path = path;
    this.expected = expected;
    this.received = received;
    this.text = text;
  }
}

const OPTIONS: Words = { 'zh-CN': '选项对象，如 { policy: "huawei" }', en: 'an options object such as { policy: "huawei" }' };

/** Reads one option once; a getter or proxy that throws is the caller's error, said as such. */
function read(options: object, key: string): unknown {
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    throw new InvalidOptionsError(`options.${key}`, { 'zh-CN': '可读取的值', en: 'a value that can be read' }, 'a value whose reading threw');
  }
}

/**
 * The options of `decide`, `decideClaim` and `safeDecide`, checked and read once: `undefined`
 * or `null` for none, otherwise a plain object with only the known keys, a calendar with a
 * `kindOf` function and a boolean `counterfactuals`. The profile itself is checked where it is
 * looked up (an unknown id is `UnknownPolicyError`). Throws {@link InvalidOptionsError}, a
 * `TypeError`, otherwise: never the floor in silence.
 *
 * @example
 * decideOptionsOf(undefined) //=> {}
 * decideOptionsOf({ policy: 'huawei' }) //=> { policy: 'huawei' }
 * (() => { try { decideOptionsOf('huawei'); } catch (error) { return error.message; } })()
 * //=> 'options: expected an options object such as { policy: "huawei" }, received "huawei" (to decide under a profile, pass { policy: "huawei" })'
 */
export function decideOptionsOf(options: unknown): { readonly policy?: Policy | PolicyId; readonly calendar?: RestDayCalendar; readonly counterfactuals?: boolean } {
  if (options === undefined || options === null) return {};
  let list: boolean;
  try {
    list = Array.isArray(options);
  } catch {
    // A revoked proxy: not even whether it is a list can be read.
    throw new InvalidOptionsError('options', OPTIONS, 'an unreadable value');
  }
  if (typeof options !== 'object' || list) {
    const hint = typeof options === 'string' ? { 'zh-CN': `要按某一政策判定，请传入 { policy: ${excerpt(options)} }`, en: `to decide under a profile, pass { policy: ${excerpt(options)} }` } : undefined;
    throw new InvalidOptionsError('options', OPTIONS, excerpt(options), hint);
  }
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch {
    throw new InvalidOptionsError('options', OPTIONS, 'an object whose keys cannot be read');
  }
  const unknown = keys.filter((key) => !(KNOWN as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new InvalidOptionsError(`options.${cut(unknown[0]!)}`, { 'zh-CN': `已知选项之一：${KNOWN.join('、')}`, en: `one of the known options: ${KNOWN.join(', ')}` }, excerpt(unknown[0]));
  }
  const policy = read(options, 'policy');
  const calendar = read(options, 'calendar');
  const counterfactuals = read(options, 'counterfactuals');
  if (calendar !== undefined && (calendar === null || typeof calendar !== 'object' || typeof (calendar as { kindOf?: unknown }).kindOf !== 'function')) {
    throw new InvalidOptionsError('options.calendar', { 'zh-CN': '休息日日历（由 calendarFrom 或 restDayCalendarOf 得到）', en: 'a rest-day calendar (from calendarFrom or restDayCalendarOf)' }, excerpt(calendar));
  }
  if (calendar !== undefined && !isCalendarData(calendar as RestDayCalendar)) {
    // A calendar is data with a digest: a kindOf written by hand could replace any year unseen.
    throw new InvalidOptionsError('options.calendar', { 'zh-CN': '由 calendarFrom 或 restDayCalendarOf 得到的休息日日历', en: 'a rest-day calendar built by calendarFrom or restDayCalendarOf' }, 'an object written by hand');
  }
  const replaces = (calendar as RestDayCalendar | undefined)?.replaces ?? [];
  if (replaces.length > 0 && (calendar as RestDayCalendar).override !== true) {
    throw new InvalidOptionsError(
      'options.calendar',
      { 'zh-CN': '只增加本库未收录年份的日历，或以 { override: true } 构建的日历', en: 'a calendar that only adds years the library lacks, or one built with { override: true }' },
      `a calendar replacing ${replaces.join(', ')}`,
      { 'zh-CN': `本库已收录 ${replaces.join('、')} 年`, en: `the library carries ${replaces.join(', ')}` },
    );
  }
  if (counterfactuals !== undefined && typeof counterfactuals !== 'boolean') {
    throw new InvalidOptionsError('options.counterfactuals', { 'zh-CN': 'true 或 false', en: 'true or false' }, excerpt(counterfactuals));
  }
  return {
    ...(policy === undefined ? {} : { policy: policy as Policy | PolicyId }),
    ...(calendar === undefined ? {} : { calendar: calendar as RestDayCalendar }),
    ...(counterfactuals === undefined ? {} : { counterfactuals }),
  };
}
