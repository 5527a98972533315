/**
 * `sanbao mcp` driven by the MCP SDK's own client over standard input and output, as an agent's
 * host would: the built command line in its own process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decide, MAX_CLAIM_BYTES, parseClaim } from '../../src/index';
import { loadFixtures } from '../support/fixtures';

const cli = join(inject('builtDir'), 'cli.js');
const fixtures = loadFixtures();
const claimOf = (name: string) => fixtures.find((fixture) => fixture.name === name)!.claim;
const complete = claimOf('national/refund-day-7.json');
/** The impact finding disputed after six months: the decision waits on it (provisional). */
const incomplete = claimOf('national/damage-disputed-after-6-months-consumer-must-prove.json');
const BAD = { claimDate: '2025-02-30', item: { kind: 'handset' }, sale: { date: '2025-03-01', priceFen: '100' }, fault: { codes: ['no-power-on'] }, colour: 'red' };

type ToolResult = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: Record<string, unknown> };

let client: Client;
let transport: StdioClientTransport;
beforeAll(async () => {
  transport = new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp'], stderr: 'pipe' });
  client = new Client({ name: 'sanbao-test', version: '1.0.0' });
  await client.connect(transport);
});
afterAll(async () => {
  await client?.close();
});

const callTool = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;

describe('sanbao mcp', () => {
  it('lists its four tools, their input schemas built from the published claim schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['check_shop_decision', 'decide_claim', 'list_policies', 'questions_for_claim']);
    const { $schema: _draft, ...published } = JSON.parse(readFileSync('docs/schemas/claim.schema.json', 'utf8')) as Record<string, unknown>;
    for (const tool of tools.filter((candidate) => candidate.name !== 'list_policies')) {
      expect(tool.inputSchema.properties?.claim, tool.name).toEqual(published);
    }
  });

  it('decide_claim decides a complete claim: final, the decision of decide(), a summary in both languages', async () => {
    const result = await callTool('decide_claim', { claim: complete });
    expect(result.isError).toBe(false);
    expect(result.structuredContent?.provisional).toBe(false);
    expect(result.structuredContent?.decision).toEqual(decide(complete, { counterfactuals: true }));
    expect(result.content[0]!.text).toMatch(/结论：退货（最终）/);
    expect(result.content[0]!.text).toMatch(/Decision: a refund \(final\)/);
  });

  it('decide_claim on a claim with a fact missing: a provisional decision and the questions, never a final answer', async () => {
    const expected = decide(incomplete, { counterfactuals: true });
    expect(expected.status).toBe('provisional');
    const result = await callTool('decide_claim', { claim: incomplete });
    expect(result.isError).toBe(false);
    const text = result.content[0]!.text;
    expect(text).toMatch(/^暂定结论（尚非最终结论/);
    expect(text).toContain('PROVISIONAL (not final');
    expect(text).not.toMatch(/\(final\)|（最终）/);
    const structured = result.structuredContent as { provisional: boolean; questions: { fact: string; kind: string; question: { 'zh-CN': string; en: string } }[] };
    expect(structured.provisional).toBe(true);
    expect(structured.questions[0]).toMatchObject({ fact: expected.missing[0]!.fact, kind: 'missing' });
    expect(text).toContain(structured.questions[0]!.question.en);
    expect(text).toContain(structured.questions[0]!.question['zh-CN']);
  });

  it('questions_for_claim: the missing facts first, then those whose other answers change the outcome, each once, in both languages', async () => {
    const result = await callTool('questions_for_claim', { claim: incomplete });
    const decision = decide(incomplete, { counterfactuals: true });
    const questions = (result.structuredContent as { questions: { fact: string; kind: string; question: { 'zh-CN': string; en: string }; outcomes: { verdict: string }[] }[] }).questions;
    const missingFacts = decision.missing.map((missing) => missing.fact);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.slice(0, missingFacts.length).map((question) => question.fact)).toEqual(missingFacts);
    expect(questions.slice(0, missingFacts.length).every((question) => question.kind === 'missing')).toBe(true);
    expect(new Set(questions.map((question) => question.fact)).size).toBe(questions.length);
    expect(questions.some((question) => question.fact === 'claimDate')).toBe(false);
    for (const question of questions) {
      expect(question.question['zh-CN']).toMatch(/[\u4e00-\u9fff].*？$/);
      expect(question.question.en).toMatch(/\?$/);
      expect(question.outcomes.length).toBeGreaterThan(0);
    }
    expect(questions.find((question) => question.fact === 'condition.impact')?.question.en).toMatch(/impact/);
    // A claim that is not yet valid: what is missing or wrong, as the library's errors say it.
    const partial = await callTool('questions_for_claim', { claim: { claimDate: '2025-03-08', item: { kind: 'handset' } } });
    expect(partial.isError).toBe(false);
    const parsed = parseClaim({ claimDate: '2025-03-08', item: { kind: 'handset' } });
    if (parsed.ok) throw new Error('must not parse');
    expect((partial.structuredContent as { valid: boolean; questions: { path: string }[] }).questions.map((q) => q.path)).toEqual(parsed.errors.map((error) => error.path));
  });

  it('check_shop_decision finds a shop decision below the floor, with what was owed by article', async () => {
    const result = await callTool('check_shop_decision', { claim: complete, shop: { verdict: 'paid-repair', remedies: [{ type: 'paid-repair' }] }, id: 'T-9' });
    expect(result.isError).toBe(false);
    const structured = result.structuredContent as { id: string; meetsFloor: boolean; shortfalls: { remedy: string; cites: string[] }[] };
    expect(structured.id).toBe('T-9');
    expect(structured.meetsFloor).toBe(false);
    expect(structured.shortfalls.map((shortfall) => shortfall.remedy)).toContain('refund');
    expect(structured.shortfalls.every((shortfall) => shortfall.cites.length > 0)).toBe(true);
    const fine = await callTool('check_shop_decision', { claim: complete, shop: { verdict: 'refund' } });
    expect((fine.structuredContent as { meetsFloor: boolean }).meetsFloor).toBe(true);
  });

  it('a bad claim is an error result with every problem in both languages; so is a claim over the size limit and an unknown profile', async () => {
    const parsed = parseClaim(BAD);
    if (parsed.ok) throw new Error('must not parse');
    for (const tool of ['decide_claim', 'check_shop_decision']) {
      const result = await callTool(tool, tool === 'decide_claim' ? { claim: BAD } : { claim: BAD, shop: { verdict: 'refund' } });
      expect(result.isError, tool).toBe(true);
      const errors = (result.structuredContent as { errors: { path: string }[] }).errors;
      expect(errors.map((error) => error.path.replace(/^\$\.claim(?=[.[]|$)/, '$')), tool).toEqual(parsed.errors.map((error) => error.path));
      // The check's errors name their place inside the {claim, shop} document ($.claim.…).
      if (tool === 'decide_claim') expect(result.content[0]!.text).toContain(parsed.errors[0]!.message.en);
      else expect(result.content[0]!.text).toContain('$.claim.claimDate');
    }
    const big = await callTool('decide_claim', { claim: { ...complete, note: 'x'.repeat(MAX_CLAIM_BYTES + 20 * 1024) } });
    expect(big.isError).toBe(true);
    expect((big.structuredContent as { errors: { code: string }[] }).errors[0]!.code).toBe('too-large');
    const policy = await callTool('decide_claim', { claim: complete, policy: 'acme' });
    expect(policy.isError).toBe(true);
    expect((policy.structuredContent as { errors: { path: string }[] }).errors[0]!.path).toBe('$.policy');
  });

  it('list_policies and the resources: the shipped profiles, the schemas, docs/interpretations.md', async () => {
    const policies = await callTool('list_policies', {});
    expect((policies.structuredContent as { policies: { id: string }[] }).policies.map((policy) => policy.id)).toContain('cn-national');
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri).sort()).toEqual(['sanbao://docs/interpretations.md', 'sanbao://schemas/claim', 'sanbao://schemas/decision', 'sanbao://schemas/fixture']);
    const doc = await client.readResource({ uri: 'sanbao://docs/interpretations.md' });
    expect((doc.contents[0] as { text: string }).text).toBe(readFileSync('docs/interpretations.md', 'utf8'));
    const schema = await client.readResource({ uri: 'sanbao://schemas/decision' });
    expect((schema.contents[0] as { text: string }).text).toBe(readFileSync('docs/schemas/decision.schema.json', 'utf8'));
  });
});
