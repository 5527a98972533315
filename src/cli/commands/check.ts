import { UsageError } from '../args';
import type { Command } from '../command';

// PLACEHOLDER, replaced by the helper building this command; never committed as is.
export const checkCommand: Command = {
  name: 'check',
  usage: '',
  valueOptions: [],
  flagOptions: [],
  async run() {
    throw new UsageError('check: not built yet');
  },
};
