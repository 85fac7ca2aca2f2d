/**
 * Patterns real published reports showed (Arabic and English), each in a sentence of our own:
 * the reports themselves stay outside the repository.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.claimant]);

describe('Arabic typography left by scrapers', () => {
  it('splits a reporting verb fused to its subject', () => {
    expect(read('وأشارالمكتب إلى أن 40 ألف شخص نزحوا من المدينة.')).toEqual([[40000, 'displacement', 'المكتب']]);
  });

  it('reads a number glued to its quotation marks', () => {
    expect(read('وقال المكتب إن عدد النازحين يُعادل"3.3"ملايين شخص.')).toEqual([[3300000, 'displacement', 'المكتب']]);
  });

  it('reads spaces inside quotation marks', () => {
    expect(read('وقالت المنظمة إن " 12 ألف شخص " نزحوا.')).toEqual([[12000, 'displacement', 'المنظمة']]);
  });

  it('reads a dot before three digits as thousands, and before one as a decimal', () => {
    expect(extractClaims('وقالت المنظمة إن الغارات دمرت 5.191 موقعاً في القطاع.')[0].value).toBe(5191);
    expect(extractClaims('وقالت المفوضية إن 4.9 مليون شخص نزحوا.')[0].value).toBe(4900000);
  });

  it('reads thousands and the digits after them with the و dropped', () => {
    expect(read('وقالت المنظمة إن 74 ألفا 744 شخصا نزحوا إلى القرى.')).toEqual([[74744, 'displacement', 'المنظمة']]);
  });
});

describe('Arabic counts real reports make', () => {
  it('steps over a bracketed aside between a count and its verb', () => {
    expect(read('وقالت الهيئة إن 3 آلاف شخص (700 أسرة) نزحوا من البلدة.')[0]).toEqual([3000, 'displacement', 'الهيئة']);
  });

  it('counts countries and bodies taking part in a meeting', () => {
    expect(read('وشارك في الاجتماع 41 دولة و12 منظمة، بحسب اللجنة المنظمة.')).toEqual([
      [41, 'other', 'اللجنة المنظمة'],
      [12, 'other', 'اللجنة المنظمة'],
    ]);
    expect(extractClaims('وضمت المدينة 5 دول من قبل.')).toEqual([]);
  });

  it('counts the places drones were downed over and the displaced reached', () => {
    expect(read('وقالت الوزارة إنها أسقطت 17 مسيرة فوق 6 مناطق.').map((c) => c[0])).toEqual([17, 6]);
    expect(read('وقالت المنظمة إن النازحين وصلوا إلى 14 محافظة.')).toEqual([[14, 'other', 'المنظمة']]);
  });

  it('takes a drone compound past an adjective of origin, so a restatement merges', () => {
    const claims = extractClaims('أسقطت الدفاعات 19 طائرة مسيرة. وقالت الوزارة إن الدفاعات دمرت 19 طائرة روسية مسيرة.');
    expect(claims).toHaveLength(1);
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('merges a figure "the statement" gives again with its source', () => {
    const text = 'أعلنت وزارة الدفاع أن دفاعاتها أسقطت 63 مسيرة. وأفاد البيان بأن الدفاعات دمرت 63 مسيرة خلال الليل.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0].claimant).toBe('وزارة الدفاع');
  });

  it('names who touches on a figure or pledges money', () => {
    expect(read('وتطرق الوزير إلى مشاركة 20 منظمة في الحملة.')).toEqual([[20, 'other', 'الوزير']]);
    expect(read('وتعهدت النرويج بتقديم 30 مليون دولار من المساعدات.')).toEqual([[30000000, 'aid', 'النرويج']]);
  });

  it('counts medical devices in a convoy, and no security "devices"', () => {
    expect(read('وقال المكتب إن القافلة حملت أربعة أجهزة غسيل كلى.')).toEqual([[4, 'aid', 'المكتب']]);
    expect(read('وقالت الوزارة إن أجهزة الأمن اعتقلت 5 أشخاص.')).toEqual([[5, 'casualties', 'الوزارة']]);
  });

  it('names a subject set off from "قد" and its verb by a stray comma', () => {
    expect(read('وكانت الهيئة المحلية، قد أفادت بمقتل 7 مدنيين.')).toEqual([[7, 'casualties', 'الهيئة المحلية']]);
  });

  it('counts people named "إنسان"', () => {
    expect(read('وقالت الأمم المتحدة إن مليوني إنسان يواجهون الجوع.')).toEqual([[2000000, 'aid', 'الأمم المتحدة']]);
  });

  it('reads a day of the month as no count', () => {
    expect(read('وبلغت الحصيلة حتى تاريخ 9 من الشهر الجاري 310 قتلى، وفق الوزارة.')).toEqual([[310, 'casualties', 'الوزارة']]);
  });

  it('gives the full name a back-reference stands for', () => {
    const claims = extractClaims('قالت منظمة الصحة العالمية إن 9 مستشفيات توقفت. وأضافت المنظمة أن 40 طبيباً قتلوا.');
    expect(claims.at(-1)).toMatchObject({ claimant: 'المنظمة', claimantCanonical: 'منظمة الصحة العالمية', claimantKind: 'organization' });
  });
});

describe('English counts real reports make', () => {
  it('counts part of a whole: "N of the M drones"', () => {
    expect(read('The air force said it destroyed 40 of the 55 drones launched overnight.').map((c) => c[0])).toEqual([40, 55]);
  });

  it('does not read the digits of a weapon name as a count', () => {
    expect(read('The army said Russia fired four Kh-22 missiles at the port.')).toEqual([[4, 'other', 'army']]);
  });

  it('counts regions in a report of drones shot down, not elsewhere', () => {
    expect(read('The air force said drones were shot down over 7 regions.')).toEqual([[7, 'other', 'air force']]);
    expect(extractClaims('The company has offices in 7 regions.')).toEqual([]);
  });

  it('gives a bare figure the noun of "the number of"', () => {
    expect(read('The number of refugees in the camp is rising, now reaching about 45,000, the agency said.')).toEqual([[45000, 'displacement', 'agency']]);
  });

  it('keeps refugees as refugees when something hosts them', () => {
    expect(read('The country now hosts 300,000 refugees, the UN said.')).toEqual([[300000, 'displacement', 'UN']]);
  });

  it('takes the source closing the sentence over a clause inside it', () => {
    const text = 'At least 900 people arrived this week to escape fighting that residents say has killed 30, the UN refugee agency said.';
    expect(read(text)).toEqual([
      [900, 'displacement', 'UN refugee agency'],
      [30, 'casualties', 'residents'],
    ]);
  });

  it('counts both ends of a range, the low end by the noun after the high end', () => {
    const claims = extractClaims('Between 3,000 and 5,000 people have fled the town, the agency said.');
    expect(claims.map((c) => [c.value, c.qualifier, c.category, c.claimant])).toEqual([
      [3000, 'at least', 'displacement', 'agency'],
      [5000, 'up to', 'displacement', 'agency'],
    ]);
  });

  it('reads a share whose quotation closes before "of"', () => {
    expect(read('"More than 80%" of the arrivals are children, the official explained.')).toEqual([[80, 'displacement', 'official']]);
  });

  it('reads "a million" and a count of "others" displaced past "either"', () => {
    expect(read('Officials said a million others have either been displaced or fled abroad.')).toEqual([[1000000, 'displacement', 'Officials']]);
  });

  it('counts people facing hunger and the places famine is in', () => {
    expect(read('Nearly 3 million people face acute hunger in 14 localities at risk of famine, the agency said.')).toEqual([
      [3000000, 'aid', 'agency'],
      [14, 'other', 'agency'],
    ]);
  });

  it("takes a named body's own work as its claim", () => {
    expect(read('In May, UNICEF reached 200,000 children with vaccines.')).toEqual([[200000, 'aid', 'UNICEF']]);
  });

  it('reads a ratio in words as no count', () => {
    expect(extractClaims('We supported three out of four people in need.')).toEqual([]);
  });

  it('names the speaker past a relative clause, and no noun "states" as a verb', () => {
    expect(read('Jane Roe, who was briefing reporters, said 40 trucks of aid crossed.')).toEqual([[40, 'aid', 'Jane Roe']]);
    expect(read('"The teams cover three states," the official said. "They fed 9,000 people in those states," he added.').at(-1)).toEqual([
      9000,
      'aid',
      'official',
    ]);
  });

  it('gives a paragraph that only goes on quoting the speaker of the quotation before', () => {
    const text = '"We evacuated 300 patients," the director told reporters.\n"Another 40 were injured on the way."';
    expect(read(text).map((c) => c[2])).toEqual(['director', 'director']);
  });
});


describe('Arabic patterns from a further batch of published reports', () => {
  it('reads a decimal mark written as ر, the fraction first (Yemeni wires)', () => {
    expect(read('وقال المدير إن البرنامج يقدم الحصص لنحو 4ر3 مليون شخص.')).toEqual([[3400000, 'aid', 'المدير']]);
    expect(extractClaims('وقال المدير إن المانحين قدموا مساعدات غذائية بقيمة 5ر12 مليون دولار.')[0].value).toBe(12500000);
  });

  it('reads a word cut by a dot beside a tatweel as one word', () => {
    expect(read('وذكرت مصادر طبية أن 40 شخصا قتـ.لوا في القصف.')).toEqual([[40, 'casualties', 'مصادر طبية']]);
  });

  it('reads a toll split "بين قتيل وجريح"', () => {
    expect(read('وقالت اللجنة إن القصف أسفر عن سقوط أكثر من 33 بين قتيل وجريح.')).toEqual([[33, 'casualties', 'اللجنة']]);
  });
});

describe('Arabic patterns from the ar5 batch (DR Congo, Myanmar, the 2023 earthquake, the Sahel)', () => {
  it('gives a figure the same source gives again, worded apart, one claim', () => {
    const text = 'وقالت الهيئة إن 52 شخصا لقوا حتفهم في الفيضانات. وتابعت الهيئة أن "52 من السكان قضوا غرقا".';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[52, 'الهيئة', 2]]);
  });

  it('keeps a bare figure in a breakdown apart from the same figure counted before it', () => {
    const text = 'وقال المتحدث إن 14 جثة انتشلت، وإن الناجين ينحدرون من تشاد (14) والنيجر (20).';
    expect(extractClaims(text).filter((c) => c.value === 14)).toHaveLength(2);
  });

  it('reads the speaker a carrier quotes when its name runs on to a comma before عن', () => {
    expect(read('ونقلت نشرة الأخبار على قناة ABC الحكومية، عن المتحدث باسم الحكومة، قوله إن 45 ألفاً نزحوا.')).toEqual([
      [45000, 'displacement', 'المتحدث باسم الحكومة'],
    ]);
  });

  it('gives the lines of a live blog under a speaker standing alone on its line to that speaker', () => {
    const text = 'آخر التطورات\n\nوزارة الداخلية:\n\nارتفاع عدد القتلى إلى 70\n\nإنقاذ 300 شخص من تحت الأنقاض';
    expect(read(text)).toEqual([
      [70, 'casualties', 'وزارة الداخلية'],
      [300, 'other', 'وزارة الداخلية'],
    ]);
  });

  it('takes a line opening a list for no speaker', () => {
    const text = 'قالت الهيئة في تقريرها إن الوضع تدهور.\n\nوجاءت أبرز الأرقام كما يلي:\n\nاعتقال 40 شخصا في المدينة';
    expect(read(text).map((c) => c[2])).not.toContain('وجاءت أبرز الأرقام كما يلي');
  });

  it('reads a second toll word after و taking up "عدد … إلى"', () => {
    expect(read('وقالت الوزارة إن عدد القتلى ارتفع إلى 20 والجرحى إلى 65.')).toEqual([
      [20, 'casualties', 'الوزارة'],
      [65, 'casualties', 'الوزارة'],
    ]);
  });

  it('counts things a toll word names with what befell them beside them', () => {
    expect(read('وقالت الهيئة إن عدد المنازل المدمرة بلغ 930.')).toEqual([[930, 'other', 'الهيئة']]);
    expect(read('وقالت الهيئة إن عدد المنازل في القرية بلغ 930.')).toEqual([]);
  });
});

describe('Arabic patterns from the ar5 batch, a wire carrying a body\'s figure', () => {
  it('gives a figure a news agency carried and the body that made it one claim, the body\'s', () => {
    const text = 'وفي المغرب قُتل 64 شخصا جراء الفيضانات، وفقا لـ"رويترز". وأكدت وزارة الداخلية أن 64 شخصا لقوا حتفهم.';
    expect(read(text)).toEqual([[64, 'casualties', 'وزارة الداخلية']]);
  });
});

describe('Arabic patterns from the ar7 batch (earthquake, flood and cholera tolls)', () => {
  it('takes a country before a colon on a title line for the place, not the speaker', () => {
    const text = 'اليمن: ارتفاع عدد ضحايا السيول إلى 75 قتيلا\n\nوأعلنت وزارة الداخلية ارتفاع عدد ضحايا السيول إلى 75 قتيلا في المحافظات.';
    expect(read(text)).toEqual([[75, 'casualties', 'وزارة الداخلية']]);
  });

  it('still takes a body before a colon on a live blog line for the speaker', () => {
    const text = 'تواصل القصف طوال الليل على الأحياء الشرقية للمدينة وسط انقطاع الكهرباء.\n\nالدفاع المدني: انتشال 12 جثة من تحت الأنقاض في المدينة';
    expect(read(text)).toEqual([[12, 'casualties', 'الدفاع المدني']]);
  });

  it('reads a unit with the article before a plural scale as a number', () => {
    expect(read('وقالت المنظمة إن عدد النازحين تخطى الثلاثة آلاف شخص.')).toEqual([[3000, 'displacement', 'المنظمة']]);
    expect(read('وقال المسعفون إن الخمسة نقلوا إلى المستشفى.')).toEqual([]);
  });

  it('gives a ministry and "الوزارة" restating its figure one claim', () => {
    const text = 'أعلنت وزارة الصحة تسجيل 730 إصابة جديدة بالحصبة. وقالت الوزارة في بيان إنها سجلت 730 إصابة جديدة بالحصبة.';
    expect(extractClaims(text).map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[730, 'وزارة الصحة', 2]]);
  });

  it('takes no demonstrative for a source, so a later verb goes on with the ministry', () => {
    const text =
      'أعلنت وزارة الصحة تسجيل 310 إصابات جديدة بالحصبة.\nوقال بيان للوزارة إن الفرق تعمل في المخيمات.\n' +
      'وأوضحت أن هذه الإصابات سُجلت في ثلاث محافظات.\nوأفادت بأن العدد الإجمالي بلغ 4 آلاف و 215 إصابة.';
    expect(read(text)).toEqual([
      [310, 'casualties', 'وزارة الصحة'],
      [4215, 'casualties', 'وزارة الصحة'],
    ]);
  });

  it('gives a clause after "بينما" with an estimating verb its own source', () => {
    const text = 'وأودى النزاع بحياة أكثر من 9 آلاف شخص، بحسب الحكومة، بينما قدر معهد مستقل عدد القتلى بنحو 25 ألفا.';
    expect(read(text)).toEqual([
      [9000, 'casualties', 'الحكومة'],
      [25000, 'casualties', 'معهد مستقل'],
    ]);
  });

  it('ends a source at a post it was written in', () => {
    expect(read('وقالت الجمعية في بوست على صفحتها إن 90 شخصا ما زالوا مفقودين.')).toEqual([[90, 'casualties', 'الجمعية']]);
  });
});

describe('Arabic categories the ar6 batch missed (kidnapped pupils, flood-affected people)', () => {
  it('reads pupils who came back after a kidnapping as freed, not as returnees', () => {
    expect(read('وقالت الشرطة إن 25 تلميذا عادوا إلى ذويهم بعد خطفهم من المدرسة.')).toEqual([[25, 'other', 'الشرطة']]);
    expect(read('وقالت المنظمة إن 25 ألف نازح عادوا إلى قراهم.')).toEqual([[25000, 'displacement', 'المنظمة']]);
  });

  it('reads pupils who fled their kidnappers as escaped, not as displaced', () => {
    expect(read('وأفاد مسؤول محلي بأن 12 تلميذا فروا من خاطفيهم في الغابة.')).toEqual([[12, 'other', 'مسؤول محلي']]);
    expect(read('وقالت المفوضية إن 3 آلاف شخص فروا من القصف.')).toEqual([[3000, 'displacement', 'المفوضية']]);
  });

  it('counts people affected named by the noun "متضرر" alone', () => {
    expect(read('وقالت الهيئة إن عدد المتضررين من السيول تجاوز 2.5 مليون متضرر.')).toEqual([[2500000, 'other', 'الهيئة']]);
  });
});

describe('Arabic sources the ar6 batch missed', () => {
  it('reads the speaker a carrier in quotation marks quotes after عن', () => {
    expect(read('ونقلت «فرانس برس» عن المدير سالم يوسف قوله إن 35 تلميذا ما زالوا مفقودين.')).toEqual([[35, 'casualties', 'المدير سالم يوسف']]);
    expect(read('ونقلت "رويترز" أن 18 شخصا قتلوا في الهجوم.')).toEqual([[18, 'casualties', 'رويترز']]);
  });

  it('keeps the speaker of a paragraph for a verb after a one-line subheading', () => {
    const text = 'وقال المتحدث باسم الجيش إن الغارات أسفرت عن مقتل 30 مسلحا.\n\nحصيلة الاشتباكات\n\nوأوضح أن 12 جنديا أصيبوا في الاشتباكات.';
    expect(read(text)).toEqual([
      [30, 'casualties', 'المتحدث باسم الجيش'],
      [12, 'casualties', 'المتحدث باسم الجيش'],
    ]);
  });
});

describe('Arabic patterns from the ar8 batch (Lebanese ministry tolls, migrant boats, prisoner swaps)', () => {
  it('keeps "عمليات" in a body\'s name after مركز or غرفة', () => {
    expect(read('أعلن مركز عمليات الطوارئ في بيان أن 30 شخصا قتلوا في الغارات.')).toEqual([[30, 'casualties', 'مركز عمليات الطوارئ']]);
    expect(read('رصدت القوات الدولية 30 انتهاكا للهدنة.')).toEqual([[30, 'violations', 'القوات الدولية']]);
  });

  it('reads a quoted source with an adjective of origin after it', () => {
    expect(read('وبلغ عدد الجرحى 57، وفق "الدفاع المدني" السوري.')).toEqual([[57, 'casualties', 'الدفاع المدني']]);
  });

  it('reads a table line whose label joins two names with a dash', () => {
    const text = 'وأعلنت الوزارة في بيان أن الغارات أسفرت عن الحصيلة التالية:\n\n• حلب - إدلب: 14 جريحا.\n• حماة: 9 جرحى.';
    expect(read(text)).toEqual([
      [14, 'casualties', 'الوزارة'],
      [9, 'casualties', 'الوزارة'],
    ]);
  });
});

describe('Arabic counts from the ar8 batch', () => {
  it('reads the plural toll word "أعداد" before a figure', () => {
    expect(read('وبذلك ناهزت أعداد الغرقى منذ مطلع العام نحو 640.')).toEqual([[640, 'casualties', null]]);
  });

  it('counts people among bodies as part of the toll', () => {
    expect(read('وانتشل الدفاع المدني 9 جثث، بينها 4 نساء.')).toEqual([
      [9, 'casualties', 'الدفاع المدني'],
      [4, 'casualties', 'الدفاع المدني'],
    ]);
    expect(read('وبين الـ9 جثث، طفلتان والبقية رجال.').map((c) => c[1])).toEqual(['casualties', 'casualties']);
  });
});

describe('Arabic scraper layouts from the ar9 batch', () => {
  it('reads wire copy kept at a fixed width, its lines stopping mid-sentence, as running text', () => {
    const text =
      'قالت\nمنظمة الصحة العالمية في\nبيان، الثلاثاء، إن 40 شخصا قتلوا في\nهجمات على مرافق صحية.\n' +
      'وأضافت\nأن 12 مسعفا أصيبوا\nخلال الأسبوع الماضي في\nالمدينة نفسها.';
    expect(read(text)).toEqual([
      [40, 'casualties', 'منظمة الصحة العالمية'],
      [12, 'casualties', 'منظمة الصحة العالمية'],
    ]);
  });

  it('keeps a title over its body apart in an ordinary page', () => {
    const text = 'مقتل 40 شخصا في هجمات على مرافق صحية\n\nقالت منظمة الصحة العالمية في بيان إن 40 شخصا قتلوا في هجمات على مرافق صحية.';
    expect(extractClaims(text).map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[40, 'منظمة الصحة العالمية', 2]]);
  });

  it('reads a wrapped line that opens with the figure as the sentence going on', () => {
    const text =
      'ذكرت\nالمنظمة في تقريرها أن عدد\nالضحايا تراجع هذا الشهر.\nوقالت إن نسبة النساء بين القتلى بلغت\n' +
      '40 في المئة.\nوأضافت\nأن الفرق أحصت\n120 قتيلا\nفي المحافظة.';
    expect(read(text).map((c) => c[2])).toEqual(['المنظمة', 'المنظمة']);
  });

  it('keeps a block of related headlines, none ending a sentence, line by line', () => {
    const text =
      'قالت الأمم المتحدة إن 300 شخص نزحوا من القرى.\n\nاقرأ أيضاً\nالجيش يعلن مقتل 20 مسلحا في الشمال\n' +
      'مفوضية اللاجئين تحصي 5 آلاف نازح جديد\nالصحة العالمية تسجل 90 إصابة بالحصبة\nوزير الخارجية يزور العاصمة';
    expect(read(text)).toEqual([[300, 'displacement', 'الأمم المتحدة']]);
  });

  it('splits a byline word glued to the reporting verb after it', () => {
    expect(read('غزة - وكالة الأنباءأفادت وزارة الصحة بمقتل 14 شخصا.')).toEqual([[14, 'casualties', 'وزارة الصحة']]);
  });
});

describe('Arabic source names from the ar9 batch', () => {
  it('keeps a body\'s name in brackets after the word for it', () => {
    expect(read('وذكرت قناة (الغد) أن 25 شاحنة مساعدات دخلت المدينة.')).toEqual([[25, 'aid', 'قناة (الغد)']]);
  });
});

describe('Arabic bodies reporting their own work (ar9 batch)', () => {
  it('gives a body that did the work the figure it reports, with no verb of saying', () => {
    expect(read('تمكن فريق الهندسة من نزع 412 لغما في ثلاث مديريات.')).toEqual([[412, 'other', 'فريق الهندسة']]);
    expect(read('ووزعت جمعية الإغاثة 900 سلة غذائية على الأسر، ووزعت 300 خيمة.').map((c) => c[2])).toEqual([
      'جمعية الإغاثة',
      'جمعية الإغاثة',
    ]);
    expect(read('وكانت منظمة الإغاثة الدولية قد أرسلت مساعدات إلى 40 ألف شخص.')).toEqual([[40000, 'aid', 'منظمة الإغاثة الدولية']]);
  });

  it('takes no attacker for a source', () => {
    expect(read('قصفت القوات المدينة ما أسفر عن مقتل 12 شخصا.')).toEqual([[12, 'casualties', null]]);
  });

  it('gives a running total after "وبذلك" the source of the sentence before', () => {
    const text = 'ونزع فريق الهندسة 30 لغما في المديرية. وبذلك ارتفع عدد الألغام المنزوعة هذا الشهر إلى 1200 لغم.';
    expect(read(text).map((c) => c[2])).toEqual(['فريق الهندسة', 'فريق الهندسة']);
  });
});

describe('Arabic wildfire tallies (ar10 batch)', () => {
  it('counts fires a civil-protection service records and puts out', () => {
    expect(read('أعلنت مصالح الحماية المدنية تسجيل 27 حريقا عبر 9 ولايات.')).toEqual([[27, 'other', 'مصالح الحماية المدنية']]);
    expect(read('وتمكنت مصالح الحماية من إخماد 64 حريقا خلال يومين.')).toEqual([[64, 'other', 'مصالح الحماية']]);
  });
});

describe('Arabic patterns from the ar11 batch (detainee counts, Lebanese tolls, aid trucks)', () => {
  it('gives a count the subject of the verb, not the outlet named in an aside between dashes', () => {
    const text = 'وأفادت هيئة الإسعاف - في بيان أوردته وكالة الأنباء المحلية - بمقتل 8 أشخاص في القصف.';
    expect(read(text)).toEqual([[8, 'casualties', 'هيئة الإسعاف']]);
  });

  it('gives a count after "أن" the verb\'s subject, not an according-to or "ما أعلنه" before the أن', () => {
    const text = 'وأكدت لجنة المحتجزين، استنادا إلى سجلاتها وما أعلنته سلطات السجن، وفقا لما نقلته صحيفة محلية، أن بين المحتجزين 40 امرأة.';
    expect(read(text).map((c) => [c[0], c[2]])).toEqual([[40, 'لجنة المحتجزين']]);
  });

  it('does not let a later pronoun verb go back to a body named only inside such an aside', () => {
    const text = 'وأكدت لجنة المحتجزين، وفق ما أعلنته سلطات السجن، أن بين المحتجزين 40 امرأة.\nوأشارت إلى أن عدد المحتجزين إداريا بلغ 900 محتجز.';
    expect(read(text).map((c) => c[2])).toEqual(['لجنة المحتجزين', 'لجنة المحتجزين']);
  });

  it('carries the speaker of a paragraph to the next one opening with a pronoun verb', () => {
    const text = 'وقالت وزارة الصحة إن الغارات أوقعت 14 قتيلا.\nوأشارت إلى سقوط 3 قتلى وإصابة 7 آخرين في قرية أخرى.';
    expect(read(text).map((c) => [c[0], c[2]])).toEqual([
      [14, 'وزارة الصحة'],
      [3, 'وزارة الصحة'],
      [7, 'وزارة الصحة'],
    ]);
  });

  it('runs a statement on into the next sentence of its paragraph that opens with "وبلغ" and names no one', () => {
    const text = 'وأكدت الجمعية أن بين المحتجزين 12 امرأة. وبلغ عدد المحتجزين دون تهمة 300 محتجز.';
    expect(read(text).map((c) => [c[0], c[2]])).toEqual([
      [12, 'الجمعية'],
      [300, 'الجمعية'],
    ]);
    // With no statement before it, the sentence keeps no source.
    expect(read('وبلغ عدد المحتجزين دون تهمة 300 محتجز.').map((c) => c[2])).toEqual([null]);
  });

  it('reads "ومن 3 إلى 4" as a range like "من 3 إلى 4"', () => {
    const text = 'وتحتاج المدينة يوميا ما بين 200 إلى 300 شاحنة غذاء ومن 3 إلى 4 شاحنات دواء.';
    expect(read(text).map((c) => c[0])).toEqual([200, 300, 3, 4]);
  });

  it('takes "أكبر عدد من" for a comparison, not a vague amount', () => {
    const text = 'وقالت النقابة إن هذا أكبر عدد من الصحفيين يقتل في حرب واحدة.';
    expect(read(text)).toEqual([]);
  });
});
