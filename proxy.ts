import NextAuth from 'next-auth';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

// A convenience redirect to the sign-in page only: every page, action and API route checks
// the user and role itself through lib/auth.
export default auth;

export const config = {
  matcher: ['/review/:path*', '/overview/:path*', '/admin/:path*', '/settings/:path*', '/import/:path*'],
};
