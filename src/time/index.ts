export { clock } from './clock.js';
export { isTimeZone } from '../util/zone.js';
export { formatTime, loadPatterns, patternsLoaded, RELATIVE_CUTOFF_MINUTES } from './format.js';
export type { FormattedTime, RelativeMode, TimeOptions } from './format.js';
