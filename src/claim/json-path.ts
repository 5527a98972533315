import { cut, EXCERPT } from './excerpt';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a path as JSONPath, under `base` (`$` unless a part of a larger value is meant): a
 * name as `.name`, an index as `[0]`, any other key quoted. A key longer than an excerpt is named
 * by its start, since a hostile key may be megabytes long.
 *
 * @example
 * jsonPath(['history', 'repairs', 0]) //=> '$.history.repairs[0]'
 * jsonPath(['value'], '$.parameters.exchangeWindow') //=> '$.parameters.exchangeWindow.value'
 * jsonPath(['bad key']) //=> '$["bad key"]'
 */
export function jsonPath(path: readonly PropertyKey[], base = '$'): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= EXCERPT && IDENTIFIER.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(cut(String(key)))}]`;
  }
  return out;
}
