import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { articleClaimFeatures, ownedText } from './features';
import { sentenceYears } from './text';

function features(text: string, date = '2023-09-21') {
  const claims = extractClaims(text).map((c, i) => ({ ...c, id: String(i) }));
  return articleClaimFeatures({ id: 'a', date, text }, claims);
}

describe('claim features', () => {
  it('separates the places of the claim sentence from those of the article', () => {
    const [derna, karabakh] = features('قالت منظمة الصحة العالمية إن 4014 شخصاً قتلوا في درنة.\n\nوقالت الحكومة الأرمينية إن 100 ألف نازح وصلوا من قره باغ.');
    expect(derna.sentencePlaces).toEqual(['derna', 'libya']);
    expect(derna.articlePlaces).toEqual(expect.arrayContaining(['derna', 'karabakh']));
    expect(karabakh.sentencePlaces).toEqual(['karabakh', 'azerbaijan']);
  });

  it('keeps the claimant out of the content words and reads concepts across languages', () => {
    const [f] = features('قالت وزارة الصحة في قره باغ إن حصيلة انفجار مستودع الوقود ارتفعت إلى 68 قتيلاً.');
    expect(f.words).toEqual(expect.arrayContaining(['@explosion', '@depot', '@fuel']));
    expect(f.words).not.toContain('@ministry');
    expect(f.claimantKey).toBe('health karabakh ministry');
    expect(f.countedKind).toBe('killed');
    expect(f.lang).toBe('ar');
  });

  it('marks the parts of a total in the same article', () => {
    const fs = features('رصدت روسيا خمسة انتهاكات لوقف إطلاق النار: انتهاكان في شوشا وثلاثة انتهاكات في مارتاكيرت.');
    expect(fs.map((f) => f.partOf)).toEqual([null, '0', '0']);
  });

  it('reads the years a sentence sets its claim in', () => {
    expect(sentenceYears('وفي حرب عام 2020 قتل أكثر من 6500 شخص.')).toEqual([2020]);
    expect(sentenceYears('قتل في تسعينيات القرن الماضي نحو 30 ألف شخص')).toContain(1995);
    expect(sentenceYears('وصل 2,000 نازح و12000 لاجئ')).toEqual([]);
  });
});

describe('years and counts', () => {
  it('does not read a count that looks like a year as a year', () => {
    const [killed, injured] = features('ارتفعت حصيلة ضحايا الزلزال إلى 2012 قتيلاً و2059 مصاباً.', '2023-09-10');
    expect(killed.value).toBe(2012);
    expect(killed.years).toEqual([]);
    expect(injured.years).toEqual([]);
  });

  it("leaves another source's toll, and what describes it, out of a claim's place and words", () => {
    const span = (text: string, n: string) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length });
    const contrast = 'In Yemen, the health ministry counted 120 dead in Sanaa, while the Red Crescent said 140 had died in the northwest.';
    const counts = [span(contrast, '120'), span(contrast, '140')];
    expect(ownedText(contrast, counts, counts[0])).not.toMatch(/Red Crescent|northwest/);
    expect(ownedText(contrast, counts, counts[1])).toMatch(/^In Yemen .*Red Crescent said 140 had died in the northwest/);
    expect(ownedText(contrast, counts, counts[1])).not.toMatch(/Sanaa/);
    const after = 'The UN said about 900 people had died, a figure well above the 400 given by the ministry.';
    const [un, ministry] = [span(after, '900'), span(after, '400')];
    expect(ownedText(after, [un, ministry], un)).not.toMatch(/ministry/);
    // The same source going on ("فيما لا يزال"): the place before the turn is the claim's too.
    const same = 'قالت الوزارة إن 50 شخصاً قتلوا في عدن، فيما لا يزال 20 شخصاً في عداد المفقودين.';
    expect(ownedText(same, [span(same, '50'), span(same, '20')], span(same, '20'))).toContain('عدن');
  });
});
