import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  covers,
  isValidIp,
  normaliseEntry,
  normaliseIp,
  parseAllowList,
  parseEntry,
  splitLines,
  toFieldErrors,
  type IpErrorCode,
} from './index.js';

describe('parseEntry: accepted entries and their canonical form', () => {
  const table: [input: string, value: string, kind: 'address' | 'range' | 'cidr', family: 4 | 6][] = [
    ['192.15.3.2', '192.15.3.2', 'address', 4],
    ['  10.10.1.1  ', '10.10.1.1', 'address', 4],
    ['0.0.0.0', '0.0.0.0', 'address', 4],
    ['255.255.255.255', '255.255.255.255', 'address', 4],
    ['192.168.0.1-192.168.0.10', '192.168.0.1-192.168.0.10', 'range', 4],
    ['192.168.0.1 - 192.168.0.10', '192.168.0.1-192.168.0.10', 'range', 4],
    ['192.168.0.1–192.168.0.10', '192.168.0.1-192.168.0.10', 'range', 4], // en dash, as word processors type it
    ['192.168.0.5-192.168.0.5', '192.168.0.5', 'address', 4],
    ['10.0.0.0/8', '10.0.0.0/8', 'cidr', 4],
    ['10.1.2.3/8', '10.0.0.0/8', 'cidr', 4], // host bits dropped: the same network
    ['10.0.0.0 / 8', '10.0.0.0/8', 'cidr', 4],
    ['0.0.0.0/0', '0.0.0.0/0', 'cidr', 4],
    ['203.0.113.7/32', '203.0.113.7', 'address', 4],
    ['2001:DB8::1', '2001:db8::1', 'address', 6],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1', 'address', 6],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1', 'address', 6], // a single zero group is not compressed
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1', 'address', 6], // the longest run is compressed
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', 'address', 6], // the first of equal runs
    ['::', '::', 'address', 6],
    ['::1', '::1', 'address', 6],
    ['1::', '1::', 'address', 6],
    ['::ffff:192.0.2.1', '192.0.2.1', 'address', 4], // IPv4-mapped IPv6 is the IPv4 address
    ['::ffff:c000:0201', '192.0.2.1', 'address', 4],
    ['::ffff:192.0.2.0/120', '192.0.2.0/24', 'cidr', 4],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221', 'address', 6],
    ['2001:db8::/32', '2001:db8::/32', 'cidr', 6],
    ['2001:db8:abcd:12::/48', '2001:db8:abcd::/48', 'cidr', 6],
    ['::/0', '::/0', 'cidr', 6],
    ['2001:db8::5/128', '2001:db8::5', 'address', 6],
    ['2001:db8::1-2001:db8::ff', '2001:db8::1-2001:db8::ff', 'range', 6],
  ];
  for (const [input, value, kind, family] of table) {
    it(`${JSON.stringify(input)} → ${value}`, () => {
      const r = parseEntry(input);
      assert.ok(r.ok, r.ok ? '' : r.message);
      assert.equal(r.entry.value, value);
      assert.equal(r.entry.kind, kind);
      assert.equal(r.entry.family, family);
      assert.equal(JSON.stringify(r.entry), JSON.stringify(value));
    });
  }
});

describe('parseEntry: refused entries, with a code and a message naming the problem', () => {
  const table: [input: string, code: IpErrorCode, mentions: string][] = [
    ['', 'empty', 'empty'],
    ['   ', 'empty', 'empty'],
    ['hello', 'invalid_format', 'hello'],
    ['192.168.1', 'invalid_format', 'four numbers'],
    ['192.168.1.1.1', 'invalid_format', 'four numbers'],
    ['192.168.1.256', 'invalid_format', '256'],
    ['192.168. 1.1', 'invalid_format', 'four numbers'],
    ['0x7f.0.0.1', 'invalid_format', 'four numbers'],
    ['3232235521', 'invalid_format', 'four numbers'],
    ['192.168.010.1', 'leading_zeros', '010'],
    ['010.0.0.1/8', 'leading_zeros', '010'],
    ['::ffff:192.168.01.1', 'leading_zeros', '01'],
    ['10.0.0.0/08', 'leading_zeros', '/08'],
    ['fe80::1%eth0', 'zone_not_allowed', '%eth0'],
    ['fe80::1%25eth0/64', 'zone_not_allowed', '%25eth0'],
    ['10.0.0.0/33', 'prefix_out_of_range', '/32'],
    ['2001:db8::/129', 'prefix_out_of_range', '/128'],
    ['10.0.0.0/', 'invalid_format', 'prefix'],
    ['10.0.0.0/x', 'invalid_format', 'prefix'],
    ['10.0.0.0/8/8', 'invalid_format', 'one "/"'],
    ['192.168.0.10-192.168.0.1', 'reversed_range', '192.168.0.1-192.168.0.10'],
    ['2001:db8::ff-2001:db8::1', 'reversed_range', '2001:db8::1-2001:db8::ff'],
    ['192.168.0.1-2001:db8::1', 'mixed_families', 'IPv4 to an IPv6'],
    ['2001:db8::1-10.0.0.1', 'mixed_families', 'IPv6 to an IPv4'],
    ['192.168.0.1-192.168.0.5-192.168.0.9', 'invalid_format', 'one dash'],
    ['192.168.0.1-', 'invalid_format', 'one dash'],
    ['-192.168.0.1', 'invalid_format', 'one dash'],
    ['10.0.0.0/8-10.0.0.9', 'invalid_format', 'one dash'],
    ['1:2:3:4:5:6:7:8:9', 'invalid_format', 'eight groups'],
    ['1:2:3:4:5:6:7', 'invalid_format', 'eight groups'],
    ['1::2::3', 'invalid_format', '"::" may appear only once'],
    ['1:2:3:4:5:6:7::8', 'invalid_format', 'eight groups'],
    [':1::', 'invalid_format', 'hex digits'],
    ['2001:db8::g', 'invalid_format', '"g"'],
    ['2001:db8::12345', 'invalid_format', '"12345"'],
    ['[2001:db8::1]', 'invalid_format', 'hex digits'],
  ];
  for (const [input, code, mentions] of table) {
    it(`${JSON.stringify(input)} → ${code}`, () => {
      const r = parseEntry(input);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.code, code);
      assert.ok(
        r.message.includes(mentions),
        `message ${JSON.stringify(r.message)} should mention ${mentions}`,
      );
    });
  }
});

describe('parseAllowList', () => {
  it('reads one entry per line, skips blank lines, numbers lines from 1 and entries from 0', () => {
    const text = '192.15.3.2\n\n  10.10.1.1\r\n192.168.0.1-192.168.0.10\n';
    const list = parseAllowList(text);
    assert.deepEqual(
      list.entries.map((e) => [e.value, e.line, e.index]),
      [
        ['192.15.3.2', 1, 0],
        ['10.10.1.1', 3, 1],
        ['192.168.0.1-192.168.0.10', 4, 2],
      ],
    );
    assert.deepEqual(list.errors, []);
    assert.deepEqual(list.duplicates, []);
    assert.deepEqual(splitLines(text), ['192.15.3.2', '10.10.1.1', '192.168.0.1-192.168.0.10']);
  });

  it('reports each bad line with its line, its /entries index and the text typed', () => {
    const list = parseAllowList('10.0.0.1\n\n192.168.0.10-192.168.0.1\nfe80::1%eth0\n2001:db8::/200');
    assert.deepEqual(
      list.errors.map((e) => [e.line, e.index, e.input, e.code]),
      [
        [3, 1, '192.168.0.10-192.168.0.1', 'reversed_range'],
        [4, 2, 'fe80::1%eth0', 'zone_not_allowed'],
        [5, 3, '2001:db8::/200', 'prefix_out_of_range'],
      ],
    );
    assert.deepEqual(
      toFieldErrors(list.errors).map((e) => [e.pointer, e.code]),
      [
        ['/entries/1', 'invalid_format'],
        ['/entries/2', 'invalid_format'],
        ['/entries/3', 'out_of_range'],
      ],
    );
    assert.deepEqual(
      list.entries.map((e) => e.value),
      ['10.0.0.1'],
    );
  });

  it('takes an array as the server receives it: the index is the array position, blanks are errors', () => {
    const list = parseAllowList(['10.0.0.1', '', '10.0.0.300']);
    assert.deepEqual(
      list.errors.map((e) => [e.line, e.index, e.code]),
      [
        [2, 1, 'empty'],
        [3, 2, 'invalid_format'],
      ],
    );
    assert.deepEqual(toFieldErrors(list.errors, '/body/entries')[0], {
      pointer: '/body/entries/1',
      code: 'required',
      message: 'The entry is empty.',
    });
  });

  const dedupe: [
    name: string,
    lines: string[],
    kept: string[],
    dups: [line: number, of: number, msg: string][],
  ][] = [
    ['exact repeat', ['10.0.0.1', '10.0.0.1'], ['10.0.0.1'], [[2, 1, 'Same as line 1']]],
    [
      'same address in two spellings',
      ['2001:db8::1', '2001:DB8:0:0:0:0:0:1'],
      ['2001:db8::1'],
      [[2, 1, 'Same as line 1']],
    ],
    [
      'IPv4 and its mapped IPv6',
      ['192.0.2.1', '::ffff:192.0.2.1'],
      ['192.0.2.1'],
      [[2, 1, 'Same as line 1']],
    ],
    ['/32 and the address', ['192.0.2.1/32', '192.0.2.1'], ['192.0.2.1'], [[2, 1, 'Same as line 1']]],
    [
      'an address inside an earlier network',
      ['10.0.0.0/8', '10.2.3.4'],
      ['10.0.0.0/8'],
      [[2, 1, 'Already covered by line 1 (10.0.0.0/8)']],
    ],
    [
      'an earlier address inside a later range',
      ['192.168.0.5', '192.168.0.1-192.168.0.10'],
      ['192.168.0.1-192.168.0.10'],
      [[1, 2, 'Already covered by line 2 (192.168.0.1-192.168.0.10)']],
    ],
    [
      'a later network swallowing two earlier entries',
      ['10.1.0.0/16', '172.16.0.1', '10.2.0.1-10.2.0.9', '10.0.0.0/8'],
      ['172.16.0.1', '10.0.0.0/8'],
      [
        [1, 4, 'Already covered by line 4'],
        [3, 4, 'Already covered by line 4'],
      ],
    ],
    [
      'partial overlaps are both kept',
      ['10.0.0.1-10.0.0.20', '10.0.0.10-10.0.0.30'],
      ['10.0.0.1-10.0.0.20', '10.0.0.10-10.0.0.30'],
      [],
    ],
    ['::/0 admits IPv4 too', ['::/0', '203.0.113.9'], ['::/0'], [[2, 1, 'Already covered by line 1 (::/0)']]],
    [
      'IPv4 /0 does not cover IPv6',
      ['0.0.0.0/0', '2001:db8::1', '10.0.0.1'],
      ['0.0.0.0/0', '2001:db8::1'],
      [[3, 1, 'Already covered by line 1']],
    ],
  ];
  for (const [name, lines, kept, dups] of dedupe) {
    it(`de-duplicates: ${name}`, () => {
      const list = parseAllowList(lines.join('\n'));
      assert.deepEqual(
        list.entries.map((e) => e.value),
        kept,
      );
      assert.deepEqual(
        list.duplicates.map((d) => [d.line, d.of]),
        dups.map(([line, of]) => [line, of]),
      );
      list.duplicates.forEach((d, i) => assert.ok(d.message.startsWith(dups[i]![2]), d.message));
    });
  }

  it('an empty text or list gives no entries and no errors', () => {
    for (const input of ['', '\n  \n', []]) {
      assert.deepEqual(parseAllowList(input), {
        entries: [],
        errors: [],
        duplicates: [],
      });
    }
  });
});

describe('covers', () => {
  const list = parseAllowList(
    ['192.15.3.2', '192.168.0.1-192.168.0.10', '10.0.0.0/8', '2001:db8::/32', 'fe80::1'].join('\n'),
  ).entries;
  const table: [ip: string, expected: boolean][] = [
    ['192.15.3.2', true],
    ['192.15.3.3', false],
    ['192.168.0.1', true],
    ['192.168.0.10', true],
    ['192.168.0.11', false],
    ['192.168.0.0', false],
    ['10.255.255.255', true],
    ['11.0.0.0', false],
    ['::ffff:10.1.2.3', true], // IPv4-mapped, as a dual-stack Node socket reports it
    ['::ffff:192.168.0.5', true],
    ['::ffff:192.168.0.50', false],
    ['2001:db8:ffff::1', true],
    ['2001:db9::1', false],
    ['fe80::1%eth0', true], // the zone of the caller's socket does not matter
    ['fe80::2', false],
    ['not an ip', false],
    ['', false],
  ];
  for (const [ip, expected] of table) {
    it(`${JSON.stringify(ip)} → ${expected}`, () => assert.equal(covers(list, ip), expected));
  }

  it('an empty list restricts nothing', () => {
    assert.equal(covers([], '203.0.113.1'), true);
    assert.equal(covers([], '2001:db8::1'), true);
  });

  it('/0, /32 and /128 networks', () => {
    assert.equal(covers(['0.0.0.0/0'], '255.255.255.255'), true);
    assert.equal(covers(['0.0.0.0/0'], '::ffff:1.2.3.4'), true);
    assert.equal(covers(['0.0.0.0/0'], '2001:db8::1'), false);
    assert.equal(covers(['::/0'], '2001:db8::1'), true);
    assert.equal(covers(['::/0'], '1.2.3.4'), true);
    assert.equal(covers(['203.0.113.7/32'], '203.0.113.7'), true);
    assert.equal(covers(['203.0.113.7/32'], '203.0.113.8'), false);
    assert.equal(covers(['2001:db8::7/128'], '2001:db8::7'), true);
    assert.equal(covers(['2001:db8::7/128'], '2001:db8::8'), false);
  });

  it('takes stored canonical strings; an unreadable one admits nothing', () => {
    assert.equal(covers(['192.168.0.1-192.168.0.10'], '192.168.0.7'), true);
    assert.equal(covers(['garbage'], '192.168.0.7'), false);
    assert.equal(covers(['garbage', '192.168.0.7'], '192.168.0.7'), true);
  });
});

describe('normaliseEntry', () => {
  const table: [input: string, normal: string | null][] = [
    [' 192.168.0.1 - 192.168.0.10 ', '192.168.0.1-192.168.0.10'],
    ['10.1.2.3/8', '10.0.0.0/8'],
    ['2001:DB8::/32', '2001:db8::/32'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['192.168.0.10-192.168.0.1', null],
    ['fe80::1%eth0', null],
  ];
  for (const [input, normal] of table) {
    it(`${JSON.stringify(input)} → ${normal}`, () => assert.equal(normaliseEntry(input), normal));
  }
});

describe('normaliseIp and isValidIp', () => {
  const table: [input: string, normal: string | null][] = [
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['2001:DB8:0::0:1', '2001:db8::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['fe80::1%eth0', null],
    ['10.0.0.0/8', null],
    ['10.0.0.1-10.0.0.2', null],
    ['01.2.3.4', null],
    ['', null],
  ];
  for (const [input, normal] of table) {
    it(`${JSON.stringify(input)} → ${normal}`, () => {
      assert.equal(normaliseIp(input), normal);
      assert.equal(isValidIp(input), normal !== null);
    });
  }
});
