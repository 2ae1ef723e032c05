// Relative times older than a day (`relative="always"`) pull in date-fns' intlFormatDistance and
// its calendar helpers: loaded on demand (see format.ts), as most pages never need them.
export { intlFormatDistance } from 'date-fns/intlFormatDistance';
