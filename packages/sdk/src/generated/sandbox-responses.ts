// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import { Clock, CompanyVerificationResult, Faults, Outbox, ResetResult, SettledPayment } from './sandbox-schemas.js';

// The JSON body of each operation’s success response (unknown keys are stripped)
export const resetSandboxResponse = ResetResult;
export const listOutboxResponse = Outbox;
export const getClockResponse = Clock;
export const setClockResponse = Clock;
export const getFaultsResponse = Faults;
export const setFaultsResponse = Faults;
export const decideCompanyVerificationResponse = CompanyVerificationResult;
export const settlePaymentResponse = SettledPayment;
