import { UsageError } from '../args';
import type { Command } from '../command';

// PLACEHOLDER, replaced by the helper building this command; never committed as is.
export const deskCommand: Command = {
  name: 'desk',
  usage: '',
  valueOptions: [],
  flagOptions: [],
  async run() {
    throw new UsageError('desk: not built yet');
  },
};
