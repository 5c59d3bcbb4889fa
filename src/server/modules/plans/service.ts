import type { Kysely, Transaction } from 'kysely';
import type { PlanContent } from '../../../contract/plans/content.js';
import { planContentSchema } from '../../../contract/plans/content.js';
import type {
  CreatePlanRequest,
  ImportPlanRequest,
  IssuePlanRequest,
  Plan,
  PlanListQuery,
  UpdatePlanRequest,
} from '../../../contract/plans/plan.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { isUniqueViolation } from '../../core/db/unique-violation.js';
import { forbidden, HttpProblem, notFound } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import { searchWords } from '../org/search-text.js';
import { parsePlanText } from './import/parse-plan-text.js';
import { defaultSymbol, formatNumber, vietnameseDate } from './plan-number.js';
import { planRows, searchTextOf } from './plan-rows.js';
import { assertPlanRules } from './plan-rules.js';
import { planScopeOf } from './plan-scope.js';
import { contentOf, readPlan } from './plan-view.js';
import { isEditable, planPolicy } from './policy.js';
import type { PlanRepository, PlanRow, PlanScope } from './repository.js';
import { PlanVersionConflict } from './version-conflict.js';

const NUMBERING_ATTEMPTS = 5;

/** Thrown inside a transaction when the version guard fails; the plan is reloaded after the rollback. */
class StaleVersion extends Error {}

const numberTaken = (number: number, year: number) =>
  new HttpProblem('plan_number_taken', `Number ${number} is already used by this issuer in ${year}.`);

const statusConflict = (action: string, status: string) =>
  new HttpProblem('plan_status_conflict', `A plan that is ${status} cannot be ${action}.`);

/** Issued units that are still open; historical plans of closed units come only through `seedIssued`. */
async function openUnit(repository: PlanRepository, publicId: string) {
  const [unit] = await repository.unitsByPublicId([publicId]);
  if (!unit) throw new HttpProblem('unit_not_found', 'There is no unit with this id.');
  if (unit.valid_to !== null)
    throw new HttpProblem('unit_closed', `${unit.name} is closed; choose the unit that replaced it.`);
  return unit;
}

export function createPlanService(deps: {
  db: Kysely<Database>;
  repository: PlanRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, audit, clock } = deps;
  const everything: PlanScope = { within: null, ancestorIds: [] };

  function abilities(user: SignedInUser, row: PlanRow): Plan['abilities'] {
    const args = [user, row.issuer_path, row.status] as const;
    return {
      update: planPolicy.update(...args),
      submitForReview: planPolicy.submitForReview(...args),
      issue: planPolicy.issue(...args),
      cascade: planPolicy.cascade(...args, row.issuer_kind),
      followCascade: planPolicy.followCascade(user, row.issuer_path),
      amend: planPolicy.amend(...args),
      close: planPolicy.close(...args),
      implement: planPolicy.implement(...args),
    };
  }

  async function present(user: SignedInUser, row: PlanRow): Promise<Plan> {
    return { ...(await readPlan(repository, row)), abilities: abilities(user, row) };
  }

  /** The plan if the user may see it; otherwise 404, so other units' plans stay invisible. */
  async function visiblePlan(user: SignedInUser, publicId: string): Promise<PlanRow> {
    const row = await repository.findPlan(publicId, planScopeOf(user));
    if (!row) throw notFound('There is no such plan, or it is not visible to you.');
    return row;
  }

  async function reload(user: SignedInUser, publicId: string): Promise<Plan> {
    const row = await repository.findPlan(publicId, everything);
    if (!row) throw notFound();
    return present(user, row);
  }

  async function assertNumberFree(issuerId: number, content: PlanContent, exceptPlanId: number | null) {
    if (content.number === null || content.issuedOn === null) return;
    const year = Number(content.issuedOn.slice(0, 4));
    if (await repository.numberTaken(issuerId, year, content.number, exceptPlanId))
      throw numberTaken(content.number, year);
  }

  /** Inserts a plan with its content in one transaction, audited. */
  async function insert(
    issuer: { id: number },
    content: PlanContent,
    scope: PlanScope,
    links: { status: 'draft' | 'issued'; parentPlanId?: number | null; amendsPlanId?: number | null },
    actorAccountId: number | null,
  ): Promise<string> {
    assertPlanRules(content);
    await assertNumberFree(issuer.id, content, null);
    const { columns, children } = await planRows(repository, content, scope);
    const publicId = newPublicId();
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const { id } = await repository.insertPlan(trx, {
        ...columns,
        public_id: publicId,
        issuer_unit_id: issuer.id,
        status: links.status,
        parent_plan_id: links.parentPlanId ?? null,
        amends_plan_id: links.amendsPlanId ?? null,
        created_by: actorAccountId,
        created_at: now,
        updated_at: now,
      });
      await repository.replaceChildren(trx, id, children);
      await audit(trx, {
        actorAccountId,
        action: links.status === 'issued' ? 'plan.entered_issued' : 'plan.created',
        entityType: 'plan',
        entityId: publicId,
        after: content,
      });
    });
    return publicId;
  }

  /** Runs a write transaction; a version guard failing inside it answers 409 with the plan as it is now. */
  async function atVersion(
    user: SignedInUser,
    publicId: string,
    work: (trx: Transaction<Database>) => Promise<void>,
  ) {
    try {
      await db.transaction().execute(work);
    } catch (error) {
      if (error instanceof StaleVersion) throw new PlanVersionConflict(await reload(user, publicId));
      throw error;
    }
  }

  /** Moves a plan to another status, checking the version it was read at, audited. */
  async function transition(
    user: SignedInUser,
    row: PlanRow,
    action: string,
    changes: Parameters<PlanRepository['updatePlan']>[3],
  ) {
    await atVersion(user, row.public_id, async (trx) => {
      if (!(await repository.updatePlan(trx, row.id, row.version, changes))) throw new StaleVersion();
      await audit(trx, {
        actorAccountId: user.accountId,
        action,
        entityType: 'plan',
        entityId: row.public_id,
        before: { status: row.status },
        after: changes,
      });
    });
    return reload(user, row.public_id);
  }

  async function draftFrom(
    user: SignedInUser,
    issuer: { id: number },
    content: PlanContent,
    links: { parentPlanId: number | null; amendsPlanId?: number | null },
  ) {
    const publicId = await insert(
      issuer,
      content,
      planScopeOf(user),
      { status: 'draft', ...links },
      user.accountId,
    );
    return reload(user, publicId);
  }

  return {
    visiblePlan,
    present,

    unit: async (publicId: string) => (await repository.unitsByPublicId([publicId]))[0],

    unitsBelow: repository.unitsBelow,

    async list(user: SignedInUser, query: PlanListQuery) {
      const scope = planScopeOf(user);
      const issuer =
        query.issuer === undefined ? undefined : (await repository.unitsByPublicId([query.issuer]))[0];
      if (query.issuer !== undefined && !issuer)
        throw new HttpProblem('unit_not_found', 'There is no such unit.');
      const filter = {
        scope,
        words: searchWords(query.q ?? ''),
        issuerPath: issuer?.path,
        withUnitsBelow: query.withUnitsBelow === 'true',
        year: query.year,
        status: query.status,
      };
      const [rows, total] = await Promise.all([
        repository.listPlans(filter, query.limit, query.cursor ?? null),
        repository.countPlans(filter),
      ]);
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((row) => ({
          id: row.public_id,
          number: formatNumber(row.number, row.symbol),
          title: row.title,
          issuer: { id: row.issuer_public_id, name: row.issuer_name },
          status: row.status,
          issuedOn: row.issued_on,
          periodStartYear: row.period_start_year,
          periodEndYear: row.period_end_year,
        })),
        total,
        nextCursor: rows.length > query.limit ? (page.at(-1)?.public_id ?? null) : null,
      };
    },

    async get(user: SignedInUser, publicId: string): Promise<Plan> {
      return present(user, await visiblePlan(user, publicId));
    },

    async create(user: SignedInUser, request: CreatePlanRequest): Promise<Plan> {
      const { issuerId, ...content } = request;
      const issuer = await openUnit(repository, issuerId);
      if (!planPolicy.author(user, issuer.path)) throw forbidden('You may not author plans for this unit.');
      return draftFrom(user, issuer, content, { parentPlanId: null });
    },

    /** Replaces a draft's whole content; a stale version answers 409 with the plan as it is now. */
    async update(user: SignedInUser, publicId: string, request: UpdatePlanRequest): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      if (!planPolicy.author(user, row.issuer_path)) throw forbidden('You may not edit plans of this unit.');
      if (!isEditable(row.status))
        throw new HttpProblem(
          'plan_not_editable',
          'An issued plan cannot change; draft an amendment instead.',
        );
      if (request.version !== row.version) throw new PlanVersionConflict(await present(user, row));
      const { version, ...content } = request;
      assertPlanRules(content);
      await assertNumberFree(row.issuer_unit_id, content, row.id);
      const { columns, children } = await planRows(repository, content, planScopeOf(user));
      await atVersion(user, publicId, async (trx) => {
        if (
          !(await repository.updateDraft(trx, row.id, version, {
            ...columns,
            updated_at: clock.now().toISOString(),
          }))
        )
          throw new StaleVersion();
        await repository.replaceChildren(trx, row.id, children);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'plan.updated',
          entityType: 'plan',
          entityId: publicId,
          before: { version },
          after: content,
        });
      });
      return reload(user, publicId);
    },

    async submitForReview(user: SignedInUser, publicId: string): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      if (!planPolicy.author(user, row.issuer_path))
        throw forbidden('You may not submit plans of this unit.');
      if (row.status !== 'draft') throw statusConflict('submitted for review', row.status);
      return transition(user, row, 'plan.submitted_for_review', {
        status: 'in_review',
        updated_at: clock.now().toISOString(),
      });
    },

    /**
     * Issues a plan under review: its number is the one typed, or the issuer's next for the year;
     * an amendment's original becomes `amended` in the same transaction.
     */
    async issue(user: SignedInUser, publicId: string, request: IssuePlanRequest): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      if (!planPolicy.issue(user, row.issuer_path, 'in_review'))
        throw forbidden('Only a leader of the issuer issues.');
      if (row.status !== 'in_review') throw statusConflict('issued', row.status);
      const issuedOn = request.issuedOn ?? row.issued_on ?? vietnamToday(clock);
      const year = Number(issuedOn.slice(0, 4));
      const typed = request.number ?? row.number;
      if (typed !== null && (await repository.numberTaken(row.issuer_unit_id, year, typed, row.id)))
        throw numberTaken(typed, year);
      const symbol = row.symbol ?? defaultSymbol(row.issuer_kind);
      const now = clock.now().toISOString();
      // Two plans of one issuer issued at the same moment may both take the next number; the loser retries.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await atVersion(user, publicId, async (trx) => {
            const number = typed ?? (await repository.nextNumber(trx, row.issuer_unit_id, year));
            const changes = {
              status: 'issued' as const,
              number,
              symbol,
              number_year: year,
              issued_on: issuedOn,
              search_text: searchTextOf(number, symbol, row.title),
              updated_at: now,
            };
            if (!(await repository.updatePlan(trx, row.id, row.version, changes))) throw new StaleVersion();
            if (row.amends_plan_id !== null)
              await repository.setStatus(trx, row.amends_plan_id, 'amended', now);
            await audit(trx, {
              actorAccountId: user.accountId,
              action: 'plan.issued',
              entityType: 'plan',
              entityId: publicId,
              before: { status: row.status },
              after: changes,
            });
          });
          return reload(user, publicId);
        } catch (error) {
          // The only unique index a plan write can hit is its number.
          if (!isUniqueViolation(error)) throw error;
          if (typed !== null) throw numberTaken(typed, year);
          if (attempt === NUMBERING_ATTEMPTS) throw error;
        }
      }
    },

    /** Starts an amendment: a new draft with the issued plan's content that replaces it once issued. */
    async amend(user: SignedInUser, publicId: string): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      if (!planPolicy.author(user, row.issuer_path)) throw forbidden('You may not amend plans of this unit.');
      if (row.status !== 'issued') throw statusConflict('amended', row.status);
      const content = { ...contentOf(await readPlan(repository, row)), number: null, issuedOn: null };
      return draftFrom(user, { id: row.issuer_unit_id }, content, {
        parentPlanId: row.parent_plan_id,
        amendsPlanId: row.id,
      });
    },

    async close(user: SignedInUser, publicId: string, supersededBy: string | undefined): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      if (!planPolicy.close(user, row.issuer_path, 'issued'))
        throw forbidden('Only a leader of the issuer closes.');
      if (row.status !== 'issued' && row.status !== 'amended') throw statusConflict('closed', row.status);
      if (
        supersededBy !== undefined &&
        !(await repository.visiblePlanIds([supersededBy], planScopeOf(user))).size
      )
        throw new HttpProblem(
          'linked_plan_not_found',
          'There is no such replacing plan, or it is not visible.',
        );
      return transition(user, row, 'plan.closed', {
        status: supersededBy === undefined ? 'closed' : 'superseded',
        updated_at: clock.now().toISOString(),
      });
    },

    /**
     * A draft for the caller's unit implementing an issued plan: the parent as legal basis, its
     * objectives and indicators with their targets, and the tasks that concern the unit (those naming
     * it or a unit above it, and those naming no unit of the tree at all).
     */
    async implementingPlan(user: SignedInUser, publicId: string): Promise<Plan> {
      const row = await visiblePlan(user, publicId);
      const grant = user.activeGrant;
      if (!grant || !planPolicy.implement(user, row.issuer_path, 'issued'))
        throw forbidden('Your role does not include drafting plans for your unit.');
      if (row.status !== 'issued') throw statusConflict('implemented', row.status);
      const implementingPlanExists = (existingId: string) =>
        new HttpProblem('implementing_plan_exists', `Your unit already has plan ${existingId} for it.`);
      const existing = await repository.implementingPlan(row.id, grant.unitId);
      if (existing) throw implementingPlanExists(existing.public_id);
      const parent = contentOf(await readPlan(repository, row));
      const concerned = new Set(grant.unitPath.split('/').filter(Boolean));
      const parentUnitIds = new Map(
        (
          await repository.unitsByPublicId(
            parent.tasks
              .flatMap((task) => [task.lead, ...task.cooperating])
              .flatMap((p) => (p && 'unitId' in p ? [p.unitId] : [])),
          )
        ).map((unit) => [unit.public_id, String(unit.id)]),
      );
      const tasks = parent.tasks.filter((task) => {
        const named = [task.lead, ...task.cooperating].flatMap((p) => (p && 'unitId' in p ? [p.unitId] : []));
        return named.length === 0 || named.some((id) => concerned.has(parentUnitIds.get(id) ?? ''));
      });
      const basis = [
        `Thực hiện Kế hoạch số ${formatNumber(row.number, row.symbol) ?? '…'}`,
        row.issued_on ? ` ngày ${vietnameseDate(row.issued_on)}` : '',
        ` của ${row.issuer_name} về ${row.title}`,
      ].join('');
      const draft = draftFrom(
        user,
        { id: grant.unitId },
        {
          ...parent,
          number: null,
          symbol: null,
          issuedOn: null,
          place: null,
          authorityLine: null,
          legalBases: [{ text: basis, planId: row.public_id }],
          sections: [],
          tasks,
          responsibilities: [],
          recipients: [],
          archiveNote: null,
          signer: { authorityLines: [], title: null, name: null },
        },
        { parentPlanId: row.id },
      );
      // Two people of the unit pressing the button at once: the unique index lets one draft through.
      return draft.catch(async (error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        const winner = await repository.implementingPlan(row.id, grant.unitId);
        throw implementingPlanExists(winner?.public_id ?? '');
      });
    },

    /**
     * A draft from the pasted text of an existing plan, for its author to correct; a legal basis
     * naming a plan by number is linked when that plan is issued and visible to the caller.
     */
    async importText(user: SignedInUser, request: ImportPlanRequest): Promise<Plan> {
      const issuerId = request.issuerId ?? user.activeGrant?.unitPublicId;
      if (issuerId === undefined) throw forbidden('Your role does not include drafting plans.');
      const issuer = await openUnit(repository, issuerId);
      if (!planPolicy.author(user, issuer.path)) throw forbidden('You may not author plans for this unit.');
      const { content, references } = parsePlanText(request.text, Number(vietnamToday(clock).slice(0, 4)));
      const parsed = planContentSchema.safeParse(content);
      if (!parsed.success)
        throw new HttpProblem('validation_failed', 'The text does not fit a plan’s limits.', {
          errors: parsed.error.issues.map((issue) => ({
            path: `text:${issue.path.join('.')}`,
            message: issue.message,
          })),
        });
      const linked = await repository.plansByNumber(references, planScopeOf(user));
      const legalBases = parsed.data.legalBases.map((basis, index) => {
        const reference = references.find((candidate) => candidate.legalBasisIndex === index);
        const plan =
          reference &&
          linked.find((row) => row.number === reference.number && row.symbol === reference.symbol);
        return { ...basis, planId: plan?.public_id ?? null };
      });
      return draftFrom(user, issuer, { ...parsed.data, legalBases }, { parentPlanId: null });
    },

    /**
     * Enters a plan that was issued outside the system (demo data, archives) as it was: its own number
     * and date, and its issuer even if that unit has since closed.
     */
    async enterIssued(issuer: { id: number }, content: PlanContent, parentPlanId: number | null = null) {
      const publicId = await insert(issuer, content, everything, { status: 'issued', parentPlanId }, null);
      const row = await repository.findPlan(publicId, everything);
      if (!row) throw notFound();
      return row;
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
