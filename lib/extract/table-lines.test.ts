import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.countedLabel, c.category, c.claimant]);

describe('lines of a text table', () => {
  it('a label and a colon: the label says what is counted, the line before the table who counts', () => {
    const text = 'الحصيلة حتى مساء أمس، بحسب وزارة الصحة:\n- الجرحى: 340\n- القتلى: نحو 75\n';
    expect(read(text)).toEqual([
      [340, 'injured', 'casualties', 'وزارة الصحة'],
      [75, 'killed', 'casualties', 'وزارة الصحة'],
    ]);
  });

  it('a label and a run of dots, with a qualifier before the figure', () => {
    const text = 'وقالت اللجنة في تقريرها الشهري إن الأوضاع تتدهور.\nوجاءت الأرقام كالآتي:\nالمعتقلون ........ أكثر من 1200\nالمفقودون ........ 85\n';
    expect(read(text)).toEqual([
      [1200, 'detained', 'casualties', 'اللجنة'],
      [85, 'missing', 'casualties', 'اللجنة'],
    ]);
  });

  it('a figure given again in the table is the same claim', () => {
    const text = 'وقالت المنظمة إنها أحصت 640 قتيلاً منذ بداية العام.\n\nأبرز الأرقام:\nالقتلى ........ 640\n';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.value, c.mentions.length])).toEqual([[640, 2]]);
  });

  it('not a clock time or a date after a label', () => {
    expect(read('آخر تحديث: 14:52\nنُشر في: 12/03/2024\n')).toEqual([]);
  });
});

describe('speaker labels', () => {
  it('in a transcript, the guest speaks what follows "الضيف:"', () => {
    const text = 'المذيع: ما آخر الأرقام؟\n\nالضيف: سجلنا حتى الآن 940 إصابة بالحصبة و31 وفاة.\n';
    expect(read(text).map((c) => [c[0], c[3]])).toEqual([
      [940, 'الضيف'],
      [31, 'الضيف'],
    ]);
  });

  it('in a live blog, the source opening an entry', () => {
    const text = '10:05\nالهلال الأحمر: طواقمنا نقلت 18 مصاباً من موقع الانفجار إلى المستشفيات.\n';
    expect(read(text).map((c) => [c[0], c[3]])).toEqual([[18, 'الهلال الأحمر']]);
  });

  it('a reporting verb in the entry still names its own source', () => {
    const text = 'المذيع: والمستشفيات؟\n\nالضيف: بحسب نقابة الأطباء، قُتل 45 طبيباً منذ بدء الحرب.\n';
    expect(read(text).map((c) => [c[0], c[3]])).toEqual([[45, 'نقابة الأطباء']]);
  });
});
