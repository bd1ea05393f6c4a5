import { z } from 'zod';
import { TextSchema, TimestampSchema, UuidSchema } from './common.ts';
import { BudgetStatusSchema } from './enums.ts';

// Budget workflow: draft → submitted (advisor) → adopted (manager) or back to draft with a comment.

export const COMMENT_KINDS = ['comment', 'submitted', 'adopted', 'sent-back'] as const;
export const CommentKindSchema = z.enum(COMMENT_KINDS);

export const BudgetCommentSchema = z.object({
  id: z.string(),
  budgetId: z.string(),
  kind: CommentKindSchema,
  body: z.string(),
  author: z.object({ id: z.string(), displayName: z.string(), role: z.string() }).nullable(),
  createdAt: TimestampSchema,
});
export type BudgetComment = z.infer<typeof BudgetCommentSchema>;
export const BudgetCommentListSchema = z.array(BudgetCommentSchema);

const CommentBodySchema = TextSchema.trim().min(1, { error: 'opmerking mag niet leeg zijn' });

export const CommentCreateSchema = z.object({ body: CommentBodySchema });
/** Submit and adopt take an optional remark; sending back requires one (the advisor must know why). */
export const WorkflowStepSchema = z.object({ comment: CommentBodySchema.optional() });
export const SendBackSchema = z.object({ comment: CommentBodySchema });
export type WorkflowStep = z.infer<typeof WorkflowStepSchema>;
export type SendBack = z.infer<typeof SendBackSchema>;

export const WorkflowParamsSchema = z.object({ id: UuidSchema });

export const BudgetVersionInfoSchema = z.object({
  budgetId: z.string(),
  versionOfBudgetId: z.string().nullable(),
  /** Oldest first: the chain of budgets this one continues, ending with itself. */
  lineage: z.array(z.object({ id: z.string(), name: z.string(), status: z.string(), createdAt: TimestampSchema })),
});
export type BudgetVersionInfo = z.infer<typeof BudgetVersionInfoSchema>;

/** The answer of submit, adopt and send back: the budget and the status it now has. */
export const WorkflowStepResultSchema = z.object({ id: z.string(), status: BudgetStatusSchema });
export type WorkflowStepResult = z.infer<typeof WorkflowStepResultSchema>;

/** The answer of POST /budgets/:id/new-version: the new draft and the adopted budget it continues. */
export const NewVersionResultSchema = z.object({ id: z.string(), versionOfBudgetId: z.string() });
export type NewVersionResult = z.infer<typeof NewVersionResultSchema>;
