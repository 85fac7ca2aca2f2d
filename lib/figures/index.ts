/**
 * Figure tracking, the pure core. The desk's storage and use cases call:
 *   articleContext / claimFeatures   a claim's matching features (store them with the claim)
 *   retrievalKey / candidateQuery    the indexed key and the bounded candidate fetch
 *   suggestForArticle                suggestions for all claims of an article, one fetch per distinct query
 *   suggestFigures                   rank candidate figures and earlier claims, with reasons
 *   findEarlierVerdicts              judged repeats of a claim within its figure
 *   checkArticle / checkFigure       consistency warnings (never blocking)
 *   makeFigure / figureProblems      a new figure from the checker's input
 *   summarizeFigure                  the figure page's series, range and latest values in words
 */
export type * from './types';
export { FEATURES_VERSION, articleClaimFeatures, articleContext, claimFeatures, partsOf, type ArticleContext, type ArticleInput, type ClaimInput } from './features';
export { countedKey, eventOf, groupOf } from './counted-key';
export { canonicalClaimant, claimantSimilarity, sameClaimant } from './claimant';
export { placeIds } from './places';
export { candidateQuery, claimMatchesQuery, figureMatchesQuery, figureRetrievalKey, retrievalKey, type CandidateQuery } from './retrieval';
export { MIN_SCORE, suggestFigures, type Candidates, type SuggestOptions } from './suggest';
export { suggestForArticle, type ArticleSuggestOptions } from './suggest-article';
export { findEarlierVerdicts, type EarlierVerdict } from './earlier-verdicts';
export { breakdowns, checkArticle, checkFigure, warningsFor, type Breakdown } from './consistency';
export { figureProblems, makeFigure, type FigureInput, type FigureProblem } from './figure-input';
export { summarizeFigure, type FigureClaim, type FigureSummary, type Series, type SeriesPoint } from './figure-summary';
