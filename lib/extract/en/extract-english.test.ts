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
