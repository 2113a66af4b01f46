// `npm run db:migrate`: apply pending migrations to DATABASE_URL (npm start does this too).
import { openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { privateDataFolder } from '../node/data-folder.ts';

privateDataFolder();
const { db, close } = await openDatabase();
await migrateDatabase(db);
close();
console.log('数据库已是最新结构。');
