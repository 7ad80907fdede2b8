// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.

export type OperationInfo = {
  method: string;
  path: string;
  tag: string;
  mutation: boolean;
  sensitive: boolean;
  ifMatch: boolean;
  auth: boolean;
  status: number;
  accept: string | null;
  body?: string;
  bodyRequired?: boolean;
  query?: string;
  params?: string;
  response?: string;
  codes: readonly string[];
};

export const sandboxOperations = {
  resetSandbox: {
    method: 'POST',
    path: '/sandbox/reset',
    tag: 'sandbox',
    mutation: true,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['validation_failed'],
    body: 'resetSandboxBody',
    bodyRequired: false,
    response: 'resetSandboxResponse',
  },
  listOutbox: {
    method: 'GET',
    path: '/sandbox/outbox',
    tag: 'sandbox',
    mutation: false,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['validation_failed'],
    query: 'listOutboxQuery',
    response: 'listOutboxResponse',
  },
  getClock: {
    method: 'GET',
    path: '/sandbox/clock',
    tag: 'sandbox',
    mutation: false,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: [],
    response: 'getClockResponse',
  },
  setClock: {
    method: 'POST',
    path: '/sandbox/clock',
    tag: 'sandbox',
    mutation: true,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['validation_failed'],
    body: 'setClockBody',
    bodyRequired: true,
    response: 'setClockResponse',
  },
  getFaults: {
    method: 'GET',
    path: '/sandbox/faults',
    tag: 'sandbox',
    mutation: false,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: [],
    response: 'getFaultsResponse',
  },
  setFaults: {
    method: 'POST',
    path: '/sandbox/faults',
    tag: 'sandbox',
    mutation: true,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['validation_failed'],
    body: 'setFaultsBody',
    bodyRequired: true,
    response: 'setFaultsResponse',
  },
  decideCompanyVerification: {
    method: 'POST',
    path: '/sandbox/staff/company-verification',
    tag: 'sandbox',
    mutation: true,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['action_not_allowed', 'not_found', 'validation_failed'],
    body: 'decideCompanyVerificationBody',
    bodyRequired: true,
    response: 'decideCompanyVerificationResponse',
  },
  settlePayment: {
    method: 'POST',
    path: '/sandbox/payments/{id}/settle',
    tag: 'sandbox',
    mutation: true,
    sensitive: false,
    ifMatch: false,
    auth: false,
    status: 200,
    accept: 'application/json',
    codes: ['action_not_allowed', 'not_found', 'validation_failed'],
    body: 'settlePaymentBody',
    bodyRequired: true,
    params: 'settlePaymentParams',
    response: 'settlePaymentResponse',
  },
} as const satisfies Record<string, OperationInfo>;

export type SandboxOperationId = keyof typeof sandboxOperations;
