/** Levels as the site orders and names them (src/shared/levels.ts is pure, so the unit tests use it directly). */
import { LEVEL_LABELS, LEVEL_ORDER } from '../../src/shared/levels';
import type { IssuerLevel } from '../../src/schema/circular';

export const LEVEL_ORDER_FOR_TEST: IssuerLevel[] = [...LEVEL_ORDER];
export const LEVEL_LABELS_FOR_TEST: Record<IssuerLevel, string> = LEVEL_LABELS;
