import { type Args, UsageError } from '../args';
import { EXIT } from '../command';
import type { CliIo } from '../io';
import { runMcpServer } from '../mcp/server';
import { calendarOf, policyOf } from '../options';
import { needOptional } from '../optional-dependencies';

/** What `sanbao mcp` does (loaded on use by mcp.ts): serves MCP on standard input and output until the host closes it. */
export async function runMcp(args: Args, io: CliIo): Promise<number> {
  if (args.positional.length > 0) throw new UsageError('mcp takes no file');
  await needOptional('mcp');
  const policy = await policyOf(args);
  const calendar = await calendarOf(args, io);
  await runMcpServer({ policy, ...(calendar === undefined ? {} : { calendar }) }, { stdin: process.stdin, stdout: process.stdout });
  return EXIT.decided;
}
