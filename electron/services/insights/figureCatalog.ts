import { CASE_FIGURES } from './caseFigures';
import type { FigureDef } from './figureModel';
import type { FigureId } from '../../api/insights/insightsSchemas';
import { OFFICE_FIGURES } from './officeFigures';
import { RECORD_FIGURES } from './recordFigures';

/** Every figure, in the order the pages and the monthly report show them. */
export const FIGURES: readonly FigureDef[] = [...CASE_FIGURES, ...RECORD_FIGURES, ...OFFICE_FIGURES];

export const figureDef = (id: FigureId): FigureDef => FIGURES.find((f) => f.id === id) as FigureDef;
