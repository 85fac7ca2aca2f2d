/**
 * What a claim counts, as a closed vocabulary a checker can read in either language. The
 * extractor's own description (an English phrase such as "civilians killed" or "tonnes of
 * aid") is mapped onto one kind here; the article's own words stay in the claim's `counted`.
 */
export interface CountedKindInfo {
  id: string;
  ar: string;
  en: string;
}

export const COUNTED_KINDS = [
  { id: 'killed', ar: 'قتلى', en: 'killed' },
  { id: 'injured', ar: 'جرحى', en: 'injured' },
  { id: 'missing', ar: 'مفقودون', en: 'missing' },
  { id: 'detained', ar: 'معتقلون وأسرى', en: 'detained' },
  { id: 'released', ar: 'مفرج عنهم', en: 'released' },
  { id: 'displaced', ar: 'نازحون', en: 'displaced' },
  { id: 'returnees', ar: 'عائدون', en: 'returnees' },
  { id: 'refugees', ar: 'لاجئون', en: 'refugees' },
  { id: 'evacuated', ar: 'من تم إجلاؤهم', en: 'evacuated' },
  { id: 'rescued', ar: 'من تم إنقاذهم', en: 'rescued' },
  { id: 'affected', ar: 'متضررون', en: 'people affected' },
  { id: 'in-need', ar: 'محتاجون', en: 'people in need' },
  { id: 'hunger', ar: 'من يواجهون الجوع', en: 'facing hunger' },
  { id: 'violations', ar: 'خروقات', en: 'violations' },
  { id: 'attacks', ar: 'هجمات', en: 'attacks' },
  { id: 'strikes', ar: 'غارات وضربات', en: 'strikes' },
  { id: 'drones-missiles', ar: 'مسيّرات وصواريخ', en: 'drones and missiles' },
  { id: 'aid-shipments', ar: 'شحنات مساعدات', en: 'aid shipments' },
  { id: 'trucks', ar: 'شاحنات', en: 'trucks' },
  { id: 'aid-money', ar: 'أموال المساعدات', en: 'aid money' },
  { id: 'meals', ar: 'وجبات', en: 'meals' },
  { id: 'aid-recipients', ar: 'مستفيدون من المساعدات', en: 'people receiving aid' },
  { id: 'shelters', ar: 'مراكز إيواء', en: 'shelters' },
  { id: 'damage', ar: 'مبانٍ ومنشآت متضررة', en: 'buildings damaged or destroyed' },
  { id: 'money', ar: 'أموال', en: 'money' },
  { id: 'places', ar: 'مناطق ومواقع', en: 'places' },
  { id: 'participants', ar: 'دول وجهات مشاركة', en: 'countries and bodies taking part' },
  { id: 'other', ar: 'أخرى', en: 'other' },
] as const satisfies readonly CountedKindInfo[];

export type CountedKind = (typeof COUNTED_KINDS)[number]['id'];

const BY_ID = new Map<string, CountedKindInfo>(COUNTED_KINDS.map((k) => [k.id, k]));

export function countedKindInfo(id: CountedKind): CountedKindInfo {
  return BY_ID.get(id)!;
}

/**
 * Rules are tried in order; the first whose pattern the description matches gives the kind. The
 * event comes before the thing ("aid workers killed" is killed, "trucks destroyed" damage).
 */
const RULES: [RegExp, CountedKind][] = [
  [/\b(killed|dead|deaths?|died|bodies|death toll|fatalities|executions|murders|assassinations|drownings|martyrs)\b/, 'killed'],
  [/\b(injured|wounded|hurt|injuries)\b/, 'injured'],
  [/\b(missing|disappear(ed|ances)?)\b/, 'missing'],
  [/\b(released|freed)\b/, 'released'],
  [/\b(detained|arrested|arrests|abducted|abductions|kidnapped|prisoners|captives|hostages|held|captured|deported)\b/, 'detained'],
  [/\b(returnees?|returned|returning)\b/, 'returnees'],
  [/\b(refugees?|asylum seekers)\b/, 'refugees'],
  [/\b(evacuated|relocated)\b/, 'evacuated'],
  [/\b(rescued|escaped)\b/, 'rescued'],
  [/\b(displaced|displacement|fled|homeless|uprooted|movements)\b/, 'displaced'],
  [/\b(ceasefire violations|violations|violated|breaches|incursions)\b/, 'violations'],
  [/\b(drones?|missiles?|rockets?|shells?|launchers|shot down|intercepted)\b/, 'drones-missiles'],
  [/\b(air ?strikes|strikes|raids|shelling|bombardments?)\b/, 'strikes'],
  [/\b(attacks|massacres|shootings|incidents|demolitions|bulldozings|attempts)\b/, 'attacks'],
  [/\b(trucks?|truckloads)\b/, 'trucks'],
  [/\b(meals|bread|rations)\b/, 'meals'],
  [/\b(shelters?|sheltered|hosted)\b/, 'shelters'],
  // Before the aid words: "people receiving aid" are people, not a shipment.
  [/\b(receiving aid|receiving care|vaccinated|reached|briefings|treated)\b/, 'aid-recipients'],
  [/\b(aid money|funding|pledged|donated|appeal)\b|percent funded/, 'aid-money'],
  [/\b(aid|convoys|shipments|parcels|airdrops|tonnes|tons|litres|liters|kitchens|bakeries|food|supplies)\b/, 'aid-shipments'],
  [/\b(in need)\b/, 'in-need'],
  [/\b(hunger|malnourished|famine)\b/, 'hunger'],
  [/\b(affected)\b/, 'affected'],
  [/\b(damaged|destroyed|demolished|flattened|housing units|homes|buildings)\b/, 'damage'],
  [/\b(dollars?|euros?|pounds|money|riyals|dinars|shekels|USD|\$)\b/, 'money'],
  [/\b(countries|organisations|organizations|delegations|states taking part|participants)\b/, 'participants'],
  [/\b(regions|provinces|places|sites|localities|states|villages|towns|areas|districts)\b/, 'places'],
];

/** The kind of the extractor's description of what is counted. */
export function countedKindOf(description: string, category?: string): CountedKind {
  const d = description.toLowerCase();
  for (const [re, kind] of RULES) {
    if (!re.test(d)) continue;
    // Money counted in a claim about aid is aid money.
    if (kind === 'money' && category === 'aid') return 'aid-money';
    return kind;
  }
  if (category === 'aid') return 'aid-shipments';
  if (category === 'displacement') return 'displaced';
  if (category === 'violations') return 'violations';
  return 'other';
}
