import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/arm/openapi';

/** The automation API's OpenAPI 3 document: public, like the API's own shapes. */
export async function GET() {
  return NextResponse.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
