/** The money formulas in isolation: integer arithmetic, rounding direction, calendar periods, tax rules. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, extendPaidUntil, periodEnd } from '../src/domain/lifecycle-calendar.js';
import { formatMinor, mulDivCeil, mulDivFloor, percentOf } from '../src/domain/money.js';
import {
  cancellationRefund,
  daysRemaining,
  periodDays,
  planChangeAmount,
  unusedDays,
} from '../src/domain/orders-pricing.js';
import { taxOn, taxRule } from '../src/domain/tax.js';

describe('money', () => {
  it('floor and ceil of a × b ÷ c are exact', () => {
    assert.equal(mulDivFloor(10680, 3, 30), 1068);
    assert.equal(mulDivFloor(708, 18, 30), 424);
    assert.equal(mulDivCeil(1710, 47, 92), 874);
    assert.equal(mulDivCeil(600, 3, 30), 60);
    // A quotient a float division rounds up to the next integer: 3 × (2^51 − 1) ÷ 3 must stay exact.
    assert.equal(mulDivFloor(2 ** 51 - 1, 3, 3), 2 ** 51 - 1);
    assert.equal(mulDivFloor(999_999_999, 366, 367), Math.floor((999_999_999 * 366) / 367));
    assert.throws(() => mulDivFloor(1, 1, 0), RangeError);
  });

  it('rounds tax half up (away from zero for credits)', () => {
    assert.equal(percentOf(25, 1000), 3); // 2.5 → 3
    assert.equal(percentOf(24, 1000), 2); // 2.4 → 2
    assert.equal(percentOf(-25, 1000), -3);
    assert.equal(percentOf(3392, 2000), 678); // 678.4
    assert.equal(percentOf(6527, 2000), 1305); // 1305.4
    assert.equal(percentOf(1999, 550), 110); // 109.945 → 110
    assert.equal(percentOf(0, 2000), 0);
    assert.equal(Object.is(percentOf(-1, 2000), -0), false, 'no negative zero');
  });

  it('formats minor units for CSV and PDF', () => {
    assert.equal(formatMinor(25000), '250.00');
    assert.equal(formatMinor(-5), '-0.05');
  });
});

describe('calendar', () => {
  it('adds calendar months, clamping to the end of the month', () => {
    assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
    assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
    assert.equal(addMonths('2026-11-28', 12), '2027-11-28');
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
  });

  it('periods chain from the day after paidUntil, without drift', () => {
    assert.equal(periodEnd('2026-11-28', 1), '2026-12-27');
    assert.equal(extendPaidUntil('2027-01-31', 1), '2027-02-28');
    assert.equal(extendPaidUntil('2027-02-28', 1), '2027-03-31');
    assert.equal(extendPaidUntil('2026-12-01', 3), '2027-03-01');
    assert.equal(extendPaidUntil('2026-12-31', 12), '2027-12-31');
  });

  it('days remaining, period days and unused days', () => {
    assert.equal(daysRemaining('2026-12-01', '2026-11-28'), 3);
    assert.equal(daysRemaining('2026-12-01', '2026-12-01'), 0);
    assert.equal(daysRemaining('2026-11-24', '2026-11-28'), -4);
    assert.equal(periodDays('2026-11-02', '2026-12-01'), 30);
    assert.equal(unusedDays('2026-12-01', '2026-12-01'), 0, 'today counts as used');
    assert.equal(unusedDays('2026-11-24', '2026-11-28'), 0);
  });
});

describe('order amounts', () => {
  const period = { periodStart: '2026-11-17', paidUntil: '2026-12-16', paidTotal: 708 };

  it('refund = floor(paidTotal × unusedDays ÷ periodDays)', () => {
    assert.equal(cancellationRefund(period, '2026-11-28'), 424); // 708 × 18 ÷ 30 = 424.8
    assert.equal(cancellationRefund(period, '2026-12-16'), 0);
    assert.equal(cancellationRefund(period, '2027-01-05'), 0);
    // A period that has not started is refunded whole, never more.
    assert.equal(cancellationRefund(period, '2026-11-01'), 708);
  });

  it('plan change charges floor and credits ceil of the prorated difference', () => {
    assert.deepEqual(planChangeAmount(period, 590, 6900, '2026-11-28'), {
      difference: 6310,
      unusedDays: 18,
      periodDays: 30,
      net: 3786,
    });
    assert.equal(planChangeAmount(period, 590, 1190, '2026-11-28').net, 360);
    const quarter = { periodStart: '2026-10-15', paidUntil: '2027-01-14' };
    assert.equal(planChangeAmount(quarter, 3392, 1682, '2026-11-28').net, -874); // −1710 × 47 ÷ 92 = −873.6
    assert.equal(planChangeAmount(period, 590, 1190, '2026-12-16').net, 0, 'nothing left to prorate');
  });
});

describe('tax rules', () => {
  it('FR 20 % for individuals and French companies; reverse charge for EU companies abroad; 0 % outside the EU', () => {
    assert.equal(taxRule({ country: 'FR', type: 'individual' }).rateBasisPoints, 2000);
    assert.equal(
      taxRule({ country: 'FR', type: 'company', vatNumber: 'FR40552100554' }).rateBasisPoints,
      2000,
    );
    assert.equal(taxRule({ country: 'DE', type: 'individual' }).rateBasisPoints, 2000);
    assert.equal(taxRule({ country: 'DE', type: 'company', vatNumber: null }).rateBasisPoints, 2000);
    const rc = taxRule({ country: 'de', type: 'company', vatNumber: 'DE811907980' });
    assert.deepEqual([rc.rateBasisPoints, rc.scheme], [0, 'reverse_charge']);
    assert.match(rc.note, /DE811907980/);
    assert.equal(taxRule({ country: 'US', type: 'individual' }).scheme, 'outside_eu');
    assert.equal(taxRule({ country: 'CH', type: 'company', vatNumber: 'CHE-1' }).rateBasisPoints, 0);
    assert.equal(taxOn(8900, taxRule({ country: 'FR', type: 'individual' })), 1780);
  });
});
