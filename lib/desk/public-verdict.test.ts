import { describe, expect, it } from 'vitest';
import { publicationSnapshot, publicVerdictView } from './public-verdict';

const claim = {
  id: 9,
  status: 'misleading',
  explanation: '  The figure counts every district, not only the city.  ',
  rationale: 'INTERNAL: Layla thinks the ministry is padding numbers',
  assigneeId: 4,
  quote: '120 قتيلا',
  start: 10,
  end: 18,
  value: 120,
  qualifier: null,
  counted: 'قتلى',
  category: 'casualties',
  claimant: 'وزارة الصحة',
  claimantKind: 'organization' as const,
};
const evidence = [
  { url: 'https://un.example/r', title: 'UN report', stance: 'contradicts' as const, note: 'INTERNAL: called the office', addedBy: 3 },
  { url: 'https://old.example', title: null, stance: 'supports' as const, note: null, removedAt: new Date() },
];

describe('publicationSnapshot', () => {
  it('keeps what the public sees and nothing internal', () => {
    const snap = publicationSnapshot(claim, evidence)!;
    expect(snap).toEqual({
      verdict: 'misleading',
      explanation: 'The figure counts every district, not only the city.',
      claim: { quote: '120 قتيلا', start: 10, end: 18, value: 120, qualifier: null, counted: 'قتلى', category: 'casualties', claimant: 'وزارة الصحة', claimantKind: 'organization' },
      evidence: [{ url: 'https://un.example/r', title: 'UN report', stance: 'contradicts' }],
    });
    expect(JSON.stringify(publicVerdictView(snap))).not.toMatch(/INTERNAL|rationale|assignee|addedBy/);
  });

  it('has nothing to publish without a verdict or an explanation', () => {
    expect(publicationSnapshot({ ...claim, status: 'in_review' }, evidence)).toBeNull();
    expect(publicationSnapshot({ ...claim, explanation: '   ' }, evidence)).toBeNull();
  });

  it('shows the preview exactly as the page will, with the public name and rating', () => {
    const view = publicVerdictView(publicationSnapshot(claim, evidence)!);
    expect(view.label).toEqual({ ar: 'مضلِّل', en: 'Misleading' });
    expect(view.ratingValue).toBe(2);
    expect(publicVerdictView(JSON.parse(JSON.stringify(publicationSnapshot(claim, evidence))))).toEqual(view);
  });
});
