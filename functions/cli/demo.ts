// `npm run demo -- seed|remove`: add demo responses and sign-ups to an empty database, or remove all of them.
import { removeDemoSignups, seedDemoSignups } from '../events/demo.ts';
import { hasAnyResponse, removeDemo, seedDemo } from '../surveys/demo.ts';
import { loadEvents, loadSchool, loadSurveys } from '../node/content-files.ts';
import { contentDir } from './paths.ts';
import { openCliDatabase } from './database.ts';

const command = process.argv[2];
const { db, close } = await openCliDatabase();
if (command === 'remove') {
	console.log(`已删除 ${await removeDemo(db, loadSurveys(contentDir))} 份演示答卷。`);
	console.log(`已删除 ${await removeDemoSignups(db)} 条演示报名。`);
} else if (command === 'seed') {
	if (await hasAnyResponse(db)) console.log('数据库里已有答卷，不再写入演示数据。');
	else console.log(`已写入 ${await seedDemo(db, loadSurveys(contentDir), loadSchool(contentDir), new Date())} 份演示答卷。`);
	// Sign-ups have their own check: seeded only into a database without any.
	const school = loadSchool(contentDir);
	console.log(`已写入 ${await seedDemoSignups(db, loadEvents(contentDir, school), school, new Date())} 条演示报名。`);
} else {
	console.error('用法：npm run demo -- seed（写入演示答卷和报名）| remove（删除全部演示答卷和报名）');
	process.exitCode = 2;
}
await close();
