// Chinese messages the server and the form script give parents about their answers. The site's other
// strings are in src/strings.ts, which re-exports these so pages have one place to look.

export const answerMessages = {
	required: '请回答这一题',
	requiredRows: '请为每一行选择一项',
	notAnOption: '请从给出的选项中选择',
	oneOnly: '这一题只能选一项',
	duplicate: '同一选项不能重复选择',
	tooFew: (n: number) => `请至少选择 ${n} 项`,
	tooMany: (n: number) => `最多只能选择 ${n} 项`,
	scale: '请选择 1 到 5 之间的一项',
	nps: '请选择 0 到 10 之间的一个分数',
	tooLong: (n: number) => `最多 ${n} 个字，请删减后再提交`,
	notNumber: '请填写数字',
	notInteger: '请填写整数',
	belowMin: (n: number) => `不能小于 ${n}`,
	aboveMax: (n: number) => `不能大于 ${n}`,
	phone: '请填写 11 位手机号码，例如 13800138000',
	grade: '请选择孩子所在的年级',
	class: '请选择孩子所在的班级',
	consent: '请阅读并勾选同意后再提交',
	unknownField: '表单中有无法识别的内容，请刷新页面后重新填写。',
} as const;

export const submissionMessages = {
	summary: (n: number) => `有 ${n} 处需要修改，请检查标出的题目后再提交。`,
	notOpen: '这份问卷还没有开始收集。',
	closed: '这份问卷已经截止，感谢您的关注。',
	notFound: '没有找到这份问卷。',
	tooLarge: '提交的内容太长了，请删减后再试。',
	badBody: '无法读取提交的内容，请刷新页面后重新填写。',
	missingKey: '表单已过期，请刷新页面后重新提交（您填写的内容会保留）。',
	codeRequired: '请填写班主任发给您的问卷码',
	codeInvalid: '问卷码不正确，请核对后重新输入（不区分大小写）',
	codeUsed: '这个问卷码已经使用过了。每个家庭只能提交一次；如有疑问请联系班主任。',
	busy: '系统繁忙，您的回答没有提交成功，请稍后再试（填写的内容会保留）。',
	tooMany: '同一网络提交的答卷太多了，请 10 分钟后再试（填写的内容会保留）。',
} as const;

/** How an error summary names a question and what is wrong with it. */
export const fieldError = (title: string, message: string) => `${title} — ${message}`;

export const suggestionMessages = {
	category: '请选择意见的类别',
	tooShort: (n: number) => `请至少写 ${n} 个字，把情况说清楚`,
	tooLong: (n: number) => `最多 ${n} 个字，请删减后再提交`,
	contactTooLong: '联系方式最多 50 个字',
	tooMany: '提交太频繁了，请一小时后再试。如有急事请拨打家校热线。',
	codeFormat: '回执码是 16 位字母和数字，例如 7K3M-Q9TD-2XRF-8WHN，请核对后再查',
	notFound: '没有查到这个回执码对应的意见。请核对回执码；如果刚刚提交，请稍后再查。',
	lookupsTooMany: '查询次数过多，请 10 分钟后再试。',
} as const;

/** Said by `npm start`, `npm run build` and the staff pages while a year the clock needs has no file. */
export const calendarMessages = {
	missingYear: (year: number) =>
		`${year} 年放假安排尚未录入，${year} 年的答复期限暂按周一至周五计算，可能有误：国务院公布后请在 content/calendar/ 中添加 ${year}.yaml。`,
} as const;

export const staffMessages = {
	badLogin: '用户名或密码不正确',
	locked: (minutes: number) => `尝试次数过多，请 ${minutes} 分钟后再试`,
	csrf: '页面已过期，请刷新后重新操作',
	forbidden: '您的账号没有权限使用这个页面',
	replyEmpty: '请填写答复内容',
	boardEmpty: '请填写公示的文字（可删去可能识别家长的内容）',
	noConsent: '家长没有同意公示，这条意见不能公示',
	notAnswered: '请先答复，再公示',
} as const;

/** Headings of the CSV and XLSX exports, which leaders open in Excel or WPS. */
export const exportLabels = {
	question: '题目',
	item: '选项或方面',
	count: '人数',
	share: '占比',
	satisfied: '满意率（4—5 分）',
	answered: '作答人数',
	nps: 'NPS 净推荐值',
	promoters: '推荐者（9—10）',
	passives: '中立者（7—8）',
	detractors: '贬损者（0—6）',
	mean: '平均值',
	responses: '答卷总数',
	withheld: '样本不足：这一范围的答卷少于 5 份（或可被推算出），为保护家长隐私，不导出任何数据。',
	number: '序号',
	month: '提交月份',
	/** A named form's class list: the day it was filled in. */
	filledOn: '填写日期',
	grade: '年级',
	class: '班级',
	value: '数值',
	rawWithheld: '这一范围的答卷少于 10 份（或可被推算出），为保护家长隐私，不导出原始答卷。',
	/** In a raw row, for a grade or class too small to be named next to single answers. */
	tooFew: '样本不足',
	/** Worksheet names in the XLSX files. */
	summarySheet: '汇总',
	rawSheet: '原始答卷',
} as const;

export const signupMessages = {
	notOpen: (day: string) => `报名将于 ${day} 开始，请到时再来。`,
	closed: '这个活动的报名已经截止。',
	slotPast: '这一场已经结束，请选择其他场次。',
	slot: '请选择要报名的场次',
	name: '请填写您的姓名或称呼（最多 20 个字）',
	class: '请选择孩子所在的班级',
	/** The class is invited to the event, but to another slot (a parent meeting per grade). */
	classNotInSlot: '这一场不面向孩子所在的年级，请改选孩子年级的那一场。',
	phone: answerMessages.phone,
	people: (max: number) => `人数请填写 1 到 ${max} 之间的整数`,
	overCapacity: (capacity: number) => `这一场一共只有 ${capacity} 个名额，请减少人数`,
	tooMany: '报名太频繁了，请 10 分钟后再试（填写的内容会保留）。',
	codeInvalid: '管理码不正确，请核对后重新输入（不区分大小写）。',
	tooManyLookups: '查询太频繁了，请 10 分钟后再试。',
	alreadyCancelled: '这个报名已经取消。',
} as const;

/** What staff are told on the check-in list (/admin/signups/<event>/<slot>/checkin). */
export const checkinMessages = {
	badBody: '无法读取提交的内容，请刷新页面后重试。',
	unknownAction: '无法识别的操作，请刷新页面后重试。',
	notOnList: '这条报名不在本场的已确认名单里，请刷新页面后重试。',
	attended: (people: number) => `到场人数请填写 1 到 ${people} 之间的整数`,
	name: '请填写姓名或称呼（最多 20 个字）',
	class: '请选择孩子所在的班级',
	people: (max: number) => `人数请填写 1 到 ${max} 之间的整数`,
} as const;
