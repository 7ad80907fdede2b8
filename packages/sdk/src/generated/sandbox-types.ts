// Generated from packages/sdk/openapi by packages/sdk/scripts/generate.ts — do not edit.

export interface paths {
    "/sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the data
         * @description Drops every account, order, message, rate-limit counter and idempotency record and loads a seed.
         *     With no body it restores seed `demo`. `orders` adds that many generated orders to `demo`.
         *     The clock and the fault spec are left as they are.
         */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages sent
         * @description Every email, SMS and call the real system would have sent, with its addressee, newest first.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sandbox time
         * @description The time the sandbox uses for every rule (expiries, `daysRemaining`, proration).
         */
        get: operations["getClock"];
        put?: never;
        /**
         * Move the clock
         * @description Moves the sandbox clock: `advance` by an ISO 8601 duration of days, hours, minutes and seconds
         *     (`P3D`, `PT15M`, `P1DT2H`), or `set` it to an instant. Send exactly one. Time never goes backwards
         *     with `advance`; `set` may go anywhere. The clock keeps running from there.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Faults in force
         * @description The fault spec now in force (empty when faults are off).
         */
        get: operations["getFaults"];
        put?: never;
        /**
         * Inject faults
         * @description Replaces the fault spec, like the CLI's `--faults`: comma-separated `5xx=P` (probability of a 503
         *     `unavailable`), `drop=P` (probability of closing the connection without an answer) and
         *     `latency=MIN-MAX` (milliseconds). Each fault hits either before the handler runs or after it has
         *     committed, so clients meet both cases. An empty spec turns faults off. Sandbox routes are never faulted.
         */
        post: operations["setFaults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/staff/company-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a company (as staff)
         * @description Acts as Introserv staff deciding on a company account's details: `verified` unblocks invoice
         *     payment, `rejected` keeps it blocked. The account gets an email about the decision.
         */
        post: operations["decideCompanyVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/payments/{id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a payment (as the provider)
         * @description Stands in for the payment provider: `succeeded` marks the invoice paid and credits the balance
         *     (a `payment` transaction), `failed` leaves it unpaid. With `--auto-settle` every payment succeeds at once.
         */
        post: operations["settlePayment"];
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
        /** @description What was loaded. */
        ResetResult: {
            /**
             * @description The seed loaded.
             * @enum {string}
             */
            seed: "demo" | "empty";
            /** @description Extra generated orders added to `demo`. */
            orders: number;
        };
        /** @description One email, SMS or call the real system would have sent. */
        OutboxEntry: {
            /** @description Message id. */
            id: string;
            /**
             * @description `email`, `sms` (a text message) or `call` (a verification call).
             * @enum {string}
             */
            kind: "email" | "sms" | "call";
            /** @description The addressee - an email address, or an E.164 phone number for `sms` and `call`. */
            to: string;
            /** @description The account the message is about, or null (a reset code for an unknown login is never sent). */
            login?: string | null;
            /** @description Email subject; null for SMS and calls. */
            subject: string | null;
            /** @description Email body or SMS text; for a call, what the robot says on a landline; null if nothing. */
            text: string | null;
            /** @description The code the message carries (email or SMS code; for a call, the last 4 digits of `callerNumber`, also the digits the robot speaks), or null. */
            code: string | null;
            /**
             * @description The telephony gateway of an SMS or call; null for email.
             * @enum {string|null}
             */
            gateway: "primary" | "secondary" | null;
            /** @description For a call, the E.164 number Introserv calls from (its last 4 digits are the code); null otherwise. */
            callerNumber: string | null;
            /**
             * @description For an email, which notification address it was routed by: `invoices` (invoice and order mail, the
             *     low-balance alert), `support`, `complaints`, or `account` (codes and security mail to the account or
             *     new address). Null for SMS and calls.
             * @enum {string|null}
             */
            category?: "invoices" | "support" | "complaints" | "account" | null;
            /** @description False when the gateway failed to deliver it (then try the `secondary` gateway). */
            delivered?: boolean;
            /**
             * Format: date-time
             * @description When it was sent (UTC, sandbox clock).
             */
            at: string;
        };
        /** @description Messages, newest first. */
        Outbox: {
            /** @description The messages. */
            items: components["schemas"]["OutboxEntry"][];
        };
        /** @description The sandbox clock. */
        Clock: {
            /**
             * Format: date-time
             * @description The current instant (UTC).
             */
            now: string;
            /**
             * Format: date
             * @description The current UTC date, the `today` of every day count.
             */
            today: string;
            /** @description True when the clock stands still (a sandbox created with a fixed instant); otherwise it runs. */
            frozen?: boolean;
        };
        /** @description The fault spec in force. */
        Faults: {
            /** @description The spec, empty when faults are off. */
            spec: string;
        };
        /** @description The account after the decision. */
        CompanyVerificationResult: {
            /** @description Billing login. */
            login: string;
            /** @description The company verification state after the decision. */
            companyVerification: components["schemas"]["CompanyVerification"];
        };
        /** @description The payment after settlement. */
        SettledPayment: {
            /** @description The payment, now `succeeded` or `failed`. */
            payment: components["schemas"]["Payment"];
        };
        /**
         * @description Stable machine-readable error code. `malformed_request` (400): the body is not parseable JSON. `idempotency_key_required` (400): a mutating request came without an `Idempotency-Key` header. `unauthenticated` (401): no session, or the session expired. `invalid_credentials` (401): the login, password or second-factor code is wrong. `totp_required` (401): the account has two-factor authentication: repeat with `totpCode` or `recoveryCode`. `insufficient_balance` (402): the balance does not cover the total; `shortfall` says how much is missing. `ip_not_allowed` (403): the caller's IP address is outside the account's IP allow-list. `step_up_required` (403): a sensitive operation without a fresh step-up token; `methods` lists the step-up methods the account can use. `company_verification_pending` (403): a company account cannot pay invoices until Introserv staff verify it. `forbidden` (403): the session may not do this. `not_found` (404): no such resource in this account. `lockout_risk` (409): the new allow-list would exclude the caller's own IP (`callerIp`); repeat with `acknowledgeLockout: true` to save it anyway. `security_code_already_set` (409): the security code can be set only once. `request_in_progress` (409): a request with the same `Idempotency-Key` is still being processed. `quote_expired` (409): the quote is older than 15 minutes; ask for a new one. `quote_stale` (409): prices or the balance changed since the quote; `quote` holds a fresh one. `action_not_allowed` (409): the order's status does not allow this action now (see the order's `actions`). `precondition_failed` (412): the `If-Match` ETag is stale; `current` holds the resource as it is now. `payload_too_large` (413): the body is over 1 MB. `unsupported_media_type` (415): the body is not `application/json`. `validation_failed` (422): one or more fields are wrong; `errors` lists each with a JSON pointer. `idempotency_key_reused` (422): the `Idempotency-Key` was already used with another body. `postal_address_required` (422): the profile has no postal address; it is required before paying an invoice. `country_change_requires_ticket` (422): the country cannot be changed here; send a `country_change` support ticket. `invalid_code` (422): the code is wrong, expired or already used. `precondition_required` (428): the `If-Match` header is missing. `rate_limited` (429): too many requests; wait for `Retry-After` seconds. `code_locked` (429): five wrong codes in a row; wait for `Retry-After` seconds before asking for a new code. `unavailable` (503): the service is temporarily unavailable; retry later.
         * @enum {string}
         */
        ErrorCode: "malformed_request" | "idempotency_key_required" | "unauthenticated" | "invalid_credentials" | "totp_required" | "insufficient_balance" | "ip_not_allowed" | "step_up_required" | "company_verification_pending" | "forbidden" | "not_found" | "lockout_risk" | "security_code_already_set" | "request_in_progress" | "quote_expired" | "quote_stale" | "action_not_allowed" | "precondition_failed" | "payload_too_large" | "unsupported_media_type" | "validation_failed" | "idempotency_key_reused" | "postal_address_required" | "country_change_requires_ticket" | "invalid_code" | "precondition_required" | "rate_limited" | "code_locked" | "unavailable";
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
        /**
         * @description A way to prove presence for a step-up: `password` (the account password), `totp` (a code of the authenticator app), `verification` (a confirmed SMS or call verification with purpose `step_up`).
         * @enum {string}
         */
        StepUpMethod: "password" | "totp" | "verification";
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
        /**
         * @description Staff verification of the company details. `none` for individuals; a company starts `verification_pending` and cannot pay invoices (403 `company_verification_pending`) until staff set it `verified`.
         * @enum {string}
         */
        CompanyVerification: "none" | "verification_pending" | "verified" | "rejected";
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
        /** @description Unprocessable content: `validation_failed` — a field is wrong; `errors` lists each with a JSON pointer. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found: `not_found` — no such login or payment. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict: `action_not_allowed` — the account is not a company, or the payment is already settled. */
        ActionNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    resetSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description `demo` (the accounts `demo` and `acme` of the design) or `empty` (no accounts).
                     * @default demo
                     * @enum {string}
                     */
                    seed?: "demo" | "empty";
                    /**
                     * @description Extra generated orders for the `demo` account.
                     * @default 0
                     */
                    orders?: number;
                };
            };
        };
        responses: {
            /** @description Reset done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetResult"];
                };
            };
            422: components["responses"]["ValidationFailed"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Only messages to this address or phone number. */
                to?: string;
                /** @description Only this kind of message. */
                kind?: "email" | "sms" | "call";
                /** @description At most this many messages, newest first. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outbox"];
                };
            };
            422: components["responses"]["ValidationFailed"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO 8601 duration to add (`P3D` = 3 days, `PT15M` = 15 minutes). */
                    advance?: string;
                    /**
                     * Format: date-time
                     * @description The new current instant (UTC).
                     */
                    set?: string;
                };
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            422: components["responses"]["ValidationFailed"];
        };
    };
    getFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The spec. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Faults"];
                };
            };
        };
    };
    setFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description For example `5xx=0.2,drop=0.1,latency=20-200`; `gateway-down=primary` makes the primary SMS/call gateway fail so the secondary path can be tried; empty to turn faults off. */
                    spec: string;
                };
            };
        };
        responses: {
            /** @description The spec now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Faults"];
                };
            };
            422: components["responses"]["ValidationFailed"];
        };
    };
    decideCompanyVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Billing login of the company account. */
                    login: string;
                    /**
                     * @description The staff decision.
                     * @enum {string}
                     */
                    decision: "verified" | "rejected";
                };
            };
        };
        responses: {
            /** @description The account's new verification state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyVerificationResult"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["ActionNotAllowed"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    settlePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payment id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How the payment ends.
                     * @enum {string}
                     */
                    outcome: "succeeded" | "failed";
                };
            };
        };
        responses: {
            /** @description The settled payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettledPayment"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["ActionNotAllowed"];
            422: components["responses"]["ValidationFailed"];
        };
    };
}
