// What is due for review today: statements waiting on an outcome (src/data/pendingChecks.ts) whose check-by date has
// come, and pages whose lastReviewed date is more than six months old. A report for the reviewer, never a failing test.
// Usage: npm run review            (today in Hong Kong)
//        REVIEW_DATE=2027-02-01 npm run review
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pendingChecks } from '../src/data/pendingChecks.ts';
import { isoDateIn } from '../src/lib/timeSince.ts';
import { monthsBefore, splitDue } from '../src/lib/review.ts';

const today = process.env.REVIEW_DATE ?? isoDateIn(new Date(), 'Asia/Hong_Kong');
const { due, upcoming } = splitDue(pendingChecks, today);

console.log(`Review as of ${today}\n`);
console.log(due.length ? `Due now (${due.length}):` : 'Nothing is due now.');
for (const c of due) {
  console.log(`\n- ${c.id} (check by ${c.checkBy})\n  ${c.what}\n  Look at: ${c.where}\n  Pages: ${c.routes.join(', ')}`);
}
if (upcoming.length) {
  console.log(`\nComing up:`);
  for (const c of upcoming) console.log(`- ${c.checkBy} ${c.id}`);
}

const contentDir = path.join(import.meta.dirname, '..', 'src', 'content', 'guide');
const stale = monthsBefore(today, 6);
const old: string[] = [];
for (const locale of readdirSync(contentDir)) {
  for (const file of readdirSync(path.join(contentDir, locale))) {
    const reviewed = readFileSync(path.join(contentDir, locale, file), 'utf8').match(/^lastReviewed:\s*'?(\d{4}-\d{2}-\d{2})/m)?.[1];
    if (!reviewed || reviewed < stale) old.push(`${locale}/${file}: last reviewed ${reviewed ?? 'never'}`);
  }
}
console.log(
  old.length
    ? `\nPages not checked against their sources since before ${stale}:\n- ${old.join('\n- ')}`
    : `\nEvery page was checked against its sources on or after ${stale}.`,
);
