// Every Chinese string a parent, staff member or leader reads on the site lives here.
import type { GradeBand } from '../functions/domain/grades.ts';
import type { ResourceKind, ResourceTopic } from '../functions/domain/resource.ts';

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
