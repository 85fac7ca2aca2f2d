'use server';
import { runMutation } from '@/lib/http/action';
import { saveUser } from '@/lib/users/save-user';
import { setOwnLocale } from '@/lib/users/set-own-locale';
import { setUserDisabled } from '@/lib/users/set-user-disabled';

export async function saveUserAction(input: unknown) {
  return runMutation((db, actor) => {
    const { user, created } = saveUser(db, actor, input);
    return { id: user.id, created };
  });
}

export async function setUserDisabledAction(input: unknown) {
  return runMutation((db, actor) => setUserDisabled(db, actor, input));
}

export async function saveLocalePreferenceAction(input: unknown) {
  return runMutation((db, actor) => setOwnLocale(db, actor, input));
}
