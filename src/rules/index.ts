import type { Rule } from '../engine/types';
import type { NationalRuleId } from './rule-ids';
import { accessoryRefund, accessoryReplacement } from './accessories';
import { damageDisputed, damageFound } from './damage';
import { batteryCapacity, cosmeticOnly, externalCause, inspection, noFault, unlistedFault } from './fault';
import { lawInForce } from './law-in-force';
import { noReasonActivation, noReasonIntact, noReasonMadeToOrder, noReasonUnavailable, noReasonWindow } from './no-reason';
import { calendarCoverage, counting, periodStartBasis, repairExtension, restartAfterExchange, restDayRollOver, unknownCalendarYear } from './periods';
import { cardMismatch, factoryDateProof, invoiceMismatch, noProof, secondaryProof } from './proof';
import { paidRepair, sellerFirst, sellerPaysTransport } from './remedies';
import { loaner, partsDelay, repairerDelay, twoRepairs } from './repairs';
import { activationBeforeSale, carrierContract } from './sale-context';
import { notInCatalogue } from './scope';
import { consumedRefundWarning, noStock, refundAmount, refundInsteadOfExchange, subsidyReturn } from './substitution';
import { exchangeWindow, periodExpired, refundWindow, warrantyPeriod } from './windows';

/**
 * The national rule chain, in the order it runs. A rule sees the findings of those before it,
 * so the order matters in one way only: rules that ask what the consumer is entitled to so far
 * (the Art. 18/19 substitutions, the loaner, who performs, transport) come after every rule that
 * grants or denies a remedy.
 *
 * 1. Scope and the law in force.
 * 2. When the clocks run (start, restart, repair days, counting, roll-over, calendar).
 * 3. Proof, fault and damage: what can be remedied at all (denials).
 * 4. The windows and the period, accessories, repair history, the no-reason return (grants).
 * 5. Substitution and money.
 * 6. Context of the sale, who performs and who pays the transport.
 * 7. Whether a year the calendar lacks leaves the decision open (I28): it needs every finding;
 *    then the warning that says so, only where it does.
 */
export const nationalRules: readonly Rule<NationalRuleId>[] = [
  ...lawInForce,
  ...notInCatalogue,
  ...periodStartBasis,
  ...restartAfterExchange,
  ...repairExtension,
  ...counting,
  ...restDayRollOver,
  ...cardMismatch,
  ...invoiceMismatch,
  ...secondaryProof,
  ...factoryDateProof,
  ...noProof,
  ...inspection,
  ...externalCause,
  ...noFault,
  ...cosmeticOnly,
  ...unlistedFault,
  ...batteryCapacity,
  ...damageFound,
  ...damageDisputed,
  ...refundWindow,
  ...exchangeWindow,
  ...warrantyPeriod,
  ...periodExpired,
  ...accessoryReplacement,
  ...accessoryRefund,
  ...twoRepairs,
  ...repairerDelay,
  ...partsDelay,
  ...noReasonWindow,
  ...noReasonUnavailable,
  ...noReasonIntact,
  ...noReasonMadeToOrder,
  ...noReasonActivation,
  ...paidRepair,
  ...loaner,
  ...noStock,
  ...refundInsteadOfExchange,
  ...consumedRefundWarning,
  ...refundAmount,
  ...subsidyReturn,
  ...activationBeforeSale,
  ...carrierContract,
  ...sellerFirst,
  ...sellerPaysTransport,
  ...unknownCalendarYear,
  ...calendarCoverage,
];
