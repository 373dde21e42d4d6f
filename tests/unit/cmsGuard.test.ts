import { describe, expect, test } from 'vitest';
import { ADMIN_SECRETS, isLoopback, missingVariables } from '../../src/lib/cmsGuard';

describe('missingVariables', () => {
  test('names the secrets that are unset or blank', () => {
    expect(missingVariables({ KEYSTATIC_SECRET: 'x', KEYSTATIC_GITHUB_CLIENT_ID: ' ' }, ADMIN_SECRETS)).toEqual([
      'KEYSTATIC_GITHUB_CLIENT_ID',
      'KEYSTATIC_GITHUB_CLIENT_SECRET',
    ]);
  });
});

describe('isLoopback', () => {
  test('accepts only addresses of this machine', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback(false)).toBe(true);
    expect(isLoopback(undefined)).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback(true)).toBe(false);
    expect(isLoopback('192.168.1.5')).toBe(false);
  });
});
