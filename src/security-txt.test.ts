import { describe, expect, it } from 'vitest';
import { securityTxt } from './security-txt';

describe('securityTxt', () => {
  it('writes the RFC 9116 fields, expiring 364 days after the build', () => {
    const text = securityTxt({
      contact: 'https://github.com/acme/handbook/issues',
      canonical: 'https://acme.github.io/handbook/.well-known/security.txt',
      now: new Date('2026-12-01T19:48:02.345Z'),
    });
    expect(text).toBe(
      [
        'Contact: https://github.com/acme/handbook/issues',
        'Expires: 2027-11-30T19:48:02Z',
        'Preferred-Languages: en',
        'Canonical: https://acme.github.io/handbook/.well-known/security.txt',
        '',
      ].join('\n'),
    );
  });
});
