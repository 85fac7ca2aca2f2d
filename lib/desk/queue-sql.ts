/**
 * The SQL twins of the queue predicates in queues.ts, as WHERE fragments over `claims c`
 * for the keyset-paginated claim list. Plain SQL both engines accept (window functions,
 * EXISTS, no engine-only functions); bind the named parameters with the driver's syntax.
 * queue-sql.test.ts runs them on SQLite against the predicates over random histories, so
 * the list and the rules cannot drift apart. Timestamps are compared as stored (ms).
 *
 * Two assumptions the use cases keep: claims.explanation is stored trimmed, blank as NULL
 * (optionalText does that), and claims.updated_at >= claims.created_at.
 */

const VERDICTS = `('verified', 'disputed', 'false', 'misleading', 'unverifiable')`;

/** Each reviewer's standing verdict per claim: put it in a WITH clause. */
export const LATEST_VERDICTS_CTE = `latest_verdicts AS (
  SELECT claim_id, actor_id, to_status AS verdict FROM (
    SELECT claim_id, actor_id, to_status,
           row_number() OVER (PARTITION BY claim_id, actor_id ORDER BY id DESC) AS rn
    FROM review_events
    WHERE kind = 'status_changed' AND actor_id IS NOT NULL AND to_status IN ${VERDICTS}
  ) standing WHERE rn = 1)`;

/** The publication the public sees now, as `p` (all NULL when none): put it after FROM claims c. */
export const CURRENT_PUBLICATION_JOIN = `LEFT JOIN verdict_publications p
  ON p.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = c.id) AND p.action = 'publish'`;

const ACTIVE_EVIDENCE = `EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.removed_at IS NULL)`;

const CHANGED_SINCE_PUBLICATION = `(p.id IS NOT NULL AND (c.content_version > p.claim_version OR EXISTS (
  SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND (e.added_at > p.published_at OR e.removed_at > p.published_at))))`;

export const QUEUE_SQL = {
  judgedWithoutEvidence: `(c.status IN ('verified', 'disputed', 'false', 'misleading') AND NOT ${ACTIVE_EVIDENCE})`,

  reviewersDisagree: `(p.id IS NULL AND c.id IN (
  SELECT claim_id FROM latest_verdicts GROUP BY claim_id HAVING count(DISTINCT verdict) > 1))`,

  /** :cutoff = now - N days, in ms. */
  untouched: `(c.status IN ('unreviewed', 'in_review') AND c.updated_at < :cutoff
  AND coalesce((SELECT max(r.created_at) FROM review_events r WHERE r.claim_id = c.id), c.updated_at) < :cutoff)`,

  changedSincePublication: CHANGED_SINCE_PUBLICATION,

  /** :editorId = the viewing editor; :requireSecondReviewer = 1 or 0. */
  readyToPublish: `(c.status IN ${VERDICTS} AND c.explanation IS NOT NULL
  AND (c.status = 'unverifiable' OR ${ACTIVE_EVIDENCE})
  AND (:requireSecondReviewer = 0 OR EXISTS (SELECT 1 FROM latest_verdicts v
       WHERE v.claim_id = c.id AND v.actor_id <> :editorId AND v.verdict = c.status))
  AND (p.id IS NULL OR ${CHANGED_SINCE_PUBLICATION}))`,
} as const;

/** "Needs attention": any of the four. */
export const NEEDS_ATTENTION_SQL = `(${QUEUE_SQL.judgedWithoutEvidence} OR ${QUEUE_SQL.reviewersDisagree}
  OR ${QUEUE_SQL.untouched} OR ${QUEUE_SQL.changedSincePublication})`;
