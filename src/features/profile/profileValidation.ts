import type { SenderDetails } from '../../domain/appeal';

export type ProfileField = keyof SenderDetails;
export type ProfileError = 'nameRequired' | 'addressRequired' | 'emailFormat';
export type ProfileErrors = Partial<Record<ProfileField, ProfileError>>;

// Deliberately loose: it catches a missing "@" or domain, and leaves the rest to the mail app.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the details a member typed; an empty object when a letter can be signed. */
export function validateProfile(details: SenderDetails): ProfileErrors {
  const errors: ProfileErrors = {};
  if (!details.name.trim()) errors.name = 'nameRequired';
  if (!details.address.trim()) errors.address = 'addressRequired';
  const email = details.email.trim();
  if (email && !EMAIL_PATTERN.test(email)) errors.email = 'emailFormat';
  return errors;
}

/** The details as they are stored: without the stray spaces a phone keyboard leaves behind. */
export function tidyProfile(details: SenderDetails): SenderDetails {
  return {
    name: details.name.trim(),
    address: details.address
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    postcode: details.postcode.trim(),
    email: details.email.trim(),
  };
}
