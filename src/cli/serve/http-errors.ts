/**
 * The service's own errors (those that are not a claim's), in the shape of the library's input
 * errors (`path`, `code`, `expected`, `received`, `message`, each text in zh-CN and en), so that a
 * client reads every error body the same way: `{"errors": [...]}`. The words are data keyed by
 * typed codes, as the library's messages are.
 */
import { fillTemplate } from '../../claim/fill-template';
import type { Problem } from '../../claim/problem';

export type HttpErrorCode = 'unauthorized' | 'not-found' | 'rate-limited' | 'body-timeout' | 'timeout' | 'busy' | 'closing' | 'option' | 'internal';

type Words = { readonly 'zh-CN': string; readonly en: string };

const WORDS: Readonly<Record<HttpErrorCode, { readonly status: number; readonly expected: Words; readonly message: Words }>> = {
  unauthorized: {
    status: 401,
    expected: { 'zh-CN': '请求头 Authorization: Bearer <令牌>', en: 'the header Authorization: Bearer <token>' },
    message: { 'zh-CN': '未授权：缺少令牌或令牌不正确', en: 'unauthorized: the bearer token is missing or wrong' },
  },
  'not-found': {
    status: 404,
    expected: { 'zh-CN': 'GET /openapi.json 中列出的路径之一', en: 'one of the paths GET /openapi.json lists' },
    message: { 'zh-CN': '没有这个路径或方法', en: 'no such path or method' },
  },
  'rate-limited': {
    status: 429,
    expected: { 'zh-CN': '每秒不超过 {limit} 个请求', en: 'at most {limit} requests a second' },
    message: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'too many requests; try again shortly' },
  },
  'body-timeout': {
    status: 408,
    expected: { 'zh-CN': '在 {ms} 毫秒内收到完整的请求体', en: 'the whole request body within {ms} ms' },
    message: { 'zh-CN': '请求体接收超时', en: 'the request body took too long to arrive' },
  },
  timeout: {
    status: 503,
    expected: { 'zh-CN': '在 {ms} 毫秒内完成判定', en: 'the decision within {ms} ms' },
    message: { 'zh-CN': '判定超时，请稍后重试', en: 'the decision took too long; try again later' },
  },
  busy: {
    status: 503,
    expected: { 'zh-CN': '服务有空闲处理能力', en: 'room in the service’s queue' },
    message: { 'zh-CN': '服务繁忙，请稍后重试', en: 'the service is busy; try again later' },
  },
  closing: {
    status: 503,
    expected: { 'zh-CN': '服务正在运行', en: 'the service to be running' },
    message: { 'zh-CN': '服务正在关闭', en: 'the service is shutting down' },
  },
  option: {
    status: 400,
    expected: { 'zh-CN': '{allowed}', en: '{allowed}' },
    message: { 'zh-CN': '查询参数 {name} 的值无效', en: 'the query parameter {name} has a value not allowed' },
  },
  internal: {
    status: 500,
    expected: { 'zh-CN': '正常完成请求', en: 'the request to complete' },
    message: { 'zh-CN': '服务内部错误（详情见服务日志）', en: 'internal error of the service (details in its log)' },
  },
};

/** One of the service's errors: the library's error model (path, expected, received, message in both languages). */
export interface HttpError extends Problem<HttpErrorCode> {}

/**
 * One of the service's errors.
 *
 * @example
 * httpError('option', { path: 'query.lang', received: 'fr', values: { name: 'lang', allowed: 'zh-CN, en' } }).message.en
 * //=> 'the query parameter lang has a value not allowed'
 */
export function httpError(code: HttpErrorCode, options: { readonly path?: string; readonly received?: string; readonly values?: Readonly<Record<string, string>> } = {}): HttpError {
  const words = WORDS[code];
  const values = options.values ?? {};
  const text = (w: Words): Words => ({ 'zh-CN': fillTemplate(w['zh-CN'], values), en: fillTemplate(w.en, values) });
  return { path: options.path ?? '$', code, expected: text(words.expected), received: options.received ?? '', message: text(words.message) };
}

/** The HTTP status of an error code. */
export function statusOf(code: HttpErrorCode): number {
  return WORDS[code].status;
}

/** An error body, as `sanbao decide --format json` prints errors: two-space JSON and a newline. */
export function errorBody(errors: readonly unknown[]): string {
  return `${JSON.stringify({ errors }, null, 2)}\n`;
}
