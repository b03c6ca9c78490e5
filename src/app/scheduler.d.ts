// React's own task scheduler (the `scheduler` package react-dom runs on) ships no types; the start
// uses one function of it.
declare module 'scheduler' {
  /** Sets how long React renders before it yields to the browser: 1000 / fps milliseconds. */
  export function unstable_forceFrameRate(fps: number): void;
}
