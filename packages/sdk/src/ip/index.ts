export { formatIp, IpParseError, parseIp } from './address.js';
export type { IpErrorCode, IpFamily, ParsedIp } from './address.js';
export {
  covers,
  isValidIp,
  normaliseEntry,
  normaliseIp,
  parseAllowList,
  parseEntry,
  splitLines,
  toFieldErrors,
} from './allow-list.js';
export type {
  AllowList,
  AllowListDuplicate,
  AllowListEntry,
  AllowListError,
  ParseEntryResult,
  ParsedEntry,
} from './allow-list.js';
