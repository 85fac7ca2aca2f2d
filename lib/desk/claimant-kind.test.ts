import { describe, expect, it } from 'vitest';
import { guessClaimantKind } from './claimant-kind';

describe('guessClaimantKind', () => {
  it('reads people by their title or role, even when an organisation follows', () => {
    for (const c of [
      'المتحدث باسم مفوضية الأمم المتحدة لشؤون اللاجئين',
      'وزير إدارة الكوارث والإغاثة إنعام الرحمن',
      'وزيرة الهجرة إيفان فائق جابرو',
      'نائب رئيس «مركز المصالحة الروسي» في سوريا، اللواء يوري بوبوف',
      'حاكم مقاطعة كورسك الروسية ألكسندر خينشتاين',
      'المتحدثة باسم مكتب تنسيق الشؤون الإنسانية',
      'ممثل المنظمة في اليمن الدكتور أرتورو بيسيغان',
      'مسؤول في وزارة الداخلية الإيرانية',
      'مصدر عسكري',
      'الرئيس الأوكراني فولوديمير زيلينسكي',
      'القائممقام بالوكالة لقضاء سنجار نايف سيدو',
      'الضيف',
      'UN spokesperson Stéphane Dujarric',
      'Dr. Tedros',
      'Ministry of Health spokesperson Ashraf al-Qudra',
      'President of the Red Cross',
    ]) {
      expect(guessClaimantKind(c), c).toBe('person');
    }
  });

  it('reads organisations by their head noun', () => {
    for (const c of [
      'الأمم المتحدة',
      'المنظمة الدولية للهجرة',
      'الوزارة',
      'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية',
      'برنامج الأغذية العالمي',
      'وزارة الدفاع الروسية',
      'المرصد السوري لحقوق الإنسان',
      'هيئة إدارة الكوارث في ولاية آسام الهندية المجاورة',
      'الجيش الإسرائيلي',
      'منظمة "أطباء بلا حدود"',
      'الدفاع المدني',
      'قناة "المسيرة"',
      'السلطات الإسرائيلية',
      'الأونروا',
      'سنتكوم',
      'The Ministry of Health',
      'UNICEF',
      'Office of the President',
    ]) {
      expect(guessClaimantKind(c), c).toBe('organization');
    }
  });

  it('looks past a document to whoever issued it', () => {
    expect(guessClaimantKind('بيانات وزارة الداخلية الإيطالية')).toBe('organization');
    expect(guessClaimantKind('أرقام نشرتها مديرية الإعلام العسكري')).toBe(null);
    expect(guessClaimantKind('according to the army')).toBe('organization');
    expect(guessClaimantKind('البيان')).toBeNull();
    expect(guessClaimantKind('تقديرات منظمة "هانديكاب إنترناشونال"')).toBe('organization');
    expect(guessClaimantKind('المفوض السامي لحقوق الإنسان فولكر تورك')).toBe('person');
    expect(guessClaimantKind('بعثة الأمم المتحدة "مونوسكو"')).toBe('organization');
  });

  it('leaves bare names, places and nothing to the checker', () => {
    for (const c of ['ووسورنو', 'حنان حمدان', 'روسيا', '', null, undefined]) expect(guessClaimantKind(c), String(c)).toBeNull();
  });
});
