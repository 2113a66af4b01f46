// `npm run codes -- <survey-id> <count>`: single-use family codes as CSV, for class teachers to hand
// out. Only hashes are stored; this printout is the only place the codes exist.
import { hashCode, randomCode } from '../domain/codes.ts';
import { shanghaiDay } from '../domain/shanghai-time.ts';
import { openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { privateDataFolder } from '../node/data-folder.ts';
import { insertFamilyCodes } from '../db/queries/responses.ts';
import { loadSurveys } from '../node/content-files.ts';
import { contentDir } from './paths.ts';

const [surveyId, countText] = process.argv.slice(2);
const count = Number(countText);
const survey = surveyId ? loadSurveys(contentDir).get(surveyId) : undefined;
if (!survey || !Number.isInteger(count) || count < 1 || count > 10_000) {
	console.error('用法：npm run codes -- <问卷 id> <数量 1–10000>，例如 npm run codes -- satisfaction-2026-autumn 45');
	process.exit(2);
}
if (!survey.onePerFamily) {
	console.error(`问卷 ${surveyId} 没有设置 onePerFamily: true，不需要问卷码。`);
	process.exit(2);
}

// Three groups: 60 random bits, so guessing a valid code is hopeless.
const codes = Array.from({ length: count }, () => randomCode(3));
privateDataFolder();
const { db, close } = await openDatabase();
await migrateDatabase(db);
await insertFamilyCodes(db, surveyId!, shanghaiDay(new Date()), codes.map(hashCode));
close();
console.log('code,survey');
for (const code of codes) console.log(`${code},${surveyId}`);
