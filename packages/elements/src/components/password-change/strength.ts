// Password strength by plain, stated rules (no dictionary download): length first, then variety, and the
// patterns guessers try first — the login, the most common passwords, repeats and runs — with the feedback
// view. Loaded on the first keystroke in the new password.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';

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

function reasonText(reason: StrengthReason): string {
  switch (reason) {
    case 'too_short':
      return msg(str`Use at least ${MIN_LENGTH} characters.`, { id: 'security.password.tip.short' });
    case 'too_long':
      return msg(str`Use at most ${MAX_LENGTH} characters.`, { id: 'security.password.tip.long' });
    case 'is_login':
      return msg('It may not be your login.', { id: 'security.password.tip.isLogin' });
    case 'has_login':
      return msg('It contains your login, which is the first thing a guesser tries.', {
        id: 'security.password.tip.hasLogin',
      });
    case 'common':
      return msg('It is one of the most used passwords.', { id: 'security.password.tip.common' });
    case 'repetitive':
      return msg('Repeats and keyboard or alphabet runs are easy to guess.', {
        id: 'security.password.tip.runs',
      });
    case 'one_kind':
      return msg('Mix letters, digits and symbols, or make it longer.', {
        id: 'security.password.tip.oneKind',
      });
  }
}

/** The strength feedback: a bar of four steps, the verdict, and what would make it stronger. */
export function renderStrength(s: Strength, id: string) {
  const labels = [
    msg('too short or not allowed', { id: 'security.password.level0' }),
    msg('weak', { id: 'security.password.level1' }),
    msg('fair', { id: 'security.password.level2' }),
    msg('good', { id: 'security.password.level3' }),
    msg('strong', { id: 'security.password.level4' }),
  ];
  return html`<div part="strength" class="strength level-${s.score}" id=${id} data-score=${s.score}>
    <div part="strength-bar" class="strength-bar" aria-hidden="true">
      ${[1, 2, 3, 4].map((i) => html`<span class=${i <= s.score ? 'on' : ''}></span>`)}
    </div>
    <p part="strength-label" class="strength-label">
      ${msg(str`Strength: ${labels[s.score]}`, { id: 'security.password.strength' })}
    </p>
    ${
      s.reasons.length
        ? html`<ul part="strength-tips" class="strength-tips">
            ${s.reasons.map((r) => html`<li>${reasonText(r)}</li>`)}
          </ul>`
        : s.score < 4
          ? html`<p part="strength-tips" class="hint">
              ${msg(
                'Longer is stronger: a few unrelated words make a password easy to remember and hard to guess.',
                {
                  id: 'security.password.tip.longer',
                },
              )}
            </p>`
          : nothing
    }
  </div>`;
}
