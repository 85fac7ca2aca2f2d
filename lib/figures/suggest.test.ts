import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { countedKey } from './counted-key';
import { articleClaimFeatures } from './features';
import { candidateQuery, claimMatchesQuery, retrievalKey } from './retrieval';
import { suggestFigures } from './suggest';
import type { ClaimFeatures, Figure } from './types';

function featuresOf(id: string, date: string, text: string): ClaimFeatures[] {
  const claims = extractClaims(text).map((c, i) => ({ ...c, id: `${id}#${i}` }));
  return articleClaimFeatures({ id, date, text }, claims);
}

const first = featuresOf(
  'a1',
  '2023-09-21',
  'وقالت سلطات الإقليم الانفصالية في ستيباناكيرت إن الهجوم الأذربيجاني على ناغورنو قره باغ أدى إلى مقتل 200 شخص على الأقل.',
);
const repeat = featuresOf('a2', '2023-09-22', 'وأكدت سلطات الإقليم الانفصالية أن الهجوم الأذربيجاني على قرة باغ أسفر عن مقتل 200 شخص على الأقل.');

const killed: Figure = {
  id: 'f-killed',
  titleAr: 'قتلى الهجوم الأذربيجاني على ناغورنو قره باغ',
  titleEn: 'People killed in the Azerbaijani offensive on Nagorno-Karabakh',
  category: 'casualties',
  counted: 'قتلى',
  countedKind: countedKey('قتلى'),
  place: 'ناغورنو قره باغ',
  from: '2023-09-19',
  to: '2023-09-20',
};
const flood: Figure = {
  id: 'f-flood',
  titleAr: 'قتلى فيضانات درنة',
  titleEn: 'People killed in the Derna floods',
  category: 'casualties',
  counted: 'killed',
  countedKind: 'killed',
  place: 'درنة',
  from: '2023-09-10',
  to: '2023-09-11',
};

describe('suggestFigures', () => {
  it('suggests an earlier claim repeating the same toll, with its reasons', () => {
    expect(first).toHaveLength(1);
    const [s] = suggestFigures(repeat[0], { figures: [], claims: first });
    expect(s).toMatchObject({ figureId: null, claimId: 'a1#0' });
    const codes = s.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['same-counted', 'same-place-sentence', 'close-date', 'same-claimant', 'same-value']));
    for (const r of s.reasons) {
      expect(r.message.ar).toBeTruthy();
      expect(r.message.en).toBeTruthy();
    }
    const place = s.reasons.find((r) => r.code === 'same-place-sentence')!;
    expect(place.message.en).toContain('Nagorno-Karabakh');
    expect(place.message.ar).toContain('ناغورنو قره باغ');
  });

  it('ranks the figure of the same place above one elsewhere', () => {
    const linked = { ...first[0], figureId: killed.id };
    const out = suggestFigures(repeat[0], { figures: [{ figure: killed, claims: [linked] }, { figure: flood, claims: [] }], claims: [linked] });
    expect(out[0].figureId).toBe('f-killed');
    expect(out.find((s) => s.figureId === 'f-flood')?.score ?? -Infinity).toBeLessThan(out[0].score);
    // A linked claim is represented by its figure, never suggested on its own.
    expect(out.some((s) => s.claimId === linked.claimId)).toBe(false);
  });

  it('matches an English report to a figure built from Arabic ones', () => {
    const [en] = articleClaimFeatures({ id: 'e1', date: '2023-09-22', text: 'Separatist authorities said at least 200 people were killed in the Azerbaijani offensive on Karabakh.' }, [
      { id: 'e1#0', quote: 'at least 200 people', start: 42, end: 61, value: 200, qualifier: 'at least', counted: 'killed', category: 'casualties', claimant: 'Separatist authorities' },
    ]);
    expect(en.lang).toBe('en');
    const out = suggestFigures(en, { figures: [{ figure: killed, claims: [{ ...first[0], figureId: killed.id }] }, { figure: flood, claims: [] }], claims: [] });
    expect(out[0].figureId).toBe('f-killed');
    expect(out[0].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['same-counted', 'same-place-sentence', 'same-value']));
  });

  it('never proposes a rejected suggestion again', () => {
    const candidates = { figures: [{ figure: killed, claims: [] }], claims: first };
    expect(suggestFigures(repeat[0], candidates).length).toBe(2);
    const out = suggestFigures(repeat[0], candidates, { rejected: { figureIds: ['f-killed'], claimIds: ['a1#0'] } });
    expect(out).toEqual([]);
  });

  it('leaves claims of the same article out (they are parts, not repeats)', () => {
    const same = { ...first[0], claimId: 'a2#9', articleId: 'a2' };
    expect(suggestFigures(repeat[0], { figures: [], claims: [same] })).toEqual([]);
  });
});

describe('candidate retrieval', () => {
  it('keys a claim by what happened, so a DB index can serve it', () => {
    expect(retrievalKey('casualties', 'killed:soldiers')).toBe('killed');
    expect(retrievalKey('other', '')).toBe('?other');
    const q = candidateQuery(repeat[0]);
    expect(q.keys).toEqual(['killed', 'missing', '?casualties']);
    expect(q.claimsFrom).toBe('2023-07-24');
    expect(claimMatchesQuery(q, first[0])).toBe(true);
    expect(claimMatchesQuery(q, { ...first[0], figureId: 'f' })).toBe(false);
    expect(claimMatchesQuery(q, { ...first[0], articleDate: '2023-01-01' })).toBe(false);
  });

  it('widens to any key, over fewer days, when the event is unknown', () => {
    const q = candidateQuery({ category: 'other', countedKind: '', articleDate: '2023-09-28' });
    expect(q.keys).toBeNull();
    expect(q.claimsFrom).toBe('2023-09-18');
  });
});

describe('general rules', () => {
  const depot: Figure = {
    id: 'f-depot',
    titleAr: 'قتلى انفجار مستودع الوقود قرب ستيباناكيرت',
    titleEn: 'People killed in the fuel depot explosion near Stepanakert',
    category: 'casualties',
    counted: 'قتلى',
    countedKind: 'killed',
    place: 'ستيباناكيرت',
    from: '2023-09-25',
    to: '2023-09-25',
  };

  it('tells two events of one place apart by what happened', () => {
    const [c] = featuresOf('b1', '2023-09-26', 'وقالت وزارة الصحة في قره باغ إن حصيلة انفجار مستودع الوقود قرب ستيباناكيرت ارتفعت إلى 68 قتيلاً.');
    const out = suggestFigures(c, { figures: [{ figure: killed, claims: first.map((x) => ({ ...x, figureId: killed.id })) }, { figure: depot, claims: [] }], claims: [] });
    expect(out[0].figureId).toBe('f-depot');
    const words = out[0].reasons.find((r) => r.code === 'shared-words')!;
    expect(words.message.en).toContain('explosion');
    expect(words.message.ar).toContain('انفجار');
  });

  it("follows the claim's own sentence, not the article's other story", () => {
    const [c] = featuresOf('b2', '2023-09-30', 'وقالت منظمة الصحة العالمية إن 4014 شخصاً قتلوا في درنة.\n\nوفي قره باغ تواصل النزوح.');
    const out = suggestFigures(c, { figures: [{ figure: killed, claims: [] }, { figure: flood, claims: [] }], claims: [] });
    expect(out.map((s) => s.figureId)).toEqual(['f-flood']);
  });

  it('does not match a toll of an earlier war', () => {
    const [c] = featuresOf('b3', '2023-10-05', 'وفي حرب عام 2020 على ناغورنو قره باغ قتل أكثر من 6500 شخص.');
    expect(c.years).toEqual([2020]);
    expect(suggestFigures(c, { figures: [{ figure: killed, claims: [] }], claims: [] })).toEqual([]);
  });

  it('does not suggest a breakdown the figure its total is linked to', () => {
    const fs = featuresOf('b4', '2023-09-21', 'رصدت وزارة الدفاع الروسية خمسة انتهاكات لوقف إطلاق النار في قره باغ: انتهاكان في شوشا وثلاثة انتهاكات في مارتاكيرت.');
    const violations: Figure = { id: 'f-v', category: 'violations', counted: 'انتهاكات', countedKind: 'violations', place: 'قره باغ', from: '2023-09-21', to: '2023-09-21' };
    const total = { ...fs[0], figureId: 'f-v' };
    expect(fs[1].partOf).toBe(fs[0].claimId);
    expect(suggestFigures(fs[1], { figures: [{ figure: violations, claims: [total] }], claims: [] })).toEqual([]);
    expect(suggestFigures(fs[1], { figures: [{ figure: violations, claims: [] }], claims: [] })).toHaveLength(1);
  });
});

describe('unknown place names', () => {
  const quake: Figure = {
    id: 'f-quake',
    titleAr: 'قتلى زلزال الحوز في المغرب',
    category: 'casualties',
    counted: 'قتلى',
    countedKind: 'killed',
    place: 'إقليم الحوز',
    from: '2023-09-08',
    to: '2023-09-08',
  };

  it("recognises a figure's unknown place in a sentence that names it without إقليم", () => {
    const [c] = featuresOf('q1', '2023-09-12', 'قالت السلطات المغربية إن حصيلة قتلى زلزال الحوز بلغت 2862 قتيلاً.\n\nوفي ليبيا، تجاوز عدد القتلى في درنة 5300 قتيل.');
    const out = suggestFigures(c, { figures: [{ figure: quake, claims: [] }, { figure: flood, claims: [] }], claims: [] });
    expect(out[0].figureId).toBe('f-quake');
    expect(out[0].reasons.find((r) => r.code === 'same-place-sentence')?.message.ar).toBe('المكان نفسه في جملة الادعاء: الحوز');
  });

  it('does not hold an unknown name against a candidate (it may be the same place in another language)', () => {
    const [c] = articleClaimFeatures({ id: 'q2', date: '2023-09-11', text: 'The interior ministry said 2,497 people were killed in the earthquake in the High Atlas.' }, [
      { id: 'q2#0', quote: '2,497 people', start: 27, end: 39, value: 2497, qualifier: null, counted: 'killed', category: 'casualties', claimant: 'The interior ministry' },
    ]);
    expect(c.sentencePlaces).toEqual(['name:high atlas']);
    const score = (x: ClaimFeatures) => suggestFigures(x, { figures: [{ figure: quake, claims: [] }], claims: [] }, { minScore: -100 })[0].score;
    expect(score(c)).toBe(score({ ...c, sentencePlaces: [], articlePlaces: [] }));
  });
});

describe('counted kinds', () => {
  it("is not held against a figure that one of its claims was read as something else", () => {
    const [c] = featuresOf('s1', '2023-09-28', 'وقالت وزارة الدفاع الأذربيجانية إن 192 جندياً قتلوا في العملية في قره باغ.');
    const soldiers: Figure = { id: 'f-s', category: 'casualties', counted: 'جنود قتلى', countedKind: 'killed:soldiers', place: 'قره باغ', from: '2023-09-19', to: '2023-09-20' };
    const misread = { ...c, claimId: 'x', articleId: 'x', countedKind: 'injured', value: 511 };
    const score = (claims: ClaimFeatures[]) => suggestFigures(c, { figures: [{ figure: soldiers, claims }], claims: [] }, { minScore: -100 })[0];
    expect(score([misread]).reasons[0].code).toBe('same-counted');
    const other = { ...c, countedKind: 'killed:civilians' };
    const general = { ...soldiers, countedKind: 'killed' };
    const [s] = suggestFigures(other, { figures: [{ figure: general, claims: [misread] }], claims: [] }, { minScore: -100 });
    expect(s.reasons[0].code).toBe('same-event');
  });
});

describe('evidence from the same article', () => {
  it('does not count a sibling claim of the same sentence as agreeing source, date or place', () => {
    const [dead, missing] = featuresOf('w1', '2023-09-30', 'قالت منظمة الصحة العالمية إن عدد القتلى في درنة بلغ 4014 قتيلاً، فيما لا يزال أكثر من 8 آلاف شخص في عداد المفقودين.');
    expect(missing.countedKind).toBe('missing');
    const [s] = suggestFigures(missing, { figures: [{ figure: flood, claims: [{ ...dead, figureId: flood.id }] }], claims: [] }, { minScore: -100 });
    const codes = s.reasons.map((r) => r.code);
    expect(codes).not.toContain('same-claimant');
    expect(codes).not.toContain('close-date');
    // The figure's own place still counts.
    expect(codes).toContain('same-place-sentence');
  });
});
