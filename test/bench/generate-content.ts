// Generated resources for measuring the build at scale. Deterministic, so runs compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeBands } from '../../functions/domain/grades.ts';
import { resourceTopics } from '../../functions/domain/resource.ts';

const sentences = [
	'孩子放学回家后，先吃点东西、休息一会儿，再开始写作业，效率往往更高。',
	'家长不必守在一旁逐题检查，更重要的是帮助孩子养成自己检查的习惯。',
	'遇到情绪低落的时候，先听孩子把话说完，再一起想办法。',
	'每天固定二十分钟的亲子阅读，比周末突击读一整本书更有效。',
	'上下学路上要走人行道，过马路看信号灯，不在路边追逐打闹。',
	'家务劳动可以从整理书包、摆放碗筷这样的小事做起。',
	'手机和平板的使用时间最好由全家一起商量，写成约定贴在墙上。',
	'对孩子的进步要说得具体，比如“今天的字比昨天写得更工整”。',
	'如果发现孩子连续几天睡不好、吃不下，请及时与班主任或心理老师联系。',
	'学校的家长开放日欢迎家长走进课堂，看看孩子在校的真实状态。',
];

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Replaces the resources in a content folder with `count` generated ones. */
export function generateResources(content: string, count: number): void {
	const root = content;
	rmSync(join(root, 'resources'), { recursive: true });
	mkdirSync(join(root, 'resources'));
	const rnd = random(42);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	for (let i = 1; i <= count; i++) {
		const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 1050) * 86_400_000);
		const paragraphs = Array.from({ length: 6 }, (_, p) =>
			`## 第${p + 1}部分\n\n${Array.from({ length: 4 }, () => pick(sentences)).join('')}`,
		);
		writeFileSync(
			join(root, 'resources', `generated-${i}.mdx`),
			[
				'---',
				`title: 家庭教育资源第${i}篇`,
				`description: 这是用于性能测试的第${i}篇资源，内容由固定的句子组合而成。`,
				'kind: article',
				`topics: [${pick(resourceTopics)}]`,
				`grades: [${pick(gradeBands)}]`,
				`published: ${day.toISOString().slice(0, 10)}`,
				'source: 德育处',
				'---',
				'',
				...paragraphs,
				'',
			].join('\n'),
		);
	}
}
