import type { Analysis } from '../../core/types';
import type { handleCommand } from './commands';
import type { AnalysisHost } from './tokenizer-host';

/** Tab map entries kept (oldest forgotten first): enough for every page a test file opens. */
const MAX_TABS = 200;
/** Article texts kept for the incremental-analysis tests. */
const MAX_REQUESTS = 20;

/** What the browser tests reach on the service worker as `globalThis.shuttenTest` (test build only). */
export interface TestHooks {
  /** Answers instead of the engine (popup states, names and sources the engine does not find yet). */
  override: ((text: string) => Promise<Analysis> | Analysis | null) | null;
  /** While set, whole-text analyses wait for it (what a page shows between its figures first and the rest). */
  hold: Promise<void> | null;
  /** The texts the tabs asked about, latest last. */
  requests: string[];
  /** How many analysis requests arrived in all. */
  requestCount: number;
  /** Which tab reported from which address (without the `tabs` permission tab URLs are hidden). */
  tabsByUrl: Map<string, number>;
  /** The manifest commands' handler: Playwright's key presses never reach manifest commands. */
  handleCommand: typeof handleCommand;
  host: AnalysisHost;
  /** Called by the background for each analysis request and status report. */
  noteRequest: (text: string) => void;
  noteTab: (url: string, tabId: number) => void;
}

/**
 * Installs the browser tests' hooks on the background's global. Called only under
 * `import.meta.env.MODE === 'e2e'`: the store build contains neither this module nor what it keeps.
 */
export function installTestHooks(host: AnalysisHost, commands: typeof handleCommand): TestHooks {
  const hooks: TestHooks = {
    override: null,
    hold: null,
    requests: [],
    requestCount: 0,
    tabsByUrl: new Map(),
    handleCommand: commands,
    host,
    noteRequest(text) {
      hooks.requestCount++;
      hooks.requests.push(text);
      if (hooks.requests.length > MAX_REQUESTS) hooks.requests.shift();
    },
    noteTab(url, tabId) {
      hooks.tabsByUrl.delete(url);
      hooks.tabsByUrl.set(url, tabId);
      if (hooks.tabsByUrl.size > MAX_TABS) hooks.tabsByUrl.delete(hooks.tabsByUrl.keys().next().value as string);
    },
  };
  (globalThis as { shuttenTest?: TestHooks }).shuttenTest = hooks;
  return hooks;
}
