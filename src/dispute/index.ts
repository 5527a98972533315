/** Disputes: a shop's recorded decision checked against the floor, and two runs of decisions compared. */
export { type CheckResult, checkShopDecision, type Shortfall, stampText, type Surplus } from './check';
export { type ChangedLine, COMPARED, type Compared, decisionDiff, type DiffResult, type RuleChange } from './diff';
export { disputeMessage } from './messages';
export { renderCheck, renderCheckSummary, renderDiff, type ReportFormat } from './render';
export {
  type CheckInput,
  type CheckInputJson,
  checkInputSchema,
  engineStampSchema,
  parseCheckInput,
  type ShopDecision,
  shopDecisionSchema,
  type ShopRemedy,
  shopRemedySchema,
} from './shop-decision';
export { type CheckSummary, checkSummary } from './summary';
