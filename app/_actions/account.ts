'use server';
import { runMutation } from '@/lib/http/action';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { signOutEverywhere } from '@/lib/users/sign-out-everywhere';

/** The browser that changes the password stays signed in; every other session ends. */
export async function changeOwnPasswordAction(input: unknown) {
  return runMutation((db, actor) => changeOwnPassword(db, actor, input, actor?.sessionId));
}

/** `{}` for oneself (this browser too), `{userId}` for an admin ending another user's sessions. */
export async function signOutEverywhereAction(input: unknown) {
  return runMutation((db, actor) => signOutEverywhere(db, actor, input));
}

export async function createApiTokenAction(input: unknown) {
  return runMutation((db, actor) => createApiToken(db, actor, input));
}

export async function revokeApiTokenAction(input: unknown) {
  return runMutation((db, actor) => revokeApiToken(db, actor, input));
}
