/** The helpers routes use, in one place. See INTERNALS.md. */
export type { AccountRow, Clock, Db, SandboxDeps, SandboxEnv, SessionRow } from './context.js';
export { problem, fieldError, validationFailed, ProblemError, type FieldError } from './problem.js';
export { readJson, readOptionalJson, readQuery, type Schema } from './validation.js';
export { etagOf, checkIfMatch, withEtag } from './etag.js';
export { sendMail, sendMailTo, addressFor, writeOutbox, type MailCategory } from './mail.js';
export { requireAccount, requireSession, requireStepUp, loadAccount } from './domain/sessions.js';
export {
  newId,
  today,
  nowIso,
  addMs,
  addDays,
  daysBetween,
  encodeCursor,
  decodeCursor,
  randomDigits,
} from './util.js';
