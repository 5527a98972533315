import type { Command } from '../command';
import { auditCommand } from './audit';
import { batchCommand } from './batch';
import { checkCommand } from './check';
import { decideCommand } from './decide';
import { deskCommand } from './desk';
import { diffCommand } from './diff';
import { mcpCommand } from './mcp';
import { policiesCommand } from './policies';
import { schemaCommand } from './schema';
import { serveCommand } from './serve';
import { testCommand } from './test';

/** Every `sanbao` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  decideCommand,
  batchCommand,
  testCommand,
  checkCommand,
  diffCommand,
  deskCommand,
  schemaCommand,
  policiesCommand,
  auditCommand,
  serveCommand,
  mcpCommand,
];
