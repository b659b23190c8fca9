'use client';

import dynamic from 'next/dynamic';

// The blade's drawer, form and rules load only when a blade is opened, so the page
// underneath ships without them. A link to an item that is gone gets the same drawer.
export const LazyReprotectBlade = dynamic(() => import('./reprotect-blade').then((module) => module.ReprotectBlade));
export const LazyReprotectBladeNotFound = dynamic(() =>
  import('./reprotect-blade-not-found').then((module) => module.ReprotectBladeNotFound),
);
