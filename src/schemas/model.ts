/**
 * models: one entry per model release. Read by engineers comparing models: figures are
 * per release, in fixed units (parameters in billions, context in tokens, training data in
 * trillions of tokens), and the openness record says component by component what is public.
 */
import { z } from 'astro/zod';
import { commonFields, partialDate, plainText, type RefFn } from './shared.ts';

export const OPENNESS_STATUSES = ['open', 'partial', 'closed', 'not-disclosed', 'not-applicable', 'unknown'] as const;
/** The components of a release whose openness is recorded, in display order. */
export const OPENNESS_COMPONENTS = [
  'weights',
  'inferenceCode',
  'trainingCode',
  'trainingData',
  'dataDescription',
  'hyperparameters',
  'paper',
  'modelCard',
  'evaluationCode',
] as const;
export type OpennessComponent = (typeof OPENNESS_COMPONENTS)[number];
export const AVAILABILITY = ['open-weights', 'gated', 'closed'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video', 'code'] as const;
export const DERIVATIONS = ['fine-tune', 'distillation', 'continued-pretraining', 'quantization', 'merge'] as const;

const component = (ref: RefFn) =>
  z.strictObject({
    /** open, partial, closed, not-disclosed, not-applicable or unknown. "not-disclosed" is not "closed". */
    status: z.enum(OPENNESS_STATUSES, { error: `expected one of: ${OPENNESS_STATUSES.join(', ')}` }),
    /** What exactly is (or is not) available. */
    note: plainText(300).optional(),
    /** The document that shows it. */
    source: ref('sources').optional(),
  });

export const modelSchema = (ref: RefFn) => {
  const comp = component(ref);
  return z
    .strictObject({
      /** The release's name as its lab writes it, e.g. "Llama 3.1 405B". */
      name: plainText(120),
      /** The family it belongs to, e.g. "Llama". */
      family: plainText(60).optional(),
      /** The lab that released it (id of a labs entry). */
      lab: ref('labs'),
      /** Release date at the precision known. Leave out when the sources give none: it shows as "not recorded". */
      released: partialDate.optional(),
      /** open-weights (downloadable by anyone), gated (on request or to approved researchers only), or closed (no weights). */
      availability: z.enum(AVAILABILITY, { error: `expected one of: ${AVAILABILITY.join(', ')}` }),
      /** The license of the weights (id of a licenses entry). Leave out for closed models, and when the sources do not say. */
      license: ref('licenses').optional(),
      /** Dense Transformer or mixture of experts, with expert counts when published. */
      architecture: z
        .strictObject({
          /** dense or moe. */
          type: z.enum(['dense', 'moe'], { error: 'expected dense or moe' }),
          /** Number of experts (per MoE layer). */
          experts: z.number().int().positive().optional(),
          /** Experts active per token. */
          activeExperts: z.number().int().positive().optional(),
        })
        .optional(),
      /** Parameter counts in billions (e.g. 671 for 671B). */
      parameters: z
        .strictObject({
          /** Total parameters, billions: the largest size when the release has several. */
          total: z.number().positive().optional(),
          /** Parameters active per token, billions (MoE); equals total for dense models when stated. */
          active: z.number().positive().optional(),
          /** Every size in the release, billions of total parameters, e.g. [7, 13, 70]. */
          sizes: z.array(z.number().positive()).optional(),
        })
        .superRefine((p, ctx) => {
          if (p.total !== undefined && p.active !== undefined && p.active > p.total) {
            ctx.addIssue({
              code: 'custom',
              path: ['active'],
              message: `active parameters (${p.active}B) exceed total (${p.total}B): active must be at most total`,
            });
          }
        })
        .optional(),
      /** Context window in tokens, e.g. 128000. */
      contextWindow: z.number().int().positive().optional(),
      /** Training data in trillions of tokens, e.g. 14.8. */
      trainingTokens: z.number().positive().optional(),
      /** Training compute as published, in words, e.g. "2.788 million H800 GPU hours". */
      trainingCompute: plainText(160).optional(),
      /** Input modalities. */
      modalities: z.array(z.enum(MODALITIES, { error: `expected one of: ${MODALITIES.join(', ')}` })).default(['text']),
      /** The model this one was derived from (id of a models entry). */
      baseModel: ref('models').optional(),
      /** How it was derived from `baseModel`. */
      derivation: z.enum(DERIVATIONS, { error: `expected one of: ${DERIVATIONS.join(', ')}` }).optional(),
      /** Hugging Face repository id, e.g. "meta-llama/Llama-3.1-405B". */
      huggingface: z
        .string()
        .regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, { message: 'expected a Hugging Face repo id like org/name' })
        .optional(),
      /** Other names readers search for. */
      aliases: z.array(plainText(80)).default([]),
      /** One plain sentence for tables and previews. */
      summary: plainText(300),
      /** Component by component, what is public. A component left out is shown as unknown. */
      openness: z
        .strictObject({
          /** The trained parameters. */
          weights: comp.optional(),
          /** Code to run the model. */
          inferenceCode: comp.optional(),
          /** Code that trained it. */
          trainingCode: comp.optional(),
          /** The training data itself. */
          trainingData: comp.optional(),
          /** A description of the training data (sources, mix, filtering). */
          dataDescription: comp.optional(),
          /** Training hyperparameters. */
          hyperparameters: comp.optional(),
          /** A technical report or paper. */
          paper: comp.optional(),
          /** A model card. */
          modelCard: comp.optional(),
          /** Code to reproduce the evaluations. */
          evaluationCode: comp.optional(),
        })
        .default({}),
      ...commonFields(ref),
    })
    .superRefine((m, ctx) => {
      if (m.availability === 'closed' && m.license !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['license'],
          message: 'a closed model has no license for its weights: remove "license" or change "availability"',
        });
      }
      if (m.derivation !== undefined && m.baseModel === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['baseModel'],
          message: '"derivation" needs "baseModel": name the model it was derived from',
        });
      }
    });
};
export type ModelData = z.infer<ReturnType<typeof modelSchema>>;
