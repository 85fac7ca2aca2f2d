import { describe, expect, it } from 'vitest';
import { arabicStem, searchStems, searchText, searchTextWithMap, searchWords } from './search-text';

describe('searchText', () => {
  it('folds every spelling variant of an Arabic word to one form', () => {
    const forms = ['الأَسْرَى', 'الاسرى', 'الأسرى', 'الاسري', 'الأســرى', 'الإسرى', 'الآسرى', 'ٱلأسرى'];
    const keys = new Set(forms.map(searchText));
    expect([...keys]).toEqual(['الاسري']);
  });

  it('folds ta marbuta, alef maqsura and hamza on waw and ya', () => {
    expect(searchText('مدرسة')).toBe(searchText('مدرسه'));
    expect(searchText('مستشفى')).toBe(searchText('مستشفي'));
    expect(searchText('مسؤول')).toBe(searchText('مسوول'));
    expect(searchText('رئيس')).toBe(searchText('رييس'));
    // Egyptian ئو and Levantine ؤو spellings of the same words meet.
    expect(searchText('مسئول')).toBe(searchText('مسؤول'));
    expect(searchText('شئون اللاجئين')).toBe(searchText('شؤون اللاجيين'));
    expect(searchText('المسئولية')).toBe(searchText('المسؤولية'));
    // Elsewhere ya with hamza stays a ya: هيئة is not هوئة.
    expect(searchText('هيئة')).toBe(searchText('هييه'));
    // A lone hamza stays, so "water" does not become "what".
    expect(searchText('ماء')).not.toBe(searchText('ما'));
  });

  it('is case- and accent-insensitive for Latin text', () => {
    expect(searchText('UNRWA Café ÉTÉ Straße')).toBe('unrwa cafe ete straße');
    expect(searchText('Cafe\u0301')).toBe('cafe');
    expect(searchText('ΑΘΗΝΑ')).toBe('αθηνα');
  });

  it('maps the normalised copy back to the original offsets', () => {
    const input = 'قالَ Re\u0301sume\u0301 الأسرى';
    const { text, map } = searchTextWithMap(input);
    expect(text).toBe('قال resume الاسري');
    expect(map[text.indexOf('resume')]).toBe(input.indexOf('R'));
    expect(map[text.indexOf('الاسري')]).toBe(input.indexOf('الأسرى'));
    expect(map[text.length]).toBe(input.length);
  });

  it('splits words as the FTS5 unicode61 tokenizer does', () => {
    expect(searchWords('قالت: "الأمم-المتحدة"، ١٢٠ covid-19 (AND) x*y')).toEqual([
      'قالت',
      'الامم',
      'المتحده',
      '120',
      'covid',
      '19',
      'and',
      'x',
      'y',
    ]);
  });
});

describe('arabicStem', () => {
  it('removes the article and the particles written before it', () => {
    const stems = ['الصحه', 'والصحه', 'فالصحه', 'بالصحه', 'كالصحه', 'للصحه', 'وللصحه', 'وبالصحه'].map(arabicStem);
    expect(new Set(stems)).toEqual(new Set(['صحه']));
  });

  it('keeps a bare و or ب (often the word itself) and too-short stems', () => {
    expect(arabicStem('وزاره')).toBe('وزاره');
    expect(arabicStem('بلغ')).toBe('بلغ');
    expect(arabicStem('اليد')).toBe('يد');
    expect(arabicStem('الم')).toBe('الم');
    expect(arabicStem('gaza')).toBe('gaza');
  });

  it('stems every word of a text, in order', () => {
    expect(searchStems('وزارةُ الدفاع والصحة، UNRWA')).toBe('وزاره دفاع صحه unrwa');
  });
});
