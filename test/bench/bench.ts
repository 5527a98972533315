/**
 * `npm run bench`: the speed of the engine against the practical floor and two peers, in one
 * process and one run, on the same 10,000 varied, valid claims from the fixtures' space.
 *
 *   (a) decide(): schema parsing, full reasons, citations and trace
 *   (b) decideClaim(): the same without parsing
 *   (c) the seven main-unit rules written by hand, no reasons (the practical floor)
 *   (d) the seven rules in json-rules-engine
 *   (e) the seven rules in @gorules/zen-engine
 *   (f) decide() under a shipped maker's profile (`{ policy: 'huawei' }`): the floor and the profile
 *       decided and merged (issue 17: at most 2× (a))
 *   (g) decide() under a `definePolicy` profile with one rule of its own (everything it is handed
 *       sealed: issue 17, at most 2× (a))
 *
 * Before timing, (a), (c), (d) and (e) must agree on the verdict of every claim of the seven-rule
 * space. The last lines read: BENCH decide=… vs-json-rules-engine=…x vs-floor=…x p99=…us, and
 * BENCH-PROFILES huawei=…x own-rule=…x (each (f), (g) as a multiple of (a)'s time per decision, in
 * the same run: a ratio, which a loaded machine disturbs far less than the absolute figures).
 */
import { type Claim, decide, decideClaim, parseClaim } from '../../src/index';
import * as policyEntry from '../../src/entries/policy';
import { oneRuleProfile } from './one-rule-profile';
import { benchClaims, sevenRuleClaims } from './claims';
import { jsonRulesEngine, zenEngine } from './peers';
import { sevenRules } from './seven-rules';

const COUNT = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

/** Whether a parsed claim lies where only the seven rules decide (see `sevenRuleClaims`). */
function inSevenRuleSpace(claim: Claim): boolean {
  const mainCodes = new Set(['manual-function-failure', 'display-failure', 'no-power-on', 'no-service', 'no-ring', 'dialing-error', 'abnormal-shutdown', 'sim-contact', 'key-failure', 'audio-failure', 'casing-crack']);
  const { sale, proof, fault, condition, history } = claim;
  return (
    claim.item.kind === 'handset' &&
    claim.request === 'best' &&
    sale.channel === 'store' &&
    sale.date >= '2014-03-15' &&
    sale.date <= '2024-06-30' &&
    (sale.deliveredDate === undefined || sale.deliveredDate === sale.date) &&
    ((proof.invoice === 'original' && proof.invoiceImei === undefined && proof.warrantyCard !== 'altered' && proof.warrantyCardImei === undefined) ||
      (proof.invoice === 'none' && proof.warrantyCard === 'none' && proof.otherDateProof === 'none' && claim.item.factoryDate === undefined)) &&
    fault.inspection === 'confirmed' &&
    fault.cause === 'product' &&
    fault.codes.length > 0 &&
    fault.codes.every((code) => mainCodes.has(code)) &&
    condition.liquid !== 'disputed' &&
    condition.impact !== 'disputed' &&
    condition.unauthorizedOpening === 'none' &&
    !condition.forceMajeure &&
    history.exchanges.length === 0 &&
    history.repairs.every((repair) => repair.returned !== null && repair.delayCause === 'none' && repair.faultCodes.some((code) => mainCodes.has(code))) &&
    claim.stock.sameModelAvailable
  );
}

function parsed(input: unknown): Claim {
  const result = parseClaim(input);
  if (!result.ok) throw new Error(`bench claim rejected: ${result.errors[0]?.message.en}`);
  return result.claim;
}

/** Median throughput (per second) of a synchronous run over the claims. */
function throughput<T>(claims: readonly T[], run: (claim: T) => unknown): number {
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = process.hrtime.bigint();
    for (const claim of claims) run(claim);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(claims.length / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

async function throughputAsync<T>(claims: readonly T[], run: (claim: T) => Promise<unknown>, rounds = 3): Promise<number> {
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.hrtime.bigint();
    for (const claim of claims) await run(claim);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(claims.length / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

/** The 99th percentile of one call's time, in microseconds. */
function p99<T>(claims: readonly T[], run: (claim: T) => unknown): number {
  const times: number[] = [];
  for (const claim of claims) {
    const start = process.hrtime.bigint();
    run(claim);
    times.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length * 0.99)]!;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(1));

async function main(): Promise<void> {
  const inputs = benchClaims(COUNT);
  const claims = inputs.map(parsed);
  const seven = [...claims.filter(inSevenRuleSpace), ...sevenRuleClaims(COUNT)];
  const jre = jsonRulesEngine();
  const zen = await zenEngine().catch((error: unknown) => {
    process.stdout.write(`(e) zen-engine unavailable: ${String(error)}\n`);
    return undefined;
  });

  // Agreement before timing.
  let disagreements = 0;
  for (const claim of seven) {
    const a = decideClaim(claim).verdict;
    const c = sevenRules(claim);
    const d = await jre(claim);
    const e = zen === undefined ? c : await zen(claim);
    if (a !== c || a !== d || a !== e) {
      disagreements += 1;
      if (disagreements <= 5) process.stdout.write(`disagree: (a) ${a} (c) ${c} (d) ${d} (e) ${e} on ${JSON.stringify(claim)}\n`);
    }
  }
  process.stdout.write(`agreement: (a), (c), (d)${zen === undefined ? '' : ', (e)'} agree on all ${seven.length} claims of the seven-rule space (${seven.length - COUNT} of them from the fixtures' space)\n`);
  if (disagreements > 0) {
    process.stdout.write(`${disagreements} disagreements: no timing\n`);
    process.exitCode = 1;
    return;
  }

  // Warm up, then time every contender on the same claims.
  for (let round = 0; round < 3; round += 1) for (const input of inputs) decide(input);
  const a = throughput(inputs, (input) => decide(input));
  const b = throughput(claims, (claim) => decideClaim(claim));
  const c = throughput(claims, sevenRules);
  const d = await throughputAsync(claims, jre);
  const e = zen === undefined ? undefined : await throughputAsync(claims, zen);
  const latency = p99(inputs, (input) => decide(input));
  const shop = oneRuleProfile(policyEntry);
  for (const input of inputs) {
    decide(input, { policy: 'huawei' });
    decide(input, { policy: shop });
  }
  const f = throughput(inputs, (input) => decide(input, { policy: 'huawei' }));
  const g = throughput(inputs, (input) => decide(input, { policy: shop }));

  const rows: [string, number][] = [
    ['(a) decide(), with parsing, reasons, citations, trace', a],
    ['(b) decideClaim(), without parsing', b],
    ['(c) seven rules by hand (the practical floor)', c],
    ['(d) seven rules in json-rules-engine', d],
    ...(e === undefined ? [] : ([['(e) seven rules in @gorules/zen-engine', e]] as [string, number][])),
    ['(f) decide() under huawei (floor + profile, merged)', f],
    ['(g) decide() under a profile with one rule of its own', g],
  ];
  for (const [name, rate] of rows) process.stdout.write(`${name.padEnd(56)} ${fmt(rate).padStart(9)} decisions/s  ${fmt(1e6 / rate).padStart(7)} µs each\n`);
  process.stdout.write(`claims: ${inputs.length} from ${new Set(inputs.map((input) => JSON.stringify((input as { item: unknown }).item))).size} item shapes; node ${process.version}; ${ROUNDS} rounds, median\n`);
  process.stdout.write(`BENCH decide=${Math.round(a)} vs-json-rules-engine=${(a / d).toFixed(1)}x vs-floor=${(c / b).toFixed(1)}x p99=${latency.toFixed(1)}us\n`);
  process.stdout.write(`BENCH-PROFILES huawei=${(a / f).toFixed(2)}x own-rule=${(a / g).toFixed(2)}x (time per decision, as a multiple of (a)'s)\n`);
}

await main();
