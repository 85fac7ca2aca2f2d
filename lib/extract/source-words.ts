/** The small words around a source's name: what ends it, what wraps it, what it is told to. */
import { wordSet } from './word-forms';

/**
 * Verbal nouns that open the object of a statement: "أعلنت الوزارة ارتفاع…"، "أفادت مصادر بسقوط…"،
 * "أعلن الجيش اعتراض 30 صاروخا". Left out: those that also name bodies (مكتب تنسيق، وكالة إغاثة،
 * وزارة الدفاع، مركز استقبال، حركة فتح).
 */
export const OBJECT_MASDARS = wordSet(
  (
    'ارتفاع وصول دخول سقوط انخفاض تراجع بلوغ تجاوز وقوع تسجيل استمرار اعتراض إسقاط تدمير استهداف ' +
    'إطلاق انتشال إدخال إجلاء إخلاء دفن توزيع تقديم إرسال تبادل إفراج ضبط تحييد تنفيذ اقتحام هدم ' +
    'شن ضرب قصف عودة نزوح توقيف تخصيص استعادة تسليم توفير منح صرف وجود تفاقم حدوث'
  ).split(' '),
  { clitics: true },
);

/** Who a transitive verb is done to, right after its subject: دعت الوكالة المانحين، ناشد المجتمع الدولي. */
export const ADDRESSED = wordSet(
  'المانحين المانحة المجتمع الأطراف الطرفين الجانبين السلطات الحكومة الجماعة الحركة الدول الجميع الوكالة الصحفيين الصحافيين المراسلين'.split(' '),
  { clitics: false },
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
const SETTINGS = wordSet(
  (
    'بيان بيانات تصريح تصريحات مؤتمر مقابلة حديث تغريدة منشور خطاب كلمة رسالة تقرير اجتماع إحاطة ' +
    'جلسة إفادة وقت أعقاب ختام رد سياق حين مستهل ذات تسجيل فيديو مداخلة لقاء ساعة ساعات تقارير ' +
    'تقييم تحديث دراسة مسح إحصائية نشرة تحليل بوست تدوينة'
  ).split(' '),
  { definite: true },
);

const POSSESSIVE = /(هما|هم|هن|ها|ه)$/;

/** A setting, also with a possessive: في بيانه، في تقريرها، في كلمته (كلمة + ه). */
export const SETTING_NOUNS = {
  has(word: string): boolean {
    if (SETTINGS.has(word)) return true;
    const stem = word.replace(POSSESSIVE, '');
    if (stem === word || stem.length < 3) return false;
    return SETTINGS.has(stem) || (stem.endsWith('ت') && SETTINGS.has(`${stem.slice(0, -1)}ه`));
  },
};

/** "لوكالة…"، "للصحافيين": who was told, not who told. */
const AUDIENCE = wordSet(
  (
    'وكالة قناة صحيفة تلفزيون إذاعة موقع شبكة وسائل صحفيين صحافيين صحافة صحفي مراسل جزيرة عربية رويترز فرانس ' +
    'أناضول سبوتنيك شينخوا إندبندنت'
  ).split(' '),
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
/** Cues whose ل belongs to them, not to the source: وفقاً لـ، طبقاً لـ، في تصريح لـ. */
export const LAM_CUES = new Set(['وفقا', 'طبقا', 'استنادا', 'تصريح', 'تصريحات', 'حديث', 'مقابله', 'كلمه']);

/** Where a subject before its verb starts: after these words, or at punctuation. */
export const CLAUSE_OPENERS = new Set(
  'لكن ولكن لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم بينما فيما كما حيث اذ ثم بل او ام ان انه انها انهم انهن بان بانه بانها بانهم بانهن وان وانه وانها وانهم و ف اما الا'.split(' '),
);
/** A phrase before a verb that starts with one of these is an adverbial, not a subject. */
export const NOT_SUBJECT_START = new Set(
  'في من منذ بعد قبل علي الي عن مع حتي خلال رغم تزامنا حاليا اليوم امس كذلك ايضا هكذا ثم بدوره بدورها لذلك لكن لم لا لن قد ما'.split(' '),
);
