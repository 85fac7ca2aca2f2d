/**
 * Place names in a sentence or an article, as ids that compare across Arabic and English:
 * a small gazetteer (each place with its Arabic and English spellings and the region it
 * lies in), then names the text itself marks as places: Arabic after مدينة/بلدة/منطقة...,
 * English capitalised names after in/near/from. Unknown names get the id "name:<normalised>".
 */
import { normalizeKey } from '../extract/normalize';
import { stem, wordTokens } from './text';

interface Place {
  id: string;
  /** The region it lies in, so "Stepanakert" also speaks of "Karabakh". */
  in?: string;
  names: string[];
}

const GAZETTEER: Place[] = [
  { id: 'karabakh', in: 'azerbaijan', names: ['ناغورنو قره باغ', 'ناغورني قره باغ', 'قره باغ', 'قرة باغ', 'كاراباخ', 'Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Artsakh', 'آرتساخ'] },
  { id: 'stepanakert', in: 'karabakh', names: ['ستيباناكيرت', 'ستيباناكرت', 'خانكندي', 'Stepanakert', 'Khankendi'] },
  { id: 'shusha', in: 'karabakh', names: ['شوشا', 'شوشي', 'Shusha', 'Shushi'] },
  { id: 'martakert', in: 'karabakh', names: ['مارتاكيرت', 'ماردكرت', 'مارتاكرت', 'Martakert', 'Aghdara'] },
  { id: 'lachin', in: 'azerbaijan', names: ['لاتشين', 'ممر لاتشين', 'Lachin'] },
  { id: 'armenia', names: ['أرمينيا', 'ارمينيا', 'Armenia'] },
  { id: 'yerevan', in: 'armenia', names: ['يريفان', 'Yerevan'] },
  { id: 'goris', in: 'armenia', names: ['غوريس', 'Goris'] },
  { id: 'azerbaijan', names: ['أذربيجان', 'اذربيجان', 'Azerbaijan'] },
  { id: 'baku', in: 'azerbaijan', names: ['باكو', 'Baku'] },
  { id: 'yevlakh', in: 'azerbaijan', names: ['يفلاخ', 'Yevlakh'] },
  { id: 'libya', names: ['ليبيا', 'Libya'] },
  { id: 'derna', in: 'libya', names: ['درنة', 'درنه', 'Derna', 'Darna'] },
  { id: 'benghazi', in: 'libya', names: ['بنغازي', 'Benghazi'] },
  { id: 'tripoli', in: 'libya', names: ['طرابلس', 'Tripoli'] },
  { id: 'gaza', in: 'palestine', names: ['قطاع غزة', 'غزة', 'Gaza Strip', 'Gaza'] },
  { id: 'rafah', in: 'gaza', names: ['رفح', 'Rafah'] },
  { id: 'khan-younis', in: 'gaza', names: ['خان يونس', 'Khan Younis', 'Khan Yunis'] },
  { id: 'west-bank', in: 'palestine', names: ['الضفة الغربية', 'West Bank'] },
  { id: 'jenin', in: 'west-bank', names: ['جنين', 'Jenin'] },
  { id: 'lebanon', names: ['لبنان', 'Lebanon'] },
  { id: 'beirut', in: 'lebanon', names: ['بيروت', 'Beirut'] },
  { id: 'syria', names: ['سوريا', 'سورية', 'Syria'] },
  { id: 'aleppo', in: 'syria', names: ['حلب', 'Aleppo'] },
  { id: 'idlib', in: 'syria', names: ['إدلب', 'ادلب', 'Idlib'] },
  { id: 'sudan', names: ['السودان', 'Sudan'] },
  { id: 'khartoum', in: 'sudan', names: ['الخرطوم', 'Khartoum'] },
  { id: 'darfur', in: 'sudan', names: ['دارفور', 'Darfur'] },
  { id: 'el-fasher', in: 'darfur', names: ['الفاشر', 'El Fasher', 'El-Fasher'] },
  { id: 'yemen', names: ['اليمن', 'Yemen'] },
  { id: 'iraq', names: ['العراق', 'Iraq'] },
  { id: 'ukraine', names: ['أوكرانيا', 'اوكرانيا', 'Ukraine'] },
  { id: 'russia', names: ['روسيا', 'Russia'] },
  { id: 'turkey', names: ['تركيا', 'Turkey', 'Türkiye'] },
  { id: 'egypt', names: ['مصر', 'Egypt'] },
];

/** Normalised token sequences to place ids, longest first. */
const NAMES: { tokens: string[]; id: string }[] = [];
const PARENT = new Map<string, string>();
for (const p of GAZETTEER) {
  if (p.in) PARENT.set(p.id, p.in);
  for (const n of p.names) NAMES.push({ tokens: n.split(/[\s-]+/).map(key), id: p.id });
}
NAMES.sort((a, b) => b.tokens.length - a.tokens.length);
const FIRST = new Map<string, { tokens: string[]; id: string }[]>();
for (const n of NAMES) {
  const list = FIRST.get(n.tokens[0]) ?? [];
  list.push(n);
  FIRST.set(n.tokens[0], list);
}

function key(w: string): string {
  // "Turkey's health ministry" names Turkey.
  return /[\u0600-\u06ff]/.test(w) ? normalizeKey(w) : w.toLowerCase().replace(/['’]s$/, '');
}

/**
 * Compass regions ("شمال غرب سوريا", "the northwest"): two tolls of one country are often
 * told apart by nothing else. Only the compound ones: "شرق ليبيا" is the whole east of a
 * country, too wide to tell one figure from another.
 */
const AR_DIRECTIONS: Record<string, string> = { شمال: 'north', جنوب: 'south', شرق: 'east', غرب: 'west' };
const EN_COMPOUND = /^(north|south)-?(east|west)(ern)?$/;

function arDirection(k: string): string | undefined {
  return AR_DIRECTIONS[k.replace(/^(و|ف)?(ب|ل)?(ال)?/, '').replace(/ي$/, '')];
}

/** A compound direction at keys[i] ("شمال غربي", "الشمال الغربي", "north-west"): its id and length. */
function directionAt(keys: string[], i: number): { id: string; length: number } | null {
  const en = EN_COMPOUND.exec(keys[i]);
  if (en) return { id: `dir:${en[1]}${en[2]}`, length: 1 };
  if (keys[i] === 'north' || keys[i] === 'south') {
    const next = /^(east|west)(ern)?$/.exec(keys[i + 1] ?? '');
    if (next) return { id: `dir:${keys[i]}${next[1]}`, length: 2 };
  }
  const first = arDirection(keys[i]);
  const second = i + 1 < keys.length ? arDirection(keys[i + 1]) : undefined;
  if ((first === 'north' || first === 'south') && (second === 'east' || second === 'west')) return { id: `dir:${first}${second}`, length: 2 };
  return null;
}

/** Arabic clitics a place name can carry: وفي غزة، بدرنة، لأرمينيا، والخرطوم. */
const AR_CLITIC = /^(و|ف)?(ب|ل|ك)?/;

/** A word that introduces a place in Arabic. */
const AR_PLACE_NOUNS = new Set(
  ['مدينة', 'مدينه', 'بلدة', 'قرية', 'منطقة', 'منطقتي', 'محافظة', 'ولاية', 'إقليم', 'مخيم', 'حي', 'ضاحية', 'وادي', 'معبر', 'ممر', 'مقاطعة'].map(
    (w) => normalizeKey(w).replace(AR_CLITIC, ''),
  ),
);
const EN_PLACE_LEAD = new Set(['in', 'near', 'from', 'into', 'to', 'across', 'outside', 'around']);
const EN_NOT_PLACE = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** Light stems of every gazetteer name's words: content-word matching leaves places to placeIds. */
export const PLACE_WORD_STEMS: ReadonlySet<string> = new Set(GAZETTEER.flatMap((p) => p.names.flatMap((n) => n.split(/[\s-]+/).map(stem))));

/** A country-level place (no region above it in the gazetteer). */
export function isCountry(id: string): boolean {
  return !id.startsWith('name:') && !id.startsWith('dir:') && !PARENT.has(id);
}

const DISPLAY = new Map(
  GAZETTEER.map((p) => [
    p.id,
    { ar: p.names.find((n) => /[\u0600-\u06ff]/.test(n)) ?? p.id, en: p.names.find((n) => /[A-Za-z]/.test(n)) ?? p.id },
  ]),
);

const DIRECTION_NAMES: Record<string, { ar: string; en: string }> = {
  northwest: { ar: 'الشمال الغربي', en: 'the northwest' },
  northeast: { ar: 'الشمال الشرقي', en: 'the northeast' },
  southwest: { ar: 'الجنوب الغربي', en: 'the southwest' },
  southeast: { ar: 'الجنوب الشرقي', en: 'the southeast' },
};

/** A place id as a reader would write it, in Arabic or English ("name:" ids as found). */
export function placeName(id: string, lang: 'ar' | 'en'): string {
  if (id.startsWith('name:')) return id.slice(5);
  if (id.startsWith('dir:')) return DIRECTION_NAMES[id.slice(4)]?.[lang] ?? id.slice(4);
  return DISPLAY.get(id)?.[lang] ?? id;
}

export function placeParent(id: string): string | undefined {
  return PARENT.get(id);
}

/** The place ids named in `text`, gazetteer entries with their regions, then marked names. */
export function placeIds(text: string): string[] {
  const words = wordTokens(text);
  const keys = words.map((w) => key(w.text));
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const id = gazetteerAt(keys, i);
    if (id) {
      found.add(id.id);
      for (let p = PARENT.get(id.id); p; p = PARENT.get(p)) found.add(p);
      i += id.length - 1;
      continue;
    }
    const dir = directionAt(keys, i);
    if (dir) {
      found.add(dir.id);
      i += dir.length - 1;
      continue;
    }
    const k = keys[i].replace(AR_CLITIC, '');
    if (AR_PLACE_NOUNS.has(k) && i + 1 < keys.length) {
      const next = keys[i + 1];
      // "إقليم الحوز"، "مدينة الفاشر": names often carry the article; "المنطقة" itself does not follow.
      if (/[\u0600-\u06ff]/.test(next) && !gazetteerAt(keys, i + 1) && next.replace(/^ال/, '').length >= 3 && !AR_PLACE_NOUNS.has(next.replace(/^ال/, ''))) found.add(`name:${next}`);
      continue;
    }
    // English: capitalised words after a place preposition ("in Martuni", "near Goris").
    if (EN_PLACE_LEAD.has(keys[i]) && i + 1 < words.length) {
      const names: string[] = [];
      let j = i + 1;
      if (keys[j] === 'the') j++;
      while (j < words.length && /^[A-Z][a-z]/.test(words[j].text) && !EN_NOT_PLACE.has(words[j].text)) names.push(keys[j++]);
      if (names.length && !gazetteerAt(keys, i + 1)) found.add(`name:${names.join(' ')}`);
    }
  }
  return [...found];
}

function gazetteerAt(keys: string[], i: number): { id: string; length: number } | null {
  for (const variant of [keys[i], keys[i].replace(AR_CLITIC, '')]) {
    const list = FIRST.get(variant);
    if (!list) continue;
    for (const n of list) {
      let ok = true;
      for (let j = 1; j < n.tokens.length; j++) if (keys[i + j] !== n.tokens[j]) ok = false;
      if (ok) return { id: n.id, length: n.tokens.length };
    }
  }
  return null;
}
