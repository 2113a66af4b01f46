import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Survey } from './survey.ts';

/**
 * A content hash of the survey definition, stored with every response: when a question is reworded or
 * an option added, earlier responses still say which version they answered.
 */
export function surveyVersion(survey: Survey): string {
	return bytesToHex(sha256(utf8ToBytes(JSON.stringify(survey)))).slice(0, 16);
}
