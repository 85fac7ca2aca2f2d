import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

const own = ['http://localhost:3000', 'https://desk.example.org'];

describe('safeCallbackPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeCallbackPath('/review')).toBe('/review');
    expect(safeCallbackPath('/review/karabakh-talks?claim=3#panel')).toBe('/review/karabakh-talks?claim=3#panel');
    expect(safeCallbackPath('/articles/%D8%A7')).toBe('/articles/%D8%A7');
  });

  it('keeps only the path of an absolute URL on one of our own origins', () => {
    expect(safeCallbackPath('http://localhost:3000/admin/users?x=1', own)).toBe('/admin/users?x=1');
    expect(safeCallbackPath('https://desk.example.org/import', own)).toBe('/import');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:editor@isnad.test',
    'vbscript:msgbox(1)',
    '//evil.example/review',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/review',
    'http://localhost:3000.evil.example/',
    'http://localhost:3001/review',
    'https://localhost:3000/review',
    'review',
    'alert(1)',
    '/review\u0000',
    '/review\nLocation: https://evil.example',
    '',
  ])('replaces %j with /', (value) => {
    expect(safeCallbackPath(value, own)).toBe('/');
  });

  it('replaces a non-string with /', () => {
    for (const value of [null, undefined, 42, ['/review'], { url: '/review' }]) expect(safeCallbackPath(value, own)).toBe('/');
  });
});
