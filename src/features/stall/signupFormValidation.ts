import type { SignupPersonalData } from '../../domain/signupSealing';

export interface SignupFormValues extends SignupPersonalData {
  petition: boolean;
  updates: boolean;
}

export type SignupFormProblem = 'name' | 'email' | 'choice';

// Deliberately loose: the point is to catch a slip of the thumb, not to judge addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function signupFormProblems(values: SignupFormValues): SignupFormProblem[] {
  const problems: SignupFormProblem[] = [];
  if (!values.name.trim()) problems.push('name');
  if (!EMAIL.test(values.email.trim())) problems.push('email');
  if (!values.petition && !values.updates) problems.push('choice');
  return problems;
}

/** What is sealed: trimmed, so the coordinator's file has no stray spaces. */
export function personalDataOf(values: SignupFormValues): SignupPersonalData {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    postcode: values.postcode.trim().toUpperCase(),
  };
}
