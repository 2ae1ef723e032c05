/** The current time for every component; tests replace `now` to freeze the clock. */
export const clock = {
  now: (): number => Date.now(),
};
