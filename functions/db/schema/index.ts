// The whole schema, one file per area; drizzle-kit and the client read it from here.
export * from './surveys.ts';
