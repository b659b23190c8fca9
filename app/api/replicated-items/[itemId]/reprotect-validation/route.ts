// GET /api/replicated-items/:itemId/reprotect-validation – the reprotect dry run:
// every check against the current data, for the chosen values (any may be omitted).
import { NextResponse, type NextRequest } from 'next/server';
import { validateReprotect } from '@/lib/data/reprotect';
import { HTTP_STATUS } from '@/lib/schemas/action-result';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ itemId: string }> }) {
  const { itemId } = await context.params;
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const result = await validateReprotect({
    direction: 'AzureToOnPremises',
    ...query,
    itemId,
  });
  return NextResponse.json(result, { status: result.ok ? 200 : HTTP_STATUS[result.error.kind] });
}
