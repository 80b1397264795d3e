/** Labels and summaries of a model's openness record. Pure. */
import type { OpennessComponent } from '../schemas/model.ts';

export const OPENNESS_LABELS: Record<OpennessComponent, string> = {
  weights: 'Weights',
  inferenceCode: 'Inference code',
  trainingCode: 'Training code',
  trainingData: 'Training data',
  dataDescription: 'Data description',
  hyperparameters: 'Hyperparameters',
  paper: 'Paper or report',
  modelCard: 'Model card',
  evaluationCode: 'Evaluation code',
};
