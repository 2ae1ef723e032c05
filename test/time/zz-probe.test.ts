import { formatTime, loadPatterns } from '../../src/time/format.js';
describe('probe', () => {
  it('prints', async () => {
    const d = new Date('2024-07-11T10:15:00+02:00');
    const now = d.getTime();
    const out: unknown[] = [];
    for (const [lang, tz] of [['en','Europe/Copenhagen'],['en','America/New_York'],['en','Asia/Tokyo'],['de','Europe/Copenhagen'],['ar','Europe/Copenhagen'],['en','Mars/Olympus'],['he','Asia/Jerusalem']]) {
      out.push(formatTime(d, { lang: lang!, timeZone: tz, now: now + 2 * 864e5 }));
      out.push(formatTime(d, { lang: lang!, timeZone: tz, now: now + 3 * 36e5 }));
    }
    out.push(formatTime(d, { lang: 'en', now: now + 1439 * 6e4 }));
    out.push(formatTime(d, { lang: 'en', now: now + 1441 * 6e4 }));
    out.push(formatTime(d, { lang: 'en', now: now - 2 * 6e4 }));
    out.push(formatTime(d, { lang: 'en', now: now - 3 * 36e5 , relative: 'always'}));
    out.push(formatTime(d, { lang: 'en', now: now - 3 * 36e5 }));
    out.push(formatTime(d, { lang: 'en', now: now + 30e3 }));
    await loadPatterns();
    out.push(formatTime(d, { lang: 'en', timeZone: 'Europe/Copenhagen', pattern: "MMM.dd - yyyy hh:mm a 'CET'", now: now + 864e6 }));
    out.push(formatTime(d, { lang: 'de', timeZone: 'Europe/Copenhagen', pattern: "MMMM dd yyyy", now: now + 864e6 }));
    for (const p of ["yyyy-MM-dd Q-nonsense", "YYYY-MM-DD", "", "'unterminated"]) { try { out.push(formatTime(d, { lang: 'en', timeZone: 'Europe/Copenhagen', pattern: p, now: now + 864e6 })); } catch (e) { out.push(String(e)); } }
    console.log(JSON.stringify(out, null, 1));
    console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
