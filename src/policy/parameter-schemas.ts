import type { z } from 'zod/mini';
import type { Params } from '../rules/national-parameters';
import { type ParameterDeclarations, parameterDeclarations } from '../rules/national-parameters';

/**
 * What each parameter's value may be, from its declaration. A profile's values are checked
 * against these when it is defined (design.md §5: nothing a profile says may make the engine
 * throw), so the bounds are those within which every rule computes a sane result: whole days and
 * months (a period of 2.5 days has no last day), periods no longer than 50 years (date arithmetic
 * stays inside the calendar), finite money, a depreciation rate that is a proper fraction.
 */
export const parameterSchemas = Object.fromEntries(
  Object.entries(parameterDeclarations as ParameterDeclarations).map(([name, declaration]) => [name, declaration.schema]),
) as unknown as { readonly [K in keyof Params]: z.ZodMiniType<Params[K]> };
