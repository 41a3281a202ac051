/** The union of the models leadpipe can score with. */
import type { LeadModel } from './model.ts';
import type { RulesModel } from './rules.ts';

/** Any model leadpipe can score with: a trained model (logistic or gbt) or a rules model. */
export type ScoringModel = LeadModel | RulesModel;
