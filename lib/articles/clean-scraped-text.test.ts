import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from './clean-scraped-text';

describe('cleanScrapedText', () => {
  it('removes the seed article’s JavaScript notice, related-links block and trailing "more from"', () => {
    const raw = fs.readFileSync(path.join(process.cwd(), 'db/seed/karabakh-talks.ar.txt'), 'utf8');
    const { text, removed } = cleanScrapedText(raw);
    expect(text.startsWith('أذربيجان وانفصاليو قره باغ')).toBe(true);
    expect(text).not.toContain('JavaScript');
    expect(text).not.toContain('اقرأ المزيد');
    expect(text).not.toContain('Related Nodes field');
    expect(text.trimEnd().endsWith('الأسبوع الماضي.')).toBe(true);
    expect(removed).toHaveLength(4);
    // The article's own paragraphs are kept byte for byte, NBSPs included.
    const paragraph = raw.split('\n').find((l) => l.includes('40 ألف عائلة'))!;
    expect(text).toContain(paragraph);
  });

  it('removes a short run of related headlines after a "read also" heading but stops at the story', () => {
    const raw = ['قال المتحدث إن 12 شخصاً قتلوا.', 'اقرأ أيضاً:', 'عنوان خبر آخر', 'وعنوان ثالث قصير', 'وأضاف أن 30 آخرين أصيبوا في القصف الذي استهدف الحي.'].join('\n');
    expect(cleanScrapedText(raw).text).toBe(['قال المتحدث إن 12 شخصاً قتلوا.', 'وأضاف أن 30 آخرين أصيبوا في القصف الذي استهدف الحي.'].join('\n'));
  });

  it('drops cookie banners and normalises line endings', () => {
    const raw = 'We use cookies to improve your experience.\r\nنص الخبر الأول.\r\n\r\n\r\n\r\nنص الخبر الثاني.';
    expect(cleanScrapedText(raw).text).toBe('نص الخبر الأول.\n\nنص الخبر الثاني.');
  });
});
