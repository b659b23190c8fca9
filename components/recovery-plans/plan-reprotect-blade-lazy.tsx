'use client';

import dynamic from 'next/dynamic';

/**
 * The blade's code (the form library, the schema, the rules, the drawer) loads only
 * when the blade opens, so that the plan page itself stays light.
 */
export const LazyPlanReprotectBlade = dynamic(() => import('./plan-reprotect-blade').then((module) => module.PlanReprotectBlade));
