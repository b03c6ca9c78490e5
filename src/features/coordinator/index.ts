// The coordinator feature as the rest of the app may use it; everything else in this folder is its own.
export { CoordinatorSettings } from './CoordinatorSettings';
