import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('people a report counts, in every form', () => {
  it.each([
    ['military personnel', 'وأعلن الجيش مقتل 3 عسكريين في الهجوم.', [[3, 'casualties', 'soldiers killed']]],
    ['officers in the dual and soldiers', 'وأعلنت الوزارة مقتل ضابطين وثلاثة جنود.', [[2, 'casualties', 'officers killed'], [3, 'casualties', 'soldiers killed']]],
    ['guards in the dual', 'وقالت الشرطة إن حارسين قتلا في الهجوم.', [[2, 'casualties', 'guards killed']]],
    ['rebels', 'وقال الجيش إن 25 متمرداً قتلوا.', [[25, 'casualties', 'rebels killed']]],
    ['commanders', 'وقال الجيش إن 7 قادة ميدانيين قتلوا.', [[7, 'casualties', 'commanders killed']]],
    ['men of a service', 'وقال الجيش إن 11 من رجال الأمن قتلوا.', [[11, 'casualties', 'security personnel killed']]],
    ['aid workers', 'وقالت الأمم المتحدة إن 5 عمال إغاثة قتلوا.', [[5, 'casualties', 'aid workers killed']]],
    ['humanitarian workers', 'وقالت المنظمة إن 12 عاملاً إنسانياً قتلوا هذا العام.', [[12, 'casualties', 'aid workers killed']]],
    ['teachers of an agency', 'وقالت الأونروا إن 17 من معلميها قتلوا.', [[17, 'casualties', 'teachers killed']]],
    ['asylum seekers after من', 'وقالت السلطات إن 30 من طالبي اللجوء وصلوا إلى الجزيرة.', [[30, 'displacement', 'asylum seekers']]],
    ['survivors pulled out', 'وقال خفر السواحل إنه انتشل 12 ناجياً.', [[12, 'other', 'survivors rescued']]],
    ['passengers', 'وقالت الوزارة إن 9 ركاب لقوا حتفهم.', [[9, 'casualties', 'passengers killed']]],
    ['worshippers', 'وأفاد مسعفون بمقتل 6 مصلين.', [[6, 'casualties', 'worshippers killed']]],
    ['fishermen lost', 'وقالت السلطات إن 6 صيادين فقدوا في البحر.', [[6, 'casualties', 'fishermen missing']]],
    ['farmers displaced', 'وقال المسؤول إن 300 مزارع نزحوا عن أراضيهم.', [[300, 'displacement', 'farmers displaced']]],
    ['orphans in a sentence about aid', 'وقالت الوزارة إن 1200 يتيم يتلقون المساعدات.', [[1200, 'aid', 'orphans receiving aid']]],
    ['pregnant women', 'وقالت الوزارة إن 14 امرأة حاملاً توفين.', [[14, 'casualties', 'women killed']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['women prisoners', 'وأعلنت الهيئة الإفراج عن 24 أسيرة.', [[24, 'other', 'prisoners released']]],
    ['displaced women', 'وقالت المنظمة إن 500 نازحة وصلن إلى المخيم.', [[500, 'displacement', 'displaced people']]],
    ['schoolgirls abducted', 'وقالت الجمعية إن 300 طالبة اختطفن.', [[300, 'casualties', 'students detained']]],
    ['women journalists detained', 'وقالت النقابة إن 8 صحفيات اعتقلن.', [[8, 'casualties', 'journalists detained']]],
    ['women migrants drowned', 'وقالت السلطات إن 60 مهاجرة غرقن.', [[60, 'casualties', 'migrants killed']]],
    ['girls in the dual', 'وقالت الوزارة إن طفلتين قتلتا.', [[2, 'casualties', 'girls killed']]],
    ['women journalists in the dual', 'وقالت المنظمة إن صحفيتين اعتقلتا.', [[2, 'casualties', 'journalists detained']]],
  ])('feminine forms: %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['killed, after the noun', 'وقالت مصادر إن 30 حطاباً قتلوا في الغابة.', [[30, 'casualties', 'killed']]],
    ['destroyed, with a feminine verb for things', 'وقالت مصادر إن 12 برجاً دُمّرت بالكامل.', [[12, 'other', 'things destroyed']]],
    ['detained, passive', 'وقالت مصادر إن 9 نقابيين اعتُقلوا.', [[9, 'casualties', 'detained']]],
  ])('a noun no lexicon lists, with its verb after it: %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('does not count a noun no lexicon lists when the verb after it befalls nothing', () => {
    // Countries taking part in a meeting are counted (participants.ts); welcoming a decision is not.
    expect(read('وقالت مصادر إن 5 دول رحبت بالقرار.')).toEqual([]);
  });
});

describe('verbs of harm in every tense, voice, number and gender', () => {
  it.each([
    ['قُتلوا', 'وقالت الوزارة إن 5 أشخاص قُتلوا.', 'killed'],
    ['ارتقوا', 'وقالت الوزارة إن 12 فلسطينياً ارتقوا برصاص الاحتلال.', 'Palestinians killed'],
    ['اغتيلوا', 'وقالت الوزارة إن 4 أشخاص اغتيلوا.', 'killed'],
    ['اغتيال', 'وأعلنت الشرطة اغتيال 4 ناشطين.', 'activists killed'],
    ['هلكوا', 'وقالت الوزارة إن 3 أشخاص هلكوا.', 'killed'],
    ['قضيا', 'وقالت الوزارة إن شخصين قضيا في الحادث.', 'killed'],
    ['صفّى', 'وقال الجيش إنه صفّى 40 مسلحاً.', 'gunmen killed'],
    ['حيّد', 'وقال الجيش إنه حيّد 40 مسلحاً.', 'gunmen killed'],
    ['يتوفون', 'وقالت الوزارة إن 14 شخصاً يتوفون يومياً.', 'killed'],
    ['دُفنوا', 'وقالت السلطات إن 60 شخصاً دُفنوا في مقبرة جماعية.', 'killed'],
    ['جُرحوا', 'وقالت الوزارة إن 10 أشخاص جُرحوا.', 'injured'],
    ['بُترت', 'وقالت الوزارة إن 10 أطفال بُترت أطرافهم.', 'children injured'],
    ['حالة اختناق', 'وقالت الوزارة إن 25 حالة اختناق سجلت.', 'injured'],
    ['تسمم', 'وقالت الوزارة إن 200 طالب أصيبوا بالتسمم.', 'students injured'],
    ['فُقدوا', 'وقالت السلطات إن 15 شخصاً فُقدوا.', 'missing'],
    ['احتُجزوا', 'وقالت الهيئة إن 35 شخصاً احتُجزوا.', 'detained'],
    ['أوقفوا', 'وقالت الشرطة إن 12 شخصاً أوقفوا.', 'detained'],
    ['أُسروا', 'وقال الجيش إن 30 جندياً أُسروا.', 'soldiers detained'],
    ['أسرت', 'وقال الجيش إن قواته أسرت 30 جندياً.', 'soldiers detained'],
    ['هُجّروا', 'وقالت المفوضية إن 4 آلاف شخص هُجّروا من قراهم.', 'people displaced'],
    ['شُرّدوا', 'وقالت المفوضية إن 4 آلاف شخص شُرّدوا.', 'people displaced'],
    ['لجؤوا', 'وقالت المفوضية إن 4 آلاف شخص لجؤوا إلى تشاد.', 'people displaced'],
    ['هاجروا', 'وقالت الوزارة إن 30 شخصاً هاجروا.', 'people displaced'],
    ['تطعيم', 'وقالت المنظمة إنه تم تطعيم 600 ألف طفل.', 'children vaccinated'],
    ['تلقوا', 'وقالت المنظمة إن 600 ألف طفل تلقوا لقاح شلل الأطفال.', 'children receiving aid'],
    ['استفادوا', 'وقالت المنظمة إن 120 ألف شخص استفادوا من المساعدات.', 'people receiving aid'],
  ])('%s', (_, text, counted) => {
    expect(extractClaims(text).map((c) => c.countedLabel)).toEqual([counted]);
  });

  it('reads livestock that perished as no harm to people', () => {
    expect(read('وقالت الوزارة إن 3 آلاف رأس من الماشية نفقت.')).toEqual([[3000, 'other', 'head of livestock']]);
  });
});

describe('events a phrase carries', () => {
  it.each([
    ['فارقوا الحياة', 'وقالت المصادر إن 20 شخصاً فارقوا الحياة.', 'killed'],
    ['فقدوا حياتهم: killed, not missing', 'وقالت المصادر إن 20 شخصاً فقدوا حياتهم في الحريق.', 'killed'],
    ['فقد … حياتهم, the verb before the count', 'وفقد أكثر من 200 شخص حياتهم في الفيضانات.', 'killed'],
    ['فُقد أكثر من', 'وفُقد أكثر من 30 مهاجراً في البحر.', 'migrants missing'],
    ['حصد أرواح', 'وقالت الشرطة إن الانفجار حصد أرواح 30 شخصاً.', 'killed'],
    ['راح ضحيته', 'وقالت الشرطة إن الهجوم راح ضحيته 11 شخصاً.', 'killed'],
    ['قضوا نحبهم', 'وقالت الوزارة إن 6 أشخاص قضوا نحبهم.', 'killed'],
    ['فُقد أثر', 'وقالت السلطات إنه فُقد أثر 40 مهاجراً.', 'migrants missing'],
    ['وفُقد before a count', 'وفُقد 7 صيادين في العاصفة.', 'fishermen missing'],
    ['مصير … مجهولاً', 'وقالت السلطات إن مصير 40 شخصاً لا يزال مجهولاً.', 'missing'],
    ['مجهولي المصير', 'وقالت السلطات إن 40 شخصاً ما زالوا مجهولي المصير.', 'missing'],
    ['نُقلوا إلى المستشفى', 'وقالت السلطات إن 20 شخصاً نقلوا إلى المستشفى.', 'injured'],
    ['تم نقل … إلى مخيم', 'وقالت السلطات إنه تم نقل 300 عائلة إلى مخيم جديد.', 'families relocated'],
    ['نُقل … إلى مستشفى, what ails them between', 'ونُقل ثلاثون عاملاً يعانون من ضيق في التنفس والدوار إلى مستشفى المدينة.', 'workers injured'],
    ['خسر: troops lost', 'وقالت الوزارة إن العدو خسر خلال الهجوم أكثر من 150 جندياً.', 'soldiers lost'],
    ['نقطة العبور names a place, not a crossing', 'وقالت المنظمة إنها وزعت مساعدات على 4 آلاف شخص في نقطة العبور.', 'people receiving aid'],
    ['تؤوي with the place that hosts before the count', 'وبحسب البلدية، تؤوي المدارس الثلاث نحو 900 أسرة.', 'families hosted'],
    ['تؤوي: hosted', 'وقالت البلدية إن المدارس تؤوي نحو 3 آلاف شخص.', 'people hosted'],
  ])('%s', (_, text, counted) => {
    expect(extractClaims(text).map((c) => c.countedLabel)).toEqual([counted]);
  });

  it('takes no event from the reporting clause before "إن"', () => {
    expect(read('وقالت فرق الإنقاذ إن 30 شخصاً ما زالوا في عداد المفقودين.')).toEqual([[30, 'casualties', 'missing']]);
  });

  it('reads "نقل" with no destination as no event, and "نقلت … عن" as a source', () => {
    expect(read('ونقل الرئيس تحياته إلى 20 رئيس دولة.')).toEqual([]);
  });
});

describe('a verb after an aside naming some of those counted', () => {
  it('"N مدنيين، بينهم امرأتان، قُتلوا": the verb past the aside says what befell them all', () => {
    expect(read('وأفاد شهود بأن ستة مدنيين، بينهم طفلان، أصيبوا بشظايا القذائف.')).toEqual([
      [6, 'casualties', 'civilians injured'],
      [2, 'casualties', 'children injured'],
    ]);
  });
});

describe('a noun with the article is not a verb with a pronoun', () => {
  it('"الرحلة" is a trip, not "الرحل" deported', () => {
    expect(read('وأعلنت الشرطة توقيف 4 أشخاص نظموا الرحلة.').map((c) => c[2])).not.toContain('people deported');
  });
});

describe('an aside between the count and what befell them', () => {
  it.each([
    ['a share of them', 'وقال المسؤول إن 80 شخصاً، ثلثهم أطفال، قُتلوا في الانفجار.', [[80, 'casualties', 'killed']]],
    ['half of them', 'وأفاد المستشفى بأن 26 شخصاً، نصفهم نساء، أصيبوا في القصف.', [[26, 'casualties', 'injured']]],
    ['a source set off by commas', 'واشتدت المعارك في الجنوب، حيث قُتل، بحسب منظمة محلية، ما لا يقل عن 130 مدنياً خلال أسبوع.', [[130, 'casualties', 'civilians killed']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('people still away from home', () => {
  it('"خارج ديارهم" is displacement', () => {
    expect(read('وقال المحافظ إن 70 ألف شخص ما زالوا خارج ديارهم منذ الفيضان.')).toEqual([[70000, 'displacement', 'people displaced']]);
  });

  it('but working abroad is not', () => {
    expect(read('وقالت الوزارة إن 300 عامل يعملون خارج البلاد.').map((c) => c[1])).not.toContain('displacement');
  });
});
