import { describe, expect, it } from 'vitest';
import { codesBanner } from '../../src/server/membership/codesBanner';
import {
  CODE_ALPHABET,
  generateJoinCode,
  hashJoinCode,
  joinLink,
  normalizeJoinCode,
} from '../../src/server/membership/joinCode';
import { canonicalJson, payloadHash } from '../../src/server/push/payloadHash';

const group = { id: 'g', name: 'Carta group', publicKey: null, publicKeyId: null };

describe('join codes', () => {
  it('are four groups of four from an alphabet without look-alike characters', () => {
    const codes = Array.from({ length: 200 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
    expect(codes.join('')).not.toMatch(/[01ILO]/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CODE_ALPHABET).toHaveLength(31);
  });

  it('hash the same however the member typed them', () => {
    expect(normalizeJoinCode(' 7kqm-2wxe p9hd-R4TA ')).toBe('7KQM2WXEP9HDR4TA');
    expect(hashJoinCode('7kqm2wxep9hdr4ta')).toBe(hashJoinCode('7KQM-2WXE-P9HD-R4TA'));
    expect(hashJoinCode('7KQM-2WXE-P9HD-R4TB')).not.toBe(hashJoinCode('7KQM-2WXE-P9HD-R4TA'));
  });

  it('travel in the fragment of the join link, which never reaches a server', () => {
    const link = new URL(joinLink('http://192.168.1.20:8080', '7KQM-2WXE-P9HD-R4TA'));
    expect(link.pathname).toBe('/join');
    expect(link.search).toBe('');
    expect(link.hash).toBe('#code=7KQM-2WXE-P9HD-R4TA');
  });

  it('are printed in full only on the start that created them', () => {
    const created = codesBanner(
      { created: true, group, codes: { member: 'AAAA-BBBB', coordinator: 'CCCC-DDDD' } },
      'http://127.0.0.1:8080',
      'pglite',
    ).join('\n');
    expect(created).toContain('AAAA-BBBB');
    expect(created).toContain('http://127.0.0.1:8080/join#code=AAAA-BBBB');
    expect(created).toContain('CCCC-DDDD');

    const later = codesBanner(
      { created: false, group, replacedEnvironmentCodes: ['member'] },
      'http://127.0.0.1:8080',
      'pglite',
    ).join('\n');
    expect(later).not.toMatch(/code=/);
    expect(later).toContain('npm run codes -- rotate member');
    expect(later).toMatch(/stop this server/);
    expect(later).toMatch(/JOIN_CODE is set, but the member code has been rotated/);
  });
});

describe('the payload hash of a pushed item', () => {
  const item = {
    id: '0b9c2a3e-3f43-4bb4-9a7e-0d6f4b1f2c11',
    type: 'action-report' as const,
    createdAt: '2026-11-22T09:30:00.000Z',
    data: { caseId: 'ua-105-22', actions: { letter: 2, email: 1 }, occurredOn: '2026-11-22' },
  };

  it('does not depend on the order of keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const reordered = {
      ...item,
      data: { occurredOn: '2026-11-22', actions: { email: 1, letter: 2 }, caseId: 'ua-105-22' },
    };
    expect(payloadHash(reordered)).toBe(payloadHash(item));
  });

  it('changes with the data, the type or the time it was made', () => {
    const hash = payloadHash(item);
    expect(payloadHash({ ...item, data: { ...item.data, actions: { letter: 3 } } })).not.toBe(hash);
    expect(payloadHash({ ...item, createdAt: '2026-11-22T09:30:01.000Z' })).not.toBe(hash);
    expect(payloadHash({ ...item, id: '1b9c2a3e-3f43-4bb4-9a7e-0d6f4b1f2c11' })).toBe(hash);
  });
});
