import type { Command } from '../command';

/** `sanbao mcp`; its work (the MCP SDK) is loaded when it runs (see decide.ts for why). */
export const mcpCommand: Command = {
  name: 'mcp',
  usage: `  sanbao mcp    [--policy ID] [--calendar FILE]
                                            a Model Context Protocol server on standard input
                                            and output, for customer-service agents
                                            (docs/agent.md)`,
  options: { policy: { type: 'string' }, calendar: { type: 'string' } },
  run: async (args, io) => (await import('./mcp-run')).runMcp(args, io),
};
