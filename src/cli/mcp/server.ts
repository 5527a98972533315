import { version } from '../../../package.json';
import { resourceList } from './resources';
import { callTool, type ToolSettings, toolList } from './tools';

/**
 * `sanbao mcp`: a Model Context Protocol server on the official TypeScript SDK, over standard
 * input and output. The low-level `Server` is used so that the tools' input schemas are the
 * published JSON Schemas as they are, and a bad claim gets the library's own errors (every
 * problem, in both languages) rather than a validator's.
 */
export async function runMcpServer(settings: ToolSettings, streams: { readonly stdin: NodeJS.ReadableStream; readonly stdout: NodeJS.WritableStream }): Promise<void> {
  const { Server } = await import('@modelcontextprotocol/sdk/server/index.js');
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
  const { CallToolRequestSchema, ListResourcesRequestSchema, ListToolsRequestSchema, ReadResourceRequestSchema, McpError, ErrorCode } = await import('@modelcontextprotocol/sdk/types.js');
  const server = new Server(
    { name: 'sanbao', version },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        'Decides China mobile-phone 三包 claims under the national rules. Call decide_claim with the facts; when the decision is provisional, ask the consumer the questions it returns (questions_for_claim gives them for any claim) and decide again: never present a provisional decision as final.',
    },
  );
  const tools = toolList();
  const resources = resourceList();
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: tools as never }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const answer = callTool(request.params.name, request.params.arguments, settings);
    if (answer === undefined) throw new McpError(ErrorCode.InvalidParams, `unknown tool ${JSON.stringify(request.params.name)}`);
    return {
      content: [
        { type: 'text', text: `${answer.summary['zh-CN']}\n\n${answer.summary.en}` },
        { type: 'text', text: JSON.stringify(answer.structured) },
      ],
      structuredContent: answer.structured,
      isError: answer.isError,
    };
  });
  server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: resources.map(({ read: _read, ...resource }) => resource) }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const resource = resources.find((candidate) => candidate.uri === request.params.uri);
    if (resource === undefined) throw new McpError(ErrorCode.InvalidParams, `no resource ${JSON.stringify(request.params.uri)}`);
    return { contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: resource.read() }] };
  });
  const transport = new StdioServerTransport(streams.stdin as never, streams.stdout as never);
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
  });
  await server.connect(transport);
  // The host ends the session by closing our standard input.
  streams.stdin.on('end', () => void server.close());
  await closed;
}
