import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOf, extractArticle } from './extract-article';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/link-import/${name}`, import.meta.url), 'utf8');

describe('extractArticle', () => {
  it('takes the Arabic article text, paragraph by paragraph, without navigation, scripts or footer', () => {
    const a = extractArticle(fixture('arabic-news.html'), 'https://news.example/ar/truce?utm=x');
    expect(a.title).toBe('هدنة هشة في الجنوب');
    expect(a.outlet).toBe('أخبار المثال');
    expect(a.publishedDate).toBe('2023-09-22'); // the publisher's day, not UTC's
    expect(a.canonicalUrl).toBe('https://news.example/ar/2023/09/22/truce');
    expect(a.language).toBe('ar');
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'قالت وزارةُ الصحة في بيان صدر مساء الجمعة إن ما لا يقل عن 120 مدنيًا قُتلوا منذ بداية الشهر، بينهم 35 طفلًا، في حصيلة هي الأعلى منذ توقيع اتفاق وقف إطلاق النار.',
    );
    expect(a.text).toContain('مقارنةً بـ500 شاحنة يوميًا قبل الحرب، مشيرةً إلى');
    expect(a.text).toContain('«الوضع كارثي»');
    for (const noise of ['should never appear', 'الأكثر قراءة', 'جميع الحقوق محفوظة', 'color: red', 'الرئيسية']) {
      expect(a.text).not.toContain(noise);
    }
  });

  it('reads metadata from JSON-LD when there are no Open Graph tags, skipping broken blocks', () => {
    const a = extractArticle(fixture('english-jsonld.html'), 'https://times.example/aid');
    expect(a.title).toBe('Aid convoys stall at the border');
    expect(a.outlet).toBe('The Example Times');
    expect(a.publishedDate).toBe('2024-02-03');
    expect(a.canonicalUrl).toBe('https://times.example/aid');
    expect(a.language).toBe('en');
    expect(a.text).toMatch(/^At least 40 trucks/);
    expect(a.text).not.toContain('Home');
  });

  it('falls back to a time element, the <title> and the whole body for a short page', () => {
    const a = extractArticle(fixture('time-only.html'), 'http://127.0.0.1/note');
    expect(a.publishedDate).toBe('2022-12-05');
    expect(a.title).toBe('Short note');
    expect(a.outlet).toBeNull();
    expect(a.language).toBeNull();
    expect(a.text).toContain('The report counted 7 violations.');
  });

  it('ignores a canonical link that is not http(s)', () => {
    const a = extractArticle('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body></html>', 'https://a.example/p');
    expect(a.canonicalUrl).toBe('https://a.example/p');
  });
});

describe('dayOf', () => {
  it('keeps the calendar day as written, and rejects impossible dates', () => {
    expect(dayOf('2023-09-22T23:30:00+03:00')).toBe('2023-09-22');
    expect(dayOf('2023-02-30')).toBeNull();
    expect(dayOf('Fri, 22 Sep 2023 10:00:00 GMT')).toBe('2023-09-22');
    expect(dayOf('yesterday')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});
