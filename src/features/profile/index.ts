// The profile feature as the rest of the app may use it; everything else in this folder is its own.
export { ProfileForm } from './ProfileForm';
export { ProfileSettings } from './ProfileSettings';
export { useProfile } from './useProfile';
