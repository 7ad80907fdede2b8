import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { baseStyles } from './styles.js';
import { tokens } from '../themes/tokens.js';
import { formatAmountInput, formatMoney, parseAmountInput } from './money.js';
import { errorKind } from './errors.js';
import { formatDate, formatRelativeDays } from './format.js';
import { flatten, changedPointers } from './edit.js';
import { lazy } from './lazy.js';
import { newSandbox } from '../test-utils/sandbox.js';
import { waitFor } from '../test-utils/dom.js';
import '../components/profile/profile.js';
import '../components/login/login.js';
import '../components/notifications/notifications.js';

describe('base', () => {
  it('parses money as typed in the locale, into integer minor units', () => {
    expect(parseAmountInput('12,50', 'EUR', 'fr')).to.equal(1250);
    expect(parseAmountInput('12.50', 'EUR', 'fr')).to.equal(1250);
    expect(parseAmountInput('1 234,5', 'EUR', 'fr')).to.equal(123450);
    expect(parseAmountInput('12.50', 'EUR', 'en')).to.equal(1250);
    expect(parseAmountInput('1,234.56', 'EUR', 'en')).to.equal(123456);
    expect(parseAmountInput('20', 'EUR', 'en')).to.equal(2000);
    expect(parseAmountInput('1500', 'JPY', 'en')).to.equal(1500);
    expect(parseAmountInput('0,015', 'EUR', 'fr')).to.equal(null);
    expect(parseAmountInput('abc', 'EUR', 'en')).to.equal(null);
    expect(parseAmountInput('', 'EUR', 'en')).to.equal(null);
    expect(parseAmountInput('-3,00', 'EUR', 'fr')).to.equal(-300);
  });

  it('formats money and input amounts through Intl', () => {
    expect(formatMoney({ amount: 1999, currency: 'EUR' }, 'fr').replace(/\s/g, ' ')).to.equal('19,99 €');
    expect(formatMoney({ amount: 1999, currency: 'EUR' }, 'en')).to.equal('€19.99');
    expect(formatAmountInput(2000, 'EUR', 'fr')).to.equal('20,00');
    expect(formatAmountInput(123456, 'EUR', 'en')).to.equal('1234.56');
  });

  it('formats dates and relative days through Intl', () => {
    expect(formatDate('2026-12-01', 'fr')).to.equal('1 déc. 2026');
    expect(formatDate('2026-12-01', 'en')).to.equal('Dec 1, 2026');
    expect(formatRelativeDays(3, 'fr')).to.equal('dans 3 jours');
    expect(formatRelativeDays(0, 'en')).to.equal('today');
    expect(formatRelativeDays(-2, 'en')).to.equal('2 days ago');
  });

  it('classifies errors for the state views', () => {
    expect(errorKind({ status: 0, code: 'error' })).to.equal('offline');
    expect(errorKind(new TypeError('Failed to fetch'))).to.equal('offline');
    expect(errorKind({ status: 401, code: 'unauthenticated' })).to.equal('session-expired');
    expect(errorKind({ status: 403, code: 'ip_not_allowed' })).to.equal('ip-not-allowed');
    expect(errorKind({ status: 412, code: 'precondition_failed' })).to.equal('conflict');
    expect(errorKind({ status: 429, code: 'rate_limited' })).to.equal('rate-limited');
    expect(errorKind({ status: 503, code: 'unavailable' })).to.equal('unavailable');
    expect(errorKind({ status: 422, code: 'validation_failed' })).to.equal('validation');
  });

  it('a lazy module whose load failed loads again on next use; a loaded one is kept', async () => {
    let attempts = 0;
    const load = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { attempt: attempts };
    });
    const first = await load().catch((e: unknown) => e);
    expect(first).to.be.instanceOf(TypeError);
    expect(await load()).to.deep.equal({ attempt: 2 });
    expect(await load()).to.deep.equal({ attempt: 2 });
    expect(attempts).to.equal(2);
  });

  it('flattens resources into drafts keyed by JSON pointer', () => {
    const flat = flatten({ city: 'Lyon', company: { name: 'A/B' }, postalAddress: null, tags: ['a', 'b'] });
    expect(flat).to.deep.equal({
      '/city': 'Lyon',
      '/company/name': 'A/B',
      '/postalAddress': '',
      '/tags': 'a\nb',
    });
    expect(changedPointers({ '/a': '1', '/b': '2' }, { '/a': '1', '/b': '3' }, ['/a', '/b'])).to.deep.equal([
      '/b',
    ]);
  });

  it('every private token the styles read is a declared token, and every token is used', () => {
    const css = baseStyles.cssText;
    const declared = new Set(Object.keys(tokens));
    const read = new Set([...css.matchAll(/var\(--_([a-z-]+)\)/g)].map((m) => m[1]!));
    for (const name of read) expect(declared.has(name), `--_${name} is a token`).to.equal(true);
    for (const name of declared) expect(read.has(name), `--introserv-${name} is used`).to.equal(true);
  });

  describe('at 320 px wide', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('lays out login, profile and notifications without horizontal scrolling', async function () {
      this.timeout(40_000);
      const sandbox = await newSandbox();
      await sandbox.signIn();
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <introserv-login .client=${sandbox.newCore()}></introserv-login>
          <introserv-profile .client=${sandbox.core}></introserv-profile>
          <introserv-notifications .client=${sandbox.core}></introserv-notifications>
        </div>`,
      );
      const profile = wrapper.querySelector('introserv-profile')!;
      const notifications = wrapper.querySelector('introserv-notifications')!;
      await waitFor(
        () => profile.shadowRoot!.querySelector('form') && notifications.shadowRoot!.querySelector('form'),
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const el of [wrapper.querySelector('introserv-login')!, profile, notifications])
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
