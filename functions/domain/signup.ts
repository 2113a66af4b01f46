// A sign-up's life: confirmed while there are places, otherwise waiting in order of arrival; a
// cancellation frees its places for the first on the waiting list.
export const signupStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export type SignupStatus = (typeof signupStatuses)[number];
