/**
 * Sites beyond Gmail and Zendesk are opt-in: the popup asks for the host permission, and this module
 * keeps one dynamically registered content script whose matches are exactly the granted origins. The
 * permission is the single source of truth, so revoking it in the browser's own settings also stops
 * coaching there.
 */
export const OPT_IN_SCRIPT_ID = 'tactful-opt-in-sites';

export interface ScriptingApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The granted origins that the manifest's own content script (`builtIn`: Gmail, Zendesk) does not already cover. */
export function optInOrigins(granted: string[], builtIn: string[]): string[] {
  return [
    ...new Set(granted.filter((o) => !builtIn.includes(o) && o !== '<all_urls>' && /^https?:\/\//.test(o))),
  ].sort();
}

export async function syncOptInSites(api: ScriptingApi, scriptPath: string, builtIn: string[]): Promise<string[]> {
  const origins = optInOrigins((await api.permissions.getAll()).origins ?? [], builtIn);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [OPT_IN_SCRIPT_ID] });
    return origins;
  }
  const script: RegisteredScript = {
    id: OPT_IN_SCRIPT_ID,
    matches: origins,
    js: [scriptPath],
    allFrames: true,
    // The equivalent of matchAboutBlank for dynamic scripts: editors in about:blank/srcdoc iframes (TinyMCE).
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return origins;
}
