// `npm run db:totals`: recount the running totals from the raw answers.
import { openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { privateDataFolder } from '../node/data-folder.ts';
import { rebuildTotals } from '../db/queries/totals.ts';
import { loadSurveys } from '../node/content-files.ts';
import { contentDir } from './paths.ts';

privateDataFolder();
const { db, close } = await openDatabase();
await migrateDatabase(db);
await rebuildTotals(db, loadSurveys(contentDir));
close();
console.log('已根据原始答卷重新统计。');
