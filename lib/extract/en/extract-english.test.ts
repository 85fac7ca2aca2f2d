import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.claimant]);

describe('English reports through the one entry point', () => {
  it('is not empty for an English wire story', () => {
    const text = 'At least 14 people were killed in the shelling of a market on Friday, the regional governor said.';
    const [claim] = extractClaims(text);
    expect(claim).toMatchObject({ value: 14, qualifier: 'at least', category: 'casualties', claimant: 'regional governor', countedKind: 'killed' });
    expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it.each([
    ['a participle after the number', 'The clinic treated 40 wounded overnight, a nurse said.', [[40, 'casualties', 'nurse']]],
    ['a bare number and its passive verb', 'Three were killed and nine were injured, officials said.', [[3, 'casualties', 'officials'], [9, 'casualties', 'officials']]],
    ['a verb of harm before the number', 'The raid killed at least 12 and wounded dozens, police said.', [[12, 'casualties', 'police']]],
    ['a toll the number rises to', 'The death toll from the flood rose to 63, the agency said.', [[63, 'casualties', 'agency']]],
    ['number words valued by compromise', 'Two dozen families were displaced by the fighting, the mayor said.', [[24, 'displacement', 'mayor']]],
    ['a scale word after digits', 'About 1.2 million people have fled their homes, the UN refugee agency said.', [[1200000, 'displacement', 'UN refugee agency']]],
    ['trucks in a sentence about aid', 'According to the relief office, 85 trucks of aid crossed on Tuesday.', [[85, 'aid', 'relief office']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a year and a date', 'The war began on 7 October 2023 and talks resumed in March 2024.'],
    ['a clock time and furniture', 'Updated 10:52 AM. 1 Min Read'],
    ['a duration and an age', 'He spent 15 months in prison and was aged 34.'],
    ['a count of nothing a checker reviews', 'The committee has 12 members and meets twice a year.'],
  ])('finds no claim in %s', (_, text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  it('gives the headline and the body one claim, the source from the body', () => {
    const text = 'Storm kills 8 in coastal villages: officials\n\nEight people died when the storm hit the coast on Sunday, the interior ministry said.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ value: 8, claimant: 'interior ministry', claimantKind: 'organization' });
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('takes a quotation over several sentences to the cue that closes it', () => {
    const text = '"Six houses were destroyed. 20 families fled the village," the village head said.';
    expect(read(text)).toEqual([
      [6, 'other', 'village head'],
      [20, 'displacement', 'village head'],
    ]);
  });

  it('takes "he" and "it" back to the last person or body named as a source', () => {
    const text = 'The health ministry said 30 patients were evacuated. Its spokesman Ali Omar said 5 more died on the way. "We buried 4 of them," he said.';
    const claims = extractClaims(text);
    expect(claims.map((c) => c.claimant)).toEqual(['health ministry', 'spokesman Ali Omar', 'spokesman Ali Omar']);
    expect(claims[1].claimantKind).toBe('person');
  });

  it('spells out an acronym the report defines', () => {
    const text = 'The World Food Programme (WFP) warned of famine. Some 2 million people face hunger, WFP said.';
    expect(extractClaims(text)[0]).toMatchObject({ claimant: 'WFP', claimantCanonical: 'World Food Programme' });
  });
});

/**
 * Patterns that published English reports showed (our own wording, not theirs): wire copy at
 * teletype width, elliptical counts, counts listed before a shared verb, and releases that speak
 * in the first person for the body issuing them.
 */
describe('patterns from published English reports', () => {
  it('reads wire copy kept at its line width as running sentences', () => {
    const text = [
      'Both sides traded accusations on Sunday over the shelling of',
      'border villages despite the truce, with the regional office saying',
      'three civilians and one',
      'soldier had been killed overnight in the district, a week after',
      'the deadliest clashes in months. Talks are due to resume in the',
      'capital next week, officials from both delegations told reporters.',
    ].join('\n');
    expect(read(text).map(([v, c]) => [v, c])).toEqual([
      [3, 'casualties'],
      [1, 'casualties'],
    ]);
  });

  it.each([
    ['people escaping, not only fleeing', 'More than 4,000 people escaping clashes in the north crossed the border this week, the refugee agency said.', [[4000, 'displacement', 'refugee agency']]],
    ['people counted in a sentence about refugees', 'As the influx of refugees grows, the camp expects a daily average of 500 people, its manager said.', [[500, 'displacement', 'manager']]],
    ['both ends of a range written with "to"', 'Families arrive at a pace of 300 to 400 people a week, a spokeswoman said.', [[300, 'displacement', 'spokeswoman'], [400, 'displacement', 'spokeswoman']]],
    ['a figure the people before it "total"', 'Refugees from the border villages, who now total about 2,300, sleep in two schools, the mayor said.', [[2300, 'displacement', 'mayor']]],
    ['a rate after a count, taking what it counts', 'The refugees now number 12,000 and their ranks grow by 600 a day, the agency said.', [[12000, 'displacement', 'agency'], [600, 'displacement', 'agency']]],
    ['a part after "including" with no noun of its own', 'Air raids killed 18 people, including 6 in the market town, and wounded 40 others, the health office said.', [[18, 'casualties', 'health office'], [6, 'casualties', 'health office'], [40, 'casualties', 'health office']]],
    ['a part after "including" sharing the verb of the whole', 'Strikes on the port killed nine people including three girls, and injured 25 others, the ministry said.', [[9, 'casualties', 'ministry'], [3, 'casualties', 'ministry'], [25, 'casualties', 'ministry']]],
    ['a count for another year left elliptical', 'The monitor said 40 journalists were detained in 2022; 55 in 2023.', [[40, 'casualties', 'monitor'], [55, 'casualties', 'monitor']]],
    ['people listed before the verb they share', 'The charity said one medic, a driver, two of his cousins and an elderly neighbour had been killed.', [[1, 'casualties', 'charity']]],
    ['a list with a part in it before its verb', 'Eleven staff members and 4 patients, including two children, were killed, the clinic said.', [[11, 'casualties', 'clinic'], [4, 'casualties', 'clinic'], [2, 'casualties', 'clinic']]],
    ['a sentence going on with the one before ("These include")', 'A survey by the UN found 150 homes damaged. These include 12 structures left uninhabitable, and the displacement of 9 families.', [[150, 'other', 'survey by the UN'], [12, 'other', 'survey by the UN'], [9, 'displacement', 'survey by the UN']]],
    ['a verb before its speaker after a quotation', '"We could bring in 9 tonnes of food this week," explained Maria Lopez, head of the office.', [[9, 'aid', 'Maria Lopez']]],
    ['a headline naming its source after the counts', 'Nearly 2 million displaced, 300 killed, claims Oxfam', [[2000000, 'displacement', 'Oxfam'], [300, 'casualties', 'Oxfam']]],
    ['a sentence adverb before "it"', 'The ministry said 20 people were killed. Separately, it reported five rescuers killed in the village.', [[20, 'casualties', 'ministry'], [5, 'casualties', 'ministry']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives a body its own release: its dateline, then "we" and what no one else says', () => {
    const text =
      'NAIROBI, 3 March 2021 (UNICEF) – Some 40,000 children received nutrition supplements in the camps this week. ' +
      'Since January we have delivered 120 tonnes of therapeutic food. The district has 3 hospitals, a local official said.';
    expect(read(text)).toEqual([
      [40000, 'aid', 'UNICEF'],
      [120, 'aid', 'UNICEF'],
    ]);
  });

  it('takes a release without a dateline to the body it names most, when it speaks as "our"', () => {
    const text = 'MSF teams at the district hospital received 85 wounded people on Sunday. Our surgeons operated on 30 of them through the night, MSF staff in the town said later.';
    expect(read(text)[0]).toEqual([85, 'casualties', 'MSF']);
  });

  it('names no issuer for a news agency dateline', () => {
    expect(read('GAZA (Reuters) - Some 20 people were killed in strikes overnight.')).toEqual([[20, 'casualties', null]]);
  });
});

describe('patterns from published English reports, second batch', () => {
  it.each([
    ['a name with digits in it is no count', 'Rebels of the K12 movement seized the town and 40 families fled, the mayor said.', [[40, 'displacement', 'mayor']]],
    ['"a half million"', 'Before the offensive the district held over a half million displaced people, according to the UN.', [[500000, 'displacement', 'UN']]],
    ['a quotation going on after a line of bare marks', '"They came at dawn," Captain Omar Ali told reporters.\n|\n"We chased them and killed 7 of them."', [[7, 'casualties', 'Captain Omar Ali']]],
    ['sentences going on with a source two sentences back', 'According to the survey, 80,000 people were displaced in the region. Of these, 50,000 fled the capital. Furthermore, 9,000 people remain displaced by the earlier floods.', [[80000, 'displacement', 'survey'], [50000, 'displacement', 'survey'], [9000, 'displacement', 'survey']]],
    ['aircraft carrying aid', 'The government is sending food and tents aboard six military aircraft.', [[6, 'aid', null]]],
    ['a count, then a hedge, then what befell it', 'The Red Crescent said 900 people are dead, with another 1,100 reported as still missing. As many as 3,000 are believed dead.', [[900, 'casualties', 'Red Crescent'], [1100, 'casualties', 'Red Crescent'], [3000, 'casualties', null]]],
    ['a toll that could exceed a figure', 'He said the dead could exceed 4,000 in the city alone.', [[4000, 'casualties', 'He']]],
    ['"said that" holding a sentence over a verb of telling inside it', 'Two nurses said that the militia had told families in the camp, which was hosting over 5,000 people, to leave.', [[5000, 'aid', 'nurses']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves out the headlines of other articles under "Keep reading"', () => {
    const text = 'Keep reading\nlist of 3 items\nSeven miners killed in a landslide in the north\nFloods cut off two villages\n\nThe agency said 15 people were injured in the blast.\nAlso read | Four soldiers killed at a checkpoint';
    expect(read(text)).toEqual([[15, 'casualties', 'agency']]);
  });

  it('takes "claims responsibility" for no source, and the body restating the standfirst for the same claim', () => {
    const text = 'Depot attacked in the east\nArmed group claims responsibility after nine policemen die in attack on depot.\n\nGunmen killed at least nine policemen at the fuel depot, a police officer told reporters.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[9, 'police officer', 2]]);
  });

  it('reads a dateline of a headquarters and a field office as a release of the body it names most', () => {
    const text =
      'Geneva/Juba – More than 20,000 people have been displaced by the clashes, hampering relief work by the World Health Organization (WHO). ' +
      'WHO teams also vaccinated children. It is estimated that 1.1 million people need health assistance.';
    expect(read(text)).toEqual([
      [20000, 'displacement', 'WHO'],
      [1100000, 'aid', 'WHO'],
    ]);
  });

  it('gives a figure restated with "affecting" and "affected" one claim', () => {
    const text = 'Rains flooded the valley, affecting over 12,000 people. In the first week, floods affected around 12,000 people, the agency said.';
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.value, c.category, c.mentions.length])).toEqual([[12000, 'other', 2]]);
  });
});

describe('patterns from published English reports, third batch', () => {
  it.each([
    ['a toll rising to a figure far after it', 'The death toll from a series of powerful storms in the northern provinces rose sharply again on Friday to more than 900, a ministry spokesman said.', [[900, 'casualties', 'ministry spokesman']]],
    ['a headline toll with no verb', 'Death toll from floods now more than 300: officials', [[300, 'casualties', 'officials']]],
    ['people "said to be" injured, a passive naming no one', 'The toll climbed to 61, with 240 people said to be injured, according to figures from the provincial government.', [[61, 'casualties', 'figures from the provincial government'], [240, 'casualties', 'figures from the provincial government']]],
    ['villages destroyed', 'Officials said three villages were completely destroyed.', [[3, 'other', 'Officials']]],
    ['"one" standing for a boat named before', 'The captain left the boat for another one as it sank, survivors said.', []],
    ['people counted as the speakers of a verb of speech', 'Two survivors told reporters the boat had capsized at night.', []],
    ['a breakdown of the subject after the copula', 'The survivors are 30 men, 12 women and five children, the agency said.', [[30, 'other', 'agency'], [12, 'other', 'agency'], [5, 'other', 'agency']]],
    ['a participle before the noun it describes', 'Four kidnapped Nigerian students have been shot dead, the governor said.', [[4, 'casualties', 'governor']]],
    ['"the number leaving", and "an estimated" no verb of reporting', 'Monitors recorded a rise in the number leaving the camps, from about 300 last year to an estimated 1,900 this year.', [[300, 'displacement', 'Monitors'], [1900, 'displacement', 'Monitors']]],
    ['an abbreviation with full stops in a source', 'About 40 people are feared missing, U.N. agencies said.', [[40, 'casualties', 'U.N. agencies']]],
    ['"the statement said" at the end of a sentence', 'The 900 refugees who arrived were more than before, the statement said.', [[900, 'displacement', 'statement']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, fourth batch (disaster statistics)', () => {
  it.each([
    ['"As per" a source, like "according to"', 'As per the agency report, a total of 120 people died in the north and 45 in the south.', [[120, 'casualties', 'agency report'], [45, 'casualties', 'agency report']]],
    ['"lost their lives" as deaths', 'In the past day, nine people lost their lives in the landslides, the authority said.', [[9, 'casualties', 'authority']]],
    ['figures glued to "lives", and animals killed', 'The rains caused the loss of at least 75lives and killed 1,200 livestock, officials said.', [[75, 'casualties', 'officials'], [1200, 'other', 'officials']]],
    ['parts "of which" destroyed, with an adverb and no noun', 'The water swept away 90 houses, of which, 30 were completely destroyed and 60 partially.', [[90, 'other', null], [30, 'other', null], [60, 'other', null]]],
    ['two figures sharing the noun after the second', 'The clashes led to the displacement of 4,210 and 980 people in the east, the agency said.', [[4210, 'displacement', 'agency'], [980, 'displacement', 'agency']]],
    ['a bracketed figure counting the people before it', 'Thousands fled the raids, with children making up a large share (2,140), the agency said.', [[2140, 'displacement', 'agency']]],
    ['a compound adjective saying what befell them', 'Some 6,500 flood-affected families need shelter, the ministry said.', [[6500, 'other', 'ministry']]],
    ['people forced to flee', 'Almost half a million have been forced to flee since the fighting began.', [[500000, 'displacement', null]]],
    ['a verb of abandoning', 'In the east, 2,000 people abandoned their villages, the report said.', [[2000, 'displacement', 'report']]],
    ['a document source over "from"', 'According to reports from the provincial disaster authority (PDA), some 3,000 people were displaced.', [[3000, 'displacement', 'reports from the provincial disaster authority (PDA)']]],
    ['"according to" opening a paragraph speaks for the sentences after it', 'According to the relief agency, 14 people died overnight. Floods also injured 30 people, of which, 20 in the capital.', [[14, 'casualties', 'relief agency'], [30, 'casualties', 'relief agency'], [20, 'casualties', 'relief agency']]],
    ['"the number of" things', 'The number of houses destroyed has now exceeded 12,000.', [[12000, 'other', null]]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, fifth batch (outbreaks and military communiqués)', () => {
  it.each([
    ['cases in a sentence about an outbreak', 'Nearly 9,000 suspected cases of measles have been recorded in the camps, the health agency said.', [[9000, 'other', 'health agency']]],
    ['no cases outside one', 'The court heard 12 cases this week.', []],
    ['a plan to vaccinate', 'Agencies plan to vaccinate 2.4 million people in the coming weeks.', [[2400000, 'aid', null]]],
    ['a sentence run on after a full stop with no space', 'The ministry gave no toll.An envoy said 70,000 people need urgent aid.', [[70000, 'aid', 'envoy']]],
    ['fighters "neutralized", "terrorists" and auxiliaries', 'According to the army, more than 25 terrorists were neutralized and the attackers killed six auxiliaries.', [[25, 'casualties', 'army'], [6, 'casualties', 'army']]],
    ['a quotation closing on the number before its noun', 'A resident estimated that "around twenty" fighters were killed.', [[20, 'casualties', 'resident']]],
    ['an editor\'s insert in brackets after a number', 'When 8 [now 9] soldiers get killed, it creates fear, the mayor said.', [[8, 'casualties', 'mayor']]],
    ['a source after the date it spoke on', 'Twelve soldiers were killed in the attack, announced Tuesday, May 2 the general staff in a press release.', [[12, 'casualties', 'general staff']]],
    ['people driven from their homes', 'The insurgency has driven nearly 300,000 people from their homes.', [[300000, 'displacement', null]]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, sixth batch (appeals, shipwrecks, attacks on health care)', () => {
  it.each([
    ['an acronym spelled like "who" after an opening phrase', 'Since the fighting began, WHO has recorded 40 attacks on clinics.', [[40, 'violations', 'WHO']]],
    ['"estimate that" with a subject running on into a place', 'Red Cross response teams on the ground in the worst hit coastal districts of the north estimate that 3,000 homes were destroyed.', [[3000, 'other', 'Red Cross response teams']]],
    ['a lead of one sentence speaking for the details after it', 'A dam burst in the valley overnight, the Red Cross said on Monday.\n\nThe water swept away the bridge, killing at least 21 people.', [[21, 'casualties', 'Red Cross']]],
    ['a source that gave no figure speaking for the next sentence', 'The ministry said the shelling lasted all night. Another 30 people were wounded in the town.', [[30, 'casualties', 'ministry']]],
    ['an appeal in Swiss francs', 'The federation launched a 2.5 million Swiss franc appeal for the flood victims.', [[2500000, 'aid', null]]],
    ['damage to houses after a toll in the same sentence', 'The storm caused 12 deaths and damage to over 5,000 houses.', [[12, 'casualties', null], [5000, 'other', null]]],
    ['people staying in evacuation centres', 'Nearly 8,000 people remained in evacuation centres on Sunday.', [[8000, 'displacement', null]]],
    ['those a verb of aid reaches, whatever befell them', 'The money will help volunteers assist 9,000 people affected by the storm.', [[9000, 'aid', null]]],
    ['rescue in the base form', 'The coast guard was able to rescue 140 people from the sea.', [[140, 'other', null]]],
    ['rescue naming what rescues', 'The navy sent two rescue boats and 40 divers to the wreck.', []],
    ['a death not known is people missing', '60 migrants missing in wreck: agency\n\nSome 60 migrants may have drowned off the coast, the agency said.', [[60, 'casualties', 'agency']]],
    ['vaccination as aid', 'A vaccination campaign is targeting over 90,000 people living in displacement camps.', [[90000, 'aid', null]]],
    ['peoples named by their country', 'Among the dead were seven Guineans and four Malians, the agency said.', [[7, 'casualties', 'agency'], [4, 'casualties', 'agency']]],
    ['people lost at sea', 'About 30 migrants were lost at sea, a survivor said.', [[30, 'casualties', 'survivor']]],
    ['the bodies of a further number', 'Divers recovered the bodies of another 11 on Friday.', [[11, 'casualties', null]]],
    ['a definite count taking up one given before', 'Officials said nine people died. Besides the nine deaths, 20 people were hurt, officials said.', [[9, 'casualties', 'Officials'], [20, 'casualties', 'officials']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a dateline of two offices with its date as a release of the body it names most', () => {
    const text = 'Nairobi/Geneva, 3 March 2021: Today the IFRC launched an appeal to reach 5,000 families hit by the floods. The IFRC appeal runs for a year.';
    expect(read(text)).toEqual([[5000, 'aid', 'IFRC']]);
  });

  it('takes "we" inside a quotation to the speaker the quotation names', () => {
    const text = '“Some 900 homes were destroyed and we estimate that the number will rise,” said Ana Cruz, head of the mission.';
    expect(read(text)[0]).toEqual([900, 'other', 'Ana Cruz']);
  });
});

describe('patterns from published English reports, seventh batch (mine monitors, an ombudsman, separatist attacks)', () => {
  it.each([
    ['a report that "reveals", named by who released it', 'A report released by the Mine Action and Victim Assistance Monitor on Monday reveals that 640 people were killed.', [[640, 'casualties', 'Mine Action and Victim Assistance Monitor']]],
    ['"claimed" lives is a toll, not a claim; the source after "according to"', 'The war has claimed more than 9,000 lives, according to the Crisis Centre.', [[9000, 'casualties', 'Crisis Centre']]],
    ['"reports" as a noun before "and"', 'At least 30 people died in the floods, an official said, adding that early reports and calls suggested more.', [[30, 'casualties', 'official']]],
    ['a rank is no count', 'It was one of the deadliest raids this year, the police said.', []],
    ['forced to displace, in the base form', 'The office reported that 7,000 farmers were forced to displace from their land.', [[7000, 'displacement', 'office']]],
    ['communities confined by the fighting', 'Some 60 families were confined to their village by the clashes, the office said.', [[60, 'displacement', 'office']]],
    ['killings counted', 'The rights office recorded 120 killings in the province.', [[120, 'casualties', 'rights office']]],
    ['houses burned', 'The attackers left 15 houses burned, the mayor said.', [[15, 'other', 'mayor']]],
    ['a verb in the writer\'s quotation marks', 'The army said 8 rebels were "neutralized" in the clash.', [[8, 'casualties', 'army']]],
    ['a breakdown of casualties after the copula', 'Most of the casualties were civilians, while 45 were police officers, the monitor said.', [[45, 'casualties', 'monitor']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, eighth batch (a stampede, a mine blast, El Fasher, a wildfire, Myanmar air strikes)', () => {
  it.each([
    ['a part "of the injured"', 'Three of the injured flown out overnight remain in a serious state, the clinic said.', [[3, 'casualties', 'clinic']]],
    ['people taken to hospital are injured', 'Medics said more than 40 were taken to hospital after the crush.', [[40, 'casualties', 'Medics']]],
    ['trapped and given up for dead', 'Two men died and another 6 were trapped and feared dead when the shaft collapsed.', [[2, 'casualties', null], [6, 'casualties', null]]],
    ['bombs dropped', 'A plane dropped four bombs on the market, a village elder said.', [[4, 'violations', 'village elder']]],
    ['a title with a stop inside the name', 'Nine fighters were wounded, according to Lt. Aung Min, a commander.', [[9, 'casualties', 'Lt. Aung Min']]],
    ['"and" between capitalised words of a body after "according to"', 'Some 3,000 people have died, according to the Centre for Peace and Conflict Research.', [[3000, 'casualties', 'Centre for Peace and Conflict Research']]],
    ['figures compiled by a body', 'Over 1,200 civilians have been killed, according to data gathered by local monitors.', [[1200, 'casualties', 'local monitors']]],
    ['two sources joined by "and" after a comma', 'The raid killed 12 villagers, residents and a local official said.', [[12, 'casualties', 'residents and a local official']]],
    ['"reports" before a verb of speech is the noun', 'A shell hit the school, killing five pupils, witnesses and news reports said.', [[5, 'casualties', 'witnesses and news reports']]],
    ['"of whom" a part of the people before', 'The fire forced the evacuation of 9,000 people, of whom 700 remain in shelters.', [[9000, 'displacement', null], [700, 'displacement', null]]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a page\'s "More:" link to another article is no claim', () => {
    const text = 'Officials said 20 homes were destroyed.\n\nMore:Blaze in the hills kills 31\n\nCrews worked through the night.';
    expect(read(text)).toEqual([[20, 'other', 'Officials']]);
  });
});

describe('patterns from published English reports, ninth batch (Lebanon ministry tolls, Hajj heat deaths, UNICEF on Yemen, Goma)', () => {
  it.each([
    ['people in critical condition are injured', 'Of the wounded, three were in critical condition, the clinic said.', [[3, 'casualties', 'clinic']]],
    ['"of whom" in critical condition', 'The blast injured 30 people, four of whom are in a serious condition, the governor said.', [[30, 'casualties', 'governor'], [4, 'casualties', 'governor']]],
    ['a toll given again by the same body named less fully', "Jordan's interior ministry said six people drowned. Later the interior ministry said that six people died in the flood.", [[6, 'casualties', "Jordan's interior ministry"]]],
    ['"informed" as a verb of reporting', 'A consul informed reporters that 40 of the dead were from his country.', [[40, 'casualties', 'consul']]],
    ['a passive of reporting names the reporter', 'It was reported by local radio that 12 fishermen are missing.', [[12, 'casualties', 'local radio']]],
    ['children out of school', 'Over 3 million children are out of school, the agency said.', [[3000000, 'other', 'agency']]],
    ['no access to safe water as a need', 'About 5 million people do not have access to safe water, the agency said.', [[5000000, 'aid', 'agency']]],
    ['"the number of X killed … is N" after a lead with no source', 'Nine children have died since May. "The number of children killed this month is 9," the envoy said.', [[9, 'casualties', 'envoy']]],
    ['a name with particles before a long apposition, and "told" followed by whom', '"We have found 300 bodies," Anna van der Berg, head of the relief mission in the eastern province, told a briefing.', [[300, 'casualties', 'Anna van der Berg']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a body named with its acronym in the text is no dateline of a release', () => {
    const text = 'About 50 people were killed in the fighting.\n\nThe Office of the Prosecutor (OTP) urged restraint.\n\nSo far 70 bodies have been found in the river.';
    expect(read(text).map((c) => c[2])).toEqual([null, null]);
  });
});

describe('patterns from published English reports, tenth batch (Ukrainian governors, Gaza ministry tolls, WFP shortfalls)', () => {
  it.each([
    ['a part of missiles "shot down"', 'The army said the enemy fired six missiles, three of which were shot down.', [[6, 'other', 'army'], [3, 'other', 'army']]],
    ['people counted by sex before a noun', 'The blast wounded three female and one male workers, the mayor said.', [[3, 'casualties', 'mayor'], [1, 'casualties', 'mayor']]],
    ['a second age after "aged"', 'Two women aged 33 and 52 died in the shelling, the governor said.', [[2, 'casualties', 'governor']]],
    ['people in hospital and people treated', '"Five of them are in local hospitals. Two were treated on site," the mayor said.', [[5, 'casualties', 'mayor'], [2, 'casualties', 'mayor']]],
    ['places attacked, and put out of service', 'Officials said raiders attacked 14 clinics, and some 9 hospitals were forced out of service.', [[14, 'other', 'Officials'], [9, 'other', 'Officials']]],
    ['institutions destroyed', 'The spokesman said the raids destroyed 40 health institutions.', [[40, 'other', 'spokesman']]],
    ['"leaving" a count at risk is no displacement', 'Cuts have left the agency short, leaving over 2 million people at risk of hunger, the agency warned.', [[2000000, 'aid', 'agency']]],
    ['reports "by" a body name it', 'Later reports by the regional council said that 12 drones were launched overnight.', [[12, 'other', 'regional council']]],
    ['a name with an Arabic article before its apposition', 'Omar al-Farouq, the spokesman of the ministry, said 210 people were injured.', [[210, 'casualties', 'Omar al-Farouq, spokesman of the ministry']]],
    ['"continued" closing a quotation', '"The raids left 30 nurses dead," the director continued.', [[30, 'casualties', 'director']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, eleventh batch (capsized boats, gold-mine collapses, UNHCR on arrivals)', () => {
  it.each([
    ['people on board', 'The sheriff said 25 Haitians were on board the boat.', [[25, 'other', 'sheriff']]],
    ['a boat carrying people, in a sentence naming food', 'A dinghy carrying 14 migrants flipped, and they lost their food and water, the paper reported.', [[14, 'other', 'paper']]],
    ['people pulled from rubble', 'Rescuers managed to pull 9 people from the mud, the official said.', [[9, 'other', 'official']]],
    ['the bodies of people named by a noun', 'Teams recovered the bodies of three girls and one boy, the agency said.', [[3, 'casualties', 'agency'], [1, 'casualties', 'agency']]],
    ['the lives of people claimed', 'The collapse may have claimed the lives of up to 20 individuals, the minister said.', [[20, 'casualties', 'minister']]],
    ['miners underground', 'About 30 miners were working underground when the shaft gave way, the mayor said.', [[30, 'other', 'mayor']]],
    ['rescuing colleagues', 'A digger said he saw volunteers rescue three colleagues.', [[3, 'other', 'digger']]],
    ['a total the count before brings', 'Some 900 people crossed last week, bringing the total there to 4,100, the agency said.', [[900, 'displacement', 'agency'], [4100, 'displacement', 'agency']]],
    ['people entering a named place', 'On Monday alone, 1,200 Sudanese entered Adre town, the agency said.', [[1200, 'displacement', 'agency']]],
    ['people with wounds', 'Three refugees with bullet wounds were taken in, the agency said.', [[3, 'casualties', 'agency']]],
    ['a massacre of people', 'Arrivals said they fled after the massacre of over 300 people in the town.', [[300, 'casualties', 'Arrivals']]],
    ['"so far reports vary" is no source; the quote\'s speaker is', '"So far reports vary between 2,000 and 5,000 people who crossed," said Ana Ruiz, the spokeswoman.', [[2000, 'displacement', 'Ana Ruiz'], [5000, 'displacement', 'Ana Ruiz']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a large figure given again close by, worded otherwise, is one claim', () => {
    const text = 'Up to 20,000 refugees may have crossed in two days, the agency said. "We think 20,000 people have crossed," said its spokeswoman.';
    expect(read(text)).toEqual([[20000, 'displacement', 'agency']]);
  });
});

describe('patterns from published English reports, twelfth batch (ADF attacks in Beni, Kenyan floods)', () => {
  it.each([
    ['an editor\'s "(Adds …)" note is no speaker', '(Updates toll) LAGOS, May 2 (Reuters) - At least 12 people died in the fire, a police spokesman said.', [[12, 'casualties', 'police spokesman']]],
    ['abducting as detaining', 'The raiders burned a truck before abducting four farmers, the chief said.', [[4, 'casualties', 'chief']]],
    ['a part "out of the" whole', 'The army says seven out of the militia\'s nine commanders have been killed.', [[7, 'casualties', 'army'], [9, 'casualties', 'army']]],
    ['"among the victims"', 'Two nurses were among the victims, the hospital said.', [[2, 'casualties', 'hospital']]],
    ['"according to its toll" is the body named before', 'The Kivu monitor said attacks rose. A total of 210 people have died, according to its toll.', [[210, 'casualties', 'Kivu monitor']]],
    ['a list of places, each figure in brackets', 'The agency said floods displaced people in Kitui (1,200 displaced), Embu (800) and Meru (450).', [[1200, 'displacement', 'agency'], [800, 'displacement', 'agency'], [450, 'displacement', 'agency']]],
    ['a person who made an appeal is its source', 'The society\'s head, Jane Moraa, made an appeal for $2 million in aid.', [[2000000, 'aid', 'Jane Moraa']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('"READ ALSO:" opens another article\'s headline', () => {
    expect(read('Six people were killed, officials said.\nREAD ALSO: Two dead, five missing after bus plunges\nThe army arrived later.')).toEqual([[6, 'casualties', 'officials']]);
  });
});

describe('patterns from published English reports, thirteenth batch (amnesties and arrests, landslides, ceasefire monitors)', () => {
  it.each([
    ['a body\'s signed statement announcing a quoted figure', 'Colonel Min Thu, a deputy minister, signed a statement announcing "812 inmates will be freed on Friday."', [[812, 'casualties', 'Colonel Min Thu, deputy minister']]],
    ['detentions counted as events', 'The monitor said more than 9,000 detentions have been recorded since the coup.', [[9000, 'casualties', 'monitor']]],
    ['people still in jail', 'The rights group said about 4,500 people remain in jail.', [[4500, 'casualties', 'rights group']]],
    ['people held behind bars', 'Lawyers said 300 students are still behind bars.', [[300, 'casualties', 'Lawyers']]],
    ['"one of the people …" before a name counts nothing', 'One of the people queuing, Mya Win, told reporters she had waited all night.', []],
    ['a figure set between commas after a toll\'s noun', 'The group said 40 reporters were killed. About a third of those deaths, 13, happened in one country.', [[40, 'casualties', 'group'], [13, 'casualties', 'group']]],
    ['"of those" goes on with the source of the sentence before', 'Deaths in the region fell to 6, according to the annual survey.\nOne province accounted for four of those deaths.', [[6, 'casualties', 'annual survey'], [4, 'casualties', 'annual survey']]],
    ['a participle clause after the subject is no speaker', 'The agency\'s yearly review, published on Monday, shows that 75 aid workers died.', [[75, 'casualties', "agency's yearly review"]]],
    ['buildings buried, before and after the verb', 'The mudslide buried 14 homes, the county said. Rescuers dug toward 9 houses buried by rocks.', [[14, 'other', 'county'], [9, 'other', null]]],
    ['burying buildings as a participle', 'Heavy rain set off a slide, burying 30 houses in the hamlet, the agency said.', [[30, 'other', 'agency']]],
    ['an earlier toll with a time word after it', 'The province raised its previous death toll of 21 earlier on Thursday to 28.', [[21, 'casualties', null], [28, 'casualties', null]]],
    ['"at 16 with 19 injured": each count its own harm, the time after the speaker cut', 'Officials late Monday put the number of dead at 16 with 19 injured.', [[16, 'casualties', 'Officials'], [19, 'casualties', 'Officials']]],
    ['evacuating villages of residents', 'The county began forcibly evacuating two villages of some 6,000 residents.', [[6000, 'displacement', 'county']]],
    ['money earmarked for rescue', 'The government has earmarked 50 million yuan for the search, the broadcaster said.', [[50000000, 'aid', 'broadcaster']]],
    ['explosions counted by a ceasefire monitor', 'The mission recorded more ceasefire violations, including about 250 explosions near the town.', [[250, 'violations', 'mission']]],
    ['explosions outside a ceasefire are no count', 'Residents said they heard two explosions before dawn.', []],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, fourteenth batch (prisoner swaps, cyclones, executions)', () => {
  it.each([
    ['POWs as prisoners', 'The two sides each handed back 60 POWs, officials said.', [[60, 'casualties', 'officials']]],
    ['soldiers of two nations exchanged', 'More than 120 Georgian and Armenian soldiers were exchanged on Sunday, the mediators said.', [[120, 'casualties', 'mediators']]],
    ['returning home after a swap is release, not return from displacement', 'After the prisoner swap, 85 servicemen were returning home, the ministry said.', [[85, 'casualties', 'ministry']]],
    ['a name after "while" before its apposition', 'The army said it freed 40 captives, while Olena Koval, the governor\'s adviser, confirmed that 38 prisoners were freed.', [[40, 'casualties', 'army'], [38, 'casualties', 'Olena Koval, governor\'s adviser']]],
    ['people without power', 'About 2 million people were without power in the coastal districts, officials said.', [[2000000, 'aid', 'officials']]],
    ['hanged and executions', 'The state has hanged at least 90 people this year, a monitor said. It counted 120 executions last year.', [[90, 'casualties', 'monitor'], [120, 'casualties', 'monitor']]],
    ['"But" goes on with the sentence before', 'The groups said 40 were executed for murder.\nBut at least 12 others were executed for drug offences.', [[40, 'casualties', 'groups'], [12, 'casualties', 'groups']]],
    ['nationals as people, a part of those before', 'The monitor said 20 men, including three Pakistani nationals, were executed.', [[20, 'casualties', 'monitor'], [3, 'casualties', 'monitor']]],
    ['lakhs', 'The floods affected 12.5 lakh people, the minister said.', [[1250000, 'other', 'minister']]],
    ['medical teams formed', 'The ministry said it formed 230 medical teams for the storm.', [[230, 'aid', 'ministry']]],
    ['teams with no word of a response are no count', 'The league said 20 teams will play next season.', []],
    ['a headline\'s figure given again in other words is one claim', 'Rivals Swap 90 POWs\nThe two countries swapped 90 prisoners of war on Friday.', [[90, 'casualties', null]]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('patterns from published English reports, fifteenth batch (migrants intercepted at sea, aid workers killed)', () => {
  it.each([
    ['people intercepted at sea are no missiles downed', 'The agency said 410 migrants were intercepted and returned last week.', [[410, 'other', 'agency']]],
    ['people picked up at sea', 'Since January, patrol boats picked up 9,800 from the sea, according to the agency.', [[9800, 'other', 'agency']]],
    ['"the figure of N" for the count before', 'The 150 medics killed this year were twice last year\'s figure of 75, the office said.', [[150, 'casualties', 'office'], [75, 'casualties', 'office']]],
    ['a long capitalised name before "said" and a date after it', 'Some 90 aid workers were killed in 2023, the Office for the Coordination of Humanitarian Affairs (OCHA) said on Monday, on Aid Day.', [[90, 'casualties', 'Office for the Coordination of Humanitarian Affairs (OCHA)']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
