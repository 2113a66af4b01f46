// `npm run demo -- seed|remove`: add demo responses to an empty database, or remove all of them.
import { openDatabase } from '../node/database.ts';
import { migrateDatabase } from '../node/migrate.ts';
import { privateDataFolder } from '../node/data-folder.ts';
import { hasAnyResponse, removeDemo, seedDemo } from '../surveys/demo.ts';
import { loadSchool, loadSurveys } from '../node/content-files.ts';
import { contentDir } from './paths.ts';

const command = process.argv[2];
privateDataFolder();
const { db, close } = await openDatabase();
await migrateDatabase(db);
if (command === 'remove') {
	console.log(`已删除 ${await removeDemo(db, loadSurveys(contentDir))} 份演示答卷。`);
} else if (command === 'seed') {
	if (await hasAnyResponse(db)) console.log('数据库里已有答卷，不再写入演示数据。');
	else console.log(`已写入 ${await seedDemo(db, loadSurveys(contentDir), loadSchool(contentDir), new Date())} 份演示答卷。`);
} else {
	console.error('用法：npm run demo -- seed（写入演示答卷）| remove（删除全部演示答卷）');
	process.exitCode = 2;
}
close();
