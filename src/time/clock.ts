/**
 * The time and the library's timers (fetch timeout, refresh, chunk patience, impression dwell),
 * in one replaceable place: tests replace `now` to freeze the clock, and `set`/`clear` to run
 * those timers on a fake clock instead of waiting for them.
 */
export const clock = {
  now: (): number => Date.now(),
  set: (run: () => void, ms: number): ReturnType<typeof setTimeout> => setTimeout(run, ms),
  clear: (timer?: ReturnType<typeof setTimeout>): void => clearTimeout(timer),
};
