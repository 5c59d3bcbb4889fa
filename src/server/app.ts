import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAuditWriter } from './core/audit/audit.js';
import { registerSessionResolution, requireSession } from './core/auth/session-guard.js';
import type { Clock } from './core/clock.js';
import type { Config } from './core/config.js';
import type { DatabaseHandle } from './core/db/database.js';
import { registerApiDocsRoutes } from './core/http/api-docs-routes.js';
import { registerErrorHandler, sendProblem } from './core/http/error-handler.js';
import { registerGracefulClose } from './core/http/graceful-close.js';
import type { CataloguedRoute, RouteRegistrar } from './core/http/route.js';
import { registerZodValidation } from './core/http/route.js';
import { applySecurityHeaders, registerSecurityHeaders } from './core/http/security-headers.js';
import { registerWebApp } from './core/http/web-app.js';
import { createJobQueue } from './core/jobs/job-queue.js';
import { createJobRepository } from './core/jobs/job-repository.js';
import { createJobRunner } from './core/jobs/job-runner.js';
import { loggerOptions } from './core/logger.js';
import { createMailRepository } from './core/mail/mail-repository.js';
import { registerMailRoutes } from './core/mail/mail-routes.js';
import { createMailService, SEND_MAIL_JOB } from './core/mail/mail-service.js';
import { createSmtpMailer, outboxMailer } from './core/mail/smtp-mailer.js';
import { createDiskAttachmentStore } from './core/storage/disk-attachment-store.js';
import { createAuthRepository } from './modules/auth/repository.js';
import { registerAuthRoutes } from './modules/auth/routes.js';
import { createAuthService } from './modules/auth/service.js';
import { registerHealthRoutes } from './modules/health/routes.js';
import { createNotificationRepository } from './modules/notifications/repository.js';
import { registerNotificationRoutes } from './modules/notifications/routes.js';
import { createNotificationService } from './modules/notifications/service.js';
import { createOrgRepository } from './modules/org/repository.js';
import { registerOrgRoutes } from './modules/org/routes.js';
import { createOrgService } from './modules/org/service.js';
import { registerUnitSpreadsheetRoutes } from './modules/org/spreadsheet/routes.js';
import { createUnitSheetRepository } from './modules/org/spreadsheet/unit-sheet-repository.js';
import { createUnitSpreadsheetService } from './modules/org/spreadsheet/unit-spreadsheet-service.js';
import { createPeopleRepository } from './modules/people/repository.js';
import { registerPeopleRoutes } from './modules/people/routes.js';
import { createPeopleService } from './modules/people/service.js';
import { registerStaffImportRoutes } from './modules/people/staff-import/routes.js';
import { createStaffImportRepository } from './modules/people/staff-import/staff-import-repository.js';
import { createStaffImportService } from './modules/people/staff-import/staff-import-service.js';
import { createCascadeRepository } from './modules/plans/cascade-repository.js';
import { createCascadeService } from './modules/plans/cascade-service.js';
import { registerPlanDocumentRoutes } from './modules/plans/document-routes.js';
import { registerPlanDocxImportRoute } from './modules/plans/import-docx-route.js';
import { createPlanRepository } from './modules/plans/repository.js';
import { registerCascadeRoutes, registerPlanRoutes } from './modules/plans/routes.js';
import { createPlanService } from './modules/plans/service.js';
import { createAttachmentRepository } from './modules/reporting/attachments/attachment-repository.js';
import { registerAttachmentRoutes } from './modules/reporting/attachments/attachment-routes.js';
import { createAttachmentService } from './modules/reporting/attachments/attachment-service.js';
import { createDashboardRepository } from './modules/reporting/dashboard-repository.js';
import { registerDashboardRoutes } from './modules/reporting/dashboard-routes.js';
import { createDashboardService } from './modules/reporting/dashboard-service.js';
import { createReportingReminders, DAILY_REMINDERS_JOB } from './modules/reporting/reminders.js';
import { createReportImportService } from './modules/reporting/report-sheet/report-import-service.js';
import { registerReportSheetRoutes } from './modules/reporting/report-sheet/report-sheet-routes.js';
import { createReportingRepository } from './modules/reporting/repository.js';
import { createRollupCellFolder } from './modules/reporting/rollup-cell-folder.js';
import { OPEN_NEXT_PERIOD_JOB, OPEN_NEXT_PERIODS_JOB } from './modules/reporting/round-lifecycle.js';
import { registerReportingRoutes } from './modules/reporting/routes.js';
import { createReportingService } from './modules/reporting/service.js';

export interface AppDependencies {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
}

/** JSON bodies are small; file uploads get their own, larger limit on their routes. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function buildApp({ config, database, clock }: AppDependencies) {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: (error, request, reply) =>
      sendProblem(
        applySecurityHeaders(reply).header('x-request-id', request.id),
        error.code === 'FST_ERR_BAD_URL' ? 'invalid_encoding' : 'validation_failed',
        error.message,
      ),
  });
  // The API speaks JSON only; anything else is 415 rather than a string the schemas would reject.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app);
  registerGracefulClose(app);
  registerErrorHandler(app);
  registerZodValidation(app);
  await app.register(fastifyCookie);

  const audit = createAuditWriter(clock, database.dialect);
  const people = createPeopleService({
    db: database.db,
    repository: createPeopleRepository(database.db),
    audit,
    clock,
  });
  const auth = createAuthService({
    db: database.db,
    repository: createAuthRepository(database.db),
    audit,
    clock,
    grantsOf: people.grantsOf,
  });
  registerSessionResolution(app, auth.resolveSession);
  const org = createOrgService({
    db: database.db,
    repository: createOrgRepository(database.db),
    audit,
    clock,
  });
  const staffImports = createStaffImportService({
    db: database.db,
    repository: createStaffImportRepository(),
    audit,
    clock,
  });
  const unitSpreadsheets = createUnitSpreadsheetService({
    db: database.db,
    repository: createOrgRepository(database.db),
    sheets: createUnitSheetRepository(database.db),
    audit,
    clock,
  });
  const plans = createPlanService({
    db: database.db,
    repository: createPlanRepository(database.db),
    audit,
    clock,
  });
  const planCascade = createCascadeService({
    db: database.db,
    repository: createCascadeRepository(database.db),
    plans,
    audit,
    clock,
  });

  const jobRepository = createJobRepository(database.db, database.dialect);
  const jobs = createJobQueue(jobRepository, clock);
  const mail = createMailService({
    db: database.db,
    repository: createMailRepository(database.db),
    jobs,
    mailer: config.smtpUrl ? createSmtpMailer(config.smtpUrl) : outboxMailer,
    clock,
  });
  const notifications = createNotificationService({
    repository: createNotificationRepository(database.db),
    mail,
    clock,
  });
  const reportingRepository = createReportingRepository(database.db);
  const reminders = createReportingReminders({ repository: reportingRepository, notifications, jobs, clock });
  const attachmentRepository = createAttachmentRepository(database.db);
  const reporting = createReportingService({
    db: database.db,
    repository: reportingRepository,
    exportReads:
      database.reader === database.db ? reportingRepository : createReportingRepository(database.reader),
    audit,
    clock,
    notifications,
    reminders,
    jobs,
    attachments: attachmentRepository,
  });
  const reportAttachments = createAttachmentService({
    db: database.db,
    repository: attachmentRepository,
    reporting,
    store: createDiskAttachmentStore(config.attachments.directory),
    audit,
    clock,
    maxBytes: config.attachments.maxBytes,
  });
  const dashboards = createDashboardService({
    repository: createDashboardRepository(database.db),
    reportingRepository,
    reporting,
    notifications,
    clock,
  });
  const rollupCellFolder = createRollupCellFolder({ db: database.db, log: app.log });
  const jobRunner = createJobRunner({
    repository: jobRepository,
    clock,
    handlers: {
      [SEND_MAIL_JOB]: mail.deliver,
      [DAILY_REMINDERS_JOB]: reminders.sendDaily,
      [OPEN_NEXT_PERIODS_JOB]: reporting.enqueueDueNextPeriods,
      [OPEN_NEXT_PERIOD_JOB]: reporting.openNextPeriod,
    },
    log: app.log,
  });

  const catalogue: CataloguedRoute[] = [];
  const registrar: RouteRegistrar = { app, catalogue, requireSession };
  registerHealthRoutes(registrar, database);
  registerAuthRoutes(registrar, auth);
  registerOrgRoutes(registrar, org);
  await registerUnitSpreadsheetRoutes(registrar, unitSpreadsheets);
  registerPeopleRoutes(registrar, people);
  await registerStaffImportRoutes(registrar, staffImports);
  registerPlanRoutes(registrar, plans);
  registerPlanDocumentRoutes(registrar, plans);
  await registerPlanDocxImportRoute(registrar, plans);
  registerCascadeRoutes(registrar, planCascade);
  registerMailRoutes(registrar, mail);
  registerReportingRoutes(registrar, reporting);
  await registerAttachmentRoutes(registrar, reportAttachments);
  await registerReportSheetRoutes(registrar, createReportImportService({ reporting }));
  registerDashboardRoutes(registrar, dashboards);
  registerNotificationRoutes(registrar, notifications);
  registerApiDocsRoutes(app, catalogue);
  await registerWebApp(app, config.webRoot);

  const services = {
    auth,
    org,
    people,
    plans,
    planCascade,
    reporting,
    reminders,
    notifications,
    jobs,
    jobRunner,
    rollupCellFolder,
    mail,
  };
  // The plain Fastify type: the instance is used as an HTTP app, not as a promise of one.
  return Object.assign(app as FastifyInstance, { services, catalogue });
}

export type App = Awaited<ReturnType<typeof buildApp>>;
