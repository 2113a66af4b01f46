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
} as const;

/** How an error summary names a question and what is wrong with it. */
export const fieldError = (title: string, message: string) => `${title} — ${message}`;
