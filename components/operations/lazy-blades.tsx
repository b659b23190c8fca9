'use client';

import dynamic from 'next/dynamic';

// The blades of the failback cycle load only when one is opened, so the pages underneath
// ship without their forms and rules.
export const LazyFailoverBlade = dynamic(() => import('@/components/failover/failover-blade').then((module) => module.FailoverBlade));
export const LazyCommitBlade = dynamic(() => import('@/components/commit/commit-blade').then((module) => module.CommitBlade));
export const LazyReprotectToAzureBlade = dynamic(() =>
  import('@/components/reprotect-to-azure/reprotect-to-azure-blade').then((module) => module.ReprotectToAzureBlade),
);
export const LazyBladeNotFound = dynamic(() => import('./blade-not-found').then((module) => module.BladeNotFound));
export const LazyPlanFailoverBlade = dynamic(() => import('@/components/failover/plan-failover-blade').then((module) => module.PlanFailoverBlade));
export const LazyPlanCommitBlade = dynamic(() => import('@/components/commit/plan-commit-blade').then((module) => module.PlanCommitBlade));
export const LazyPlanReprotectToAzureBlade = dynamic(() =>
  import('@/components/reprotect-to-azure/plan-reprotect-to-azure-blade').then((module) => module.PlanReprotectToAzureBlade),
);
