/**
 * Content words of a sentence as comparable keys: light stems, and for the words that say
 * what happened (explosion, flood, offensive, depot) a bilingual concept "@explosion", so
 * an English report and an Arabic figure title can share them.
 */
import { isCountedWord } from './counted-key';
import { PLACE_WORD_STEMS } from './places';
import { isStopWord, stem, wordTokens } from './text';

const CONCEPTS: Record<string, string[]> = {
  explosion: ['explosion', 'blast', 'exploded', 'انفجار', 'انفجارا', 'تفجير', 'انفجر'],
  fuel: ['fuel', 'petrol', 'gasoline', 'وقود', 'الوقود', 'بنزين'],
  depot: ['depot', 'warehouse', 'storage', 'مستودع', 'مخزن'],
  offensive: ['offensive', 'operation', 'assault', 'attack', 'هجوم', 'عملية', 'العملية', 'الهجوم', 'اعتداء'],
  shelling: ['shelling', 'bombardment', 'قصف'],
  strike: ['strike', 'airstrike', 'raid', 'غارة', 'ضربة'],
  flood: ['flood', 'floods', 'flooding', 'floodwaters', 'فيضان', 'فيضانات', 'سيول', 'السيول'],
  dam: ['dam', 'dams', 'سد', 'سدين', 'سدود'],
  storm: ['storm', 'cyclone', 'عاصفة', 'إعصار'],
  earthquake: ['earthquake', 'quake', 'زلزال'],
  ceasefire: ['ceasefire', 'truce', 'هدنة', 'تهدئة'],
  refugee: ['refugee', 'refugees', 'لاجئ', 'لاجئين', 'نازح', 'نازحين', 'نازحا'],
  arrive: ['arrived', 'arrivals', 'crossed', 'entered', 'وصل', 'وصلوا', 'عبروا', 'دخلوا', 'وصول'],
  exodus: ['exodus', 'fled', 'نزوح', 'نزحوا', 'فروا'],
  missing: ['missing', 'مفقود', 'مفقودين', 'المفقودين', 'مفقودون'],
  soldier: ['soldier', 'soldiers', 'troops', 'جندي', 'جنود', 'جنديا', 'جنودها'],
  peacekeeper: ['peacekeepers', 'peacekeeping', 'حفظ السلام'],
  civilian: ['civilian', 'civilians', 'مدني', 'مدنيين'],
  ministry: ['ministry', 'وزارة'],
  government: ['government', 'الحكومة', 'حكومة'],
  armenian: ['armenian', 'armenians', 'الأرمن', 'الأرمينية', 'الأرميني', 'أرمني', 'أرمن'],
  azerbaijani: ['azerbaijani', 'azerbaijanis', 'الأذربيجاني', 'الأذربيجانية', 'الأذري', 'الأذرية', 'أذربيجاني', 'أذربيجانيا'],
  russian: ['russian', 'الروسية', 'الروسي'],
  un: ['un', 'united', 'nations', 'الأمم', 'المتحدة'],
};

const CONCEPT_OF = new Map<string, string>();
for (const [c, words] of Object.entries(CONCEPTS)) for (const w of words) CONCEPT_OF.set(stem(w), `@${c}`);

/** The comparable content-word keys of `text`, without duplicates. */
export function contentWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of wordTokens(text)) {
    // What is counted is compared as the counted kind; as a word it would count twice.
    if (/^\d/.test(w.text) || isStopWord(w.text) || isCountedWord(w.text)) continue;
    const s = stem(w.text);
    if (s.length < 3 || PLACE_WORD_STEMS.has(s)) continue;
    out.add(CONCEPT_OF.get(s) ?? s);
  }
  return [...out];
}

/** A content-word key as a reader would write it: a concept in the message's language, a stem as found. */
export function wordName(key: string, lang: 'ar' | 'en'): string {
  if (!key.startsWith('@')) return key;
  const forms = CONCEPTS[key.slice(1)] ?? [];
  return forms.find((f) => (lang === 'ar') === /[\u0600-\u06ff]/.test(f)) ?? key.slice(1);
}
