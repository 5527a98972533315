/**
 * `sanbao/dispute`: a shop's recorded decision checked against what the law gives (shortfalls and
 * surpluses, in words), two runs of decisions compared rule by rule, and the stamp that names the
 * engine, profile and calendar a decision was made with.
 */
export {
  type ChangedLine,
  type CheckInput,
  type CheckInputJson,
  checkInputSchema,
  type CheckResult,
  checkShopDecision,
  type CheckSummary,
  checkSummary,
  decisionDiff,
  type DiffResult,
  engineStampSchema,
  parseCheckInput,
  renderCheck,
  renderCheckSummary,
  renderDiff,
  type RuleChange,
  type ShopDecision,
  shopDecisionSchema,
  type ShopRemedy,
  shopRemedySchema,
  type Shortfall,
  type Surplus,
} from '../dispute/index';
export { engineDigest, type EngineStamp, engineStamp, sameEngine } from '../stamp/stamp';
