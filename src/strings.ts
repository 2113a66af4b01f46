// Every Chinese string a parent, staff member or leader reads on the site lives here. Messages about
// answers come from functions/domain/messages.ts (the server and the form script share them).
import type { EventKind } from '../functions/domain/event.ts';
import type { GradeBand } from '../functions/domain/grades.ts';
import type { ResourceKind, ResourceTopic } from '../functions/domain/resource.ts';
import type { PromiseMeasure, School } from '../functions/domain/school.ts';
import type { SurveyKind } from '../functions/domain/survey.ts';
import type { NoFigure, PromiseState } from '../functions/promises/measures.ts';

export { answerMessages, calendarMessages, checkinMessages, fieldError, staffMessages, submissionMessages, suggestionMessages } from '../functions/domain/messages.ts';

export const site = {
	tagline: '家校共育平台',
	skipLink: '跳到正文',
	navLabel: '主导航',
	nav: {
		home: '首页',
		resources: '资源库',
		lectures: '家长学校',
		policies: '家校制度',
		surveys: '填写问卷',
		suggestions: '意见箱',
		events: '活动报名',
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
		suggestions: { title: '提意见建议', text: (days: number) => `匿名提交，凭回执码查看学校答复，一般问题 ${days} 个工作日内答复。` },
		lectures: { title: '听家长学校讲座', text: '按年级安排的讲座，可一键加入手机日历。' },
		policies: { title: '了解家校制度', text: '家访、家长会、课后服务等制度的现行版本。' },
		events: { title: '活动报名', text: '开放日、志愿服务、家长进课堂等活动，在线报名，名额实时可见。' },
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
	addToCalendarHint: '下载日历文件（.ics），用手机日历打开即可添加；讲座前一天和前一小时会提醒您。',
	// WeChat's in-app browser does not download files; its ··· menu opens the page in the phone's browser.
	inWeChat: '在微信里打开的，请先点右上角“···”，选“在浏览器打开”，再点上面的按钮。',
	reminderDayBefore: (title: string) => `明天有家长学校讲座：${title}`,
	reminderHourBefore: (title: string) => `一小时后开始：${title}`,
	subscribe: '全部讲座加入手机日历',
	subscribeHint: '一次加入已排定的全部讲座；学校以后新增的讲座，请回到本页再加一次。',
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
	more: '显示更多（还有 {n} 条）',
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

/** "2026秋" from "2026-2027-1", "2027春" from "2026-2027-2": short enough for a chart's axis. */
export function termShort(term: string): string {
	const [from, to, half] = term.split('-');
	return half === '2' ? `${to}春` : `${from}秋`;
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
	/** A question asked only for some answers to an earlier one (showIf in the survey file). */
	askedWhen: (options: string[], required: boolean) => `选${options.map((o) => `“${o}”`).join('或')}时${required ? '必答' : '选答'}`,
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
				'填写的日期（只到“哪一天”），用于区分学期和统计回收进度；导出的原始答卷里只写到月份。',
				'不记录：姓名、手机号、IP 地址、手机型号和浏览器信息、Cookie 标识，也不记录几点几分提交。',
				'为防止有人短时间内大量提交，平台临时计数：计数用的是网络地址加“盐”后的摘要，盐每 10 分钟更换一次，计数从不和答卷放在一起。学校自己的服务器只在内存中计数；部署在 Cloudflare 云端时，计数存入数据库，过期即删除。',
				'答卷在数据库中按随机编号存放，看不出谁先提交、谁后提交。平台每次启动、每天凌晨 3 点和正常关闭时会重写数据库文件，连记录在文件里的存放位置也不留下先后。唯一例外：每个班级最近提交、还没凑满 5 份的几份答卷标着“待公布”，能看出它们是最近的几份，但看不出各自的先后。',
				'部署在 Cloudflare 云端时，数据库由云服务商保管，它的“时间回溯”功能会保留最多 30 天内的历史版本，能登录学校云账号的人可借此看出这段时间里答卷的先后。学校应只让少数负责人掌握云账号。',
			],
		},
		{
			title: '每户一份的问卷码',
			items: [
				'部分问卷（如期末满意度调查）每户只能提交一次，班主任会发给每户一个问卷码。',
				'平台只保存问卷码的摘要和“已使用”标记，不保存问卷码本身；“已使用”标记按摘要排列、单独存放，与答卷没有任何关联，也不按使用先后排列。即使有人同时拿到班主任的问卷码名单和整个数据库文件，也查不出哪一户填了哪一份答卷。',
				'需要按班级比较、结果关系到对班级或老师评价的问卷（满意度调查、家长会需求问卷），应当使用问卷码：没有问卷码的问卷，同一网络每 10 分钟只能提交有限份数，但这只能拖慢有人冒充多位家长“凑数”，问卷码才能保证每户只算一次。',
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
			title: '谁能看到什么',
			items: [
				'校领导：只看到汇总结果（人数、比例、图表）。按年级、班级查看时，不足 5 份答卷的分组，以及能用其他数字相减推算出来的分组，不显示任何数字；文字意见和原始答卷只对 10 份以上的分组提供。',
				'数字按批更新：每个班级（不分班级的问卷按年级或全校）每新增满 5 份答卷才计入一次。所以前后两次查看或下载的结果相减，最少也是 5 位家长的答案，推算不出某一位家长答了什么。最近不足 5 份的答卷暂不显示，导出文件也一样。',
				'原始答卷导出时，只有 10 份以上、且不能被推算出来的年级或班级才写出名称，其余写“样本不足”；提交日期只写到月份。',
				'意见处理人员：看到意见内容和您自愿留下的联系方式，看不到是谁提交的。回执码只保存加密摘要，学校无法用它反查到您。',
				'系统管理员（能拿到整个数据库文件的人）：能读到每份匿名答卷的答案、年级或班级和日期，但没有姓名、IP 地址、提交时间和提交顺序，也无法把问卷码和答卷对应起来。数据文件只有运行平台的系统账号能读取。',
				'托管服务器或云服务的单位：和系统管理员一样看不到身份信息。但服务器或网络设备自己的访问日志可能记下访问者的 IP 地址，这不由本平台记录，学校应要求服务方限制这类日志的保存时间。',
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

export const suggestionCategoryLabels = {
	teaching: '教学',
	homework: '作业',
	canteen: '食堂',
	uniform: '校服',
	'after-school': '课后服务',
	safety: '安全',
	communication: '家校沟通',
	other: '其他',
} as const;

export const suggestionStatusLabels = {
	received: '已收到',
	processing: '处理中',
	answered: '已答复',
	published: '已公示',
	closed: '已关闭',
} as const;

/** How staff triage a suggestion; each has its own reply days (school.yaml promises.replyDays). */
export const suggestionComplexityLabels = {
	general: '一般问题',
	complex: '复杂问题',
} as const;

type ReplyDays = School['promises']['replyDays'];

export const suggestions = {
	title: '家校意见箱',
	description: (d: ReplyDays) => `匿名提出意见和建议，凭回执码查看学校答复。一般问题 ${d.general} 个工作日内答复，复杂问题 ${d.complex} 个工作日内答复。`,
	promise: (d: ReplyDays) =>
		`学校承诺：一般问题 ${d.general} 个工作日内答复，复杂问题 ${d.complex} 个工作日内答复（从提交的次日算起，节假日不计）；处理结果经您同意后在公示栏公开。`,
	notice: {
		title: '本意见箱记录什么',
		items: [
			'只记录您选择的类别、填写的内容和提交日期（不记录几点几分）。',
			'不记录姓名、手机号（除非您自己留下）、IP 地址、设备和浏览器信息。',
			'回执码只显示一次，学校只保存它的加密摘要：没有回执码，任何人都无法把意见和您联系起来。',
		],
	},
	category: '意见类别',
	body: '意见或建议',
	bodyHelp: (min: number, max: number) => `${min}—${max} 字。请尽量写清楚时间、地点和具体情况，不要写学生姓名。`,
	contact: '联系方式（选填）',
	contactHelp: '如果希望老师电话回复，请留下手机号。留下联系方式后，这条意见就不再是匿名的。',
	publish: '同意学校在处理完毕后，把这条意见（删去可能识别身份的内容）和答复在公示栏公开',
	submit: '提交意见',
	errorTitle: '意见没有提交成功',
	trackLink: '用回执码查询处理进度',
	boardLink: '查看公示栏',
	receiptTitle: '提交成功，请记下回执码',
	receiptLead: '这是您的回执码。它只显示这一次，学校也查不到。请抄写下来或截图保存，凭它查看处理进度和学校答复。',
	receiptDue: (day: string, d: ReplyDays) =>
		`学校最迟在 ${day} 答复（一般问题 ${d.general} 个工作日内；如属复杂问题，延长到 ${d.complex} 个工作日，查询页会显示新的期限）。`,
	trackTitle: '查询意见处理进度',
	trackDescription: '输入提交意见时得到的回执码，查看处理状态和学校答复。',
	codeLabel: '回执码',
	codePlaceholder: '例如 7K3M-Q9TD-2XRF-8WHN',
	trackSubmit: '查询',
	status: '处理状态',
	submittedOn: '提交日期',
	dueOn: '答复期限',
	repliedOn: '答复日期',
	reply: '学校答复',
	noReplyYet: '学校正在处理，答复后会显示在这里。',
	/** The time limit a due day follows, e.g. 一般问题，3 个工作日内. */
	replyRule: (kind: string, days: number) => `${kind}，${days} 个工作日内`,
	/** Answered on the day it arrived; else working days taken, 0 when before the next working day began. */
	daysTaken: (n: number, sameDay: boolean) => (sameDay ? '当天答复' : n === 0 ? '用时不到 1 个工作日' : `用时 ${n} 个工作日`),
	boardTitle: '意见处理公示栏',
	boardDescription: '经家长同意公开的意见、学校的答复和处理用时。',
	boardEmpty: '目前还没有公示的意见。',
	boardReply: '学校答复',
	backToBox: '返回意见箱',
} as const;

// Event sign-ups, the parents' side: /events/, /events/<id>/, /events/manage/ and each slot's .ics.
export const eventKindLabels: Record<EventKind, string> = {
	'open-day': '家校开放日',
	volunteer: '志愿服务',
	'class-visit': '家长进课堂',
	'parent-meeting': '家长会',
	'family-activity': '亲子活动',
};

export const events = {
	title: '活动报名',
	description: '家校开放日、志愿服务、家长进课堂、家长会和亲子活动：在这里报名，凭管理码查看或取消。',
	none: '目前没有即将举行的活动，敬请关注。',
	wholeSchool: '全校家长',
	organiser: '组织',
	audience: '面向',
	time: '时间',
	place: '地点',
	places: '名额',
	left: (left: number, capacity: number) => `剩余 ${left} 个（共 ${capacity} 个）`,
	full: (waiting: number) => (waiting > 0 ? `已满，可候补（${waiting} 人排队）` : '已满，可候补'),
	ended: '已结束',
	state: {
		open: (closes: string) => `报名中，${closes}截止`,
		notOpen: (opens: string) => `${opens}开始报名`,
		closed: '报名已截止',
	},
	signUpLink: '查看并报名',
	manageLink: '已经报名？凭管理码查看或取消',
	formTitle: '填写报名信息',
	slot: '选择场次',
	slotHelp: '名额已满的场次也可以报名，进入候补名单，有人取消时按顺序递补。',
	name: '您的姓名或称呼',
	nameHelp: '例如：王女士、张明爸爸（最多 20 个字）',
	class: '孩子所在班级',
	choose: '请选择',
	phone: '手机号',
	phoneHelp: '组织老师需要时会打电话和您联系。',
	people: '参加人数',
	peopleHelp: (max: number) => `含您本人，最多 ${max} 人`,
	peopleOption: (n: number) => `${n} 人`,
	notice: {
		title: '本表收集的信息',
		items: (keepDays: number) => [
			'只记录您填写的内容和报名日期，用于安排座位、名额和签到；不记录 IP 地址和设备信息。',
			'报名名单只有活动组织老师、孩子的班主任和平台管理员能看到。',
			`活动最后一天过后 ${keepDays} 天，姓名和电话会被删除，只保留各班人数统计。`,
		],
	},
	submit: '提交报名',
	errorTitle: '报名没有成功',
	notOpenTitle: '报名尚未开始',
	notOpenText: (day: string) => `这个活动将于 ${day}开始报名，届时欢迎报名。`,
	closedTitle: '报名已截止',
	closedText: '这个活动的报名已经截止。如有疑问，请联系组织部门或拨打家校热线。',
	confirmedTitle: '报名成功，请记下管理码',
	waitingTitle: '已进入候补，请记下管理码',
	confirmed: '您的名额已经确认，请按时参加。',
	waiting: (position: number) =>
		`这一场名额已满，您排在候补第 ${position} 位。有人取消时按顺序递补；用管理码查询，递补后会显示“已确认”。`,
	codeLabel: '管理码',
	codeLead: '管理码只显示这一次，学校也查不到。请抄写下来或截图保存：查看报名状态、取消报名都要用它。',
	addToCalendar: '加入手机日历',
	addToCalendarHint: '下载这一场的日历文件（.ics），用手机日历打开即可添加；活动前一天和前一小时会提醒您。',
	reminderDayBefore: (title: string) => `明天有学校活动：${title}`,
	reminderHourBefore: (title: string) => `一小时后开始：${title}`,
	calendarName: (school: string) => `${school} 活动`,
	manageTitle: '查看或取消报名',
	manageDescription: '输入报名时得到的管理码，查看报名状态；不能参加时请取消，把名额让给候补的家长。',
	codePlaceholder: '例如 7K3M-Q9TD-2XRF-8WHN',
	lookUp: '查询',
	status: '报名状态',
	statusConfirmed: '已确认',
	statusWaiting: (position: number) => `候补第 ${position} 位`,
	statusCancelled: '已取消',
	event: '活动',
	signedUpAs: '报名人',
	peopleCount: '人数',
	cancel: '取消报名',
	cancelHint: '取消后名额让给排在最前面的候补家长，不能恢复；想再参加需要重新报名。',
	cancelledTitle: '报名已取消',
	cancelledText: '您的报名已经取消，空出的名额会按顺序让给候补的家长。谢谢您及时告诉我们。',
	removedSlot: '（这一场已被学校取消）',
	backToEvents: '返回活动报名',
} as const;

export const admin = {
	title: '工作台',
	loginTitle: '教职工登录',
	username: '用户名',
	password: '密码',
	login: '登录',
	logout: '退出登录',
	forbiddenTitle: '没有权限',
	roles: { admin: '管理员', leader: '校领导', handler: '意见处理人', organiser: '活动负责人', teacher: '班主任' },
	signedInAs: (name: string, role: string) => `${name}（${role}）`,
	nav: { home: '工作台', suggestions: '意见箱', events: '活动报名', classes: '班级名单', report: '学期报告' },
	queueTitle: '意见箱',
	filterStatus: '状态',
	filterCategory: '类别',
	all: '全部',
	filter: '筛选',
	overdue: '已超期',
	dueToday: '今天到期',
	due: (day: string) => `${day} 到期`,
	/** Beside a due day counted into a year without its calendar file (the page's warning says more). */
	dueAssumed: '期限按周一至周五估算',
	received: (day: string) => `${day} 收到`,
	queueEmpty: '没有符合条件的意见。',
	queueCount: (n: number) => `共 ${n} 条`,
	queueRule: (d: ReplyDays) => `答复时限：一般问题 ${d.general} 个工作日，复杂问题 ${d.complex} 个工作日，从收到的次日算起，节假日不计。`,
	triage: '分类',
	triageSubmit: '保存分类',
	replyLabel: '答复家长',
	replySubmit: '发送答复',
	statusLabel: '更改状态',
	statusSubmit: '更改',
	boardLabel: '公示文字（删去可能识别家长、学生的内容）',
	publishSubmit: '公示',
	publishLabel: '公示',
	consentYes: '家长同意公示',
	consentNo: '家长未同意公示',
	contactGiven: '家长留下的联系方式',
	trail: '处理记录',
	trailEmpty: '还没有处理记录。',
	actions: {
		triage: '分类',
		reply: '答复',
		status: '更改状态',
		publish: '公示',
	},
	backToQueue: '返回意见列表',
	openSurveys: '正在收集的问卷',
	noOpenSurveys: '目前没有正在收集的问卷。',
	responseCount: (n: number) => `已公布 ${n} 份答卷`,
	responseRate: (rate: string) => `回收率 ${rate}`,
	/** No group of the survey has reached a publishable step yet (0–4 per group, or none at all). */
	responsesTooFew: '答卷不足 5 份，暂不显示数量',
	closesOn: (day: string) => `${day} 截止`,
	allResults: '全部问卷结果',
	boxTitle: '意见箱概况',
	boxReceived: '收到意见',
	boxAnswered: '已答复',
	boxOnTime: '按时答复率',
	boxOverdue: '已超期未答复',
	boxByCategory: '按类别',
	resourcePromiseTitle: '资源库更新',
	resourcePromise: (target: number) => `学校承诺：每月至少新增 ${target} 篇资源`,
	resourcesThisMonth: (n: number) => `本月已新增 ${n} 篇`,
	resourcePromiseKept: '本月承诺已兑现',
} as const;

/** Class lists (/admin/classes/): a class's sign-ups and named intention forms, for its teacher and the office. */
export const classLists = {
	title: '班级名单',
	intro: '班级名单含孩子姓名和家长电话，只用于联系家长、安排活动和课后服务，请勿转发或截图外传。',
	noClasses: '您的账号还没有分配班级，请联系管理员用 npm run staff -- classes 设置。',
	classCount: (n: number) => `${n} 个班`,
	classTitle: (name: string) => `${name} · 班级名单`,
	signupsTitle: '活动报名',
	signupsNone: '这个班还没有家长报名活动。',
	signupColumns: { event: '活动和场次', name: '家长', status: '状态', people: '人数', phone: '电话' },
	statuses: { confirmed: '已确认', waiting: '候补', cancelled: '已取消' },
	walkIn: '现场登记',
	/** A slot as 12月28日 8:30—10:00 (date YYYY-MM-DD, times HH:MM). */
	slotWhen: (date: string, start: string, end: string) =>
		`${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${start.replace(/^0/, '')}\u2060—\u2060${end.replace(/^0/, '')}`,
	formsTitle: '实名意向表',
	formsNone: '这个班没有需要实名填写的意向表。',
	formCount: (n: number) => `已填写 ${n} 份`,
	formNone: '这个班还没有家长填写。',
	demoRows: (n: number) => `其中 ${n} 份是演示数据（npm run demo -- remove 可删除）。`,
	download: 'CSV 下载（Excel 可直接打开）',
	tableLabel: (title: string) => `${title}：本班名单，可左右滑动`,
	back: '返回班级列表',
	/** Where a leader would have seen a named form's names, notes or phone numbers. */
	namedHidden: '实名信息只有教务处和班主任在班级名单中可见',
	/** The overview's card for a teacher. */
	yourClasses: '我的班级',
	allClasses: '各班名单',
	allClassesLead: '按班查看孩子们的活动报名和实名意向表（含姓名和电话）。',
} as const;

/**
 * Staff pages for events: /admin/events/ (counts only, leaders too) and /admin/signups/ (named lists,
 * the check-in list on the day, the printed sign-in sheet, volunteer hours by name).
 */
export const eventStaff = {
	kinds: {
		'open-day': '家校开放日',
		volunteer: '家长志愿者',
		'class-visit': '家长进课堂',
		'parent-meeting': '家长会',
		'family-activity': '亲子活动',
	} satisfies Record<EventKind, string>,
	eventsTitle: '活动报名',
	/** The staff overview's card: events not yet over, with places taken and the waiting lists. */
	overview: (events: number, open: number) => `${events} 个活动尚未结束，其中 ${open} 个正在报名`,
	overviewPlaces: (confirmed: number, capacity: number, waiting: number) =>
		`已确认 ${confirmed} / ${capacity} 个名额${waiting ? `，候补 ${waiting} 人` : ''}`,
	eventsLead: '各场次的报名人数、到会率和志愿服务时长。本页只显示人数，不显示家长姓名。',
	noEvents: '目前没有活动（活动写在 content/events/ 中）。',
	organiser: (who: string) => `${who}组织`,
	places: (confirmed: number, capacity: number) => `已报 ${confirmed} / ${capacity} 人`,
	waiting: (n: number) => `候补 ${n} 人`,
	rate: (percent: number, target: number) => `到会率 ${percent}%（目标 ${target}%）`,
	meets: '✓',
	meetsLabel: '达到目标',
	below: '未达标',
	notHeld: '活动尚未举行',
	noneConfirmed: '无人报名，不计到会率',
	rateRule: {
		'parent-meeting': '家长会到会率＝到会家庭数 ÷ 各班学生数：每个家庭都应到会，无论是否报名。',
		other: '到会率＝签到人数 ÷ 确认报名人数（含现场补登）。',
	},
	classRates: '各班到会率',
	className: '班级',
	rateColumn: '到会率',
	hoursTitle: '志愿服务时长',
	hoursLead: '每位到岗的志愿者按该班次的时长计算，按月合计。',
	hoursNone: '还没有志愿者签到记录。',
	month: (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`,
	hours: (minutes: number) => `${Number((minutes / 60).toFixed(1))} 小时`,
	listLink: '报名名单',
	signupsTitle: '报名名单与志愿时长',
	signupsLead: '这些页面有家长的姓名和电话，只供活动负责人和管理员使用。活动结束后按学校规定的期限删除姓名，只留人数。',
	eventLists: '各活动报名名单',
	perVolunteer: '志愿者服务时长（按人按月）',
	perVolunteerLead: '按姓名、班级和电话区分志愿者；姓名删除后的月份只计入总时长。',
	volunteer: '志愿者',
	times: '次数',
	hoursColumn: '时长',
	monthColumn: '月份',
	listTitle: (event: string) => `${event} · 报名名单`,
	deleteNote: (days: number) => `活动最后一天过后 ${days} 天，姓名和电话将被删除，只留各班人数。`,
	slotEmpty: '这一场还没有人报名。',
	checkinLink: '现场签到',
	sheetLink: '打印签到表',
	columns: { status: '状态', name: '姓名', class: '班级', phone: '电话', people: '人数', attended: '到场' },
	statuses: { confirmed: '已确认', waiting: (n: number) => `候补第 ${n} 位`, cancelled: '已取消' },
	walkIn: '现场补登',
	backToEvents: '返回活动列表',
	backToList: '返回报名名单',
	checkinTitle: (event: string) => `${event} · 现场签到`,
	tally: (came: number, expected: number) => `已到 ${came} / 应到 ${expected}`,
	tallyUnit: '人',
	checkinEmpty: '这一场没有已确认的报名。现场来的家长可以在下面补登。',
	arrived: '到了',
	arrivedCount: '到场人数',
	undo: '撤销',
	came: (n: number, of: number) => (n === of ? `已到 ${n} 人` : `已到 ${n} / ${of} 人`),
	peopleOf: (n: number) => `${n} 人`,
	walkInTitle: '补登现场来的家长',
	walkInName: '姓名或称呼',
	walkInClass: '孩子所在班级',
	walkInPeople: '人数',
	chooseClass: '请选择',
	walkInSubmit: '补登并签到',
	sheetTitle: '签到表',
	sheetColumns: { n: '序号', class: '班级', name: '家长姓名', people: '人数', sign: '签名' },
	sheetBlank: '（现场补登）',
	sheetFooter: (confirmed: number) => `已确认报名 ${confirmed} 人。签到后请交回组织部门。`,
} as const;

/** What the privacy page says about event sign-ups (named data, kept apart and reduced to counts). */
export const signupPrivacy = {
	title: '活动报名记录什么、保存多久',
	items: (keepDays: number) => [
		'报名时填写的姓名或称呼、孩子所在班级、同行人数，活动需要回电时还有手机号；报名日期只记到“哪一天”；现场签到时记下是否到场、到了几人。',
		'报名后得到的管理码只显示一次，平台只保存它的加密摘要；凭管理码可以查看或取消报名。',
		'谁能看到：组织活动的老师（活动负责人）和管理员看到完整名单，用于安排场地、现场签到和打印签到表；班主任只看到本班孩子家长的报名；校领导只看到人数、到会率和志愿服务总时长，看不到姓名。',
		`活动最后一天过后 ${keepDays} 天，姓名、电话和管理码摘要全部删除，只保留各场次、各班的报名人数和到场人数，用于统计到会率和志愿服务时长。`,
		'报名信息和匿名问卷分开存放，从不放在一起比对，不能用来查出谁填了哪份问卷。',
	],
} as const;

/** The public "你说，我们做" page: a closed survey's results beside the school's response. */
export const publicResults = {
	title: (survey: string) => `${survey} · 结果与学校的回应`,
	description: (survey: string) => `${survey}：家长意见的汇总结果，以及学校听到了什么、将做哪些改变。`,
	/** Over the response when its file sets no title. */
	responseTitle: '学校的回应',
	published: (day: string) => `学校于 ${day} 发布`,
	figures: '调查结果',
	privacy: '这里只公布全校和各年级的汇总数字，不公布文字意见，也不公布任何一份答卷；答卷少于 5 份（或可被推算出）的范围只写“样本不足”。',
	wholeSchool: '全校',
	byGrade: '各年级',
	byClass: '各班级',
	responses: (n: number) => `${n} 份答卷`,
	insufficient: '样本不足',
	satisfied: (p: string) => `满意率 ${p}`,
	satisfiedKey: (target: string) => `满意率：打 4 分或 5 分（满意、非常满意）的家长所占比例。学校的目标是不低于 ${target}。`,
	answered: (n: number) => `${n} 人作答`,
	nps: (score: number) => `净推荐值（NPS）${score}`,
	npsParts: (promoters: string, passives: string, detractors: string) => `推荐 ${promoters}，中立 ${passives}，不推荐 ${detractors}`,
	mean: (value: string) => `平均 ${value}`,
	/** On the survey list, beside a closed survey whose results are published. */
	link: '查看结果和学校的回应',
	/** RSS item for a published response. */
	feedTitle: (survey: string) => `【你说，我们做】${survey}`,
	feedDescription: (survey: string) => `${survey}的结果已公布，附学校的回应和改进措施。`,
	back: '返回问卷列表',
} as const;

const percent = (share: number) => `${Math.floor(share * 1000) / 10}%`;
const signedPercent = (share: number) => `${share >= 0 ? '+' : '−'}${percent(Math.abs(share))}`;

/** The public promise board, /promises/ (承诺看板). */
export const promiseBoard = {
	title: '承诺看板',
	description: '学校在家校制度里对家长的承诺，逐条用实时数据说话：本学期做到了没有，一目了然。',
	lead: '下面每一条都来自学校的家校制度。数字由平台按实际数据自动计算，人数不足 5 人的数据不公布。',
	/** Home page card and footer link. */
	link: { title: '承诺看板', text: '答复时限、满意度、到会率……学校的承诺做到了没有，用数据说话。' },
	term: termLabel,
	/** 2026-2027-1 → 26秋, 2026-2027-2 → 27春: the calendar year the term mostly falls in. */
	shortTerm: (term: string) => {
		const [from, to, half] = term.split('-');
		return half === '1' ? `${String(from).slice(2)}秋` : `${String(to).slice(2)}春`;
	},
	month: (month: string) => `${Number(month.slice(5))}月`,
	thisTerm: '本学期',
	/** After a figure taken from an earlier term's survey. */
	fromTerm: (term: string) => `取自${termLabel(term)}的调查`,
	target: '目标',
	from: '出自',
	noFigure: '暂无数据',
	history: '历史',
	period: '时间',
	value: '数据',
	states: { met: '达成', unmet: '未达成', unknown: '数据不足' } satisfies Record<PromiseState, string>,
	targets: {
		'reply-general': (n: number) => `一般问题 ${n} 个工作日内全部答复`,
		'reply-complex': (n: number) => `复杂问题 ${n} 个工作日内全部答复`,
		satisfaction: (n: number) => `满意率 ≥ ${percent(n)}`,
		'satisfaction-growth': (n: number) => `比去年同学期提升 ≥ ${percent(n)}`,
		resources: (n: number) => `每月新增 ≥ ${n} 篇`,
		lectures: (n: number) => `每学期 ≥ ${n} 场`,
		attendance: (n: number) => `到会率 ≥ ${percent(n)}`,
		'needs-survey': (n: number) => `每次家长会前 ≥ ${n} 天完成需求问卷`,
	} satisfies Record<PromiseMeasure, (n: number) => string>,
	/** The figure, in the unit of its measure. */
	figures: {
		'reply-general': (v: number) => `按时答复 ${percent(v)}`,
		'reply-complex': (v: number) => `按时答复 ${percent(v)}`,
		satisfaction: (v: number) => `满意率 ${percent(v)}`,
		'satisfaction-growth': (v: number) => `同比 ${signedPercent(v)}`,
		resources: (v: number) => `最少的一个月 ${v} 篇`,
		lectures: (v: number) => `${v} 场`,
		attendance: (v: number) => `到会率 ${percent(v)}`,
		'needs-survey': (v: number, of = 0) => `${of} 次家长会中 ${v} 次会前已完成`,
	} satisfies Record<PromiseMeasure, (v: number, of?: number) => string>,
	/** A history bar's value, short. */
	points: {
		'reply-general': percent,
		'reply-complex': percent,
		satisfaction: percent,
		'satisfaction-growth': signedPercent,
		resources: (v: number) => `${v} 篇`,
		lectures: (v: number) => `${v} 场`,
		attendance: percent,
		'needs-survey': (v: number) => `${v} 次`,
	} satisfies Record<PromiseMeasure, (v: number) => string>,
	why: {
		'too-few': '本学期已答复或已到期的意见不足 5 条，不公布比例。',
		'no-survey': '还没有已结束的满意度调查。',
		withheld: '最近一次满意度调查的答卷不足 5 份，按规定不公布。',
		'no-last-year': '需要去年同一学期的满意度调查结果才能比较。',
		'no-full-month': '本学期还没有过完的月份。',
		'no-meeting-held': '本学期还没有召开家长会。',
		'no-meeting': '本学期没有安排家长会。',
	} satisfies Record<NoFigure, string>,
	chart: (title: string) => `${title}：历史数据`,
	noValue: '无数据',
	method: '数据说明：意见答复按收到意见的学期统计，逾期未答复的算作超时；满意度取最近一次已结束的满意度调查中选 4、5 分的比例；资源按发布日期、讲座按举办日期统计；到会率按已召开的家长会签到计算；平台启用以前的学期没有记录，显示为“—”。',
} as const;

/** The term report for leaders, /admin/report/<term>: one printable A4 document. */
export const termReport = {
	title: '家校共育学期报告',
	asOf: (day: string) => `数据截至 ${day}`,
	share: percent,
	previous: '上一学期',
	next: '下一学期',
	promisesTitle: '一、承诺兑现',
	promisesSummary: (met: number, unmet: number, unknown: number) => `共 ${met + unmet + unknown} 项承诺：达成 ${met} 项，未达成 ${unmet} 项，数据不足 ${unknown} 项。`,
	promiseColumns: ['承诺', '结果', '本学期', '目标', '去年同期'],
	/** No promise has a figure the same term a year before. */
	noYearBefore: '去年同一学期还没有数据，暂不做同比。',
	surveysTitle: '二、问卷调查',
	surveysNone: '本学期没有开展问卷调查。',
	surveyColumns: ['问卷', '答卷', '回收率', '满意率', '往期满意率', '去年同期'],
	surveyOpen: '（进行中）',
	withheld: '不足 5 份',
	/** A figure the survey does not have: no scale questions, no earlier term. */
	none: '—',
	topTitle: '主要选择',
	top: (question: string, option: string, share: string) => `${question}选“${option}”最多（${share}）`,
	suggestionsTitle: '三、意见箱',
	suggestionsNone: '本学期没有收到意见。',
	suggestionColumns: ['类别', '收到', '已答复', '超期未答复', '按时答复率'],
	allCategories: '合计',
	tooFewToRate: '不足 5 条',
	suggestionsNote: '按收到意见的日期归入学期；按时答复率只计已答复或已到期的意见，逾期未答复的算作超时。',
	lecturesTitle: '四、家长学校讲座',
	lecturesSummary: (all: number, held: number, target: number) => `本学期安排 ${all} 场，已举办 ${held} 场（目标：每学期 ≥ ${target} 场）。`,
	lecturesNone: '本学期没有安排讲座。',
	held: '已举办',
	scheduled: '待举办',
	resourcesTitle: '五、家庭教育资源',
	resourcesSummary: (total: number, target: number) => `本学期新增 ${total} 篇（目标：每月 ≥ ${target} 篇）。`,
	resourceColumns: ['月份', '新增'],
	tableLabel: (title: string) => `${title}，可左右滑动`,
	method: '本报告与承诺看板使用同一套数据：人数不足 5 人的数据不公布；满意率为选 4、5 分的比例；问卷数字按批公布，与结果页一致。',
} as const;

export const results = {
	title: (survey: string) => `${survey} · 结果`,
	/** Whether parents can read the results at /surveys/<id>/results/ (a response file publishes them). */
	publication: {
		published: '结果已向家长公布，附学校的回应：',
		publishedLink: '查看家长看到的页面',
		ready: (day: string) => `学校的回应已写好，问卷 ${day} 截止后自动向家长公布结果。`,
		unpublished: (file: string) => `结果尚未向家长公布。请管理员在 ${file} 写下学校听到了什么、将做哪些改变，更新网站后即公布（见 README）。`,
	},
	responses: (n: number) => `共 ${n} 份答卷`,
	/** How figures are published (functions/db/queries/publication.ts), shown with every result. */
	steps: '数据按批更新：每个班级（不分班级的问卷按年级或全校）每新增满 5 份答卷才计入一次，最近不足 5 份的暂不显示，导出文件也一样。这样前后两次查看或下载相减，也推算不出某一位家长的答案。',
	filterGrade: '年级',
	filterClass: '班级',
	wholeSchool: '全校',
	scope: (what: string) => `范围：${what}`,
	exportsLabel: '导出：',
	termsLabel: '学期',
	exports: { 'summary.csv': '汇总 CSV', 'summary.xlsx': '汇总 Excel', 'answers.csv': '原始答卷 CSV', 'answers.xlsx': '原始答卷 Excel' },
	exportsWithheld: '样本不足，不提供导出。',
	answersWithheld: '原始答卷：这一范围的答卷少于 10 份（或可被推算出），不提供导出。',
	print: '打印本页',
	allClasses: '全部班级',
	classHint: '选好年级并点“查看”后，“班级”里只列出该年级的班级。',
	apply: '查看',
	withheld: '样本不足：这一范围的答卷少于 5 份（或可被推算出），为保护家长隐私，不显示任何数据。',
	option: '选项',
	count: '人数',
	share: '占比',
	/** Under a showIf question: only some parents were asked it, and shares are of them. */
	askedOnly: (question: string, options: string[], n: number) =>
		`只问“${question}”选${options.map((o) => `“${o}”`).join('或')}的家长（${n} 份答卷），占比按这些答卷计算。`,
	answered: (n: number) => `${n} 人作答`,
	answeredColumn: '作答人数',
	satisfied: '满意率（4—5 分）',
	target: (p: string) => `目标 ${p}`,
	meetsTarget: '达到目标',
	belowTarget: '低于目标',
	row: '方面',
	nps: 'NPS 净推荐值',
	promoters: '推荐者（9—10）',
	passives: '中立者（7—8）',
	detractors: '贬损者（0—6）',
	mean: '平均值',
	caption: (title: string) => `${title}：各选项人数`,
	chartLabel: (title: string) => `${title}的统计图，数据见下表`,
	back: '返回工作台',
	textLink: '查看文字意见',
	textTitle: (title: string) => `${title} · 文字意见`,
	textWithheld: '这一范围的答卷少于 10 份，为保护家长隐私，不显示文字意见。',
	textSearch: '搜索文字意见',
	textSearchSubmit: '搜索',
	textCount: (n: number) => `共 ${n} 条`,
	textNone: '没有符合条件的文字意见。',
	previous: '上一页',
	next: '下一页',
	pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
	backToResults: '返回结果',
	trendTitle: '各学期满意率变化',
	trendTable: '各学期满意率数据表',
	trendKey: (target: string) => `每个方面一张小图，纵轴相同。红色虚线：目标 ${target}；红字、空心点：低于目标；“—”：该学期样本不足，不显示。`,
	trendTerms: (terms: string[]) => `学期：${terms.join('；')}`,
	trendTermPair: (short: string, full: string) => `${short}＝${full}`,
	trendPanel: (label: string, values: string[], target: string) => `${label}：${values.join('，')}（目标 ${target}）`,
	trendWithheld: '样本不足',
	notShown: '—',
} as const;
