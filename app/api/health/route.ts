// GET /api/health – liveness of the portal and its database (also the benchmark's trivial route).
import { NextResponse } from 'next/server';
import { pingDatabase } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await pingDatabase();
  return NextResponse.json({ status: database ? 'ok' : 'degraded', database }, { status: database ? 200 : 503 });
}
