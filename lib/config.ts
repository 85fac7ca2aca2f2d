/** Deployment settings read from the environment, with the defaults the demo runs on. */
export const config = {
  /** The fact-checking organisation named as author of every published ClaimReview. */
  organisationName: process.env.ISNAD_ORG_NAME || 'Isnad Fact-Check Desk',
  organisationUrl: process.env.ISNAD_ORG_URL || null,
  /** Absolute origin of the public site, for ClaimReview URLs; else taken from the request. */
  publicUrl: process.env.ISNAD_PUBLIC_URL?.replace(/\/+$/, '') || null,
};
