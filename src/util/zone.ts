// Shared by the parser (date-times without an offset) and the formatter (the `time-zone` attribute).
import { memo } from './memo.js';

/** True for IANA zones (and offsets) the engine knows. */
export function isTimeZone(zone: string | undefined): zone is string {
  return !!zone && memo(`zone|${zone}`, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });
}
