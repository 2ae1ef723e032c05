// Probe (not part of the suite): Firefox matches :focus / :focus-visible only in its focused window.
// Two windows, the same page: the link's outline is solid in the focused one, none in the other;
// bringToFront swaps them. (Why the focus-ring test asks for its window to be focused first.)
//   node scripts/engines/probes/focus.mjs
import { launchFirefox } from '../../browser.mjs';
const b = await launchFirefox();
const html = 'data:text/html,<style>a:focus-visible{outline:2px solid red}</style><a href="x">link</a>';
const ctxA = await b.createBrowserContext(); const a = await ctxA.newPage({ type: 'window' }); await a.goto(html);
const ctxB = await b.createBrowserContext(); const p = await ctxB.newPage({ type: 'window' }); await p.goto(html);
const check = (page) => page.evaluate(() => { const l = document.querySelector('a'); l.blur(); l.focus({ focusVisible: true }); return { hasFocus: document.hasFocus(), active: document.activeElement === l, fv: l.matches(':focus-visible'), f: l.matches(':focus'), outline: getComputedStyle(l).outlineStyle }; });
console.log('A', await check(a), 'B', await check(p));
console.log('A after window.focus', await a.evaluate(() => { window.focus(); return document.hasFocus(); }), await check(a), 'B', await check(p));
await a.bringToFront();
console.log('A after bringToFront', await check(a), 'B', await check(p));
await b.close();
