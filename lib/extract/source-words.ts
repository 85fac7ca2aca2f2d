/** The small words around a source's name: what ends it, what wraps it, what it is told to. */
import { wordSet } from './word-forms';

/** Verbal nouns that open the object of a statement: "أعلنت الوزارة ارتفاع…"، "أفادت مصادر بسقوط…". */
export const OBJECT_MASDARS = wordSet(
  'ارتفاع وصول دخول سقوط انخفاض تراجع بلوغ تجاوز وقوع تسجيل استمرار'.split(' '),
  { clitics: true },
);

/** Words that end the subject of a reporting verb: complementisers, relatives, prepositions, negation. */
export const SUBJECT_STOPS = new Set(
  (
    'ان انه انها انهم انهن اننا انني بان بانه بانها بانهم بانهن لان لانه كما الذي التي الذين اللذين ' +
    'اللتين اللواتي وهو وهي هو هي هم حيث اذ اذا بينما فيما عبر خلال امام لدي اثناء بعد قبل منذ عند ' +
    'حول مع ردا تعليقا تعقيبا ضمن وسط حتي الي قوله قولها قولهم قولهما ب ل و ما لا لم لن قد اي'
  ).split(' '),
);

/** Time words end a subject too: "أعلنت روسيا، أمس الخميس،". */
export const TIME_WORDS = wordSet(
  (
    'أمس اليوم الليلة الساعة مساء صباح ظهر فجر عصر ليل ليلا نهارا صباحا عصرا ظهرا فجرا السبت الأحد ' +
    'الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة يوم أيام الأسبوع الشهر العام الآن حاليا ' +
    'مؤخرا سابقا لاحقا بدوره بدورها بدورهم أيضا كذلك أخيرا مجددا'
  ).split(' '),
  { clitics: true },
);

/** After "في" these end a subject: في بيان، في مؤتمر صحفي، في وقت سابق. */
export const SETTING_NOUNS = wordSet(
  (
    'بيان بيانات تصريح تصريحات مؤتمر مقابلة حديث تغريدة منشور خطاب كلمة رسالة تقرير اجتماع إحاطة ' +
    'جلسة إفادة وقت أعقاب ختام رد سياق حين مستهل ذات تسجيل فيديو مداخلة لقاء ساعة ساعات'
  ).split(' '),
  { definite: true },
);

/** "لوكالة…"، "للصحافيين": who was told, not who told. */
const AUDIENCE = wordSet(
  'وكالة قناة صحيفة تلفزيون إذاعة موقع شبكة وسائل صحفيين صحافيين صحافة صحفي مراسل جزيرة عربية رويترز فرانس'.split(' '),
  { clitics: true, definite: true },
);

/** "لوكالة"، "للصحافيين": the preposition ل, not the article, before an audience word. */
export function isAddressee(word: string): boolean {
  const hit = AUDIENCE.find(word);
  return hit !== null && /^[وف]?ل/.test(hit.prefix);
}

/** "على منصة"، "على هامش": a place of speaking, not part of the name. */
export const ON_WHAT = new Set('منصه حسابه حسابها لسان هامش قناته موقعه موقعها صفحته صفحتها رغم'.split(' '));

/** Words before the source itself: "آخر حصيلة صادرة عن X"، "بيان لـX"، "بيانات X". */
const SOURCE_WRAPPERS = new Set(
  (
    'اخر احدث حصيله بيان تقرير ارقام احصاءات احصائيات بيانات معطيات تقديرات تقدير جديده جديد ' +
    'رسميه رسمي اوليه اولي نهائيه صادره صادر الصادره الصادر عن ل كل البيان التقرير الحصيله'
  ).split(' '),
);
export const ISSUED = new Set(['صادر', 'صادره', 'الصادر', 'الصادره']);
export const isWrapper = (w: string) => SOURCE_WRAPPERS.has(w) || (w.startsWith('ل') && SOURCE_WRAPPERS.has(w.slice(1)));
export const LAM_CUES = new Set(['وفقا', 'طبقا', 'استنادا']);

/** Where a subject before its verb starts: after these words, or at punctuation. */
export const CLAUSE_OPENERS = new Set(
  'لكن ولكن لكنه بينما فيما كما حيث اذ ثم بل او ام ان انه انها انهم انهن بان و ف اما الا'.split(' '),
);
/** A phrase before a verb that starts with one of these is an adverbial, not a subject. */
export const NOT_SUBJECT_START = new Set(
  'في من منذ بعد قبل علي الي عن مع حتي خلال رغم تزامنا حاليا اليوم امس كذلك ايضا هكذا ثم بدوره بدورها لذلك لكن لم لا لن قد ما'.split(' '),
);
