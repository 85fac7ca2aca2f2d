import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('counted nouns of security and disaster reporting', () => {
  it.each([
    ['suspects and wanted men arrested', 'وقال الجيش إنه اعتقل 67 مشتبهاً بهم و14 مطلوباً.', [[67, 'casualties', 'suspects detained'], [14, 'casualties', 'wanted men detained']]],
    ['attackers killed', 'وقالت الشرطة إن قواتها قتلت 4 مهاجمين.', [[4, 'casualties', 'attackers killed']]],
    ['officials killed', 'وزعمت الحركة أن مقاتليها قتلوا أكثر من 50 مسؤولاً حكومياً.', [[50, 'casualties', 'officials killed']]],
    ['incidents of violence', 'ووثقت المنظمة 1217 حادثة عنف ضد المدنيين.', [[1217, 'violations', 'incidents']]],
    ['road accidents are not violence', 'وسجلت الشرطة 12 حادث سير.', [[12, 'other', 'road accidents']]],
    ['explosions', 'وقال الدفاع المدني إن فرقه وثقت 138 انفجاراً لمخلفات الحرب.', [[138, 'other', 'explosions']]],
    ['munitions removed', 'وقال الفريق إنه أتلف 870 ذخيرة غير منفجرة.', [[870, 'other', 'munitions']]],
    ['armoured vehicles seized', 'وادعت الجماعة أنها استولت على 4 مدرعات.', [[4, 'other', 'armoured vehicles seized']]],
    ['mass graves', 'وقال المسؤول إن 93 مقبرة جماعية اكتشفت في القضاء.', [[93, 'other', 'graves']]],
    ['laboratories destroyed', 'وقال الجيش إنه دمر 3 مختبرات لتصنيع المتفجرات.', [[3, 'other', 'laboratories destroyed']]],
    ['weapons caches found', 'وقالت القوة إن دورياتها عثرت على 360 مخبأ للأسلحة.', [[360, 'other', 'caches']]],
    ['spectators', 'وكان الملعب يضم 15 ألف متفرج.', [[15000, 'other', 'spectators']]],
    ['those who fled, after a toll word', 'وقالت المفوضية إن عدد الفارين من الحرب تجاوز 1.1 مليون شخص.', [[1100000, 'displacement', 'people fleeing']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['shootings', 'وأوضح المكتب أن الخروقات شملت 142 عملية إطلاق نار.', 'shootings'],
    ['incursions', 'وأوضح المكتب أن الخروقات شملت 21 عملية توغل.', 'incursions'],
    ['demolitions', 'وأوضح المكتب أن الخروقات شملت 100 عملية نسف لمنازل.', 'demolitions'],
    ['arrests', 'ووثقت الهيئة 40 عملية اعتقال.', 'arrests'],
  ])('operations named by what they were: %s', (_, text, counted) => {
    expect(extractClaims(text)[0].countedLabel).toBe(counted);
  });
});

describe('nouns that count only with a word beside them', () => {
  it('reads treatment centres as aid, and points joined to them as used for aid', () => {
    expect(read('وأضاف أن المنظمة دعمت تشغيل 47 مركزاً لعلاج الإسهال و168 نقطة لإعادة الإماهة الفموية.')).toEqual([
      [47, 'aid', 'treatment centres'],
      [168, 'aid', 'points used for aid'],
    ]);
  });

  it('reads points held as ground taken, and leaves index and percentage points alone', () => {
    expect(read('في حين لا يزال الجيش يحتل 5 نقاط استراتيجية.')).toEqual([[5, 'other', 'points captured']]);
    expect(read('ارتفعت البطالة 3 نقاط مئوية.')).toEqual([]);
  });

  it('reads a second mention that drops the adjective of its compound', () => {
    expect(read('وقال الوزير إن الحكومة سلمت 201 ألف وحدة سكنية، وإن العدد سيبلغ 453 ألف وحدة بحلول نهاية العام.')).toEqual([
      [201000, 'other', 'housing units'],
      [453000, 'other', 'housing units'],
    ]);
    expect(read('وقال الوزير إن 30 وحدة عسكرية انتشرت.')).toEqual([]);
  });
});

describe('a noun no lexicon lists', () => {
  it.each([
    ['people killed', 'وقالت مصادر محلية إن الغارة أسفرت عن مقتل 30 حطاباً.', [[30, 'casualties', 'killed']]],
    ['things destroyed', 'وقال الجيش إنه دمر 12 برجاً سكنياً.', [[12, 'other', 'things destroyed']]],
    ['people detained', 'وأعلنت الشرطة اعتقال 5 نقابيين في المدينة.', [[5, 'casualties', 'detained']]],
  ])('is counted when the word before the number says what befell it: %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a place that holds', 'وتضم المنطقة 5 دول.'],
    ['a shaking', 'وقال إن الانفجار هز 3 طوابق.'],
  ])('is not counted otherwise: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('what a sentence is about', () => {
  it.each([
    ['the dead counted among remains', 'وأوضح أن بين الرفات 41 طفلاً و29 امرأة.', [[41, 'casualties', 'children killed'], [29, 'casualties', 'women killed']]],
    ['a share of the money asked for a response', 'وقال: "لم نتلقَّ سوى 28٪ من مبلغ 20 مليون دولار الذي طلبناه للاستجابة للكوليرا".', [[28, 'aid', 'percent of aid'], [20e6, 'aid', 'US dollars']]],
    ['a humanitarian protocol makes trucks aid', 'لم يلتزم الاحتلال بالبروتوكول الإنساني، إذ لم يدخل سوى 4453 شاحنة، أي بنسبة 34%.', [[4453, 'aid', 'aid trucks'], [34, 'aid', 'percent of aid']]],
    ['people who lack water are in need', 'وأشار إلى أن 17.8 مليون يمني يفتقرون إلى المياه الصالحة للشرب.', [[17.8e6, 'aid', 'Yemenis in need']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves a percentage with no event and no aid in its sentence as other', () => {
    expect(read('وتسيطر العصابات على نحو 85 في المئة من العاصمة.')).toEqual([[85, 'other', 'percent']]);
  });
});

describe('what befell those counted', () => {
  it.each([
    ['kidnapped (plural verb)', 'وقالت السلطات إن مسلحين اختطفوا 287 تلميذاً.', [[287, 'casualties', 'pupils detained']]],
    ['released hostages', 'وقال الجيش إنه حرر 119 رهينة.', [[119, 'other', 'hostages released']]],
    ['finished off: قضت على', 'وقال الجيش إن قواته قضت على 10 مسلحين.', [[10, 'casualties', 'gunmen killed']]],
    ['a village lost its sons', 'وقالت مصادر محلية إن القرية فقدت 20 شخصاً.', [[20, 'casualties', 'missing']]],
    ['managed to flee: an escape', 'وقال الحاكم إن 25 طفلاً تمكنوا من الفرار.', [[25, 'other', 'children escaped']]],
    ['treated patients receive care', 'وقالت المنظمة إن عياداتها عالجت 2400 طفل من سوء التغذية.', [[2400, 'aid', 'children receiving care']]],
    ['staying in temporary shelter', 'وقالت الغرفة إن 670 ألف شخص ما زالوا يقيمون في حاويات مؤقتة.', [[670000, 'displacement', 'people staying']]],
    ['aid handed out, recipients after على', 'وقالت الجمعية إن 3200 سلة غذائية موزعة على 5400 عائلة.', [[3200, 'aid', 'food baskets'], [5400, 'aid', 'families receiving aid']]],
    ['people spread over families share their event', 'وأضاف أن من أعيدوا من المخيم بلغوا 20 ألف شخص، موزعين على نحو 5400 عائلة.', [[20000, 'displacement', 'returnees'], [5400, 'displacement', 'families returned']]],
    ['volunteers hand aid out to the families', 'وأوضحت الغرفة أن 2300 متطوع يشاركون في توزيع المساعدات على 94 ألف عائلة.', [[2300, 'aid', 'volunteers delivering aid'], [94000, 'aid', 'families receiving aid']]],
    ['a count joined by "و" takes the verb, not the noun before it', 'وقالت اللجنة إنها أجلت 45 جريحاً و12 مريضاً من المستشفى.', [[45, 'casualties', 'injured'], [12, 'displacement', 'patients evacuated']]],
    ['malnutrition is hunger', 'وقدرت المنظمة عدد الأطفال الذين يعانون سوء التغذية بنحو 3 ملايين طفل.', [[3e6, 'aid', 'children malnourished']]],
    ['a restatement after "أي" shares the event of the share before it', 'وقال مسؤول إن نحو 70% من السكان نزحوا، أي قرابة 1.5 مليون شخص.', [[70, 'displacement', 'percent displaced'], [1.5e6, 'displacement', 'people displaced']]],
    ['prisoners exchanged by two sides', 'وكان الطرفان قد تبادلا 390 أسيراً من كل جانب.', [[390, 'other', 'prisoners released']]],
    ['minefields cleared', 'وأعلنت الدائرة أن فرقها طهّرت أكثر من 18 ألف حقل ألغام.', [[18000, 'other', 'minefields cleared']]],
    ['the wounded, by their condition', 'وقال إن الجرحى نقلوا إلى المستشفى، وإن حالة اثنين منهم خطرة.', [[2, 'casualties', 'injured']]],
    ['detained staff, after a toll word', 'ليرتفع عدد موظفي الأمم المتحدة المحتجزين لدى الجماعة إلى 23 موظفاً.', [[23, 'casualties', 'staff detained']]],
    ['beheaded', 'وقال مسؤول محلي إن المسلحين قطعوا رؤوس خمسة مدنيين.', [[5, 'casualties', 'civilians killed']]],
    ['homes burned', 'وقال إن المسلحين أحرقوا ما لا يقل عن 300 منزل.', [[300, 'other', 'homes destroyed']]],
    ['weapons seized', 'وقالت الإدارة إن قوات الأمن صادرت 7 مسدسات و25 سكيناً.', [[7, 'other', 'pistols'], [25, 'other', 'knives']]],
    ['inmates missing', 'وأبلغ ذوو السجناء عن فقدان 9 نزلاء على الأقل.', [[9, 'casualties', 'inmates missing']]],
    ['money in shillings, for a response', 'وأعلن الرئيس تخصيص 7 مليارات شلن للاستجابة الطارئة.', [[7e9, 'aid', 'shillings']]],
    ['facilities hit', 'وأشار التقرير إلى أن الهجمات طالت 27 منشأة صحية و14 سيارة إسعاف.', [[27, 'other', 'facilities struck'], [14, 'other', 'ambulances struck']]],
    ['meals and rations name the recipients', 'وقال البرنامج إنه قدم وجبات ساخنة وحصصاً لـ 630 ألف شخص عند نقاط العبور.', [[630000, 'aid', 'people receiving aid']]],
    ['targets dismantled', 'وأعلن الجيش أنه فكك نحو 500 هدف عسكري.', [[500, 'other', 'targets destroyed']]],
    ['dwellings (مسكن) damaged', 'وقالت اللجنة إن الهزة ألحقت أضراراً بـ820 مسكناً في القرى الجبلية.', [[820, 'other', 'homes damaged']]],
    ['barns destroyed', 'وأضاف أن القصف دمر 3 حظائر للمواشي.', [[3, 'other', 'barns destroyed']]],
    ['trees uprooted', 'وقال المجلس القروي إن المستوطنين اقتلعوا 350 شجرة لوز.', [[350, 'other', 'trees destroyed']]],
    ['trees vandalised, passive', 'وخُرّبت نحو 600 شجرة في الحقول المحيطة بالبلدة.', [[600, 'other', 'trees destroyed']]],
    ['trees planted are no harm and no claim', 'وزرع المتطوعون 3 آلاف شجرة في الحديقة العامة.', []],
    ['settlement outposts, then the outposts again', 'وأقام المستوطنون 4 بؤر استيطانية، ليصل عدد البؤر هذا العام إلى 31 بؤرة.', [[4, 'violations', 'settlement outposts'], [31, 'violations', 'settlement outposts']]],
    ['hotspots are no outposts', 'وتراجعت بؤر التوتر في المدينة إلى 3 بؤر فقط.', []],
    ['demolition orders', 'وأصدرت السلطات 23 أمراً بالهدم في القرية، و9 أوامر هدم أخرى في البلدة المجاورة.', [[23, 'violations', 'demolition orders'], [9, 'violations', 'demolition orders']]],
    ['health workers killed, after "من"', 'وقالت النقابة إنه قتل منذ بدء الحرب 120 من الكوادر الصحية.', [[120, 'casualties', 'health workers killed']]],
    ['a share after "من" and a demonstrative', 'وقال المرصد إن 40 من هذه الهجمات استهدفت مدارس.', [[40, 'violations', 'attacks']]],
    ['tonnes of explosives are no aid', 'وقالت البلدية إن الطائرات ألقت على الحي نحو 900 طن من المتفجرات.', [[900, 'other', 'tonnes of explosives']]],
    ['hamlets (دوار) the damage is spread over', 'وقالت الوزارة إن 800 مسكن تضررت، موزعة على 60 دواراً.', [[800, 'other', 'homes damaged'], [60, 'other', 'villages damaged']]],
    ['came under fire (تعرض لـ)', 'وقالت الوزارة إن 3 من مواقعها تعرضت لنيران رشاشة.', [[3, 'other', 'sites struck']]],
    ['a share of things re-done is no return', 'وقالت الوزارة إن 90 مدرسة تضررت، أعيد تأهيل 35 منها.', [[90, 'other', 'schools damaged'], [35, 'other', 'schools damaged']]],
    ['others of what was just counted', 'وقال المرصد إن 12 من الهجمات أوقعت قتلى، فيما ألحقت 30 أخرى أضراراً بالمباني.', [[12, 'violations', 'attacks'], [30, 'violations', 'attacks']]],
    ['positions set up', 'وقالت البعثة إن القوات أقامت 6 مواقع جديدة قرب الحدود.', [[6, 'other', 'sites set up']]],
    ['what a verb with its own object set up is no count of the things after it', 'وقال إن الممر الذي أنشأته البحرية سمح بمرور 400 سفينة.', []],
    ['hryvnias', 'وقالت الوزارة إنها صرفت 6 آلاف هريفنيا مساعدة نقدية لكل أسرة نازحة.', [[6000, 'aid', 'hryvnias']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('nationalities counted as people', () => {
  it.each([
    ['وأنقذ خفر السواحل 140 مهاجراً، بينهم 37 تونسياً و12 جزائرياً.', [[140, 'migrants rescued'], [37, 'Tunisians rescued'], [12, 'Algerians rescued']]],
    ['وقالت الشرطة إنها رحّلت 60 إثيوبياً.', [[60, 'Ethiopians deported']]],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel])).toEqual(expected);
  });
});

describe('smugglers and infiltrators', () => {
  it.each([
    ['وأعلن حرس الحدود أنه قُتل خلال الاشتباك 4 مهربين.', [[4, 'smugglers killed']]],
    ['وقال الجيش إنه أوقف فجر اليوم 9 متسللين قرب السياج.', [[9, 'infiltrators detained']]],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel])).toEqual(expected);
  });
});

describe('more nouns of displacement, disappearance, aid and war', () => {
  it.each([
    ['وقال المسؤول إن المعبر استقبل أمس 1200 قادم من الجانب الآخر.', [[1200, 'new arrivals']]],
    ['ووثّقت المنظمة 850 مختفياً قسرياً منذ بدء النزاع.', [[850, 'forcibly disappeared']]],
    ['وخصصت الحكومة 50 مليون تاكا لإغاثة المتضررين.', [[50e6, 'taka']]],
    ['ووزعت اليونيسف 90 ألف قرص لتنقية المياه على الأسر.', [[90000, 'tablets']]],
    ['وأعلن الجيش تدمير 3 رادارات في الضربة.', [[3, 'radars']]],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel])).toEqual(expected);
  });
});

describe('attempts and operations counted by what was attempted', () => {
  it.each([
    ['وقال خفر السواحل إنه أحبط 640 محاولة هجرة غير نظامية هذا العام.', [[640, 'migration attempts']]],
    ['وأعلن الجيش إحباط 12 محاولة تهريب أسلحة عبر الحدود.', [[12, 'smuggling attempts']]],
    ['وأُحبطت خلال الشهر 210 عمليات اجتياز للحدود.', [[210, 'crossing attempts']]],
    ['وقال إنه أجرى 3 محاولات للاتصال بعائلته.', []],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel])).toEqual(expected);
  });
});

describe('pills seized', () => {
  it.each([
    ['وقالت الشرطة إنها ضبطت بحوزة الموقوفين 250 ألف حبة مخدرة.', [[250000, 'pills seized']]],
    ['وينصح الأطباء بتناول حبتين يومياً.', []],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel])).toEqual(expected);
  });
});
