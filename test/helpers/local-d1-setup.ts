// Set up before each file of the integration-d1 project: the file's workerd stops with the file.
import { afterAll } from 'vitest';
import { stopLocalD1 } from './local-d1.ts';

afterAll(stopLocalD1);
