/**
 * models: one entry per model release. Read by engineers comparing models: figures are
 * per release, in fixed units (parameters in billions, context in tokens, training data in
 * trillions of tokens), and the openness record says component by component what is public.
 */
import { z } from 'astro/zod';
import { commonFields, evidence, partialDate, plainText, type RefFn } from './shared.ts';

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

/** The infobox fields whose values must name the document that states them (`evidence.<field>`), in display order. */
export const EVIDENCED_FIELDS = [
  'released',
  'license',
  'architecture',
  'parameters',
  'contextWindow',
  'trainingTokens',
  'trainingCompute',
  'modalities',
  'outputs',
  'baseModel',
  'huggingface',
] as const;
export type EvidencedField = (typeof EVIDENCED_FIELDS)[number];
/** The fields a lab can withhold: recorded under `undisclosed` with the document that shows it. */
export const DISCLOSABLE_FIELDS = [
  'architecture',
  'parameters',
  'contextWindow',
  'trainingTokens',
  'trainingCompute',
  'huggingface',
] as const;
export type DisclosableField = (typeof DISCLOSABLE_FIELDS)[number];

const parameterCounts = z
  .strictObject({
    /** Total parameters, billions. */
    total: z.number().positive().optional(),
    /** Parameters active per token, billions (MoE); equals total for dense models when stated. */
    active: z.number().positive().optional(),
    /** Deprecated: list the sizes as `variants`, each with its license. */
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
  });

const variant = (ref: RefFn) =>
  z
    .strictObject({
      /** The variant's name as the lab writes it, e.g. "Llama 3.1 8B" or "Qwen2.5-3B". */
      name: plainText(120),
      /** Its parameter counts in billions: `{ total: 8 }`, or `{ total: 30, active: 3 }` for a mixture of experts. */
      parameters: parameterCounts.refine((p) => p.total !== undefined, {
        message: 'a variant needs its size: write parameters: { total: <billions> }',
      }),
      /** The license of this variant's weights (id of a licenses entry): sizes of one release can differ. */
      license: ref('licenses').optional(),
      /** open-weights, gated or closed, when it differs from the release's. */
      availability: z.enum(AVAILABILITY, { error: `expected one of: ${AVAILABILITY.join(', ')}` }).optional(),
      /** Context window in tokens, when it differs from the release's. */
      contextWindow: z.number().int().positive().optional(),
      /** Hugging Face repository id of this variant. */
      huggingface: z
        .string()
        .regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, { message: 'expected a Hugging Face repo id like org/name' })
        .optional(),
      /** Anything a reader choosing between variants needs, in plain words. */
      note: plainText(200).optional(),
      /** The document that states this variant's size and license (id of a sources entry). */
      source: ref('sources').optional(),
    })
    .superRefine((v, ctx) => {
      // Checked here rather than by a bare required field so the message says why.
      if (v.license === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['license'],
          message: 'a variant needs its license: add license: <licenses id> (sizes of one release can differ)',
        });
      if (v.source === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: 'a variant needs the document that states its size and license: add source: <source id>',
        });
    });

/** For each infobox field, the document that states its value. */
const evidenceFields = (ref: RefFn) => {
  const e = evidence(ref).optional();
  return z.strictObject({
    /** The document that gives the release date. */
    released: e,
    /** The document that gives the license of the weights (the model card or repository). */
    license: e,
    /** The document that describes the architecture (dense or mixture of experts, expert counts). */
    architecture: e,
    /** The document that gives the parameter counts. */
    parameters: e,
    /** The document that gives the context window. */
    contextWindow: e,
    /** The document that gives the number of training tokens. */
    trainingTokens: e,
    /** The document that gives the training compute. */
    trainingCompute: e,
    /** The document that lists the input modalities. */
    modalities: e,
    /** The document that says what the model generates. */
    outputs: e,
    /** The document that names the Hugging Face repository (usually the model card itself). */
    huggingface: e,
    /** The document that names the base model. */
    baseModel: e,
  } satisfies Record<EvidencedField, unknown>);
};

/** For each figure a lab can withhold, the record that it did. */
const undisclosedFields = (ref: RefFn) => {
  const w = withheld(ref).optional();
  return z.strictObject({
    /** The architecture was not published. */
    architecture: w,
    /** The parameter counts were not published. */
    parameters: w,
    /** The context window was not published. */
    contextWindow: w,
    /** The amount of training data was not published. */
    trainingTokens: w,
    /** The training compute was not published. */
    trainingCompute: w,
    /** The weights are not on Hugging Face. */
    huggingface: w,
  } satisfies Record<DisclosableField, unknown>);
};

const withheld = (ref: RefFn) =>
  z
    .strictObject({
      /** The document that shows the figure was withheld (a model card or report that leaves it out on purpose, or says so). */
      source: ref('sources').optional(),
      /** What exactly is withheld, in plain words. */
      note: plainText(300).optional(),
    })
    .superRefine((w, ctx) => {
      if (w.source === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: '"not disclosed" needs the document that shows the figure was withheld: add source: <source id>',
        });
    });

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
      /** Parameter counts in billions (e.g. 671 for 671B): the largest variant's when the release has several. */
      parameters: parameterCounts.optional(),
      /** Context window in tokens, e.g. 128000. */
      contextWindow: z.number().int().positive().optional(),
      /** Training data in trillions of tokens, e.g. 14.8. */
      trainingTokens: z.number().positive().optional(),
      /** Training compute as published, in words, e.g. "2.788 million H800 GPU hours". */
      trainingCompute: plainText(160).optional(),
      /** Input modalities, as the model card lists them. */
      modalities: z.array(z.enum(MODALITIES, { error: `expected one of: ${MODALITIES.join(', ')}` })).optional(),
      /** What it generates, when that is not text alone, e.g. [image] for a text-to-image model. */
      outputs: z.array(z.enum(MODALITIES, { error: `expected one of: ${MODALITIES.join(', ')}` })).optional(),
      /** The model this one was derived from (id of a models entry). */
      baseModel: ref('models').optional(),
      /** How it was derived from `baseModel`. */
      derivation: z.enum(DERIVATIONS, { error: `expected one of: ${DERIVATIONS.join(', ')}` }).optional(),
      /** Hugging Face repository id, e.g. "meta-llama/Llama-3.1-405B". */
      huggingface: z
        .string()
        .regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, { message: 'expected a Hugging Face repo id like org/name' })
        .optional(),
      /** The sizes or variants of the release that readers choose between, each with its own size and license. */
      variants: z.array(variant(ref)).default([]),
      /** For each infobox field given above, the document that states it: `field: <source id>` or `field: { source, at }`. */
      evidence: evidenceFields(ref).default({}),
      /** Fields the lab withheld, each with the document that shows it: shown as "not disclosed", never as missing. */
      undisclosed: undisclosedFields(ref).default({}),
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
      for (const field of DISCLOSABLE_FIELDS) {
        if (m.undisclosed[field] !== undefined && m[field] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['undisclosed', field],
            message: `"${field}" has a value and is also marked not disclosed: keep one of the two`,
          });
      }
      for (const field of EVIDENCED_FIELDS) {
        if (m.evidence[field] !== undefined && m[field] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['evidence', field],
            message: `evidence for "${field}", which has no value: add the value it supports, or remove this line`,
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
