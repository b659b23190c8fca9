import { randomInt } from 'node:crypto';
import { hashPassword, verifyPassword } from 'better-auth/crypto';

// Passwords are hashed by the authentication library (scrypt), the same way its
// sign-in checks them. Generated ones avoid characters that read alike.

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A generated password: four groups of five, about 114 bits. */
export function generatePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}

export { hashPassword, verifyPassword };
