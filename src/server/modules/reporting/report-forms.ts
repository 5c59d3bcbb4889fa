import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { hasUnitsBelow } from '../../../contract/org.js';
import { type FieldType, fieldTypeOfMeasure } from '../../../contract/reporting/fields.js';
import type {
  createFormRequestSchema,
  formVersionRequestSchema,
  ReportForm,
} from '../../../contract/reporting/reports.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem, notFound, versionConflict } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
import { midSentence } from '../../core/text/mid-sentence.js';
import { reportPolicy } from './policy.js';
import type { ReportingRepository } from './repository.js';

type CreateFormRequest = z.infer<typeof createFormRequestSchema>;

/** A form must ask something: the plan's indicators, or questions of its own. */
function refuseEmptyForm(fieldCount: number) {
  if (fieldCount === 0) {
    throw new HttpProblem(
      'form_without_fields',
      'The plan has no indicators to report on: add at least one question of the form’s own.',
    );
  }
}

/** A plan's kind as it reads in a sentence: "KẾ HOẠCH" is "Kế hoạch", "CHƯƠNG TRÌNH" "Chương trình". */
const documentKind = (typeName: string) => typeName.charAt(0) + typeName.slice(1).toLocaleLowerCase('vi');
type FormVersionRequest = z.infer<typeof formVersionRequestSchema>;
type FormRow = NonNullable<Awaited<ReturnType<ReportingRepository['findForm']>>>;
type FieldContent = { label: string; type: FieldType; help: string | null };

/**
 * Report forms: derived from a plan, then changed only by adding versions. A round pins the version
 * it opened with, so a change never rewrites the fields, labels or values of a report already made.
 */
export function createReportForms(deps: {
  db: Kysely<Database>;
  repository: ReportingRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, audit, clock } = deps;

  async function formView(form: FormRow, version: number): Promise<ReportForm> {
    const fields = await repository.fieldsOf(form.id, version);
    return {
      id: form.public_id,
      title: form.title,
      version,
      latestVersion: form.current_version,
      planId: form.plan_public_id,
      fields: fields.map((field) => ({
        indicatorId: field.public_id,
        type: field.type,
        label: field.label,
        fromPlan: field.indicator_id !== null,
      })),
    };
  }

  async function managedForm(user: SignedInUser, publicId: string): Promise<FormRow> {
    const form = await repository.findForm(publicId);
    if (!form || !reportPolicy.manageRounds(user, form.owner_path))
      throw notFound('There is no such form, or it is not visible to you.');
    return form;
  }

  /** The extra questions of the next version; a question is named by its id in the latest version. */
  function nextExtraQuestions(
    latest: Awaited<ReturnType<ReportingRepository['fieldsOf']>>,
    requested: FormVersionRequest['extraQuestions'],
  ): FieldContent[] {
    const extras = new Map(
      latest.filter((field) => field.indicator_id === null).map((field) => [field.public_id, field]),
    );
    const kept = new Set<string>();
    const errors: { path: string; message: string }[] = [];
    const questions = requested.flatMap((question, index) => {
      // The contract requires a type of every new question.
      if (question.id === undefined)
        return [{ label: question.label, type: question.type as FieldType, help: null }];
      const existing = extras.get(question.id);
      if (!existing || kept.has(question.id)) {
        errors.push({
          path: `body.extraQuestions.${index}.id`,
          message: existing ? 'listed twice' : 'not an extra question of the latest version',
        });
        return [];
      }
      kept.add(question.id);
      return [{ label: question.label, type: existing.type, help: existing.help }];
    });
    if (errors.length > 0) {
      throw new HttpProblem('unknown_form_field', 'Some questions are not on the latest version.', {
        errors,
      });
    }
    return questions;
  }

  async function getForm(user: SignedInUser, publicId: string, version?: number): Promise<ReportForm> {
    const form = await managedForm(user, publicId);
    if (version !== undefined && version > form.current_version)
      throw notFound(`The form has no version ${version}.`);
    return formView(form, version ?? form.current_version);
  }

  return {
    getForm,

    /** A form whose fields are the plan's indicators (as the reporting unit answers them) plus extra questions. */
    async createForm(user: SignedInUser, request: CreateFormRequest): Promise<ReportForm> {
      const plan = await repository.planForForm(request.planId);
      if (!plan || !reportPolicy.manageRounds(user, plan.issuer_path))
        throw notFound('There is no such plan, or you may not derive forms from it.');
      if (!hasUnitsBelow(plan.issuer_kind))
        throw forbidden('A school has no units below it to ask for reports.');
      if (plan.status !== 'issued')
        throw new HttpProblem('plan_not_issued', 'Only an issued plan can be reported on.');
      refuseEmptyForm(plan.indicators.length + request.extraQuestions.length);
      const publicId = newPublicId();
      const title =
        request.title ??
        `Báo cáo kết quả thực hiện ${documentKind(plan.type_name)} ${midSentence(plan.title)}`;
      await db.transaction().execute(async (trx) => {
        const { id } = await repository.insertForm(trx, {
          public_id: publicId,
          plan_id: plan.id,
          owner_unit_id: plan.issuer_id,
          title,
          created_by: user.accountId,
          created_at: clock.now().toISOString(),
        });
        const indicatorFields = plan.indicators.map((indicator) => ({
          label: indicator.name,
          type: fieldTypeOfMeasure[indicator.measure],
          indicator_id: indicator.id,
        }));
        const extraFields = request.extraQuestions.map((question) => ({ ...question, indicator_id: null }));
        await repository.insertFields(
          trx,
          [...indicatorFields, ...extraFields].map((field, position) => ({
            public_id: newPublicId(),
            form_id: id,
            form_version: 1,
            position,
            help: null,
            ...field,
          })),
        );
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'report_form.created',
          entityType: 'report_form',
          entityId: publicId,
          after: { planId: request.planId, title, extraQuestions: request.extraQuestions.length },
        });
      });
      return getForm(user, publicId);
    },

    /** Adds version N+1 with new field rows: the plan's fields as they are, then the new extra questions. */
    async addFormVersion(
      user: SignedInUser,
      publicId: string,
      request: FormVersionRequest,
    ): Promise<ReportForm> {
      const form = await managedForm(user, publicId);
      const stale = () =>
        versionConflict('The form was changed meanwhile; reload it to see the latest version.');
      if (request.version !== form.current_version) throw stale();
      const latest = await repository.fieldsOf(form.id, form.current_version);
      const questions = nextExtraQuestions(latest, request.extraQuestions);
      const planFields = latest
        .filter((field) => field.indicator_id !== null)
        .map(({ label, type, help, indicator_id }) => ({ label, type, help, indicator_id }));
      refuseEmptyForm(planFields.length + questions.length);
      const next = form.current_version + 1;
      await db.transaction().execute(async (trx) => {
        if (!(await repository.advanceFormVersion(trx, form.id, form.current_version))) throw stale();
        await repository.insertFields(
          trx,
          [...planFields, ...questions.map((question) => ({ ...question, indicator_id: null }))].map(
            (field, position) => ({
              public_id: newPublicId(),
              form_id: form.id,
              form_version: next,
              position,
              ...field,
            }),
          ),
        );
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'report_form.version_added',
          entityType: 'report_form',
          entityId: publicId,
          before: {
            version: form.current_version,
            extraQuestions: latest.filter((field) => field.indicator_id === null).map((field) => field.label),
          },
          after: { version: next, extraQuestions: questions.map((question) => question.label) },
        });
      });
      return getForm(user, publicId, next);
    },
  };
}
