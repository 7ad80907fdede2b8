// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.
import {
  Balance,
  BatchRenewalResult,
  EmailChange,
  Invoice,
  InvoiceList,
  IpAllowList,
  Notifications,
  Order,
  OrderList,
  PasswordResetRequested,
  Payment,
  Plan,
  PlanList,
  Profile,
  Quote,
  RecoveryCodes,
  RefundList,
  Security,
  SecurityCodeState,
  Session,
  SessionToken,
  StepUp,
  Ticket,
  TicketList,
  TransactionList,
  TwoFactorSetup,
  Verification,
} from './schemas.js';

// The JSON body of each operation’s success response (unknown keys are stripped)
export const getSessionResponse = Session;
export const createSessionResponse = SessionToken;
export const createStepUpResponse = StepUp;
export const requestPasswordResetResponse = PasswordResetRequested;
export const startVerificationResponse = Verification;
export const confirmVerificationResponse = Verification;
export const getProfileResponse = Profile;
export const updateProfileResponse = Profile;
export const requestEmailChangeResponse = EmailChange;
export const confirmEmailChangeResponse = Profile;
export const resendEmailChangeResponse = EmailChange;
export const getSecurityResponse = Security;
export const replaceIpAllowListResponse = IpAllowList;
export const setSecurityCodeResponse = SecurityCodeState;
export const setupTwoFactorResponse = TwoFactorSetup;
export const enableTwoFactorResponse = RecoveryCodes;
export const regenerateRecoveryCodesResponse = RecoveryCodes;
export const getNotificationsResponse = Notifications;
export const replaceNotificationsResponse = Notifications;
export const listTicketsResponse = TicketList;
export const createTicketResponse = Ticket;
export const listPlansResponse = PlanList;
export const getPlanResponse = Plan;
export const listOrdersResponse = OrderList;
export const createOrderResponse = Order;
export const getOrderResponse = Order;
export const updateOrderResponse = Order;
export const quoteOrderResponse = Quote;
export const quoteRenewalResponse = Quote;
export const renewOrderResponse = Order;
export const quoteBatchRenewalResponse = Quote;
export const batchRenewResponse = BatchRenewalResult;
export const quotePlanChangeResponse = Quote;
export const changePlanResponse = Order;
export const quoteCancellationResponse = Quote;
export const cancelOrderResponse = Order;
export const getBalanceResponse = Balance;
export const listTransactionsResponse = TransactionList;
export const listRefundsResponse = RefundList;
export const listInvoicesResponse = InvoiceList;
export const getInvoiceResponse = Invoice;
export const createTopUpResponse = Invoice;
export const payInvoiceResponse = Payment;
