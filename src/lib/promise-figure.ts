// A promise's figure as the board and the term report both print it, so the two always read the same.
import type { PromiseMeasure } from '../../functions/domain/school.ts';
import type { Measured } from '../../functions/promises/measures.ts';
import { promiseBoard as t } from '../strings.ts';

export const figureText = (measure: PromiseMeasure, result: Measured): string =>
	result.state === 'unknown' ? t.noFigure : t.figures[measure](result.value, result.of);
