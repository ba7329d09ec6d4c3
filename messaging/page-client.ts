import { type AskOptions, askBackgroundWith } from './client.ts';
import { pageProtocolSchemas } from './page-protocol.ts';
import { type BackgroundRequest, type BackgroundResponses, protocolSchemas } from './protocol.ts';

/**
 * Extension pages ask the worker here: every request of the protocol plus the page-only ones (page-protocol.ts),
 * each answer checked with its schema. The content script uses askBackground, which knows only the protocol's.
 */
export function askFromPage<R extends BackgroundRequest>(
  request: R,
  options: AskOptions = {},
): Promise<BackgroundResponses[R['type']]> {
  const page = pageProtocolSchemas().pageResponses as Record<string, unknown>;
  const shared = protocolSchemas().backgroundResponses as Record<string, unknown>;
  const schema = (Object.hasOwn(page, request.type) ? page[request.type] : shared[request.type]) as Parameters<
    typeof askBackgroundWith
  >[1];
  return askBackgroundWith(request, schema, options);
}
