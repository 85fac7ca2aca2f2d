import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const claimants = (text: string) => extractClaims(text).map((c) => [c.value, c.claimant]);

describe('who speaks, when the subject is not right after the verb', () => {
  it.each([
    [
      'a verb followed by a preposition has its speaker before it',
      'قالت منظمة "أطباء بلا حدود" إن فرقها سجلت في عيادتين ارتفاعاً في سوء التغذية، إذ تجاوزت النسبة 22 في المئة.',
      'منظمة "أطباء بلا حدود"',
    ],
    ['a verbal noun ends the subject: تخصيص', 'من جانبه، أعلن رئيس الوزراء تخصيص 10 مليارات روبية لإغاثة المنكوبين.', 'رئيس الوزراء'],
    ['"in its latest report" ends the subject', 'وذكرت الهيئة في أحدث تقاريرها أن من بين القتلى 218 طفلاً.', 'الهيئة'],
    ['what a warning is about ends the subject: حذّر من', 'حذّرت السلطات في الإقليم من تفاقم أزمة الجوع، مؤكدة أن 1411 شخصاً لقوا حتفهم.', 'السلطات في الإقليم'],
    ['a verbal noun ends the subject: نفى وجود', 'ونفى الجيش الإسرائيلي وجود مجاعة في القطاع، مؤكداً أن 300 شاحنة دخلت.', 'الجيش الإسرائيلي'],
    [
      'a verb with no subject later in the sentence shares the subject of its opening verb',
      'واستأنف البرنامج التوزيع لاحقاً، وأعلن أنه قدّم 32 ألف طن من المواد الغذائية.',
      'البرنامج',
    ],
    [
      'a relative clause with a pronoun after its verb',
      'وتخوض الحكومة الصومالية حملة عسكرية ضد الحركة، أعلنت خلالها استعادة أكثر من 70 بلدة.',
      'الحكومة الصومالية',
    ],
    ['a present verb with a damma on its prefix is active', 'فيما يُقدِّر المرصد العالمي للألغام عدد الضحايا بـ933 قتيلاً.', 'المرصد العالمي للألغام'],
    [
      'after "غير أن" the subject before the verb may run long',
      'غير أن طبيباً في المستشفى الإقليمي في المدينة قال للوكالة إن الجثث في الممرات، مقدّراً عدد القتلى بنحو مائة.',
      'طبيباً في المستشفى الإقليمي في المدينة',
    ],
    [
      'قدّر opens a clause after a comma',
      'وأنهى الاتفاق حرباً استمرت عامين، قدّر باحثون في الجامعة عدد ضحاياها بما يصل إلى 600 ألف قتيل.',
      'باحثون في الجامعة',
    ],
    [
      'a quotation opened after "إن" is the speaker\'s, whatever its subject',
      'وقالت الوزارة إن "التقارير الأولية تشير إلى مقتل 12 شخصا".',
      'الوزارة',
    ],
  ])('%s', (_, text, claimant) => {
    expect(extractClaims(text)[0].claimant).toBe(claimant);
  });

  it('reads a present verb marked passive as no speaker', () => {
    expect(claimants('ويُقدَّر عدد النازحين بأكثر من مليوني شخص، بحسب المجلس الوطني.')).toEqual([[2e6, 'المجلس الوطني']]);
  });

  it('gives a new clause with its own according-to its own source', () => {
    expect(
      claimants('وبحسب الأرقام التي أعلنتها آفاد، قتل 53537 شخصاً، فيما قُتل في شمال غربي سوريا نحو 6 آلاف شخص، وفق الأمم المتحدة.'),
    ).toEqual([
      [53537, 'آفاد'],
      [6000, 'الأمم المتحدة'],
    ]);
  });
});

describe('a source taken up again', () => {
  it('is the unnamed source named before with the same head', () => {
    expect(claimants('وقال مصدر أمني إن 200 شخص قتلوا.\n\nوأضاف المصدر أن 18 جندياً كانوا بين القتلى.')).toEqual([
      [200, 'مصدر أمني'],
      [18, 'مصدر أمني'],
    ]);
  });

  it('keeps the short name of a body named in full', () => {
    expect(claimants('وقالت منظمة الصحة العالمية إن 861 شخصا توفوا.\n\nوأضافت المنظمة أن 47 مركزاً للعلاج تعمل.')[1][1]).toBe('المنظمة');
  });
});
