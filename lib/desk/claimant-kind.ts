/**
 * A first guess at whether a claimant is a person or an organisation, for ClaimReview's
 * Person / Organization, until a checker says otherwise. It reads the claimant's head
 * word, the way the phrase is built in Arabic and English news: "المتحدث باسم الوزارة"
 * is a spokesman (a person) although it names a ministry, "وزارة الصحة" is a ministry.
 * A document ("البيان", "أرقام ...") gives way to whoever follows it. Unknown heads (a bare
 * surname, a country) stay null and the checker decides; the guess is stored as the
 * claim's claimantKind only when the claim is created, never over a checker's choice.
 */
import type { ClaimantKind } from '@/lib/verdicts/claim-review-v2';
import { searchText, WORD } from './search-text';

/** Head words without the article; normalised (searchText) when the module loads. */
const PERSON = words([
  // Spokespeople, officials and titles.
  'متحدث', 'متحدثه', 'ناطق', 'ناطقه', 'وزير', 'وزيره', 'رئيس', 'رئيسه', 'مدير', 'مديره', 'حاكم', 'محافظ', 'ممثل', 'ممثله',
  'نايب', 'مندوب', 'مندوبه', 'مسوول', 'مسووله', 'مسوولون', 'مسوولين', 'مصدر', 'طبيب', 'طبيبه', 'مراسل', 'مراسلنا', 'ضيف',
  'قايممقام', 'سفير', 'سفيره', 'قايد', 'امين', 'منسق', 'منسقه', 'مستشار', 'مستشاره', 'نايبه', 'عمده', 'شاهد', 'شهود',
  'عضو', 'عضوه', 'مفوض', 'مفوضه', 'سيد', 'سيده', 'دكتور', 'دكتوره', 'لواء', 'عميد', 'عقيد', 'فريق', 'شيخ', 'ملك', 'امير', 'مبعوث', 'مبعوثه', 'مقرر', 'مقرره',
  'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'president', 'director', 'governor', 'mayor', 'official', 'officials',
  'mr', 'mrs', 'ms', 'dr', 'general', 'colonel', 'ambassador', 'envoy', 'chief', 'head', 'source', 'witness', 'doctor', 'secretary',
]);

const ORGANIZATION = words([
  'وزاره', 'منظمه', 'مكتب', 'برنامج', 'مفوضيه', 'هييه', 'جيش', 'مرصد', 'امم', 'وكاله', 'دفاع', 'شبكه', 'جماعه', 'قناه', 'اداره',
  'سلطات', 'سلطه', 'بنك', 'قياده', 'قوات', 'هلال', 'صليب', 'اتحاد', 'لجنه', 'لجان', 'مركز', 'بلديه', 'حكومه', 'خفر', 'سلاح',
  'مجلس', 'شرطه', 'وحده', 'مديريه', 'مستشفي', 'جمعيه', 'صندوق', 'محكمه', 'نقابه', 'حركه', 'حزب', 'رياسه', 'امانه', 'مؤسسه',
  'موسسه', 'صحيفه', 'وكالات', 'نادي', 'خدمه', 'دايره', 'بعثه', 'مقر', 'جبهه', 'حرس', 'كليه', 'غرفه', 'تنسيقيه', 'منظمات', 'اونروا', 'يونيسف', 'سنتكوم', 'برلمان', 'كتايب', 'فصايل', 'ميليشيا', 'مليشيا', 'جامعه',
  'ministry', 'office', 'agency', 'army', 'un', 'unicef', 'unrwa', 'unhcr', 'ocha', 'who', 'wfp', 'organization', 'organisation',
  'council', 'programme', 'program', 'committee', 'government', 'police', 'forces', 'department', 'bank', 'observatory', 'network',
  'authority', 'authorities', 'commission', 'fund', 'red', 'union', 'court', 'military', 'navy', 'coast', 'group', 'party',
]);

/** A document or a set of figures: the claimant is whoever it is attributed to. */
const DOCUMENT = words([
  'بيان', 'بيانات', 'ورقه', 'تقرير', 'تقارير', 'بلاغ', 'ارقام', 'احصاءات', 'احصاييات', 'معطيات', 'تصريحات', 'حصيله',
  'تقديرات', 'دراسه', 'شهادات',
  'statement', 'report', 'figures', 'data', 'according', 'to', 'the',
]);

function words(list: string[]): Set<string> {
  return new Set(list.map(searchText));
}

const withoutArticle = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);
const LATIN = /^[a-z]/;

export function guessClaimantKind(claimant: string | null | undefined): ClaimantKind | null {
  if (!claimant) return null;
  const list = (searchText(claimant).match(WORD) ?? []).map(withoutArticle);
  const first = list.findIndex((w) => !DOCUMENT.has(w));
  if (first === -1) return null;
  if (LATIN.test(list[first])) {
    // English puts the head last ("UN spokesperson", "Ministry of Health official"), and a
    // title after "of" names the organisation's head, not the speaker ("Office of the President").
    const person = list.some((w, i) => PERSON.has(w) && list[i - 1] !== 'of' && list[i - 1] !== 'the');
    if (person) return 'person';
    return list.some((w) => ORGANIZATION.has(w)) ? 'organization' : null;
  }
  // Arabic puts the head first: "المتحدث باسم الوزارة" is a spokesman.
  if (PERSON.has(list[first])) return 'person';
  if (ORGANIZATION.has(list[first])) return 'organization';
  return null;
}
