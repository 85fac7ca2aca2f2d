import { describe, expect, it } from 'vitest';
import { assertBrowserSafe } from './csrf';

const settings = { publicUrl: null, trustProxy: false };
const request = (method: string, headers: Record<string, string>) =>
  new Request('http://localhost:3000/api/v1/claims/1/publish', { method, headers: { host: 'localhost:3000', ...headers } });
const check = (method: string, headers: Record<string, string>, via: 'cookie' | 'token' = 'cookie') => () =>
  assertBrowserSafe(request(method, headers), via, settings);

const json = { 'content-type': 'application/json' };
const same = { origin: 'http://localhost:3000' };

describe('assertBrowserSafe (CSRF for cookie-authenticated changes)', () => {
  it('lets a same-origin JSON change through, with or without a charset, and any GET', () => {
    expect(check('POST', { ...same, ...json })).not.toThrow();
    expect(check('PATCH', { ...same, 'content-type': 'application/json; charset=utf-8' })).not.toThrow();
    expect(check('DELETE', { 'sec-fetch-site': 'same-origin', ...json })).not.toThrow();
    expect(check('GET', { origin: 'https://evil.example' })).not.toThrow();
  });

  it('refuses a cross-site or origin-less change with 403, whatever its content type', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(check(method, { origin: 'https://evil.example', ...json })).toThrow(expect.objectContaining({ status: 403, message: expect.stringMatching(/Cross-site request refused/) }));
      expect(check(method, json)).toThrow(expect.objectContaining({ status: 403 }));
      expect(check(method, { 'sec-fetch-site': 'cross-site', ...json })).toThrow(expect.objectContaining({ status: 403 }));
    }
  });

  it('refuses a same-origin change that is not declared JSON with 415, even with no body', () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'text/json']) {
      const headers: Record<string, string> = type ? { ...same, 'content-type': type } : same;
      expect(check('POST', headers), String(type)).toThrow(expect.objectContaining({ status: 415, code: 'unsupported_media_type' }));
    }
    expect(check('POST', { ...same, 'content-type': 'application/merge-patch+json' })).not.toThrow();
  });

  it('skips the Origin and content-type checks for a token-authenticated caller (no ambient credential)', () => {
    expect(check('POST', { origin: 'https://evil.example' }, 'token')).not.toThrow();
  });
});
