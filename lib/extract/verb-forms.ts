/**
 * The written forms of a verb as unvowelled news text has them: past and present, singular,
 * dual and plural, both genders, and "we". The passive is spelled like the active (قُتل، يُقتل),
 * so one list reads both.
 */
import { normalizeKey } from './normalize';

/**
 * "قتل/يقتل" → قتل قتلت قتلوا قتلا قتلتا قتلن قتلنا يقتل تقتل يقتلون يقتلان يقتلن. A past ending
 * in ي (normalised ى: قضى، لقي، توفي) drops it before و and keeps or drops it before ت (قضت،
 * لقيت); a present ending in ي drops it before ون (يتوفون).
 */
export function conjugate(spec: string): string[] {
  const [pastRaw, presentRaw] = spec.split('/');
  const past = normalizeKey(pastRaw);
  const out = [past];
  if (past.endsWith('ي')) {
    const root = past.slice(0, -1);
    out.push(`${root}ت`, `${past}ت`, `${root}وا`, `${past}ا`, `${root}تا`, `${past}تا`, `${past}ن`);
  } else {
    out.push(`${past}ت`, `${past}وا`, `${past}ا`, `${past}تا`, `${past}ن`, `${past}نا`);
  }
  if (presentRaw) {
    const present = normalizeKey(presentRaw);
    const stem = present.endsWith('ي') ? present.slice(0, -1) : present;
    out.push(present, `ت${present.slice(1)}`, `${stem}ون`, `${present}ان`, `${present}ن`);
  }
  return out;
}

/** Every form of every verb in a space-separated list of "past/present" specs. */
export function conjugateAll(specs: string): string[] {
  return specs.split(' ').flatMap(conjugate);
}

/**
 * A test for every written form of some verbs, with "و" or "ف" before it or not, for the rules
 * that name a few verbs ("رصد/يرصد وثق/يوثق") rather than spelling out a pattern of their forms.
 * `extra` adds words that are no conjugation (تم، جرى).
 */
export function verbTest(specs: string, extra: readonly string[] = []): (word: string) => boolean {
  const forms = new Set([...conjugateAll(specs), ...extra.map(normalizeKey)]);
  return (word) => forms.has(word) || (/^[وف]/.test(word) && forms.has(word.slice(1)));
}
