// Intl keeps `no` as a tag of its own (no-Latn-NO), but Norwegian newsrooms that write `no` write Bokmål.
export { default } from './nb.js';
