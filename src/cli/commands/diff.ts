import { UsageError } from '../args';
import type { Command } from '../command';

// PLACEHOLDER, replaced by the helper building this command; never committed as is.
export const diffCommand: Command = {
  name: 'diff',
  usage: '',
  valueOptions: [],
  flagOptions: [],
  async run() {
    throw new UsageError('diff: not built yet');
  },
};
