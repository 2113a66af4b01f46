// Every Chinese string a parent, staff member or leader reads on the site lives here. Messages about
// answers come from functions/domain/messages.ts (the server and the form script share them).
import type { GradeBand } from '../functions/domain/grades.ts';
import type { ResourceKind, ResourceTopic } from '../functions/domain/resource.ts';
import type { SurveyKind } from '../functions/domain/survey.ts';

export { answerMessages, fieldError, submissionMessages } from '../functions/domain/messages.ts';

export const site = {
	tagline: '家校共育平台',
	skipLink: '跳到正文',
	navLabel: '主导航',
	nav: {
		home: '首页',
		resources: '资源库',
		lectures: '家长学校',
		policies: '家校制度',
		search: '搜索',
	},
	footer: {
		privacy: '隐私说明',
		hotline: '家校热线',
		officeHours: '接听时间',
		address: '地址',
		suggestions: '家校意见箱',
		feed: '订阅更新（RSS）',
		sitemap: '网站地图',
	},
} as const;

export const home = {
	title: '首页',
	description: '家庭教育资源、家长学校讲座与家校制度，一站查阅；问卷与意见箱随时提交。',
	upcomingLectures: '近期讲座',
	noUpcomingLectures: '本学期暂无新的讲座安排，敬请关注。',
	allLectures: '查看全部讲座',
	newestResources: '最新资源',
	allResources: '进入资源库',
	actionsHeading: '我想……',
	actions: {
		surveys: { title: '填写问卷', text: '家长会前的需求问卷、期末满意度调查和各类意向表。' },
		suggestions: { title: '提意见建议', text: '匿名提交，凭回执码查看学校答复，一般问题 3 个工作日内答复。' },
		lectures: { title: '听家长学校讲座', text: '按年级安排的讲座，可一键加入手机日历。' },
		policies: { title: '了解家校制度', text: '家访、家长会、课后服务等制度的现行版本。' },
	},
} as const;

export const gradeBandLabels: Record<GradeBand, string> = {
	kindergarten: '幼儿园',
	'primary-lower': '小学低段',
	'primary-upper': '小学高段',
	junior: '初中',
	senior: '高中',
};

export const topicLabels: Record<ResourceTopic, string> = {
	'learning-habits': '学习习惯',
	'mental-health': '心理健康',
	communication: '亲子沟通',
	'safety-law': '安全与法治',
	reading: '阅读',
	'labour-sport': '劳动与体育',
	'home-school': '家校协同',
};

export const kindLabels: Record<ResourceKind, string> = {
	article: '文章',
	case: '案例',
	video: '视频',
};

export const resources = {
	title: '家庭教育资源库',
	description: '按主题和学段整理的家庭教育文章、案例与讲座视频。',
	byTopic: '按主题浏览',
	byGrade: '按学段浏览',
	all: '全部资源',
	count: (n: number) => `共 ${n} 篇`,
	newThisMonth: '本月新增',
	monthlyTarget: (n: number, target: number) => `本月新增 ${n} / ${target} 篇`,
	monthlyTargetMet: '已完成本月更新目标',
	monthlyTargetOpen: (left: number) => `学校承诺每月至少更新 5 篇，本月还差 ${left} 篇`,
	topicTitle: (topic: string) => `${topic} · 资源`,
	topicDescription: (topic: string) => `家庭教育资源库中关于“${topic}”的文章、案例与视频。`,
	gradeTitle: (grade: string) => `${grade} · 资源`,
	gradeDescription: (grade: string) => `适合${grade}学生家长的家庭教育文章、案例与视频。`,
	empty: '这里暂时还没有资源。',
	published: '发布日期',
	source: '来源',
	topics: '主题',
	grades: '适用学段',
	watchVideo: '观看视频',
	videoNote: '视频在外部平台播放，点击后将离开本站。',
	backToList: '返回资源库',
	related: '同主题资源',
} as const;

export const lectures = {
	title: '家长学校',
	description: '家长学校讲座行事历：按学期、按月份排列，可加入手机日历。',
	upcoming: '即将举行',
	past: '往期讲座',
	noUpcoming: '暂无即将举行的讲座。',
	speaker: '主讲',
	time: '时间',
	place: '地点',
	online: '线上参加',
	joinOnline: '进入线上会议',
	audience: '面向',
	term: '学期',
	materials: '讲座资料',
	addToCalendar: '加入手机日历',
	addToCalendarHint: '下载日历文件（.ics），用手机日历打开即可添加提醒。',
	subscribe: '订阅全部讲座日历',
	subscribeHint: '用手机日历订阅后，新的讲座会自动出现。',
	feedback: '听完讲座，填写反馈问卷',
	ended: '已结束',
	backToList: '返回家长学校',
	calendarName: (school: string) => `${school} 家长学校`,
} as const;

export const policies = {
	title: '家校制度',
	description: '学校现行的家校合作制度，含生效日期与版本。',
	office: '负责部门',
	version: '版本',
	effective: '生效日期',
	history: '修订记录',
	print: '打印本制度：使用浏览器的“打印”功能即可得到适合 A4 纸的版本。',
	backToList: '返回制度列表',
} as const;

export const search = {
	title: '搜索',
	description: '在资源库、家长学校讲座和家校制度中搜索。',
	label: '搜索关键词',
	placeholder: '例如：作业、青春期、课后服务',
	submit: '搜索',
	noScript: '搜索需要开启浏览器的 JavaScript。也可以',
	browseInstead: '按主题或学段浏览资源库',
	loading: '正在搜索……',
	// Filled in by the search script: {n} is the number of results, {q} the query.
	none: '没有找到与“{q}”相关的内容。',
	found: '找到 {n} 条与“{q}”相关的内容：',
} as const;

export const notFound = {
	title: '页面不存在',
	description: '您要找的页面不存在或已被移动。',
	text: '这个页面可能已被移动或删除。可以回到首页，或用搜索找找看。',
	home: '回到首页',
	search: '搜索',
} as const;

export const feed = {
	title: (school: string) => `${school} · 家庭教育资源与家长学校`,
	description: '新发布的家庭教育资源和家长学校讲座。',
	lecturePrefix: '【讲座】',
} as const;

const termNames = { 1: '第一学期', 2: '第二学期' } as const;

/** "2026—2027学年第一学期" from "2026-2027-1". */
export function termLabel(term: string): string {
	const [from, to, half] = term.split('-');
	return `${from}—${to}学年${termNames[half === '2' ? 2 : 1]}`;
}

export const dates = {
	weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
	month: (year: number, month: number) => `${year}年${month}月`,
	day: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
} as const;

export const surveys = {
	title: '问卷与意向表',
	description: '家长会需求问卷、期末满意度调查和各类意向表，用手机几分钟即可填写。',
	open: '正在收集',
	upcoming: '即将开始',
	closed: '已截止',
	none: '目前没有正在收集的问卷。',
	opensOn: (day: string) => `${day} 开始`,
	closesOn: (day: string) => `截止到 ${day}`,
	closedOn: (day: string) => `已于 ${day} 截止`,
	anonymous: '匿名',
	named: '实名',
	onePerFamily: '每户一份（凭问卷码）',
	fill: '开始填写',
	kinds: {
		needs: '需求问卷',
		satisfaction: '满意度调查',
		intention: '意向表',
		feedback: '反馈问卷',
	} satisfies Record<SurveyKind, string>,
	section: (i: number, n: number) => `第 ${i} 部分，共 ${n} 部分`,
	required: '必答',
	optional: '选答',
	chooseUpTo: (n: number) => `最多选 ${n} 项`,
	chooseAtLeast: (n: number) => `至少选 ${n} 项`,
	maxLength: (n: number) => `不超过 ${n} 字`,
	range: (min?: number, max?: number) =>
		min !== undefined && max !== undefined ? `${min}—${max}` : min !== undefined ? `不小于 ${min}` : `不大于 ${max}`,
	choose: '请选择',
	codeLabel: '问卷码',
	codeHelp: '写在班主任发给您的通知条上，例如 7K3M-Q9TD-2XRF。问卷码只用来保证每户填写一次，与您的回答不关联。',
	anonymousNote: '本问卷匿名：不记录姓名、IP 地址、设备信息和填写时刻，只记录填写日期。',
	dataNoteTitle: '本表收集的信息',
	privacyLink: '隐私说明',
	submit: '提交',
	errorTitle: '提交没有成功',
	// Filled in by the form script.
	progress: '已答 {done} / {total} 题',
	draftRestored: '已恢复您上次未提交的填写内容。',
	notOpenTitle: '问卷尚未开始',
	notOpenText: (day: string) => `这份问卷将于 ${day} 开始收集，届时欢迎填写。`,
	closedTitle: '问卷已截止',
	closedText: (day: string) => `这份问卷已于 ${day} 截止。感谢您的关注，学校会在家长会或家校联系平台上反馈结果。`,
	thanksTitle: '提交成功，谢谢您！',
	thanksText: '您的回答已经保存。学校会汇总大家的意见，并在家长会或家校联系平台上反馈。',
	backToSurveys: '返回问卷列表',
	backHome: '回到首页',
} as const;

export const scaleLabels = {
	satisfaction: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
	agreement: ['非常不同意', '不同意', '一般', '同意', '非常同意'],
} as const;

/** The same points, short enough for five side by side on a phone (matrix rows). */
export const shortScaleLabels = {
	satisfaction: ['很不满意', '不满意', '一般', '满意', '很满意'],
	agreement: ['很不同意', '不同意', '一般', '同意', '很同意'],
} as const;

export const privacy = {
	title: '隐私说明',
	description: '本平台的问卷、意向表和意见箱收集哪些信息、为什么收集、保存多久、谁能看到。',
	intro: '学校通过本平台听取家长意见。我们只收集完成这件事必需的信息，能匿名的都匿名。',
	sections: [
		{
			title: '匿名问卷记录什么',
			items: [
				'您选择和填写的答案，以及孩子所在的年级或班级（问卷中有这一题时），用于分年级、分班统计。',
				'填写的日期（只到“哪一天”），用于区分学期和统计回收进度。',
				'不记录：姓名、手机号、IP 地址、手机型号和浏览器信息、Cookie 标识，也不记录几点几分提交。',
				'每条答卷的编号是随机的，不能据此推断提交的先后顺序。',
			],
		},
		{
			title: '每户一份的问卷码',
			items: [
				'部分问卷（如期末满意度调查）每户只能提交一次，班主任会发给每户一个问卷码。',
				'平台只保存问卷码的加密摘要和“已使用”标记，不保存问卷码本身，也不把问卷码和答卷关联起来：任何人都无法从答案查到是哪一户填写的。',
			],
		},
		{
			title: '实名表格与孩子的信息',
			items: [
				'意向表等需要知道是哪个孩子的表格，会在表格上写明收集哪些信息、用来做什么、谁能看到、保存到什么时候。',
				'涉及孩子姓名等个人信息的表格，须由孩子的监护人填写，并勾选同意后才能提交。',
				'这些信息只用于表格写明的用途，不用于其他目的，不向校外任何机构或个人提供。',
			],
		},
		{
			title: '谁能看到结果',
			items: [
				'校领导和负责部门看到的是汇总结果（比例、图表）。',
				'按年级、班级查看时，不足 5 份答卷的分组不显示任何数字，文字意见在不足 10 份时也不显示，以免推测出是谁填写的。',
			],
		},
		{
			title: '保存多久',
			items: [
				'匿名问卷的答案保存三年，用于比较历年变化，之后删除。',
				'为防止重复提交而临时保存的提交标记，几天后自动删除。',
				'实名表格按表格上写明的期限删除。',
			],
		},
		{
			title: '您手机上的草稿',
			items: [
				'填写问卷时，未提交的内容只保存在您自己手机的浏览器里，方便中途退出后继续填写；提交成功后自动清除，学校看不到草稿。',
			],
		},
	],
	formsTitle: '各份表格收集的信息',
	anonymousStores: '答案、年级或班级、填写日期；不记录身份信息。',
	contact: (hotline: string) => `对个人信息的处理有疑问，或希望查询、更正、删除实名表格中的信息，请拨打家校热线 ${hotline}。`,
} as const;
