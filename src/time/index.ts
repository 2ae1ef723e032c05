export { clock } from './clock.js';
export { formatTime, isTimeZone, loadPatterns, patternsLoaded, RELATIVE_CUTOFF_MINUTES } from './format.js';
export type { FormattedTime, RelativeMode, TimeOptions } from './format.js';
