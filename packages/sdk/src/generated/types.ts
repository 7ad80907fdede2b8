// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.

export interface paths {
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current session
         * @description Returns the login, the expiry of the session and of the current step-up, if any.
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in
         * @description Signs in with the billing login and password. When the account has two-factor authentication the first attempt gets 401 `totp_required`: repeat with `totpCode` (or one `recoveryCode`). In `token` mode (default) the response carries a bearer token; keep it in memory. In `cookie` mode the response sets an HttpOnly `introserv_session` cookie and carries no token; later requests must send `X-Introserv-CSRF: 1`. After 5 failures for the same account and IP within 15 minutes the following attempts get 429 `rate_limited` until `Retry-After`. Sign-in also checks the IP allow-list (403 `ip_not_allowed`). An `Idempotency-Key` is accepted but the response is never stored or replayed.
         */
        post: operations["createSession"];
        /**
         * Sign out
         * @description Ends the session (and clears the cookie in cookie mode). The token stops working at once.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/step-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Step up
         * @description Proves presence again before sensitive operations (password, email change, IP allow-list, two-factor, security code, recovery codes). Send exactly one of `password`, `totpCode` or `verificationId` (a confirmed verification with purpose `step_up`). The token is valid for any number of sensitive calls for 5 minutes, sent as `X-Introserv-Step-Up`. A wrong password or code gets 401 `invalid_credentials`; five wrong codes 429 `code_locked`. An `Idempotency-Key` is accepted but never replayed.
         */
        post: operations["createStepUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: send a code
         * @description Sends a reset code to the account email. The answer is the same whether the login exists or not. The code is single-use and expires in 10 minutes. An `Idempotency-Key` is accepted but never replayed.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: set a new one
         * @description Sets a new password with the emailed code. The password is 8 to 128 characters and may not be the login, compared case-insensitively (422 `validation_failed`, `not_allowed` at `/newPassword`). Every session of the account ends. A wrong code gets 422 `invalid_code`; five wrong codes 429 `code_locked`.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a phone verification
         * @description Sends a code by SMS, or has Introserv call the profile's mobile phone. For a call the user need not answer: they type the last 4 digits of the calling number; on a landline they pick up and type the 4 digits a robot speaks. If it does not arrive, start again on the `secondary` gateway; if neither works, contact support. Purpose `phone` verifies the profile phone; `step_up` makes the verification usable as a step-up method. Codes are single-use and expire within 10 minutes. 409 `action_not_allowed` when the profile has no mobile phone.
         */
        post: operations["startVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/verifications/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a verification
         * @description Checks the code: the SMS code, the last 4 digits of the calling number, or the 4 digits the robot spoke. A wrong code gets 422 `invalid_code` and lowers `attemptsLeft`; after 5 misses 429 `code_locked`. An expired verification gets 422 `invalid_code`.
         */
        post: operations["confirmVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Personal information
         * @description Returns the profile with its `ETag`.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update personal information
         * @description Changes the given fields (send only what changes) under `If-Match`. Last name, first name, city and address cannot be emptied. `country` is read-only: it is accepted only to refuse a different value with 422 `country_change_requires_ticket` (send a `country_change` ticket instead). A new `mobilePhone` resets `phoneVerified`. Switching to `company` requires `company`; the company then starts `verification_pending` and cannot pay invoices until staff verify it. The email changes through `/v1/profile/email-change`.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/profile/email-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email: send a code
         * @description Sends a code to the NEW address. Until it is confirmed the profile shows the old, confirmed `email`, `emailStatus: pending` and `pendingEmail`. Sensitive: needs a step-up.
         */
        post: operations["requestEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profile/email-change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email: confirm
         * @description Confirms the new address with the code sent to it; `email` becomes the new address and notification addresses left null follow it. A wrong code gets 422 `invalid_code`; five wrong codes 429 `code_locked`; 409 `action_not_allowed` when no change is pending.
         */
        post: operations["confirmEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profile/email-change/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email: send the code again
         * @description Sends a new code to the pending address (the old code stops working). 409 `action_not_allowed` when no change is pending.
         */
        post: operations["resendEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Security settings
         * @description Login, last sign-in, current IP, security code state, IP allow-list, two-factor state, recovery codes left, password change date. The `ETag` covers the IP allow-list only.
         */
        get: operations["getSecurity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/ip-allowlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the IP allow-list
         * @description Replaces the whole list. Each entry is a single IPv4 or IPv6 address, a dash range (`192.168.0.1-192.168.0.10`) or CIDR block; a bad entry gets 422 `validation_failed` with an error at `/entries/N`. Entries are normalised and de-duplicated. A list that does not cover the caller's current IP is refused with 409 `lockout_risk` (with `callerIp`) unless `acknowledgeLockout` is true. An empty list lifts the restriction. Enforced at sign-in and on every request (403 `ip_not_allowed`).
         */
        put: operations["replaceIpAllowList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/security-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the security code
         * @description Sets the secret code you give support to prove who you are. It can be set only once (then 409 `security_code_already_set`), is stored hashed and never appears in any response.
         */
        put: operations["setSecurityCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Changes the password: the current one is required (a wrong one gets 401 `invalid_credentials`); the new one is 8 to 128 characters and may not be the login, compared case-insensitively (422 `validation_failed`, `not_allowed` at `/newPassword`). Other sessions end.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-factor setup
         * @description Creates a new TOTP secret and its otpauth URI (show it as a QR code). Two-factor is not on until `enable` confirms a code. 409 `action_not_allowed` when already enabled.
         */
        post: operations["setupTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable two-factor
         * @description Turns two-factor on with a code of the authenticator app, and returns 10 recovery codes once. A wrong code gets 422 `invalid_code`; 409 `action_not_allowed` without a setup.
         */
        post: operations["enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable two-factor
         * @description Turns two-factor off with an authenticator `code` or the account `password` (one of them). Remaining recovery codes are deleted. A wrong one gets 422 `invalid_code`; 409 `action_not_allowed` when it is off.
         */
        post: operations["disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New recovery codes
         * @description Replaces every recovery code with 10 new ones, shown once. 409 `action_not_allowed` when two-factor is off.
         */
        post: operations["regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification settings
         * @description Returns the notification settings with their `ETag`.
         */
        get: operations["getNotifications"];
        /**
         * Save notification settings
         * @description Replaces every setting under `If-Match`. An address set to null follows the account email. The threshold must be in the account currency and not negative.
         */
        put: operations["replaceNotifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Tickets sent from this account, newest first.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Send a ticket
         * @description Sends a ticket. `support` mail goes to the support address, `complaint` mail to the complaints address (each the account email when not set). A country change goes through a `country_change` ticket with the requested `country`.
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Dedicated server and VPS/VDS plans with prices per period and the fields each order needs.
         */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a plan
         * @description One plan of the catalog with its prices per period and order fields; 404 `not_found` for an unknown id.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Active orders or history, filtered, searched and sorted on the server, by cursor pages. Each order carries `daysRemaining` computed by the server and the `actions` it allows.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Place an order
         * @description Executes a `new_order` quote: charges the total to the balance (402 `insufficient_balance` with `shortfall` when it does not cover it) and creates the order, `processing` until the service is set up.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export orders as CSV
         * @description Every order matching the same filters as the list, as CSV (UTF-8, comma-separated, header row: id, plan, ip, label, status, period, price, currency, paidUntil, daysRemaining, autoRenew, createdAt; amounts in minor units).
         */
        get: operations["exportOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an order
         * @description One order with its `ETag`.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update order settings
         * @description Changes the label and auto-renew under `If-Match`. 409 `action_not_allowed` on a cancelled or closed order.
         */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/v1/orders/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a new order
         * @description Prices a new order of a plan for a period: one line with the plan's price for the period, the tax, and the balance after. `fields` must answer the plan's `orderFields` (errors at `/fields/NAME`). 404 `not_found` for an unknown plan; 409 `action_not_allowed` when the plan is unavailable or the period not offered.
         */
        post: operations["quoteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/renewal-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a renewal
         * @description Prices a renewal for a period (default: the order's period): the plan's price for that period plus tax. Periods are 1, 3 or 12 calendar months; the renewal moves `paidUntil` forward by the period from the old `paidUntil`, even when overdue: the new period starts the day after the old `paidUntil` and ends one day before the same day N months later (2026-01-31 + monthly → 2026-02-28). An overdue order stays overdue if the new `paidUntil` is still before today. 409 `action_not_allowed` when the order's `actions` lack `renew`.
         */
        post: operations["quoteRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew an order
         * @description Executes a `renewal` quote: charges the balance and extends `paidUntil`; an overdue order becomes active.
         */
        post: operations["renewOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/batch-renewal-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a batch renewal
         * @description Prices the renewal of several orders at once: one line per order, same rules as a single renewal. Errors about one order point at `/items/N`.
         */
        post: operations["quoteBatchRenewal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/batch-renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew several orders
         * @description Executes a `batch_renewal` quote. Each order is its own transaction: the result lists every order as `renewed` or `failed` with its problem. Renew the failed ones again through a new quote.
         */
        post: operations["batchRenew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/plan-change-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a plan change
         * @description Prorates a change of plan for the rest of the paid period, in exact integer arithmetic. The order keeps its period. today = the server clock's UTC date; periodDays = the days of the current paid period (periodStart..paidUntil inclusive); unusedDays = min(periodDays, max(0, paidUntil − today)) (today counts as used). difference = new plan's price − current price for the period (net). If difference ≥ 0 the quote charges floor(difference × unusedDays ÷ periodDays) plus tax; if < 0 it credits ceil(−difference × unusedDays ÷ periodDays) plus its tax to the balance (`refund`). Both roundings are in the customer's favour. The new price applies from the next renewal.
         */
        post: operations["quotePlanChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/plan-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the plan
         * @description Executes a `plan_change` quote: charges or credits the balance and switches the plan.
         */
        post: operations["changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancellation-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a cancellation
         * @description `now`: refund = floor(paidTotal × unusedDays ÷ periodDays), where paidTotal is what was charged (tax included) for the current period, unusedDays = min(periodDays, max(0, paidUntil − today)) with today the server clock's UTC date (today counts as used), periodDays = the days of the current paid period (periodStart..paidUntil inclusive); the order becomes `cancelled` at once. `period_end`: refund 0, `cancelAt` = `paidUntil`; the order closes the day after. The quote's `terms` carry the terms of service.
         */
        post: operations["quoteCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order
         * @description Executes a `cancellation` quote: credits the refund to the balance and cancels the order (now or at period end).
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balance
         * @description The balance, the low-balance threshold and the payment methods available in the account country.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions
         * @description Every money movement (payments, charges, refunds, adjustments), newest first: the action history.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List refunds
         * @description Refunds with their orders, newest first.
         */
        get: operations["listRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Invoices, newest first.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invoice
         * @description One invoice.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invoice PDF
         * @description The invoice as a PDF document.
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Top up the balance
         * @description Creates an unpaid `top_up` invoice for the amount, in the account currency (1.00 to 10,000.00). Top-ups carry no tax; tax is charged on orders. Pay it with `POST /v1/billing/invoices/{id}/payments`.
         */
        post: operations["createTopUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an invoice
         * @description Starts a payment of an unpaid invoice with one of the account's payment methods. Blocked while a company is not verified (403 `company_verification_pending`) or the profile has no postal address (422 `postal_address_required`). The payment stays `pending` until the provider answers; when it succeeds the invoice is paid and the amount is credited to the balance. Follow it with `getPayment` (its URL is in `Location`). 409 `action_not_allowed` when the invoice is not unpaid, or while an earlier payment of it is still pending.
         */
        post: operations["payInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment
         * @description One payment of the account, as `payInvoice` started it: `pending` until the payment provider answers, then `succeeded` (the invoice is paid and the balance credited) or `failed` (the invoice stays unpaid and can be paid again). Poll it to follow a payment; `payInvoice` answers with its URL in `Location`. Another account's payment is 404 `not_found`.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An amount of money in integer minor units (cents for EUR) with its ISO 4217 currency. Never a float: 19.99 € is `{"amount": 1999, "currency": "EUR"}`.
         * @example {
         *       "amount": 1999,
         *       "currency": "EUR"
         *     }
         */
        Money: {
            /** @description Amount in minor units of the currency (1999 = 19.99 EUR). Signed where the field says so. */
            amount: number;
            /** @description ISO 4217 currency code, upper case (`EUR`, `USD`). */
            currency: string;
        };
        /** @description One wrong field of a request. */
        FieldError: {
            /** @description JSON pointer (RFC 6901) to the field in the request body (`/entries/3`, `/company/name`), or `/query/NAME` for a query parameter. */
            pointer: string;
            /**
             * @description What is wrong: `required` (missing), `invalid_type` (wrong JSON type), `invalid_format` (email, date, pattern…), `too_short`/`too_long` (string or list length), `out_of_range` (number bounds), `not_allowed` (value outside the allowed set), `unknown_field` (the field does not exist; request bodies are strict).
             * @enum {string}
             */
            code: "required" | "invalid_type" | "invalid_format" | "too_short" | "too_long" | "out_of_range" | "not_allowed" | "unknown_field";
            /** @description A human-readable explanation in English, e.g. "Must be at most 128 characters". */
            message: string;
        };
        /**
         * @description Stable machine-readable error code. `malformed_request` (400): the body is not parseable JSON. `idempotency_key_required` (400): a mutating request came without an `Idempotency-Key` header. `unauthenticated` (401): no session, or the session expired. `invalid_credentials` (401): the login, password or second-factor code is wrong. `totp_required` (401): the account has two-factor authentication: repeat with `totpCode` or `recoveryCode`. `insufficient_balance` (402): the balance does not cover the total; `shortfall` says how much is missing. `ip_not_allowed` (403): the caller's IP address is outside the account's IP allow-list. `step_up_required` (403): a sensitive operation without a fresh step-up token; `methods` lists the step-up methods the account can use. `company_verification_pending` (403): a company account cannot pay invoices until Introserv staff verify it. `forbidden` (403): the session may not do this. `not_found` (404): no such resource in this account. `lockout_risk` (409): the new allow-list would exclude the caller's own IP (`callerIp`); repeat with `acknowledgeLockout: true` to save it anyway. `security_code_already_set` (409): the security code can be set only once. `request_in_progress` (409): a request with the same `Idempotency-Key` is still being processed. `quote_expired` (409): the quote is older than 15 minutes; ask for a new one. `quote_stale` (409): prices or the balance changed since the quote; `quote` holds a fresh one. `action_not_allowed` (409): the order's status does not allow this action now (see the order's `actions`). `precondition_failed` (412): the `If-Match` ETag is stale; `current` holds the resource as it is now. `payload_too_large` (413): the body is over 1 MB. `unsupported_media_type` (415): the body is not `application/json`. `validation_failed` (422): one or more fields are wrong; `errors` lists each with a JSON pointer. `idempotency_key_reused` (422): the `Idempotency-Key` was already used with another body. `postal_address_required` (422): the profile has no postal address; it is required before paying an invoice. `country_change_requires_ticket` (422): the country cannot be changed here; send a `country_change` support ticket. `invalid_code` (422): the code is wrong, expired or already used. `precondition_required` (428): the `If-Match` header is missing. `rate_limited` (429): too many requests; wait for `Retry-After` seconds. `code_locked` (429): five wrong codes in a row; wait for `Retry-After` seconds before asking for a new code. `unavailable` (503): the service is temporarily unavailable; retry later.
         * @enum {string}
         */
        ErrorCode: "malformed_request" | "idempotency_key_required" | "unauthenticated" | "invalid_credentials" | "totp_required" | "insufficient_balance" | "ip_not_allowed" | "step_up_required" | "company_verification_pending" | "forbidden" | "not_found" | "lockout_risk" | "security_code_already_set" | "request_in_progress" | "quote_expired" | "quote_stale" | "action_not_allowed" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "idempotency_key_reused" | "postal_address_required" | "country_change_requires_ticket" | "invalid_code" | "precondition_required" | "rate_limited" | "code_locked" | "unavailable";
        /**
         * @description A way to prove presence for a step-up: `password` (the account password), `totp` (a code of the authenticator app), `verification` (a confirmed SMS or call verification with purpose `step_up`).
         * @enum {string}
         */
        StepUpMethod: "password" | "totp" | "verification";
        /** @description An RFC 9457 problem details object, sent with `Content-Type: application/problem+json` on every 4xx and 5xx response. Never contains a stack trace. */
        Problem: {
            /** @description A URI reference identifying the problem type (`about:blank` or `https://docs.introserv.example/problems/not_found`); `code` is the stable key to branch on. */
            type: string;
            /** @description A short human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description A human-readable explanation of this occurrence. */
            detail?: string;
            /** @description The request path this problem is about. */
            instance?: string;
            /** @description Stable error code; see the list. */
            code: components["schemas"]["ErrorCode"];
            /** @description With `validation_failed`: every wrong field. */
            errors?: components["schemas"]["FieldError"][];
            /** @description With `insufficient_balance`: how much is missing from the balance. */
            shortfall?: components["schemas"]["Money"];
            /** @description With `step_up_required`: the step-up methods this account can use. */
            methods?: components["schemas"]["StepUpMethod"][];
            /** @description With `lockout_risk`: the caller's IP address, which the new allow-list does not cover. */
            callerIp?: string;
            /** @description With `quote_stale`: a fresh quote to show and confirm. */
            quote?: components["schemas"]["Quote"];
            /** @description With `precondition_failed`: the resource as it is now on the server (same shape as its GET), so the user can compare before saving again. */
            current?: Record<string, never>;
        };
        /** @description A new session. */
        SessionToken: {
            /** @description Bearer token to send as `Authorization: Bearer <token>`. Absent in cookie mode (the session is in an HttpOnly cookie). Keep it in memory. */
            token?: string;
            /**
             * Format: date-time
             * @description When the session expires (UTC).
             */
            expiresAt: string;
            /** @description The billing login of the account. */
            login: string;
            /**
             * @description How the session is carried.
             * @enum {string}
             */
            mode: "token" | "cookie";
        };
        /** @description The current session. */
        Session: {
            /** @description The billing login of the account. */
            login: string;
            /**
             * @description How the session is carried.
             * @enum {string}
             */
            mode: "token" | "cookie";
            /**
             * Format: date-time
             * @description When the session expires (UTC).
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When the current step-up expires (UTC), or null when no step-up token is active.
             */
            stepUpExpiresAt: string | null;
        };
        /** @description A step-up token, valid for any number of sensitive operations for 5 minutes. */
        StepUp: {
            /** @description Send it as `X-Introserv-Step-Up` on sensitive operations. */
            stepUpToken: string;
            /**
             * Format: date-time
             * @description When the token expires (UTC), 5 minutes after it was issued.
             */
            expiresAt: string;
        };
        /** @description The reset was accepted. The answer is the same whether the login exists or not. */
        PasswordResetRequested: {
            /**
             * Format: date-time
             * @description When a code sent now would expire (UTC), 10 minutes later.
             */
            expiresAt: string;
        };
        /**
         * @description A phone verification by SMS or call.
         * @example {
         *       "id": "v_91",
         *       "channel": "call",
         *       "gateway": "primary",
         *       "purpose": "phone",
         *       "to": "+33******78",
         *       "expiresAt": "2026-11-28T12:10:00Z",
         *       "attemptsLeft": 5,
         *       "status": "pending"
         *     }
         */
        Verification: {
            /** @description Verification id. */
            id: string;
            /**
             * @description `sms`: a code by text message. `call`: Introserv calls the number; the user need not answer and types the last 4 digits of the calling number, or on a landline picks up and types the 4 digits a robot speaks.
             * @enum {string}
             */
            channel: "sms" | "call";
            /**
             * @description The telephony gateway used. If a call or SMS does not arrive, start a new verification on the `secondary` gateway; if neither works, contact support.
             * @enum {string}
             */
            gateway: "primary" | "secondary";
            /**
             * @description `phone`: confirms the mobile phone of the profile (`phoneVerified`). `step_up`: its id serves as a step-up method once confirmed.
             * @enum {string}
             */
            purpose: "phone" | "step_up";
            /** @description The number called or texted, masked except its last 2 digits (`+33******78`). */
            to: string;
            /**
             * Format: date-time
             * @description When the code expires (UTC), at most 10 minutes after the start.
             */
            expiresAt: string;
            /** @description Wrong codes still allowed before 429 `code_locked` (5 at the start). */
            attemptsLeft: number;
            /**
             * @description `pending` until the right code arrives; `confirmed` after; `expired` after 10 minutes; `locked` after 5 wrong codes.
             * @enum {string}
             */
            status: "pending" | "confirmed" | "expired" | "locked";
        };
        /**
         * @description Kind of account: a private person (`individual`) or a `company`.
         * @enum {string}
         */
        ProfileType: "individual" | "company";
        /**
         * @description Staff verification of the company details. `none` for individuals; a company starts `verification_pending` and cannot pay invoices (403 `company_verification_pending`) until staff set it `verified`.
         * @enum {string}
         */
        CompanyVerification: "none" | "verification_pending" | "verified" | "rejected";
        /** @description The company details of a `company` profile. */
        Company: {
            /** @description Registered company name. */
            name: string;
            /** @description Company registration number (SIREN/SIRET in France), as registered. */
            registrationNumber: string;
            /** @description Intra-community VAT number with its country prefix (`FR12345678901`), or null. An EU company outside France with a VAT number is invoiced without VAT (reverse charge). */
            vatNumber?: string | null;
        };
        /** @description Physical postal address. Required before an invoice can be paid (422 `postal_address_required`). */
        PostalAddress: {
            /** @description Street, number, building, floor. */
            street: string;
            /** @description City. */
            city: string;
            /** @description Postal code. */
            postalCode: string;
            /** @description ISO 3166-1 alpha-2 country code, upper case. */
            country: string;
        };
        /**
         * @description The account holder's personal information. Served with an `ETag`; `PATCH /v1/profile` needs it in `If-Match`.
         * @example {
         *       "lastName": "Dupont",
         *       "firstName": "Jeanne",
         *       "email": "jeanne.dupont@example.fr",
         *       "emailStatus": "confirmed",
         *       "pendingEmail": null,
         *       "mobilePhone": "+33612345678",
         *       "phoneVerified": false,
         *       "city": "Lyon",
         *       "address": "12 rue de la République",
         *       "country": "FR",
         *       "profileType": "individual",
         *       "company": null,
         *       "companyVerification": "none",
         *       "postalAddress": {
         *         "street": "12 rue de la République",
         *         "city": "Lyon",
         *         "postalCode": "69002",
         *         "country": "FR"
         *       },
         *       "currency": "EUR"
         *     }
         */
        Profile: {
            /** @description Last name; required, used for identification and invoices. */
            lastName: string;
            /** @description First name; required, used for identification and invoices. */
            firstName: string;
            /**
             * Format: email
             * @description The confirmed account email: communication and notifications go here. During an email change it stays the old address until the new one is confirmed.
             */
            email: string;
            /**
             * @description `confirmed` when the account email is confirmed; `pending` while a change waits for its code (see `pendingEmail`).
             * @enum {string}
             */
            emailStatus: "confirmed" | "pending";
            /**
             * Format: email
             * @description The new address waiting for confirmation by the code sent to it, or null.
             */
            pendingEmail: string | null;
            /** @description Mobile phone in E.164 format (`+33612345678`), for contact and identity checks by SMS or call; null when none. */
            mobilePhone: string | null;
            /** @description True once the mobile phone was confirmed by an SMS or call verification (purpose `phone`). Changing the number resets it. */
            phoneVerified: boolean;
            /** @description City of residence; required. */
            city: string;
            /** @description Residential address; required. */
            address: string;
            /** @description Country of residence, ISO 3166-1 alpha-2. Read-only: it decides tax and payment methods; to change it, send a `country_change` support ticket. */
            readonly country: string;
            /** @description Individual or company. A company pays invoices only once staff verified it. */
            profileType: components["schemas"]["ProfileType"];
            /** @description Company details, for a `company` profile; null for an individual. */
            company: components["schemas"]["Company"] | null;
            /** @description Where the staff verification of the company details stands (`none` for an individual). */
            companyVerification: components["schemas"]["CompanyVerification"];
            /** @description Postal address, or null while not filled in (then invoices cannot be paid). */
            postalAddress: components["schemas"]["PostalAddress"] | null;
            /** @description The account currency (ISO 4217): balance, prices and invoices are in it. */
            readonly currency: string;
        };
        /** @description An email change waiting for its code. */
        EmailChange: {
            /**
             * Format: email
             * @description The new address the code was sent to.
             */
            pendingEmail: string;
            /**
             * Format: date-time
             * @description When the code expires (UTC), 10 minutes after it was sent.
             */
            expiresAt: string;
        };
        /**
         * @description Security settings and state of the account. The `ETag` of `GET /v1/security` covers the IP allow-list only.
         * @example {
         *       "login": "demo",
         *       "lastSignIn": {
         *         "ip": "203.0.113.7",
         *         "at": "2026-11-27T18:04:11Z"
         *       },
         *       "currentIp": "203.0.113.7",
         *       "securityCode": {
         *         "set": false,
         *         "setAt": null
         *       },
         *       "ipAllowList": {
         *         "entries": [
         *           "192.15.3.2",
         *           "10.10.1.1",
         *           "192.168.0.1-192.168.0.10"
         *         ]
         *       },
         *       "twoFactor": {
         *         "enabled": false,
         *         "enabledAt": null
         *       },
         *       "recoveryCodesLeft": 0,
         *       "passwordChangedAt": null
         *     }
         */
        Security: {
            /** @description Billing login used to sign in. Read-only: it cannot be changed. */
            readonly login: string;
            /** @description The last successful sign-in before the current session, or null on the first. */
            lastSignIn: {
                /** @description IP address of the sign-in (IPv4 or IPv6). */
                ip: string;
                /**
                 * Format: date-time
                 * @description When (UTC).
                 */
                at: string;
            } | null;
            /** @description The IP address of the current request as the server sees it (check it before saving an allow-list). */
            currentIp: string;
            /** @description The security code used to identify yourself to support. It is stored hashed and never shown. */
            securityCode: {
                /** @description True once the code was set (it can be set only once). */
                set: boolean;
                /**
                 * Format: date-time
                 * @description When it was set (UTC), or null.
                 */
                setAt: string | null;
            };
            /** @description The IP allow-list (the `ETag` covers it). */
            ipAllowList: components["schemas"]["IpAllowList"];
            /** @description TOTP two-factor authentication. */
            twoFactor: {
                /** @description True when sign-in asks for an authenticator code. */
                enabled: boolean;
                /**
                 * Format: date-time
                 * @description When it was enabled (UTC), or null.
                 */
                enabledAt: string | null;
            };
            /** @description Unused recovery codes (0 when two-factor is off). */
            recoveryCodesLeft: number;
            /**
             * Format: date-time
             * @description When the password was last changed (UTC), or null if never.
             */
            passwordChangedAt: string | null;
        };
        /** @description The IP allow-list. Empty: every IP may sign in. Otherwise sign-in and every request from another IP get 403 `ip_not_allowed`. */
        IpAllowList: {
            /** @description One entry per line: a single IPv4 or IPv6 address (`192.15.3.2`), a dash range (`192.168.0.1-192.168.0.10`) or a CIDR block (`10.10.0.0/16`), normalised and de-duplicated. */
            entries: string[];
        };
        /** @description The security code state after setting it. */
        SecurityCodeState: {
            /** @description Always true after a successful set. */
            set: boolean;
            /**
             * Format: date-time
             * @description When it was set (UTC).
             */
            setAt: string;
        };
        /** @description A new TOTP secret to add to an authenticator app; two-factor is not on until `enable` confirms a code. */
        TwoFactorSetup: {
            /** @description Base32 TOTP secret (SHA-1, 6 digits, 30 s), for manual entry. */
            secret: string;
            /**
             * Format: uri
             * @description `otpauth://totp/...` URI to show as a QR code.
             */
            otpauthUri: string;
        };
        /** @description Single-use recovery codes, shown once: store them now. */
        RecoveryCodes: {
            /** @description Each code replaces an authenticator code once at sign-in. */
            recoveryCodes: string[];
        };
        /**
         * @description Notification settings. Each address may be null: the mail then goes to the account email and follows it when it changes. Served with an `ETag`.
         * @example {
         *       "newsletter": true,
         *       "lowBalanceThreshold": {
         *         "amount": 2000,
         *         "currency": "EUR"
         *       },
         *       "invoicesEmail": "compta@example.fr",
         *       "supportEmail": null,
         *       "complaintsEmail": null
         *     }
         */
        Notifications: {
            /** @description True to receive the Introserv newsletter. */
            newsletter: boolean;
            /** @description An alert email goes to the invoices address when the balance falls below this amount; null: no alert. Same currency as the account. */
            lowBalanceThreshold: components["schemas"]["Money"] | null;
            /**
             * Format: email
             * @description Where invoice and order mail goes; null = the account email.
             */
            invoicesEmail: string | null;
            /**
             * Format: email
             * @description Where support mail goes; null = the account email.
             */
            supportEmail: string | null;
            /**
             * Format: email
             * @description Where complaint mail goes; null = the account email.
             */
            complaintsEmail: string | null;
        };
        /** @description A support ticket. */
        Ticket: {
            /** @description Ticket id. */
            id: string;
            /**
             * @description `support` goes to the support address, `complaint` to the complaints address; `country_change` asks staff to change the profile country.
             * @enum {string}
             */
            kind: "support" | "complaint" | "country_change";
            /** @description Subject. */
            subject: string;
            /** @description Message body. */
            message: string;
            /**
             * @description Where the ticket stands.
             * @enum {string}
             */
            status: "open" | "answered" | "closed";
            /**
             * Format: date-time
             * @description When it was sent (UTC).
             */
            createdAt: string;
            /**
             * Format: email
             * @description The address the confirmation was mailed to (support or complaints address, or the account email).
             */
            to: string;
        };
        /** @description A page of tickets, newest first. */
        TicketList: {
            /** @description The tickets of this page. */
            items: components["schemas"]["Ticket"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Billing period: 1, 3 or 12 calendar months.
         * @enum {string}
         */
        Period: "monthly" | "quarterly" | "yearly";
        /** @description A field the order form must ask for (hostname, operating system, location…). */
        OrderField: {
            /** @description Key in the order `fields` object. */
            name: string;
            /** @description Label to show (English). */
            label: string;
            /** @description A short hint to show with the input (English, like `label`): what the value is for and how to write it, e.g. `Fully qualified name, such as web1.example.com.` */
            description?: string;
            /** @description The value a form preselects or prefills (for `select`, one of the `options` values; for `number`, within `minimum`..`maximum`). Only a hint for the form: the server does not fill in an omitted field, so a required field must still be sent. */
            default?: string | number;
            /**
             * @description Input type.
             * @enum {string}
             */
            type: "text" | "select" | "number";
            /** @description True when the order cannot be placed without it. */
            required: boolean;
            /** @description For `select`: the allowed values with their labels. */
            options?: {
                /** @description Value to send. */
                value: string;
                /** @description Label to show. */
                label: string;
            }[];
            /** @description For `text`: a regular expression the value must match (ECMAScript syntax, whole value). */
            pattern?: string;
            /** @description For `text`: minimum length. */
            minLength?: number;
            /** @description For `text`: maximum length. */
            maxLength?: number;
            /** @description For `number`: smallest value. */
            minimum?: number;
            /** @description For `number`: largest value. */
            maximum?: number;
        };
        /** @description Price per billing period, before tax; a period missing from the object cannot be ordered. */
        PlanPrices: {
            /** @description Price for 1 month. */
            monthly?: components["schemas"]["Money"];
            /** @description Price for 3 months. */
            quarterly?: components["schemas"]["Money"];
            /** @description Price for 12 months. */
            yearly?: components["schemas"]["Money"];
        };
        /**
         * @description A plan of the catalog.
         * @example {
         *       "id": "vps-m",
         *       "kind": "vps",
         *       "name": "VPS M",
         *       "description": "4 vCPU, 8 GB RAM, 160 GB NVMe",
         *       "specs": [
         *         {
         *           "label": "CPU",
         *           "value": "4 vCPU"
         *         },
         *         {
         *           "label": "RAM",
         *           "value": "8 GB"
         *         },
         *         {
         *           "label": "Disk",
         *           "value": "160 GB NVMe"
         *         }
         *       ],
         *       "prices": {
         *         "monthly": {
         *           "amount": 1500,
         *           "currency": "EUR"
         *         },
         *         "quarterly": {
         *           "amount": 4300,
         *           "currency": "EUR"
         *         },
         *         "yearly": {
         *           "amount": 16200,
         *           "currency": "EUR"
         *         }
         *       },
         *       "orderFields": [
         *         {
         *           "name": "hostname",
         *           "label": "Hostname",
         *           "description": "Fully qualified name, such as web1.example.com.",
         *           "type": "text",
         *           "required": true,
         *           "pattern": "^[a-z0-9.-]+$",
         *           "maxLength": 253
         *         },
         *         {
         *           "name": "os",
         *           "label": "Operating system",
         *           "description": "Image installed before hand-over.",
         *           "type": "select",
         *           "required": true,
         *           "default": "debian-12",
         *           "options": [
         *             {
         *               "value": "debian-12",
         *               "label": "Debian 12"
         *             },
         *             {
         *               "value": "ubuntu-24.04",
         *               "label": "Ubuntu 24.04"
         *             }
         *           ]
         *         }
         *       ],
         *       "available": true
         *     }
         */
        Plan: {
            /** @description Plan id. */
            id: string;
            /**
             * @description `dedicated` server or `vps` (VPS/VDS).
             * @enum {string}
             */
            kind: "dedicated" | "vps";
            /** @description Plan name. */
            name: string;
            /** @description Short description. */
            description: string;
            /** @description Technical characteristics to show. */
            specs: {
                /** @description What (`CPU`, `RAM`, `Disk`, `Traffic`). */
                label: string;
                /** @description Its value (`8 GB DDR4`). */
                value: string;
            }[];
            /** @description Price per billing period, before tax. */
            prices: components["schemas"]["PlanPrices"];
            /** @description The fields an order of this plan needs, in display order. */
            orderFields: components["schemas"]["OrderField"][];
            /** @description False when the plan cannot be ordered now (out of stock). */
            available: boolean;
        };
        /** @description The catalog. */
        PlanList: {
            /** @description The plans. */
            items: components["schemas"]["Plan"][];
        };
        /**
         * @description `pending` (waiting for payment), `processing` (being set up), `active`, `overdue` (past `paidUntil`, not renewed), `suspended`, then history: `cancelled` (cancelled now) and `closed` (ended at period end or closed by staff). The first five make the `active` view, the last two the `history` view.
         * @enum {string}
         */
        OrderStatus: "pending" | "processing" | "active" | "overdue" | "suspended" | "cancelled" | "closed";
        /**
         * @description An action the server allows on the order now: `renew`, `change_plan`, `cancel`, `edit` (label and auto-renew).
         * @enum {string}
         */
        OrderAction: "renew" | "change_plan" | "cancel" | "edit";
        /**
         * @description A service order. Served with an `ETag`; `PATCH /v1/orders/{id}` needs it in `If-Match`.
         * @example {
         *       "id": "o-1003",
         *       "planId": "vps-m",
         *       "planName": "VPS M",
         *       "kind": "vps",
         *       "ip": "198.51.100.23",
         *       "label": "shop",
         *       "autoRenew": false,
         *       "period": "monthly",
         *       "price": {
         *         "amount": 1500,
         *         "currency": "EUR"
         *       },
         *       "paidUntil": "2026-12-01",
         *       "daysRemaining": 3,
         *       "status": "active",
         *       "actions": [
         *         "renew",
         *         "change_plan",
         *         "cancel",
         *         "edit"
         *       ],
         *       "createdAt": "2026-03-02T09:30:00Z",
         *       "cancelAt": null,
         *       "fields": {
         *         "hostname": "shop.example.fr",
         *         "os": "debian-12",
         *         "location": "fr-par"
         *       }
         *     }
         */
        Order: {
            /** @description Unique order number. */
            id: string;
            /** @description Id of the plan subscribed. */
            planId: string;
            /** @description Name of the plan subscribed. */
            planName: string;
            /**
             * @description Dedicated server or VPS/VDS.
             * @enum {string}
             */
            kind: "dedicated" | "vps";
            /** @description The IP address assigned to the service, or null before it is set up. */
            ip: string | null;
            /** @description The customer's own label for the service. */
            label: string | null;
            /** @description True to renew from the balance automatically on `paidUntil`. */
            autoRenew: boolean;
            /** @description Billing period of the order: what one renewal adds. */
            period: components["schemas"]["Period"];
            /** @description Cost of the current plan for one period, before tax. */
            price: components["schemas"]["Money"];
            /**
             * Format: date
             * @description The last paid day (date, UTC): the end of the current billing period.
             */
            paidUntil: string;
            /** @description Days until the end of the paid period, computed by the server: `paidUntil` − today (UTC). 0 on the last paid day, negative when overdue. */
            daysRemaining: number;
            /** @description Current status; decides the view (active or history) and the allowed actions. */
            status: components["schemas"]["OrderStatus"];
            /** @description Actions allowed now; anything else gets 409 `action_not_allowed`. */
            actions: components["schemas"]["OrderAction"][];
            /**
             * Format: date-time
             * @description When the order was placed (UTC).
             */
            createdAt: string;
            /**
             * Format: date
             * @description For a cancellation at period end: the last day of service (`paidUntil`); the order closes the day after. Null otherwise.
             */
            cancelAt?: string | null;
            /** @description The order's answers to the plan's `orderFields` (hostname, OS…). */
            fields: {
                [key: string]: string | number;
            };
        };
        /** @description A page of orders. */
        OrderList: {
            /** @description The orders of this page. */
            items: components["schemas"]["Order"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A line of a quote or invoice. */
        QuoteLine: {
            /** @description What the line is for. */
            description: string;
            /** @description The order the line is about, when there is one. */
            orderId?: string;
            /** @description Net amount of the line (before tax); negative for a credit. */
            amount: components["schemas"]["Money"];
        };
        /**
         * @description A priced proposal for a money-moving action, valid 15 minutes. Execute it with `{quoteId}`; an expired quote gets 409 `quote_expired`, one whose prices or balance changed 409 `quote_stale` with a fresh quote. Tax = round-half-up(net × rate): 20% French VAT for individuals in any EU country, French companies and EU companies without a VAT number; 0% (reverse charge) for EU companies outside France with a VAT number; 0% outside the EU. On a credit the tax is computed on the credited amount and given back with it.
         * @example {
         *       "id": "q_7Yc2",
         *       "kind": "renewal",
         *       "expiresAt": "2026-11-28T12:15:00Z",
         *       "lines": [
         *         {
         *           "description": "VPS M, 1 month (2026-12-02 to 2027-01-01)",
         *           "orderId": "o-1003",
         *           "amount": {
         *             "amount": 1500,
         *             "currency": "EUR"
         *           }
         *         }
         *       ],
         *       "subtotal": {
         *         "amount": 1500,
         *         "currency": "EUR"
         *       },
         *       "tax": {
         *         "amount": 300,
         *         "currency": "EUR"
         *       },
         *       "total": {
         *         "amount": 1800,
         *         "currency": "EUR"
         *       },
         *       "balanceAfter": {
         *         "amount": 23200,
         *         "currency": "EUR"
         *       }
         *     }
         */
        Quote: {
            /** @description Quote id, to pass as `quoteId`. */
            id: string;
            /**
             * @description The action quoted.
             * @enum {string}
             */
            kind: "new_order" | "renewal" | "batch_renewal" | "plan_change" | "cancellation";
            /**
             * Format: date-time
             * @description When the quote expires (UTC), 15 minutes after it was made.
             */
            expiresAt: string;
            /** @description The lines: one per order for a batch renewal; a credit (cancellation, cheaper plan) is a negative line. */
            lines: components["schemas"]["QuoteLine"][];
            /** @description Sum of the lines, before tax (negative for a credit). */
            subtotal: components["schemas"]["Money"];
            /** @description Tax: round-half-up(subtotal × rate), by the account country and profile type; negative on a plan-change credit. 0 on a cancellation, whose refund is a share of what was paid tax included. */
            tax: components["schemas"]["Money"];
            /** @description subtotal + tax, signed: positive is charged to the balance, negative is credited to it, 0 moves nothing. */
            total: components["schemas"]["Money"];
            /** @description Present on credits (a cancellation `now`, a plan change to a cheaper plan): the amount credited to the balance, tax included; equals −`total`. */
            refund?: components["schemas"]["Money"];
            /** @description The balance after the action if executed now: the current balance − `total`. */
            balanceAfter: components["schemas"]["Money"];
            /** @description Terms of service text the user agrees to by confirming. */
            terms?: string;
        };
        /** @description The result of a batch renewal, one entry per order; each order is its own transaction. */
        BatchRenewalResult: {
            /** @description One result per order of the quote. */
            results: {
                /** @description The order. */
                orderId: string;
                /**
                 * @description `renewed`, or `failed` (renew the failed ones again through a new quote).
                 * @enum {string}
                 */
                status: "renewed" | "failed";
                /** @description Why it failed. */
                problem?: components["schemas"]["Problem"];
            }[];
        };
        /** @description A payment method available in the account country. */
        PaymentMethod: {
            /** @description Method id, to pass as `methodId`. */
            id: string;
            /** @description Name to show. */
            name: string;
            /**
             * @description Kind of method.
             * @enum {string}
             */
            kind: "card" | "sepa" | "bank_transfer" | "paypal";
        };
        /**
         * @description The account balance.
         * @example {
         *       "balance": {
         *         "amount": 25000,
         *         "currency": "EUR"
         *       },
         *       "lowBalanceThreshold": {
         *         "amount": 2000,
         *         "currency": "EUR"
         *       },
         *       "paymentMethods": [
         *         {
         *           "id": "card",
         *           "name": "Credit card",
         *           "kind": "card"
         *         },
         *         {
         *           "id": "sepa",
         *           "name": "SEPA direct debit",
         *           "kind": "sepa"
         *         }
         *       ]
         *     }
         */
        Balance: {
            /** @description Current balance: the sum of every transaction. */
            balance: components["schemas"]["Money"];
            /** @description The low-balance alert threshold, or null (see notifications). */
            lowBalanceThreshold: components["schemas"]["Money"] | null;
            /** @description Payment methods available in the account country. */
            paymentMethods: components["schemas"]["PaymentMethod"][];
        };
        /**
         * @description A money movement on the balance. The balance is the sum of every transaction.
         * @example {
         *       "id": "t-2041",
         *       "kind": "charge",
         *       "amount": {
         *         "amount": -1800,
         *         "currency": "EUR"
         *       },
         *       "description": "Renewal of o-1003 (VPS M, 1 month)",
         *       "orderId": "o-1003",
         *       "invoiceId": null,
         *       "at": "2026-11-28T12:01:00Z",
         *       "balanceAfter": {
         *         "amount": 23200,
         *         "currency": "EUR"
         *       }
         *     }
         */
        Transaction: {
            /** @description Transaction id. */
            id: string;
            /**
             * @description `payment` (money in, an invoice paid), `charge` (an order, renewal or plan change), `refund`, `adjustment` (by staff, either sign).
             * @enum {string}
             */
            kind: "payment" | "charge" | "refund" | "adjustment";
            /** @description Signed amount: credits (payments, refunds) positive, debits (charges) negative. */
            amount: components["schemas"]["Money"];
            /** @description What it was for. */
            description: string;
            /** @description The order concerned, if any. */
            orderId: string | null;
            /** @description The invoice concerned, if any. */
            invoiceId: string | null;
            /**
             * Format: date-time
             * @description When (UTC).
             */
            at: string;
            /** @description The balance right after this transaction. */
            balanceAfter: components["schemas"]["Money"];
        };
        /** @description A page of transactions, newest first. */
        TransactionList: {
            /** @description The transactions of this page. */
            items: components["schemas"]["Transaction"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A refund to the balance. */
        Refund: {
            /** @description Refund id. */
            id: string;
            /** @description The order refunded. */
            orderId: string;
            /** @description Amount credited (positive, tax included). */
            amount: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description When (UTC).
             */
            at: string;
            /** @description The reason given at cancellation, or null. */
            reason: string | null;
        };
        /** @description A page of refunds, newest first. */
        RefundList: {
            /** @description The refunds of this page. */
            items: components["schemas"]["Refund"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description An invoice.
         * @example {
         *       "id": "inv-77",
         *       "number": "INV-2026-000077",
         *       "status": "unpaid",
         *       "kind": "top_up",
         *       "lines": [
         *         {
         *           "description": "Balance top-up",
         *           "amount": {
         *             "amount": 5000,
         *             "currency": "EUR"
         *           }
         *         }
         *       ],
         *       "subtotal": {
         *         "amount": 5000,
         *         "currency": "EUR"
         *       },
         *       "tax": {
         *         "amount": 0,
         *         "currency": "EUR"
         *       },
         *       "total": {
         *         "amount": 5000,
         *         "currency": "EUR"
         *       },
         *       "issuedAt": "2026-11-28T12:00:00Z",
         *       "paidAt": null
         *     }
         */
        Invoice: {
            /** @description Invoice id. */
            id: string;
            /** @description Invoice number as printed (`INV-2026-000123`). */
            number: string;
            /**
             * @description Payment status.
             * @enum {string}
             */
            status: "unpaid" | "paid" | "cancelled";
            /**
             * @description `top_up` (money onto the balance, no tax) or `order`.
             * @enum {string}
             */
            kind: "top_up" | "order";
            /** @description Invoice lines. */
            lines: components["schemas"]["QuoteLine"][];
            /** @description Sum of the lines, before tax. */
            subtotal: components["schemas"]["Money"];
            /** @description Tax (0 on a top-up). */
            tax: components["schemas"]["Money"];
            /** @description Amount due. */
            total: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description When it was issued (UTC).
             */
            issuedAt: string;
            /**
             * Format: date-time
             * @description When it was paid (UTC), or null.
             */
            paidAt: string | null;
        };
        /** @description A page of invoices, newest first. */
        InvoiceList: {
            /** @description The invoices of this page. */
            items: components["schemas"]["Invoice"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A payment of an invoice.
         * @example {
         *       "id": "pay_k3vq9x2m7hd4tn8r",
         *       "invoiceId": "77",
         *       "methodId": "card",
         *       "amount": {
         *         "amount": 5000,
         *         "currency": "EUR"
         *       },
         *       "status": "succeeded",
         *       "createdAt": "2026-11-28T12:00:00Z",
         *       "settledAt": "2026-11-28T12:00:04Z"
         *     }
         */
        Payment: {
            /** @description Payment id. */
            id: string;
            /** @description The invoice paid. */
            invoiceId: string;
            /** @description The payment method used. */
            methodId: string;
            /** @description Amount paid. */
            amount: components["schemas"]["Money"];
            /**
             * @description `pending` until the payment provider answers; `succeeded` marks the invoice paid and credits the balance; `failed` leaves it unpaid.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /**
             * Format: date-time
             * @description When it was started (UTC).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the provider answered (UTC), or null while pending.
             */
            settledAt: string | null;
        };
    };
    responses: {
        /** @description Bad request: `malformed_request` — the body is not parseable JSON; `idempotency_key_required` — a mutating request came without an `Idempotency-Key` header. */
        MalformedRequestOrIdempotencyKeyRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not authenticated: `invalid_credentials` — the login, password or second-factor code is wrong; `totp_required` — the account has two-factor authentication: repeat with `totpCode` or `recoveryCode`. */
        InvalidCredentialsOrTotpRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: `ip_not_allowed` — the caller's IP address is outside the account's IP allow-list. */
        IpNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `request_in_progress` — a request with the same `Idempotency-Key` is still being processed. */
        RequestInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payload too large: `payload_too_large` — the body is over 1 MB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unsupported media type: `unsupported_media_type` — the body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `validation_failed` — one or more fields are wrong; `errors` lists each with a JSON pointer; `idempotency_key_reused` — the `Idempotency-Key` was already used with another body. */
        ValidationFailedOrIdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: `rate_limited` — too many requests; wait for `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Service unavailable: `unavailable` — the service is temporarily unavailable; retry later. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not authenticated: `unauthenticated` — no session, or the session expired. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: `ip_not_allowed` — the caller's IP address is outside the account's IP allow-list; `forbidden` — the session may not do this. */
        IpNotAllowedOrForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `idempotency_key_reused` — the `Idempotency-Key` was already used with another body. */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not authenticated: `unauthenticated` — no session, or the session expired; `invalid_credentials` — the login, password or second-factor code is wrong. */
        UnauthenticatedOrInvalidCredentials: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `validation_failed` — one or more fields are wrong; `errors` lists each with a JSON pointer; `idempotency_key_reused` — the `Idempotency-Key` was already used with another body; `invalid_code` — the code is wrong, expired or already used. */
        ValidationFailedOrIdempotencyKeyReusedOrInvalidCode: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: `rate_limited` — too many requests; wait for `Retry-After` seconds; `code_locked` — five wrong codes in a row; wait for `Retry-After` seconds before asking for a new code. */
        RateLimitedOrCodeLocked: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `request_in_progress` — a request with the same `Idempotency-Key` is still being processed; `action_not_allowed` — the order's status does not allow this action now (see the order's `actions`). */
        RequestInProgressOrActionNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found: `not_found` — no such resource in this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Precondition failed: `precondition_failed` — the `If-Match` ETag is stale; `current` holds the resource as it is now. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `validation_failed` — one or more fields are wrong; `errors` lists each with a JSON pointer; `idempotency_key_reused` — the `Idempotency-Key` was already used with another body; `country_change_requires_ticket` — the country cannot be changed here; send a `country_change` support ticket. */
        ValidationFailedOrIdempotencyKeyReusedOrCountryChangeRequiresTicket: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Precondition required: `precondition_required` — the `If-Match` header is missing. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: `ip_not_allowed` — the caller's IP address is outside the account's IP allow-list; `step_up_required` — a sensitive operation without a fresh step-up token; `methods` lists the step-up methods the account can use; `forbidden` — the session may not do this. */
        IpNotAllowedOrStepUpRequiredOrForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `lockout_risk` — the new allow-list would exclude the caller's own IP (`callerIp`); repeat with `acknowledgeLockout: true` to save it anyway; `request_in_progress` — a request with the same `Idempotency-Key` is still being processed. */
        LockoutRiskOrRequestInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `security_code_already_set` — the security code can be set only once; `request_in_progress` — a request with the same `Idempotency-Key` is still being processed. */
        SecurityCodeAlreadySetOrRequestInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `validation_failed` — one or more fields are wrong; `errors` lists each with a JSON pointer. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Payment required: `insufficient_balance` — the balance does not cover the total; `shortfall` says how much is missing. */
        InsufficientBalance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `request_in_progress` — a request with the same `Idempotency-Key` is still being processed; `quote_expired` — the quote is older than 15 minutes; ask for a new one; `quote_stale` — prices or the balance changed since the quote; `quote` holds a fresh one; `action_not_allowed` — the order's status does not allow this action now (see the order's `actions`), or the quote was already used by another request. */
        RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden: `ip_not_allowed` — the caller's IP address is outside the account's IP allow-list; `company_verification_pending` — a company account cannot pay invoices until Introserv staff verify it; `forbidden` — the session may not do this. */
        IpNotAllowedOrCompanyVerificationPendingOrForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unprocessable content: `validation_failed` — one or more fields are wrong; `errors` lists each with a JSON pointer; `idempotency_key_reused` — the `Idempotency-Key` was already used with another body; `postal_address_required` — the profile has no postal address; it is required before paying an invoice. */
        ValidationFailedOrIdempotencyKeyReusedOrPostalAddressRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
        IdempotencyKey: string;
        /** @description The `ETag` of the resource as last read. Missing: 428 `precondition_required`; stale: 412 `precondition_failed` with the current resource. */
        IfMatch: string;
        /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
        StepUpToken: string;
        /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
        Csrf: "1";
        /** @description Page size, 1 to 100. */
        Limit: number;
        /** @description The `nextCursor` of the previous page; omit for the first page. */
        Cursor: string;
        /** @description Order id. */
        OrderId: string;
        /** @description Invoice id. */
        InvoiceId: string;
        /** @description Payment id (the `id` of the payment `payInvoice` returned). */
        PaymentId: string;
        /** @description Plan id. */
        PlanId: string;
        /** @description Verification id. */
        VerificationId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Version of the resource; send it back in `If-Match` to change it. */
        ETag: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description URL of the created resource. */
        Location: string;
        /** @description Cookie mode only: `introserv_session=<opaque>; HttpOnly; Secure; SameSite=Lax; Path=/` (no `Secure` on plain-HTTP localhost). Absent in token mode. */
        SetSession: string;
        /** @description Cookie mode only: expires the `introserv_session` cookie. */
        ClearSession: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Billing login. */
                    login: string;
                    /** @description Account password. */
                    password: string;
                    /** @description 6-digit authenticator code, when the account has two-factor authentication. */
                    totpCode?: string;
                    /** @description A recovery code, instead of `totpCode`. */
                    recoveryCode?: string;
                    /**
                     * @description `token` (default): a bearer token in the response; `cookie`: an HttpOnly session cookie.
                     * @enum {string}
                     */
                    mode?: "token" | "cookie";
                };
            };
        };
        responses: {
            /** @description Signed in. */
            201: {
                headers: {
                    "Set-Cookie": components["headers"]["SetSession"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["InvalidCredentialsOrTotpRequired"];
            403: components["responses"]["IpNotAllowed"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["ClearSession"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createStepUp: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The account password. */
                    password?: string;
                    /** @description A 6-digit authenticator code. */
                    totpCode?: string;
                    /** @description The id of a confirmed verification with purpose `step_up`. */
                    verificationId?: string;
                };
            };
        };
        responses: {
            /** @description The step-up token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepUp"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["UnauthenticatedOrInvalidCredentials"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Billing login. */
                    login: string;
                };
            };
        };
        responses: {
            /** @description A code was sent if the login exists. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequested"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Billing login. */
                    login: string;
                    /** @description The code from the email. */
                    code: string;
                    /** @description The new password, 8 to 128 characters, not the login. */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    startVerification: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description SMS code or call.
                     * @enum {string}
                     */
                    channel: "sms" | "call";
                    /**
                     * @description Telephony gateway; `primary` by default, `secondary` when the first failed.
                     * @enum {string}
                     */
                    gateway?: "primary" | "secondary";
                    /**
                     * @description What the verification is for.
                     * @enum {string}
                     */
                    purpose: "phone" | "step_up";
                };
            };
        };
        responses: {
            /** @description Started; the code is on its way. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmVerification: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Verification id. */
                id: components["parameters"]["VerificationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 4 to 8 digits. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Confirmed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the resource as last read. Missing: 428 `precondition_required`; stale: 412 `precondition_failed` with the current resource. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Last name. */
                    lastName?: string;
                    /** @description First name. */
                    firstName?: string;
                    /** @description City of residence. */
                    city?: string;
                    /** @description Residential address. */
                    address?: string;
                    /** @description Mobile phone in E.164 format (`+33612345678`), or null to remove it. */
                    mobilePhone?: string | null;
                    /** @description Accepted only when equal to the current country; another value gets 422 `country_change_requires_ticket`. */
                    country?: string;
                    /** @description Individual or company; switching to company needs `company` and starts staff verification. */
                    profileType?: components["schemas"]["ProfileType"];
                    /** @description Company details (required with `profileType: company`); null for an individual. */
                    company?: components["schemas"]["Company"] | null;
                    /** @description Postal address, or null to remove it. */
                    postalAddress?: components["schemas"]["PostalAddress"] | null;
                };
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrCountryChangeRequiresTicket"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    requestEmailChange: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The new email address.
                     */
                    newEmail: string;
                };
            };
        };
        responses: {
            /** @description A code was sent to the new address. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChange"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmEmailChange: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code sent to the new address. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    resendEmailChange: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new code was sent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailChange"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getSecurity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The security settings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Security"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    replaceIpAllowList: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the resource as last read. Missing: 428 `precondition_required`; stale: 412 `precondition_failed` with the current resource. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The entries, one per line of the form. */
                    entries: string[];
                    /** @description True to save a list that excludes the caller's current IP (the session is then cut off). */
                    acknowledgeLockout?: boolean;
                };
            };
        };
        responses: {
            /** @description The saved list (normalised). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAllowList"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["LockoutRiskOrRequestInProgress"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    setSecurityCode: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The security code, 4 to 64 characters. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityCodeState"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["SecurityCodeAlreadySetOrRequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The current password. */
                    currentPassword: string;
                    /** @description The new password, 8 to 128 characters, not the login. */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["UnauthenticatedOrInvalidCredentials"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    setupTwoFactor: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetup"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    enableTwoFactor: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 6-digit code of the authenticator app. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Enabled; store the recovery codes now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    disableTwoFactor: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 6-digit authenticator code. */
                    code?: string;
                    /** @description The account password. */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Disabled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrInvalidCode"];
            429: components["responses"]["RateLimitedOrCodeLocked"];
            503: components["responses"]["Unavailable"];
        };
    };
    regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description A step-up token from `POST /v1/auth/step-up`, valid 5 minutes. Without a valid one this sensitive operation gets 403 `step_up_required`. */
                "X-Introserv-Step-Up"?: components["parameters"]["StepUpToken"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new codes. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrStepUpRequiredOrForbidden"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notifications"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    replaceNotifications: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the resource as last read. Missing: 428 `precondition_required`; stale: 412 `precondition_failed` with the current resource. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Receive the newsletter. */
                    newsletter: boolean;
                    /** @description Alert threshold in the account currency (amount ≥ 0), or null for no alert. */
                    lowBalanceThreshold: components["schemas"]["Money"] | null;
                    /**
                     * Format: email
                     * @description Invoices and orders address, or null for the account email.
                     */
                    invoicesEmail: string | null;
                    /**
                     * Format: email
                     * @description Support address, or null for the account email.
                     */
                    supportEmail: string | null;
                    /**
                     * Format: email
                     * @description Complaints address, or null for the account email.
                     */
                    complaintsEmail: string | null;
                };
            };
        };
        responses: {
            /** @description The saved settings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notifications"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Kind of ticket.
                     * @enum {string}
                     */
                    kind: "support" | "complaint" | "country_change";
                    /** @description Subject, up to 200 characters. */
                    subject: string;
                    /** @description Message, up to 5000 characters. */
                    message: string;
                    /** @description For `country_change`: the requested country (ISO 3166-1 alpha-2). */
                    country?: string;
                };
            };
        };
        responses: {
            /** @description Sent. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description Only plans of this kind. */
                kind?: "dedicated" | "vps";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Plan id. */
                id: components["parameters"]["PlanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description `active` (pending, processing, active, overdue, suspended; default) or `history` (cancelled, closed). */
                view?: "active" | "history";
                /** @description Only orders with this status. */
                status?: "pending" | "processing" | "active" | "overdue" | "suspended" | "cancelled" | "closed";
                /** @description Search in the order id, plan name, IP address and label (case-insensitive substring). */
                q?: string;
                /** @description Sort key. */
                sort?: "id" | "paidUntil" | "daysRemaining" | "price" | "status" | "createdAt";
                /** @description Sort direction. */
                order?: "asc" | "desc";
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `id` of the quote to execute. */
                    quoteId: string;
                };
            };
        };
        responses: {
            /** @description The new order. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            402: components["responses"]["InsufficientBalance"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportOrders: {
        parameters: {
            query?: {
                /** @description `active` (pending, processing, active, overdue, suspended; default) or `history` (cancelled, closed). */
                view?: "active" | "history";
                /** @description Only orders with this status. */
                status?: "pending" | "processing" | "active" | "overdue" | "suspended" | "cancelled" | "closed";
                /** @description Search in the order id, plan name, IP address and label (case-insensitive substring). */
                q?: string;
                /** @description Sort key. */
                sort?: "id" | "paidUntil" | "daysRemaining" | "price" | "status" | "createdAt";
                /** @description Sort direction. */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description The `ETag` of the resource as last read. Missing: 428 `precondition_required`; stale: 412 `precondition_failed` with the current resource. */
                "If-Match": components["parameters"]["IfMatch"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A label of your own, or null to remove it. */
                    label?: string | null;
                    /** @description Renew automatically from the balance on `paidUntil`. */
                    autoRenew?: boolean;
                };
            };
        };
        responses: {
            /** @description The updated order. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quoteOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The plan. */
                    planId: string;
                    /** @description Billing period to order. */
                    period: components["schemas"]["Period"];
                    /** @description Answers to the plan's `orderFields`, by name. */
                    fields: {
                        [key: string]: string | number;
                    };
                };
            };
        };
        responses: {
            /** @description The quote. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quoteRenewal: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Period to renew for; the order's own period when absent. */
                    period?: components["schemas"]["Period"];
                };
            };
        };
        responses: {
            /** @description The quote. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    renewOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `id` of the quote to execute. */
                    quoteId: string;
                };
            };
        };
        responses: {
            /** @description The renewed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            402: components["responses"]["InsufficientBalance"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quoteBatchRenewal: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Orders to renew (1 to 100, each once). */
                    items: {
                        /** @description The order. */
                        orderId: string;
                        /** @description Period to renew for; the order's own period when absent. */
                        period?: components["schemas"]["Period"];
                    }[];
                };
            };
        };
        responses: {
            /** @description The quote, one line per order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    batchRenew: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `id` of the quote to execute. */
                    quoteId: string;
                };
            };
        };
        responses: {
            /** @description One result per order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchRenewalResult"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quotePlanChange: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The plan to change to (same kind). */
                    planId: string;
                };
            };
        };
        responses: {
            /** @description The quote. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    changePlan: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `id` of the quote to execute. */
                    quoteId: string;
                };
            };
        };
        responses: {
            /** @description The order on its new plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            402: components["responses"]["InsufficientBalance"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quoteCancellation: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description `now` (refund the unused whole days) or `period_end` (no refund, service until `paidUntil`).
                     * @enum {string}
                     */
                    when: "now" | "period_end";
                };
            };
        };
        responses: {
            /** @description The quote with `refund`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Order id. */
                id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The `id` of the quote to execute. */
                    quoteId: string;
                    /** @description Why you cancel (optional, up to 500 characters). */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The cancelled order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrQuoteExpiredOrQuoteStaleOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Balance"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description Only this kind. */
                kind?: "payment" | "charge" | "refund" | "adjustment";
                /** @description Only transactions about this order. */
                orderId?: string;
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of refunds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Only this status. */
                status?: "unpaid" | "paid" | "cancelled";
                /** @description Page size, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `nextCursor` of the previous page; omit for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Invoice id. */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Invoice id. */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createTopUp: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount to add, in the account currency; 100 to 1000000 minor units. */
                    amount: components["schemas"]["Money"];
                };
            };
        };
        responses: {
            /** @description The invoice to pay. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            409: components["responses"]["RequestInProgress"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReused"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    payInvoice: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per logical write (a UUID). Retrying with the same key and body replays the stored response; the same key with another body gets 422 `idempotency_key_reused`; while the first is in progress 409 `request_in_progress`. Kept 24 hours, scoped to the account, method and path. Missing: 400 `idempotency_key_required`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
                /** @description Cookie mode only: every request authenticated by the session cookie must carry `X-Introserv-CSRF: 1`, or it gets 403 `forbidden`. */
                "X-Introserv-CSRF"?: components["parameters"]["Csrf"];
            };
            path: {
                /** @description Invoice id. */
                id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A payment method id from the balance. */
                    methodId: string;
                };
            };
        };
        responses: {
            /** @description The payment. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["MalformedRequestOrIdempotencyKeyRequired"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrCompanyVerificationPendingOrForbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RequestInProgressOrActionNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailedOrIdempotencyKeyReusedOrPostalAddressRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id (the `id` of the payment `payInvoice` returned). */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["IpNotAllowedOrForbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
}
