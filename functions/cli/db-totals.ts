// `npm run db:totals`: recount the running totals from the raw answers.
import { rebuildTotals } from '../db/queries/totals.ts';
import { loadSurveys } from '../node/content-files.ts';
import { contentDir } from './paths.ts';
import { openCliDatabase } from './database.ts';

const { db, close } = await openCliDatabase();
await rebuildTotals(db, loadSurveys(contentDir));
await close();
console.log('已根据原始答卷重新统计。');
