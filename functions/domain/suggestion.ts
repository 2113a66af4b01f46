// The suggestion box's fixed lists: what a suggestion is about, where it stands, how long it may take.

export const suggestionCategories = ['teaching', 'homework', 'canteen', 'uniform', 'after-school', 'safety', 'communication', 'other'] as const;
export type SuggestionCategory = (typeof suggestionCategories)[number];

/** 已收到 → 处理中 → 已答复 → 已公示 / 已关闭 */
export const suggestionStatuses = ['received', 'processing', 'answered', 'published', 'closed'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/** How long a reply may take: school.yaml promises.replyDays (3 and 5 working days by default). */
export const suggestionComplexities = ['general', 'complex'] as const;
export type SuggestionComplexity = (typeof suggestionComplexities)[number];
