import type { ParameterSet } from '../rules/national-parameters';
import { parameterOf } from '../rules/declare-parameter';
import { type ParameterDeclarations, parameterDeclarations } from '../rules/national-parameters';

/**
 * The national profile's parameters: the statutory floor, as dated values with their citations,
 * taken from the declarations (src/rules/national-parameters.ts) in their order.
 */
export const nationalParameters: ParameterSet = Object.fromEntries(
  Object.entries(parameterDeclarations as ParameterDeclarations).map(([name, declaration]) => [name, parameterOf<unknown>(declaration)]),
) as unknown as ParameterSet;
