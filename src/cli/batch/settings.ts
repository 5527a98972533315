import { type Args, UsageError } from '../args';
import { fieldsOf, type Shape } from './shape';

/** The shape `--compact` or `--fields` asks for (they exclude each other); the full decision by default. */
export function shapeOf(args: Args): Shape {
  const fields = args.options.fields;
  const compact = args.options.compact === true;
  if (fields !== undefined && compact) throw new UsageError('--compact and --fields exclude each other');
  if (fields === true) throw new UsageError('--fields needs a value');
  if (typeof fields === 'string') return { kind: 'fields', fields: fieldsOf(fields) };
  return compact ? { kind: 'compact' } : { kind: 'full' };
}
