import { describe, expect, it } from 'vitest';
import { placeIds } from './places';

describe('placeIds', () => {
  it('reads Arabic spellings through normalisation and clitics', () => {
    expect(placeIds('في ناغورنو قره باغ')).toContain('karabakh');
    expect(placeIds('سكان قرة باغ')).toContain('karabakh');
    expect(placeIds('وصلوا إلى أرمينيا')).toContain('armenia');
    expect(placeIds('لأرمينيا وبدرنة')).toEqual(expect.arrayContaining(['armenia', 'derna']));
    expect(placeIds('فيضانات دَرْنـــة')).toContain('derna');
  });

  it('reads English and Arabic as the same place', () => {
    expect(placeIds('the fuel depot near Stepanakert')).toEqual(placeIds('مستودع الوقود قرب ستيباناكيرت'));
  });

  it('adds the regions a place lies in', () => {
    expect(placeIds('ستيباناكيرت')).toEqual(['stepanakert', 'karabakh', 'azerbaijan']);
  });

  it('takes names the text marks as places', () => {
    expect(placeIds('في بلدة مارتوني')).toContain('name:مارتوني');
    expect(placeIds('shelling near Martuni on Tuesday')).toContain('name:martuni');
  });

  it('does not read an adjective as its country', () => {
    expect(placeIds('الحكومة الأرمينية')).toEqual([]);
  });

  it('reads a possessive English name as the place', () => {
    expect(placeIds("Sudan's health ministry said")).toEqual(['sudan']);
  });

  it('reads compound compass regions in both languages, not the plain ones', () => {
    expect(placeIds('في شمال غربي اليمن')).toEqual(expect.arrayContaining(['dir:northwest', 'yemen']));
    expect(placeIds('في الجنوب الشرقي')).toEqual(['dir:southeast']);
    expect(placeIds('in north-west Yemen')).toEqual(expect.arrayContaining(['dir:northwest', 'yemen']));
    expect(placeIds('in the rebel-held northwest')).toEqual(['dir:northwest']);
    expect(placeIds('في شرق ليبيا')).toEqual(['libya']);
  });
});
