// Password strength by plain, stated rules (no dictionary download): length first, then variety, and the
// patterns guessers try first — the login, the most common passwords, repeats and runs. Loaded on first input.

export type StrengthReason =
  'too_short' | 'too_long' | 'is_login' | 'has_login' | 'common' | 'repetitive' | 'one_kind';

export interface Strength {
  /** 0 too short or not allowed, 1 weak, 2 fair, 3 good, 4 strong. */
  score: 0 | 1 | 2 | 3 | 4;
  reasons: StrengthReason[];
}

export const MIN_LENGTH = 8;
export const MAX_LENGTH = 128;

// The most used passwords in leaked lists (and local variants), compared without trailing digits and symbols.
const COMMON = new Set(
  (
    'password passw0rd motdepasse azerty azertyuiop qwerty qwertyuiop qwertz letmein welcome bienvenue admin ' +
    'administrator root toor iloveyou jetaime monkey dragon football soleil doudou loulou chouchou marseille ' +
    'princess sunshine master shadow superman batman baseball trustno1 abc abcdef abcdefgh secret login ' +
    'introserv billing changeme default test user guest hello bonjour'
  ).split(' '),
);

const RUNS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'azertyuiop',
  'qwertyuiop',
  'asdfghjkl',
  'qsdfghjklm',
];

function repetitive(password: string): boolean {
  const p = password.toLowerCase();
  if (/^(.)\1+$/.test(p) || /^(.{1,3})\1{2,}$/.test(p)) return true;
  // Mostly a keyboard or alphabet run (forwards or backwards).
  for (const run of RUNS) {
    for (const r of [run, [...run].reverse().join('')]) {
      for (let len = p.length; len >= 6; len--) {
        for (let i = 0; i + len <= p.length; i++) {
          if (r.includes(p.slice(i, i + len)) && len >= p.length * 0.75) return true;
        }
      }
    }
  }
  return false;
}

/** Judges a new password for a login. Pure and synchronous. */
export function passwordStrength(password: string, login = ''): Strength {
  const reasons: StrengthReason[] = [];
  const lower = password.toLowerCase();
  const user = login.trim().toLowerCase();
  if (password.length < MIN_LENGTH) reasons.push('too_short');
  if (password.length > MAX_LENGTH) reasons.push('too_long');
  if (user && lower === user) reasons.push('is_login');
  else if (user.length >= 3 && lower.includes(user)) reasons.push('has_login');
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (COMMON.has(lower) || COMMON.has(core) || /^\d+$/.test(password)) reasons.push('common');
  if (password.length >= 4 && repetitive(password)) reasons.push('repetitive');
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (kinds <= 1 && password.length < 16) reasons.push('one_kind');

  if (reasons.includes('too_short') || reasons.includes('too_long') || reasons.includes('is_login'))
    return { score: 0, reasons };
  if (reasons.some((r) => r === 'has_login' || r === 'common' || r === 'repetitive'))
    return { score: 1, reasons };
  let score = password.length >= 16 ? 3 : password.length >= 12 ? 2 : 1;
  if (kinds >= 3) score += 1;
  if (reasons.includes('one_kind')) score = Math.min(score, 1);
  return { score: Math.min(4, score) as Strength['score'], reasons };
}
