// The address rule beyond the browser's own `type=email` check (which accepts `a@b`): a dot in the
// domain, a TLD of two letters or more, no dots at the edges of the local part (zod's "practical" rule).
const ADDRESS = /^(?:[\w'+-]+\.)*[\w'+-]*[\w+-]@(?:[A-Za-z\d][A-Za-z\d-]*\.)+[A-Za-z]{2,}$/;

/** Whether the form will send `email` (already trimmed): at most 254 characters (RFC 5321). */
export const isSendableEmail = (email: string): boolean => email.length <= 254 && ADDRESS.test(email);
