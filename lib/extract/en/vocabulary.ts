/**
 * The English words that say what a number counts and what befell it, in the vocabulary of
 * conflict and humanitarian reporting. Nouns are listed in the singular and the plural.
 */
import type { Category } from '../types';

export interface EnNoun {
  /** people: what befell them says what they are; thing: counted for itself. */
  kind: 'people' | 'thing' | 'money' | 'measure';
  label: string;
  category: Category;
  /** A thing that counts only in a sentence about aid ("tonnes", "litres"). */
  aidOnly?: boolean;
  /** Says itself what befell those counted ("survivors", "bodies"): a claim with no verb near. */
  self?: boolean;
  /** Counts only in a sentence about taking part ("42 countries" that attended). */
  participants?: boolean;
  /** Counts only in a sentence about drones or missiles ("over 9 regions"). */
  military?: boolean;
  /** Animals: killed and lost like people, counted as things. */
  animate?: boolean;
  /** Counts only in a sentence about a disease ("23,500 suspected cases of cholera"). */
  disease?: boolean;
  /** Counts only in a sentence about a ceasefire or its violations ("including 400 explosions"). */
  ceasefire?: boolean;
}

const people = (label: string, category: Category = 'other'): EnNoun => ({ kind: 'people', label, category });
const thing = (label: string, category: Category, aidOnly = false): EnNoun => ({ kind: 'thing', label, category, aidOnly });

const NOUNS: Record<string, EnNoun> = {};
function add(words: string, noun: EnNoun) {
  for (const w of words.split(' ')) NOUNS[w] = noun;
}
add('people person persons individuals civilians civilian residents resident inhabitants', people('people'));
add('children child kids minors boys girls babies infants boy girl baby infant', people('children'));
add('women woman men man', people('people'));
add('palestinians israelis ukrainians russians sudanese syrians yemenis lebanese afghans somalis rohingya iraqis haitians', people('people'));
add('protesters demonstrators activists suspects opponents dissidents', people('people'));
// "two Afghan nationals", "foreigners": people named by their citizenship.
add('nationals citizens foreigners expatriates', people('people'));
// Who a village raid or a crowd crush befalls: "seven villagers were killed", "five pupils".
add('villagers villager locals pupils fans spectators worshippers mourners farmers fishermen herders traders commuters inmates colleagues relatives neighbours neighbors', people('people'));
add('survivors', { kind: 'people', label: 'survivors rescued', category: 'other', self: true });
add('countries nations delegations organisations organizations agencies', { kind: 'thing', label: 'countries and organisations taking part', category: 'other', participants: true });
add('soldiers soldier troops servicemen serviceman servicemembers fighters fighter militants militant combatants insurgents gunmen attackers militiamen commanders commander auxiliaries terrorists jihadists rebels extremists separatists secessionists guerrillas bandits assailants elements', people('fighters'));
add('cases', { kind: 'thing', label: 'disease cases', category: 'other', disease: true });
add('police officers policemen personnel staff employees workers miners journalists reporters staffers doctors nurses medics paramedics volunteers teachers students patients pilgrims passengers crew rescuers responders policeman officer worker journalist doctor nurse medic volunteer rescuer', people('people'));
add('others other', people('people'));
add('members', people('people'));
add('families family households', people('families'));
add('migrants asylum-seekers', people('migrants'));
add('arrivals arrivals newcomers', { kind: 'people', label: 'arrivals', category: 'displacement', self: true });
add('villages towns neighbourhoods neighborhoods', thing('buildings', 'other'));
add('regions provinces oblasts districts localities locations areas', { kind: 'thing', label: 'places', category: 'other', military: true });
add('refugees refugee', people('refugees', 'displacement'));
add('idps', people('displaced people', 'displacement'));
add('returnees', people('returnees', 'displacement'));
add('casualties victims', people('casualties', 'casualties'));
add('bodies corpses', people('killed', 'casualties'));
add('deaths fatalities dead lives killings homicides murders executions hangings', people('killed', 'casualties'));
add('hostages captives prisoners detainees pows pow', people('detained', 'casualties'));
// "21,000 detentions have been made": arrests counted as events are people detained.
add('detentions arrests', people('detained', 'casualties'));
add('trucks truck lorries truckloads truckload', thing('trucks', 'aid'));
add('convoys convoy shipments shipment consignments', thing('aid shipments', 'aid'));
add('airdrops', thing('airdrops', 'aid'));
add('meals', thing('meals', 'aid'));
add('aircraft planes flights airlifts ships', thing('aid flights and ships', 'aid', true));
add('shelters shelter', thing('shelters', 'aid'));
add('kitchens bakeries', thing('aid kitchens', 'aid'));
add('tents blankets kits parcels rations', thing('aid items', 'aid'));
// "formed 1,471 medical teams": response teams, counted only after a word of the response (see the extractor).
add('teams', thing('response teams', 'aid'));
add('tonnes tons litres liters pallets', thing('tonnes of aid', 'aid', true));
add('drones drone uavs missiles missile rockets rocket shells projectiles', thing('drones and missiles', 'other'));
// "dropped three bombs on the village": bombs an aircraft drops are strikes.
add('bombs bomb firebombs', thing('bombs dropped', 'violations'));
add('airstrikes air-strikes strikes strike raids bombardments', thing('strikes', 'violations'));
add('attacks attack massacres incidents shootings abductions kidnappings', thing('attacks', 'violations'));
add('violations violation breaches incursions', thing('violations', 'violations'));
// "ceasefire violations including nearly 400 explosions": blasts a monitor counts are violations.
add('explosions blasts', { kind: 'thing', label: 'violations', category: 'violations', ceasefire: true });
add('livestock cattle goats sheep cows camels poultry animals', { kind: 'thing', label: 'livestock lost', category: 'other', animate: true });
add('buildings building homes houses vehicles cars schools hospitals facilities structures apartments shops stores markets mosques churches clinics bridges farms institutions centres centers ambulances', thing('buildings', 'other'));

/** "dollars", "euros": money, which is aid money in a sentence about aid. */
const MONEY = new Set([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'usd', 'shekels', 'riyals', 'dirhams', 'francs',
  // "a 3.7 million Swiss franc appeal", "3 billion Philippine pesos": other currencies of appeals and damage.
  'franc', 'chf', 'pesos', 'peso', 'rupees', 'shillings', 'naira', 'yen', 'yuan', 'dinars', 'liras', 'hryvnias', 'birr', 'taka',
]);

/** Nouns of time, distance and age that a number measures and no claim counts. */
export const MEASURES = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'feet', 'percent',
  'am', 'pm', 'gmt', 'utc', 'st', 'nd', 'rd', 'th', 'times', 'read',
]);

/** "six Eritreans", "five Pakistanis": a people named by their country, which no list can hold whole. */
const DEMONYM = /^[A-Z][a-z]{2,}(?:ans|is|ese)$/;
const DEMONYM_PEOPLE: EnNoun = { kind: 'people', label: 'people', category: 'other' };
export function demonymOf(text: string): EnNoun | null {
  return DEMONYM.test(text) ? DEMONYM_PEOPLE : null;
}

export function nounOf(lower: string): EnNoun | null {
  if (MONEY.has(lower)) return { kind: 'money', label: 'money', category: 'other' };
  return NOUNS[lower] ?? null;
}

export interface EnEvent {
  label: string;
  category: Category;
  /** Befalls things (buildings damaged) rather than people. */
  things?: boolean;
}

const EVENTS: Record<string, EnEvent> = {};
function ev(words: string, event: EnEvent) {
  for (const w of words.split(' ')) EVENTS[w] = event;
}
ev('killed kill kills killing dead died die dies deaths death toll fatalities perished massacred massacre slain executed drowned buried neutralized neutralised hanged', { label: 'killed', category: 'casualties' });
ev('wounded wound wounds wounding injured injuring injure injuries hurt hospitalized hospitalised treated', { label: 'injured', category: 'casualties' });
ev('missing disappeared', { label: 'missing', category: 'casualties' });
ev('detained arrested abducted kidnapped captured imprisoned jailed held detaining arresting abducting kidnapping', { label: 'detained', category: 'casualties' });
// "200 soldiers have been exchanged": prisoners swapped are released.
ev('released freed exchanged swapped', { label: 'released', category: 'casualties' });
ev('displace confined confine confinement displaced displacement displacing abandoned driven leaving ashore landed disembarked adrift fled fleeing flee escaping uprooted homeless crossed crossing pouring arriving arrived arrive arrives influx', { label: 'displaced', category: 'displacement' });
ev('returned returning return', { label: 'returned', category: 'displacement' });
ev('evacuated relocated evacuating evacuate evacuates relocating', { label: 'evacuated', category: 'displacement' });
ev('deported expelled', { label: 'deported', category: 'displacement' });
ev('rescued rescue rescuing pulled pull', { label: 'rescued', category: 'other' });
// "a boat carrying 20 migrants", "42 miners working underground": people aboard or below ground.
ev('aboard onboard carrying underground', { label: 'aboard', category: 'other' });
ev('trapped', { label: 'trapped', category: 'other' });
ev('damaged damage destroyed flattened demolished razed hit uninhabitable burned burnt torched looted', { label: 'damaged', category: 'other', things: true });
ev('downed intercepted launched fired', { label: 'launched or downed', category: 'violations', things: true });
// "attacked 58 medical facilities": places struck.
ev('attacked targeted shelled bombed', { label: 'attacked', category: 'violations', things: true });
ev('entered delivered distributed served provided reached received supplied hosting hosts sheltering housing fed', { label: 'receiving aid', category: 'aid' });
ev('lost loss losses swept', { label: 'damaged', category: 'other', things: true });
ev('affected affecting', { label: 'affected', category: 'other' });
ev('hunger starvation famine malnourished malnutrition insecurity starving', { label: 'facing hunger', category: 'aid' });
ev('vaccination assist reaching assisting assisted supported helped feeding vaccinate vaccinated vaccinating immunized immunised', { label: 'receiving aid', category: 'aid' });
ev('movements', { label: 'displaced', category: 'displacement' });

export function eventOf(lower: string): EnEvent | null {
  return EVENTS[lower] ?? null;
}

/** Words that make a sentence about aid. */
export const AID_WORDS = new Set([
  'aid', 'humanitarian', 'relief', 'supplies', 'food', 'assistance', 'donated', 'pledged', 'funding', 'appeal', 'shelters',
  'meals', 'convoy', 'convoys', 'delivery', 'deliveries', 'trucks', 'unrwa', 'wfp', 'unicef', 'diesel', 'fuel', 'appealed',
  'funds', 'donors',
  // "has earmarked 30 million yuan for search and rescue": money set aside for relief.
  'earmarked',
]);
/** Words that make a sentence about an outbreak, whose cases count. */
export const DISEASE_WORDS = new Set([
  'cholera', 'measles', 'malaria', 'dengue', 'covid', 'covid-19', 'outbreak', 'epidemic', 'infection', 'infections', 'disease', 'virus',
  'diarrhoea', 'diarrhea', 'ebola', 'mpox', 'diphtheria', 'polio', 'suspected', 'confirmed',
]);
/** Words that make a sentence about drones and missiles, whose regions count. */
export const MILITARY_WORDS = new Set([
  'drones', 'drone', 'missiles', 'missile', 'downed', 'intercepted', 'air', 'defence', 'defense', 'shahed',
  // Places counted where famine or displacement is: "27 localities facing famine".
  'famine', 'hunger', 'displaced', 'displacement',
]);
/** Words that make a sentence about a meeting that countries or bodies take part in. */
export const PARTICIPATION_WORDS = new Set([
  'representatives', 'attended', 'attending', 'participants', 'participating', 'participated', 'took', 'joined', 'signatories',
  'delegates', 'delegations', 'gathered', 'members',
]);
/** Words that make a sentence about displacement, where "people" counted with no verb near are the displaced. */
export const DISPLACEMENT_WORDS = new Set([
  'refugee', 'refugees', 'displaced', 'displacement', 'returnees', 'idps', 'fled', 'fleeing', 'influx', 'arrivals', 'evacuees',
  'asylum', 'asylum-seekers', 'flow',
  // "98,000 people remained in 364 evacuation centres".
  'evacuation',
]);
/** Words that make a sentence about captivity, where those who "return" or are "returned" were released. */
export const CAPTIVITY_WORDS = new Set([
  'prisoners', 'prisoner', 'pows', 'pow', 'captives', 'captivity', 'captive', 'hostages', 'detainees', 'exchange', 'swap', 'exchanged', 'swapped',
]);
export const CEASEFIRE_WORDS = new Set(['ceasefire', 'truce', 'cease-fire', 'violations', 'breaches']);
