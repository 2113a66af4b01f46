// The whole schema, one file per area; drizzle-kit and the client read it from here.
export * from './events.ts';
export * from './limits.ts';
export * from './named.ts';
export * from './staff.ts';
export * from './suggestions.ts';
export * from './surveys.ts';
