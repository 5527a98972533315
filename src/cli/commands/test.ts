import { UsageError } from '../args';
import type { Command } from '../command';

// PLACEHOLDER, replaced by the helper building this command; never committed as is.
export const testCommand: Command = {
  name: 'test',
  usage: '',
  valueOptions: [],
  flagOptions: [],
  async run() {
    throw new UsageError('test: not built yet');
  },
};
