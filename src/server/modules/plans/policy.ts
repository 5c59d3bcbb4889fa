import { hasUnitsBelow, type OrgUnitKind } from '../../../contract/org.js';
import type { PlanStatus } from '../../../contract/plans/plan.js';
import { can } from '../../core/auth/access.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';

const EDITABLE: PlanStatus[] = ['draft', 'in_review'];

/**
 * Plans are governed by their issuer: authors (specialists and leaders) draft and edit there, only a
 * leader issues and closes. Issued plans never change; an amendment is a new plan.
 */
export const planPolicy = {
  author: (user: SignedInUser, issuerPath: string) => can(user, 'plan.author', issuerPath),
  update: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    EDITABLE.includes(status) && can(user, 'plan.author', issuerPath),
  submitForReview: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    status === 'draft' && can(user, 'plan.author', issuerPath),
  issue: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    status === 'in_review' && can(user, 'plan.issue', issuerPath),
  /** Asking the units below to implement the plan and report on it. */
  cascade: (user: SignedInUser, issuerPath: string, status: PlanStatus, issuerKind: OrgUnitKind) =>
    status === 'issued' && hasUnitsBelow(issuerKind) && can(user, 'plan.author', issuerPath),
  /** Who has implemented the plan is followed from the issuer's side only. */
  followCascade: (user: SignedInUser, issuerPath: string) => can(user, 'plan.read', issuerPath),
  amend: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    status === 'issued' && can(user, 'plan.author', issuerPath),
  close: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    (status === 'issued' || status === 'amended') && can(user, 'plan.issue', issuerPath),
  /** A unit below the issuer (or named by it) drafts its own plan implementing an issued one. */
  implement: (user: SignedInUser, issuerPath: string, status: PlanStatus) =>
    status === 'issued' &&
    user.activeGrant !== null &&
    user.activeGrant.unitPath !== issuerPath &&
    can(user, 'plan.author', user.activeGrant.unitPath),
};

export const isEditable = (status: PlanStatus) => EDITABLE.includes(status);
