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
});
